package dev.kalkan.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.extract.ScanGap.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScannedMemberTest {
  @Test
  void createWhenGapNamesAnotherPathThenRejected() {
    ScanGap gap = new ScanGap("a.zip!/b", Reason.DEPTH_LIMIT, "deep");
    assertThatThrownBy(() -> new ScannedMember("a.zip", 0, List.of(), gap))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new ScannedMember("a.zip!/b", 0, List.of(), gap).fullyScanned()).isFalse();
  }

  @Test
  void createWhenBinaryWithGapThenRejected() {
    ScanGap gap = new ScanGap("x", Reason.CORRUPT, "bad");
    assertThatThrownBy(() -> new ScannedMember("x", 0, List.of(), gap, true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
