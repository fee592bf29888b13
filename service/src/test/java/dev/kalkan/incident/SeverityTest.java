package dev.kalkan.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.Classification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeverityTest {

  @ParameterizedTest(name = "{0} x{1} credential={2} -> {3}")
  @CsvSource({
    "SENSITIVE, 1, false, MEDIUM",
    "SENSITIVE, 9, false, MEDIUM",
    "SENSITIVE, 1, true, HIGH",
    "SENSITIVE, 10, false, HIGH",
    "SENSITIVE, 99, false, HIGH",
    "SENSITIVE, 100, false, CRITICAL",
    "INTERNAL, 1, false, LOW",
    "INTERNAL, 99, true, LOW",
    "INTERNAL, 100, false, MEDIUM",
    "PUBLIC, 1000, false, LOW",
  })
  void ofWhenClassificationAndVolumeThenSeverity(
      Classification classification, int findings, boolean credential, Severity expected) {
    assertThat(Severity.of(classification, findings, credential)).isEqualTo(expected);
  }
}
