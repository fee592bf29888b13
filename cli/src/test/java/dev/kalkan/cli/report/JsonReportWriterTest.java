package dev.kalkan.cli.report;

import static dev.kalkan.cli.report.ReportFixture.assertGolden;
import static dev.kalkan.cli.report.ReportFixture.parse;
import static dev.kalkan.cli.report.ReportFixture.report;
import static dev.kalkan.cli.report.ReportFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.cli.report.ScannedFile.Status;
import dev.kalkan.detect.Finding;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import dev.kalkan.extract.ScanGap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Golden files: see {@link ReportFixture} for how to regenerate them. */
class JsonReportWriterTest {

  @Test
  void reportWhenValuesHiddenThenMatchesGolden() throws IOException {
    assertGolden("report.json", report(ReportFormat.JSON, false));
  }

  @Test
  void reportWhenValuesShownThenMatchesGolden() throws IOException {
    assertGolden("report-values.json", report(ReportFormat.JSON, true));
  }

  @Test
  void reportListsFilesWithFindingsAndSkippedAndFailedFilesButNotCleanOnes() {
    JsonNode files = parse(text(report(ReportFormat.JSON, false))).get("files");

    assertThat(files.valueStream().map(file -> file.get("path").stringValue()))
        .containsExactly(
            "src/orders/export.csv",
            "config/app.json",
            "assets/logo.png",
            "private/locked.txt",
            "docs/ünïcode dir/notes #1.md");
    JsonNode skipped = files.get(2);
    assertThat(skipped.get("status").stringValue()).isEqualTo("SKIPPED_BINARY");
    assertThat(skipped.get("message").stringValue()).isEqualTo("binary content");
    assertThat(files.get(0).has("message")).isFalse();
    assertThat(files.get(1).get("classification").stringValue()).isEqualTo("SENSITIVE");
  }

  @Test
  void reportFindingsAreTheJsonlObjectsWithoutPath() {
    String[] jsonl = text(report(ReportFormat.JSONL, true)).split("\n");
    JsonNode files = parse(text(report(ReportFormat.JSON, true))).get("files");

    int line = 0;
    for (JsonNode file : files) {
      for (JsonNode finding : file.get("findings")) {
        JsonNode expected = parse(jsonl[line++]);
        assertThat(expected.get("path").stringValue()).isEqualTo(file.get("path").stringValue());
        ((ObjectNode) expected).remove("path");
        assertThat(finding.toString()).isEqualTo(expected.toString());
      }
    }
    assertThat(line).isEqualTo(jsonl.length);
  }

  @Test
  void reportSummaryCarriesTheTotals() {
    JsonNode summary = parse(text(report(ReportFormat.JSON, false))).get("summary");
    ScanSummary expected = ReportFixture.summary();

    assertThat(summary.get("filesScanned").longValue()).isEqualTo(4);
    assertThat(summary.get("filesSkipped").longValue()).isEqualTo(1);
    assertThat(summary.get("filesWithErrors").longValue()).isEqualTo(1);
    assertThat(summary.get("filesWithFindings").longValue()).isEqualTo(3);
    assertThat(summary.get("bytesScanned").longValue()).isEqualTo(expected.bytesScanned());
    assertThat(summary.get("findings").longValue()).isEqualTo(10);
    assertThat(summary.get("findingsByInfoType").get("EMAIL_ADDRESS").longValue()).isEqualTo(2);
    assertThat(List.copyOf(summary.get("findingsByInfoType").propertyNames()))
        .isSorted()
        .hasSize(9);
    assertThat(summary.get("elapsedMillis").longValue()).isEqualTo(1534);
  }

  @Test
  void reportWhenNoFilesThenEmptyListAndSummary() {
    ScanSummary summary = new ScanSummary(0, 0, 0, 0, 0, Map.of(), Duration.ofMillis(3));

    assertThat(text(report(ReportFormat.JSON, false, List.of(), summary)))
        .isEqualTo(
            "{\"files\":[],\"summary\":{\"filesScanned\":0,\"filesSkipped\":0,"
                + "\"filesWithErrors\":0,\"filesWithFindings\":0,\"bytesScanned\":0,"
                + "\"findings\":0,\"findingsByInfoType\":{},\"elapsedMillis\":3}}\n");
  }

  @Test
  void fileWritesThroughBeforeFinish() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter writer = ReportWriter.create(ReportFormat.JSON, out, false);
    ScannedFile file =
        new ScannedFile(
            "orders/" + "x".repeat(200) + ".csv",
            Status.SCANNED,
            null,
            10,
            List.of(
                ReportFixture.finding(
                    InfoType.EMAIL_ADDRESS, Likelihood.LIKELY, 0, 1, 1, null, "a@b.example")));

    for (int i = 0; i < 2000; i++) {
      writer.file(file);
    }

    assertThat(out.size()).isGreaterThan(200_000);
  }

  private static List<ScannedFile> notFullyScanned() {
    Finding finding =
        ReportFixture.finding(
                InfoType.EMAIL_ADDRESS, Likelihood.LIKELY, 3, 1, 4, null, "jane.doe@gmail.com")
            .decodedFrom("base64>gzip", 3, 40, 1, 4);
    ScanGap gap = new ScanGap("a.zip!/b.zip", ScanGap.Reason.DEPTH_LIMIT, "nested too deep");
    return List.of(ScannedFile.notFullyScanned(gap, 10, List.of(finding)));
  }

  private static ScanSummary notFullyScannedSummary() {
    return new ScanSummary(1, 0, 0, 10, 1, Map.of("EMAIL_ADDRESS", 1L), Duration.ZERO, 1);
  }

  @Test
  void reportWhenNotFullyScannedThenStatusReasonAndSummaryCount() {
    JsonNode doc =
        ReportFixture.parse(
            ReportFixture.text(
                ReportFixture.report(
                    ReportFormat.JSON, false, notFullyScanned(), notFullyScannedSummary())));
    JsonNode file = doc.get("files").get(0);
    assertThat(file.get("status").stringValue()).isEqualTo("NOT_FULLY_SCANNED");
    assertThat(file.get("reason").stringValue()).isEqualTo("DEPTH_LIMIT");
    assertThat(file.get("findings").get(0).get("decoded").stringValue()).isEqualTo("base64>gzip");
    assertThat(doc.get("summary").get("filesNotFullyScanned").longValue()).isEqualTo(1);
  }
}
