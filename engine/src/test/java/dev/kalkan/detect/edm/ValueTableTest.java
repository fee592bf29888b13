package dev.kalkan.detect.edm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ValueTableTest {

  private static ValueTable table(long[] keys) {
    long[] sorted =
        Arrays.stream(keys)
            .map(k -> k ^ Long.MIN_VALUE)
            .sorted()
            .map(k -> k ^ Long.MIN_VALUE)
            .toArray();
    int[] payloads = new int[sorted.length];
    Arrays.setAll(payloads, i -> i);
    return new ValueTable(sorted, payloads);
  }

  @Property
  void firstWhenKeyHeldThenFindsItsFirstEntryAndWhenNotThenNothing(
      @ForAll @Size(max = 200) List<Long> held, @ForAll long other) {
    long[] keys = held.stream().mapToLong(Long::longValue).toArray();
    ValueTable t = table(keys);
    for (long k : keys) {
      int at = t.first(k);
      assertThat(at).isNotNegative();
      assertThat(t.has(at, k)).isTrue();
      assertThat(at == 0 || !t.has(at - 1, k)).isTrue();
    }
    if (!held.contains(other)) {
      assertThat(t.first(other)).isEqualTo(-1);
    }
  }

  @Test
  void firstWhenManyRandomKeysThenEveryOneFound() {
    SplittableRandom r = new SplittableRandom(7);
    long[] keys = r.longs(100_000).toArray();
    ValueTable t = table(keys);
    for (long k : keys) {
      assertThat(t.first(k)).isNotNegative();
    }
    long misses = r.longs(100_000).filter(k -> t.first(k) >= 0).count();
    assertThat(misses).isZero();
    assertThat(t.size()).isEqualTo(100_000);
  }

  /** Keys are ordered as unsigned numbers, so -1 comes last. */
  @Test
  void firstWhenEqualKeysThenAdjacentEntriesWithTheirPayloads() {
    ValueTable t = table(new long[] {-1, 5, 5, 5, 9});
    int at = t.first(5);
    assertThat(at).isZero();
    assertThat(t.has(at + 2, 5)).isTrue();
    assertThat(t.has(at + 3, 5)).isFalse();
    assertThat(t.payload(t.first(-1))).isEqualTo(4);
    assertThat(t.has(5, -1)).isFalse();
  }
}
