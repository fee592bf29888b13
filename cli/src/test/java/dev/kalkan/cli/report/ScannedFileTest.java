package dev.kalkan.cli.report;

import static dev.kalkan.cli.report.ReportFixture.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.cli.report.ScannedFile.Status;
import dev.kalkan.detect.Classification;
import dev.kalkan.detect.Finding;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScannedFileTest {

  static Stream<Arguments> classifications() {
    return Stream.of(
        Arguments.of(List.of(), Classification.PUBLIC),
        Arguments.of(List.of(InfoType.ASIN), Classification.PUBLIC),
        Arguments.of(List.of(InfoType.ASIN, InfoType.LWA_CLIENT_ID), Classification.INTERNAL),
        Arguments.of(
            List.of(InfoType.LWA_CLIENT_ID, InfoType.EMAIL_ADDRESS, InfoType.ASIN),
            Classification.SENSITIVE));
  }

  @ParameterizedTest
  @MethodSource("classifications")
  void classificationIsTheHighestAmongFindings(List<InfoType> types, Classification expected) {
    List<Finding> findings = new ArrayList<>();
    for (InfoType type : types) {
      findings.add(finding(type, Likelihood.LIKELY, 0, 1, 1, null, "x"));
    }
    ScannedFile file = new ScannedFile("a.txt", Status.SCANNED, null, 1, findings);

    assertThat(file.classification()).isEqualTo(expected);
  }

  @Test
  void constructorWhenScannedWithMessageThenRejects() {
    assertThatThrownBy(() -> new ScannedFile("a", Status.SCANNED, "why", 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no message");
  }

  @Test
  void constructorWhenSkippedWithoutMessageThenRejects() {
    assertThatThrownBy(() -> new ScannedFile("a", Status.SKIPPED_BINARY, null, 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a message");
  }

  @Test
  void constructorWhenSkippedWithFindingsThenRejects() {
    List<Finding> findings = List.of(finding(InfoType.ASIN, Likelihood.LIKELY, 0, 1, 1, null, "x"));

    assertThatThrownBy(() -> new ScannedFile("a", Status.SKIPPED_BINARY, "binary", 0, findings))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructorWhenErrorWithFindingsThenKeepsThem() {
    List<Finding> findings = List.of(finding(InfoType.ASIN, Likelihood.LIKELY, 0, 1, 1, null, "x"));

    assertThat(new ScannedFile("a", Status.ERROR, "truncated", 1, findings).findings())
        .isEqualTo(findings);
  }

  @Test
  void constructorWhenBytesNegativeThenRejects() {
    assertThatThrownBy(() -> new ScannedFile("a", Status.SCANNED, null, -1, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructorCopiesFindings() {
    List<Finding> findings = new ArrayList<>();
    ScannedFile file = new ScannedFile("a", Status.SCANNED, null, 0, findings);
    findings.add(finding(InfoType.ASIN, Likelihood.LIKELY, 0, 1, 1, null, "x"));

    assertThat(file.findings()).isEmpty();
  }
}
