package dev.kalkan.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.extract.ScanGap.Reason;
import org.junit.jupiter.api.Test;

class ExtractionBudgetTest {
  @Test
  void addExtractedWhenRatioPassedBeyondFloorThenTripsExpansion() throws Exception {
    ExtractionBudget budget = new ExtractionBudget(ExtractionLimits.defaults(), 1000);
    budget.addExtracted(100_000); // ratio 100 but under the floor
    assertThatThrownBy(() -> budget.addExtracted(1 << 20))
        .isInstanceOf(LimitExceededException.class);
    assertThat(budget.tripped().reason()).isEqualTo(Reason.EXPANSION_LIMIT);
  }

  @Test
  void checkWhenTrippedThenEveryLaterCallFailsWithTheFirstReason() {
    ExtractionBudget budget = new ExtractionBudget(ExtractionLimits.defaults(), -1);
    budget.trip(Reason.TIME_LIMIT, "slow");
    budget.trip(Reason.SIZE_LIMIT, "big");
    assertThatThrownBy(budget::check).hasMessage("slow");
    assertThatThrownBy(() -> budget.addInput(1)).hasMessage("slow");
  }

  @Test
  void addExtractedWhenTotalOverLimitThenTripsSize() {
    ExtractionBudget budget =
        new ExtractionBudget(ExtractionLimits.defaults().withMaxExtractedBytes(10), 1 << 30);
    assertThatThrownBy(() -> budget.addExtracted(11)).isInstanceOf(LimitExceededException.class);
    assertThat(budget.tripped().reason()).isEqualTo(Reason.SIZE_LIMIT);
  }
}
