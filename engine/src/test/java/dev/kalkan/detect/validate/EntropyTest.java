package dev.kalkan.detect.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EntropyTest {

  @ParameterizedTest
  @CsvSource({
    "a, 0.0",
    "aaaa, 0.0",
    "ab, 1.0",
    "aabb, 1.0",
    "abcd, 2.0",
    "abcdefgh, 3.0",
    "aaab, 0.8112781244591328",
    "0123456789abcdef, 4.0"
  })
  void bitsPerCharWhenDistributionKnownThenShannonEntropy(String s, double bits) {
    assertThat(Entropy.bitsPerChar(s)).isCloseTo(bits, within(1e-9));
  }

  @ParameterizedTest
  @NullAndEmptySource
  void bitsPerCharWhenNullOrEmptyThenZero(String s) {
    assertThat(Entropy.bitsPerChar(s)).isZero();
  }

  @Test
  void bitsPerCharWhenSurrogatePairsThenCountsCodePoints() {
    assertThat(Entropy.bitsPerChar("\ud83d\ude00\ud83d\ude00")).isZero();
    assertThat(Entropy.bitsPerChar("\ud83d\ude00a")).isCloseTo(1.0, within(1e-9));
    assertThat(Entropy.bitsPerChar("\ud83d\ude00\ud83d\ude01")).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void bitsPerCharWhenLongStringThenSameAsShortCount() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 256; c++) {
      all.append(c).append(c);
    }
    assertThat(Entropy.bitsPerChar(all)).isCloseTo(8.0, within(1e-9));
    assertThat(Entropy.bitsPerChar("x".repeat(1_000_000))).isZero();
  }

  @Property
  void bitsPerCharWhenStringRepeatedThenUnchanged(
      @ForAll @StringLength(min = 1, max = 64) String s,
      @ForAll @IntRange(min = 2, max = 40) int times) {
    assertThat(Entropy.bitsPerChar(s.repeat(times)))
        .isCloseTo(Entropy.bitsPerChar(s), within(1e-9));
  }

  @Property
  void bitsPerCharIsBetweenZeroAndLogOfDistinctCount(@ForAll String s) {
    long distinct = s.codePoints().distinct().count();
    double bits = Entropy.bitsPerChar(s);
    assertThat(bits).isGreaterThanOrEqualTo(0.0);
    assertThat(bits).isLessThanOrEqualTo(Math.log(Math.max(distinct, 1)) / Math.log(2) + 1e-9);
  }

  @Property
  void bitsPerCharWhenReversedThenUnchanged(@ForAll @StringLength(max = 300) String s) {
    String reversed = new StringBuilder(s).reverse().toString();
    assertThat(Entropy.bitsPerChar(reversed)).isCloseTo(Entropy.bitsPerChar(s), within(1e-9));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "Xq7pLm2ZvB9nR4tY"
      })
  void looksRandomWhenLongAndVariedThenTrue(String s) {
    assertThat(Entropy.looksRandom(s, 16, 3.5)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "aaaaaaaaaaaaaaaaaaaaaaaa",
        "abababababababababababab",
        "passwordpasswordpassword",
        "Xq7pLm2ZvB9nR4t",
        "0000000000000000000000000000000000000000"
      })
  void looksRandomWhenShortOrRepetitiveThenFalse(String s) {
    assertThat(Entropy.looksRandom(s, 16, 3.5)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"aB", "a1", "B2", "Password1", "AKIAIOSFODNN7EXAMPLE", "abc-DEF"})
  void hasMixedClassesWhenTwoOfUpperLowerDigitThenTrue(String s) {
    assertThat(Entropy.hasMixedClasses(s)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {"abc", "ABC", "123", "abc-def_ghi", "\u00e9\u00c9", "\uff21\uff41", "+-*/"})
  void hasMixedClassesWhenOneAsciiClassOrNoneThenFalse(String s) {
    assertThat(Entropy.hasMixedClasses(s)).isFalse();
  }
}
