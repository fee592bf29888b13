package dev.kalkan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.extract.ScanGap.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionOutcomeTest {
  @Test
  void fullyScannedWhenAnyGapThenFalse() {
    assertThat(new ExtractionOutcome(10, 1, List.of()).fullyScanned()).isTrue();
    ScanGap gap = new ScanGap("a", Reason.ENCRYPTED, "encrypted");
    assertThat(new ExtractionOutcome(10, 1, List.of(gap)).fullyScanned()).isFalse();
  }
}
