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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Golden files: see {@link ReportFixture} for how to regenerate them. */
class SarifReportWriterTest {

  @Test
  void reportMatchesGolden() throws IOException {
    assertGolden("report.sarif", report(ReportFormat.SARIF, false));
  }

  @Test
  void reportHasTheRequiredSarifProperties() {
    JsonNode log = parse(text(report(ReportFormat.SARIF, false)));

    assertThat(log.get("$schema").stringValue())
        .isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(log.get("version").stringValue()).isEqualTo("2.1.0");
    assertThat(log.get("runs").size()).isEqualTo(1);
    JsonNode run = log.get("runs").get(0);
    JsonNode driver = run.get("tool").get("driver");
    assertThat(driver.get("name").stringValue()).isEqualTo("Kalkan");
    assertThat(driver.get("informationUri").stringValue()).startsWith("https://");
    assertThat(driver.get("semanticVersion").stringValue()).isEqualTo("1.2.3");
    assertThat(run.get("columnKind").stringValue()).isEqualTo("unicodeCodePoints");

    JsonNode rules = driver.get("rules");
    assertThat(rules.valueStream().map(rule -> rule.get("id").stringValue()))
        .containsExactly(
            "AMAZON_SELLER_ID",
            "ASIN",
            "CREDIT_CARD_NUMBER",
            "EMAIL_ADDRESS",
            "EMPLOYEE_BADGE",
            "LWA_CLIENT_SECRET",
            "PERSON_NAME",
            "PHONE_NUMBER",
            "STREET_ADDRESS");
    for (JsonNode rule : rules) {
      InfoType type = infoType(rule.get("id").stringValue());
      assertThat(rule.get("shortDescription").get("text").stringValue()).isNotBlank();
      assertThat(rule.get("properties").get("category").stringValue())
          .isEqualTo(type.category().name());
      assertThat(rule.get("properties").get("classification").stringValue())
          .isEqualTo(type.classification().name());
    }

    List<Finding> findings = ReportFixture.findings();
    JsonNode results = run.get("results");
    assertThat(results.size()).isEqualTo(findings.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      JsonNode result = results.get(i);
      int ruleIndex = result.get("ruleIndex").intValue();
      assertThat(result.get("ruleId").stringValue())
          .isEqualTo(finding.infoType().name())
          .isEqualTo(rules.get(ruleIndex).get("id").stringValue());
      assertThat(result.get("message").get("text").stringValue())
          .isEqualTo(finding.infoType().name() + ": " + finding.preview());
      JsonNode location = result.get("locations").get(0).get("physicalLocation");
      assertThat(location.get("artifactLocation").get("uri").stringValue()).isNotEmpty();
      JsonNode region = location.get("region");
      assertThat(region.get("startLine").longValue()).isEqualTo(finding.line());
      assertThat(region.get("startColumn").longValue()).isEqualTo(finding.column());
      assertThat(region.get("endLine").longValue()).isGreaterThanOrEqualTo(finding.line());
      assertThat(region.has("endColumn")).isTrue();
      assertThat(region.get("charOffset").longValue()).isEqualTo(finding.start());
      assertThat(region.get("charLength").longValue()).isEqualTo(finding.end() - finding.start());
    }
  }

  @ParameterizedTest
  @CsvSource({"EMAIL_ADDRESS, error", "AMAZON_SELLER_ID, warning", "ASIN, note"})
  void resultLevelFollowsClassification(String infoType, String level) {
    JsonNode results = parse(text(report(ReportFormat.SARIF, false))).get("runs").get(0);

    assertThat(results.get("results").valueStream())
        .filteredOn(result -> result.get("ruleId").stringValue().equals(infoType))
        .isNotEmpty()
        .allSatisfy(result -> assertThat(result.get("level").stringValue()).isEqualTo(level));
  }

