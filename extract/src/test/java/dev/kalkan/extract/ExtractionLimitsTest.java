package dev.kalkan.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExtractionLimitsTest {
  @Test
  void defaultsWhenCreatedThenDocumentedValues() {
    ExtractionLimits d = ExtractionLimits.defaults();
    assertThat(d.maxDepth()).isEqualTo(10);
    assertThat(d.maxExpansionRatio()).isEqualTo(100);
    assertThat(d.maxExtractedBytes()).isEqualTo(1L << 30);
    assertThat(d.timeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(d.withMaxDepth(3).maxDepth()).isEqualTo(3);
  }

  @Test
  void createWhenLimitNotPositiveThenRejected() {
    ExtractionLimits d = ExtractionLimits.defaults();
    assertThatThrownBy(() -> d.withMaxDepth(0)).hasMessageContaining("maxDepth");
    assertThatThrownBy(() -> d.withTimeout(Duration.ZERO)).hasMessageContaining("timeout");
    assertThatThrownBy(() -> d.withMaxDecodingDepth(9)).hasMessageContaining("maxDecodingDepth");
  }
}
