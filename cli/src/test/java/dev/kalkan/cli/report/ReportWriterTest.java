package dev.kalkan.cli.report;

import static dev.kalkan.cli.report.ReportFixture.report;
import static dev.kalkan.cli.report.ReportFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.Finding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ReportWriterTest {

  /** An output stream that records flushes and closes, as System.out would suffer them. */
  private static final class RecordingStream extends ByteArrayOutputStream {
    int flushes;
    boolean closed;

    @Override
    public void flush() {
      flushes++;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @ParameterizedTest
  @CsvSource({
    "TEXT, TextReportWriter",
    "JSON, JsonReportWriter",
    "JSONL, JsonlReportWriter",
    "SARIF, SarifReportWriter"
  })
  void createWhenFormatThenWriterOfThatFormat(ReportFormat format, String writerClass) {
    ReportWriter writer = ReportWriter.create(format, new ByteArrayOutputStream(), false);

    assertThat(writer.getClass().getSimpleName()).isEqualTo(writerClass);
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void finishFlushesEverythingAndNeverCloses(ReportFormat format) throws IOException {
    RecordingStream out = new RecordingStream();
    ReportWriter writer = ReportWriter.create(format, out, false);
    for (ScannedFile file : ReportFixture.files()) {
      writer.file(file);
    }
    int flushesBeforeFinish = out.flushes;

    writer.finish(ReportFixture.summary());

    assertThat(out.flushes).isGreaterThan(flushesBeforeFinish);
    assertThat(out.closed).isFalse();
    byte[] expected = report(format, false);
    if (format == ReportFormat.SARIF) {
      assertThat(out.size()).isPositive();
    } else {
      assertThat(out.toByteArray()).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void reportWhenValuesHiddenThenNoValueInAnyForm(ReportFormat format) {
    String output = text(report(format, false));

    for (Finding finding : revealingFindings()) {
      assertThat(output).doesNotContain(forms(finding));
    }
  }

  @ParameterizedTest
  @CsvSource({"TEXT, true", "JSON, true", "JSONL, true", "SARIF, false"})
  void reportWhenValuesShownThenOnlyTextJsonAndJsonlCarryThem(
      ReportFormat format, boolean carriesValues) {
    String output = text(report(format, true));

    for (Finding finding : revealingFindings()) {
      String shown = format == ReportFormat.TEXT ? terminal(ClearValue.of(finding)) : json(finding);
      if (carriesValues) {
        assertThat(output).contains(shown);
      } else {
        assertThat(output).doesNotContain(forms(finding));
      }
    }
  }

  /** The fixture's findings whose preview does not show the value (PUBLIC ids are shown as is). */
  private static List<Finding> revealingFindings() {
    List<Finding> findings =
        ReportFixture.findings().stream()
            .filter(finding -> !finding.preview().contains(ClearValue.of(finding)))
            .toList();
    assertThat(findings).hasSizeGreaterThan(8);
    return findings;
  }

  /** The value as it would appear raw, JSON-escaped without quotes, or escaped for a terminal. */
  private static String[] forms(Finding finding) {
    String value = ClearValue.of(finding);
    String json = json(finding);
    return new String[] {value, json.substring(1, json.length() - 1), terminal(value)};
  }

  private static String json(Finding finding) {
    return '"' + EscaperTest.write(Escaper.JSON, ClearValue.of(finding)) + '"';
  }

  private static String terminal(String value) {
    return EscaperTest.write(Escaper.TERMINAL, value);
  }
}