  @Test
  void resultUriIsPercentEncodedAndMultiLineRegionEndsOnItsLastLine() {
    JsonNode results = parse(text(report(ReportFormat.SARIF, false))).get("runs").get(0);
    JsonNode street = results.get("results").get(7);

    assertThat(street.get("ruleId").stringValue()).isEqualTo("STREET_ADDRESS");
    JsonNode location = street.get("locations").get(0).get("physicalLocation");
    assertThat(location.get("artifactLocation").get("uri").stringValue())
        .isEqualTo("docs/%C3%BCn%C3%AFcode%20dir/notes%20%231.md");
    assertThat(location.get("region").get("endLine").longValue()).isEqualTo(5);
    assertThat(location.get("region").get("endColumn").longValue()).isEqualTo(18);
  }

  @Test
  void reportWhenFileFailedThenErrorNotificationAndUnsuccessfulExecution() {
    JsonNode invocation =
        parse(text(report(ReportFormat.SARIF, false))).get("runs").get(0).get("invocations").get(0);

    assertThat(invocation.get("executionSuccessful").booleanValue()).isFalse();
    JsonNode notifications = invocation.get("toolExecutionNotifications");
    assertThat(notifications.size()).isEqualTo(1);
    assertThat(notifications.get(0).get("level").stringValue()).isEqualTo("error");
    assertThat(notifications.get(0).get("message").get("text").stringValue())
        .isEqualTo("permission denied");
  }

  @Test
  void reportWhenNothingFoundThenEmptyRulesAndResults() {
    ScanSummary summary = new ScanSummary(1, 0, 0, 5, 0, Map.of(), Duration.ZERO);
    List<ScannedFile> files = List.of(new ScannedFile("a", Status.SCANNED, null, 5, List.of()));

    JsonNode run =
        parse(text(report(ReportFormat.SARIF, false, files, summary))).get("runs").get(0);

    assertThat(run.get("tool").get("driver").get("rules").isEmpty()).isTrue();
    assertThat(run.get("results").isEmpty()).isTrue();
    assertThat(run.get("invocations").get(0).get("executionSuccessful").booleanValue()).isTrue();
  }

  @Test
  void createWhenValuesShownThenSameReportAsWithout() throws IOException {
    assertThat(sarif(true)).isEqualTo(sarif(false));
  }

  @Test
  void describeGivesEveryBuiltInTypeItsOwnDescription() {
    assertThat(InfoType.builtIns())
        .allSatisfy(
            type -> assertThat(SarifReportWriter.describe(type)).doesNotContain("infoType"));
    assertThat(InfoType.builtIns().stream().map(SarifReportWriter::describe).distinct())
        .hasSameSizeAs(InfoType.builtIns());
    assertThat(SarifReportWriter.describe(ReportFixture.EMPLOYEE_BADGE))
        .isEqualTo("Custom infoType EMPLOYEE_BADGE");
  }

  @Test
  void toolVersionIsASemanticVersion() {
    assertThat(SarifReportWriter.toolVersion()).matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");
  }

  private static byte[] sarif(boolean showValues) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter writer = ReportWriter.create(ReportFormat.SARIF, out, showValues);
    for (ScannedFile file : ReportFixture.files()) {
      writer.file(file);
    }
    writer.finish(ReportFixture.summary());
    return out.toByteArray();
  }

  private static InfoType infoType(String name) {
    return InfoType.builtIn(name).orElse(ReportFixture.EMPLOYEE_BADGE);
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
  void reportWhenNotFullyScannedThenErrorNotificationAndDecodedProperty() {
    JsonNode run =
        ReportFixture.parse(
                ReportFixture.text(
                    ReportFixture.report(
                        ReportFormat.SARIF, false, notFullyScanned(), notFullyScannedSummary())))
            .get("runs")
            .get(0);
    JsonNode invocation = run.get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").booleanValue()).isFalse();
    assertThat(
            invocation
                .get("toolExecutionNotifications")
                .get(0)
                .get("message")
                .get("text")
                .stringValue())
        .isEqualTo("not fully scanned (DEPTH_LIMIT): nested too deep");
    assertThat(run.get("results").get(0).get("properties").get("decoded").stringValue())
        .isEqualTo("base64>gzip");
  }
}
