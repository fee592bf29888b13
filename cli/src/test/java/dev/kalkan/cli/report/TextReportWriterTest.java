package dev.kalkan.cli.report;

import static dev.kalkan.cli.report.ReportFixture.assertGolden;
import static dev.kalkan.cli.report.ReportFixture.report;
import static dev.kalkan.cli.report.ReportFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.cli.report.ScannedFile.Status;
import dev.kalkan.detect.Finding;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden files: see {@link ReportFixture} for how to regenerate them. */
class TextReportWriterTest {

  @Test
  void reportWhenValuesHiddenThenMatchesGolden() throws IOException {
    assertGolden("report.txt", report(ReportFormat.TEXT, false));
  }

  @Test
  void reportWhenValuesShownThenMatchesGolden() throws IOException {
    assertGolden("report-values.txt", report(ReportFormat.TEXT, true));
  }

  @Test
  void reportHasALinePerFindingANotePerSkippedFileAndASummary() {
    String[] lines = text(report(ReportFormat.TEXT, false)).split("\n", -1);

    assertThat(lines).hasSize(ReportFixture.findings().size() + 3);
    assertThat(lines[0])
        .isEqualTo(
            "src/orders/export.csv:3:15  EMAIL_ADDRESS  VERY_LIKELY  j***@e***.com"
                + "  field=buyer_email");
    assertThat(lines).contains("note: assets/logo.png: skipped: binary content");
    assertThat(lines).noneMatch(line -> line.contains("private/locked.txt"));
    assertThat(lines[lines.length - 2])
        .isEqualTo(
            "10 findings in 3 files (4 files scanned, 1 skipped, 1 error, 0.0 MB in 1.53 s)");
  }

  @Test
  void reportWhenScannedTextHasControlCharactersThenNoneReachTheTerminal() {
    String output = text(report(ReportFormat.TEXT, true));

    assertThat(output.chars()).noneMatch(c -> c < 0x20 && c != '\n');
    assertThat(output).contains("field=/notes/\\u001b[31m\"quoted\"");
    assertThat(output).contains("value=Flat 2\\n10 Downing Street");
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0, 0, 0, 0, 0, '0 findings in 0 files (0 files scanned, 0 skipped, 0 errors, 0.0 MB in 0.00 s)'",
    "1, 1, 1, 0, 1234567, 250, '1 finding in 1 file (1 file scanned, 0 skipped, 0 errors, 1.2 MB in 0.25 s)'",
    "3, 2, 5, 1, 25000000, 61005, '3 findings in 2 files (5 files scanned, 1 skipped, 1 error, 25.0 MB in 61.01 s)'",
  })
  void finishWritesTheSummaryLine(
      int findings,
      int filesWithFindings,
      long scanned,
      long errors,
      long bytes,
      long millis,
      String expected) {
    List<ScannedFile> files = new ArrayList<>();
    for (int i = 0; i < filesWithFindings; i++) {
      List<Finding> found = new ArrayList<>();
      for (int j = i; j < findings; j += filesWithFindings) {
        found.add(ReportFixture.finding(InfoType.ASIN, Likelihood.LIKELY, 0, 1, 1, null, "B0X"));
      }
      files.add(new ScannedFile("f" + i, Status.SCANNED, null, 1, found));
    }
    ScanSummary summary =
        new ScanSummary(
            scanned,
            errors,
            errors,
            bytes,
            findings,
            findings == 0 ? Map.of() : Map.of("ASIN", (long) findings),
            Duration.ofMillis(millis));

    String output = text(report(ReportFormat.TEXT, false, files, summary));

    assertThat(output).endsWith(expected + "\n");
  }
}
