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
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.NotEmpty;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Golden files: see {@link ReportFixture} for how to regenerate them. */
class JsonlReportWriterTest {

  @Test
  void reportWhenValuesHiddenThenMatchesGolden() throws IOException {
    assertGolden("report.jsonl", report(ReportFormat.JSONL, false));
  }

  @Test
  void reportWhenValuesShownThenMatchesGolden() throws IOException {
    assertGolden("report-values.jsonl", report(ReportFormat.JSONL, true));
  }

  @Test
  void reportHasOneObjectPerFindingWithContractMembersInOrder() {
    String[] lines = text(report(ReportFormat.JSONL, true)).split("\n", -1);
    List<Finding> findings = ReportFixture.findings();

    assertThat(lines).hasSize(findings.size() + 1);
    assertThat(lines[findings.size()]).isEmpty();
    for (int i = 0; i < findings.size(); i++) {
      JsonNode object = parse(lines[i]);
      List<String> expected =
          new ArrayList<>(
              List.of(
                  "path",
                  "infoType",
                  "category",
                  "classification",
                  "likelihood",
                  "start",
                  "end",
                  "line",
                  "column"));
      if (findings.get(i).field() != null) {
        expected.add("field");
      }
      expected.addAll(List.of("preview", "value"));
      assertThat(object.propertyNames()).containsExactlyElementsOf(expected);
      assertThat(object.get("infoType").stringValue()).isEqualTo(findings.get(i).infoType().name());
    }
  }

  @Test
  void reportWhenOnlySkippedAndFailedFilesThenEmpty() {
    List<ScannedFile> files =
        List.of(
            new ScannedFile("a.png", Status.SKIPPED_BINARY, "binary content", 10, List.of()),
            new ScannedFile("b.txt", Status.ERROR, "permission denied", 0, List.of()),
            new ScannedFile("c.txt", Status.SCANNED, null, 5, List.of()));
    ScanSummary summary = new ScanSummary(1, 1, 1, 5, 0, Map.of(), Duration.ZERO);

    assertThat(report(ReportFormat.JSONL, true, files, summary)).isEmpty();
  }

  @Property
  void reportWhenAnyTextThenEveryMemberParsesBack(
      @ForAll @CharRange(from = '\u0000', to = '\uD7FF') @CharRange(from = '\uE000', to = '\uFFFF')
          String path,
      @ForAll @CharRange(from = '\u0000', to = '\uD7FF') @CharRange(from = '\uE000', to = '\uFFFF')
          String field,
      @ForAll
          @NotEmpty
          @CharRange(from = '\u0000', to = '\uD7FF')
          @CharRange(from = '\uE000', to = '\uFFFF')
          String value) {
    Finding finding =
        ReportFixture.finding(InfoType.EMAIL_ADDRESS, Likelihood.LIKELY, 7, 2, 3, field, value);
    List<ScannedFile> files =
        List.of(new ScannedFile(path, Status.SCANNED, null, 100, List.of(finding)));
    ScanSummary summary =
        new ScanSummary(1, 0, 0, 100, 1, Map.of("EMAIL_ADDRESS", 1L), Duration.ZERO);

    String output = text(report(ReportFormat.JSONL, true, files, summary));

    assertThat(output).endsWith("\n").containsOnlyOnce("\n");
    JsonNode object = parse(output);
    assertThat(object.get("path").stringValue()).isEqualTo(path);
    assertThat(object.get("field").stringValue()).isEqualTo(field);
    assertThat(object.get("preview").stringValue()).isEqualTo(finding.preview());
    assertThat(object.get("value").stringValue()).isEqualTo(value);
    assertThat(object.get("end").longValue()).isEqualTo(finding.end());
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
  void reportWhenNotFullyScannedThenFindingLinesAndANotScannedLine() {
    String output =
        text(report(ReportFormat.JSONL, false, notFullyScanned(), notFullyScannedSummary()));
    List<String> lines = output.lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(parse(lines.get(0)).get("decoded").stringValue()).isEqualTo("base64>gzip");
    assertThat(lines.get(1))
        .isEqualTo(
            "{\"path\":\"a.zip!/b.zip\",\"notScanned\":\"nested too deep\",\"reason\":\"DEPTH_LIMIT\"}");
  }
}
