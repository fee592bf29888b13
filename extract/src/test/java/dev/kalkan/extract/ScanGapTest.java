package dev.kalkan.extract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.extract.ScanGap.Reason;
import org.junit.jupiter.api.Test;

class ScanGapTest {
  @Test
  void createWhenMessageSpansLinesThenRejected() {
    assertThatThrownBy(() -> new ScanGap("a.zip", Reason.CORRUPT, "two\nlines"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScanGap("a.zip", Reason.CORRUPT, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
