package dev.kalkan.detect.validate;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TcKimlikTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10000000146",
        "12345678950",
        "98765432150",
        "55555555550",
        "30000000014",
        "19090909018" // 7 x 1 - 36 is negative: the tenth digit is its positive remainder, 1
      })
  void isValidWhenBothCheckDigitsMatchThenAccepts(String number) {
    assertThat(TcKimlik.isValid(number)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "10000000147",
        "10000000156",
        "12345678901",
        "00000000000",
        "01234567890",
        "1000000014",
        "100000001460",
        "1000000014 6",
        "100 000 001 46",
        "1000000014a",
        "\u0661\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0661\u0664\u0666",
        "11111111111",
        "19090909096" // tenth digit from |7 x 1 - 36| mod 10 instead of the positive remainder
      })
  void isValidWhenCheckDigitsWrongOrNotElevenDigitsThenRejects(String number) {
    assertThat(TcKimlik.isValid(number)).isFalse();
  }

  @Test
  void isValidWhenInputIsHugeThenRejectsWithoutFailing() {
    assertThat(TcKimlik.isValid("1".repeat(1_000_000))).isFalse();
  }

  @Property
  void isValidWhenCheckDigitsComputedThenAccepts(
      @ForAll @CharRange(from = '1', to = '9') char first,
      @ForAll @StringLength(8) @CharRange(from = '0', to = '9') String rest) {
    assertThat(TcKimlik.isValid(withCheckDigits(first + rest))).isTrue();
  }

  @Property
  void isValidWhenAnyOneDigitChangedThenRejects(
      @ForAll @CharRange(from = '1', to = '9') char first,
      @ForAll @StringLength(8) @CharRange(from = '0', to = '9') String rest,
      @ForAll @IntRange(min = 0, max = 10) int where,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    char[] number = withCheckDigits(first + rest).toCharArray();
    number[where] = (char) ('0' + (number[where] - '0' + delta) % 10);
    assertThat(TcKimlik.isValid(new String(number))).isFalse();
  }

  @Property
  void isValidWhenAnyStringThenAgreesWithReference(@ForAll String any) {
    boolean expected =
        any.length() == 11
            && any.chars().allMatch(c -> c >= '0' && c <= '9')
            && any.charAt(0) != '0'
            && withCheckDigits(any.substring(0, 9)).equals(any);
    assertThat(TcKimlik.isValid(any)).isEqualTo(expected);
  }

  /** Reference: appends the tenth and eleventh digits to nine ASCII digits. */
  private static String withCheckDigits(String nine) {
    int[] d = nine.chars().map(c -> c - '0').toArray();
    int odd = d[0] + d[2] + d[4] + d[6] + d[8];
    int even = d[1] + d[3] + d[5] + d[7];
    int tenth = ((odd * 7 - even) % 10 + 10) % 10;
    int eleventh = (odd + even + tenth) % 10;
    return nine + tenth + eleventh;
  }
}
