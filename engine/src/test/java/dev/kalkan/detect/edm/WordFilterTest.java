package dev.kalkan.detect.edm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WordFilterTest {

  private static boolean starts(WordFilter f, long key) {
    long bits = WordFilter.startBits(key);
    return (f.slotBits(f.slot(key)) & bits) == bits;
  }

  private static boolean continues(WordFilter f, long key) {
    long bits = WordFilter.continueBits(key);
    return (f.slotBits(f.slot(key)) & bits) == bits;
  }

  @Test
  void filterWhenWordsAddedThenEachPassesItsRoleAndFewOthersDo() {
    SplittableRandom r = new SplittableRandom(11);
    long[] first = r.longs(50_000).map(KeyedHasher::mix).toArray();
    long[] inner = r.longs(50_000).map(KeyedHasher::mix).toArray();
    WordFilter f = new WordFilter(first, inner);
    for (long k : first) {
      assertThat(starts(f, k)).isTrue();
    }
    for (long k : inner) {
      assertThat(continues(f, k)).isTrue();
    }
    long[] others = r.longs(100_000).map(KeyedHasher::mix).toArray();
    long falseStarts = java.util.Arrays.stream(others).filter(k -> starts(f, k)).count();
    long falseContinues = java.util.Arrays.stream(others).filter(k -> continues(f, k)).count();
    assertThat(falseStarts).isLessThan(4_000);
    assertThat(falseContinues).isLessThan(4_000);
  }

  @Test
  void filterWhenEmptyThenNothingPasses() {
    WordFilter f = new WordFilter(new long[0], new long[0]);
    assertThat(starts(f, 12345)).isFalse();
    assertThat(continues(f, -1)).isFalse();
  }
}
