package dev.kalkan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DecisionIdsTest {
  @Test
  void nextWhenCalledThenVersion7Rfc9562VariantAndTimeFirst() {
    long now = 1_764_800_000_000L;
    UUID id = DecisionIds.next(now);
    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(now);
  }

  @Test
  void nextWhenManyThenDistinctAndOrderedByTime() {
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      seen.add(DecisionIds.next(1_000L));
    }
    assertThat(seen).hasSize(100_000);
    assertThat(DecisionIds.next(1_000L).compareTo(DecisionIds.next(2_000L))).isNegative();
  }
}
