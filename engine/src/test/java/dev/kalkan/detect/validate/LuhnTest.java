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

class LuhnTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "79927398713",
        "4111111111111111",
        "378282246310005",
        "18",
        "00",
        "0000000000000000",
        "122000000000003",
        "6205500000000000004"
      })
  void isValidWhenCheckDigitMatchesThenAccepts(String digits) {
    assertThat(Luhn.isValid(digits)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "79927398710",
        "79927398714",
        "4111111111111112",
        "4012888888881882",
        "0",
        "8",
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        " 4111111111111111",
        "4111111111111111\n",
        "a18",
        "1a8",
        "\u0661\u0668",
        "\uff11\uff18",
        "\ud835\udfcf\ud835\udfd6"
      })
  void isValidWhenNotDigitsOrCheckDigitWrongThenRejects(String digits) {
    assertThat(Luhn.isValid(digits)).isFalse();
  }

  @Test
  void isValidWhenInputIsHugeThenAnswersWithoutFailing() {
    String zeros = "0".repeat(2_000_000);
    assertThat(Luhn.isValid(zeros)).isTrue();
    assertThat(Luhn.isValid(zeros + "x")).isFalse();
    assertThat(Luhn.isValid("9".repeat(2_000_000) + "1")).isFalse();
  }

  @Property
  void isValidWhenComputedCheckDigitAppendedThenAccepts(
      @ForAll @StringLength(min = 1, max = 40) @CharRange(from = '0', to = '9') String payload) {
    assertThat(Luhn.isValid(payload + checkDigit(payload))).isTrue();
  }

  @Property
  void isValidWhenExactlyOneCheckDigitFitsThenOthersReject(
      @ForAll @StringLength(min = 1, max = 40) @CharRange(from = '0', to = '9') String payload) {
    int accepted = 0;
    for (char c = '0'; c <= '9'; c++) {
      accepted += Luhn.isValid(payload + c) ? 1 : 0;
    }
    assertThat(accepted).isEqualTo(1);
  }

  @Property
  void isValidWhenOneDigitChangedThenRejects(
      @ForAll @StringLength(min = 1, max = 40) @CharRange(from = '0', to = '9') String payload,
      @ForAll @IntRange(min = 0, max = 40) int where,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    char[] number = (payload + checkDigit(payload)).toCharArray();
    int i = where % number.length;
    number[i] = (char) ('0' + (number[i] - '0' + delta) % 10);
    assertThat(Luhn.isValid(new String(number))).isFalse();
  }

  @Property
  void isValidWhenAdjacentDigitsSwappedThenRejectsExceptNineZero(
      @ForAll @StringLength(min = 1, max = 40) @CharRange(from = '0', to = '9') String payload,
      @ForAll @IntRange(min = 0, max = 40) int where) {
    char[] number = (payload + checkDigit(payload)).toCharArray();
    int i = where % (number.length - 1);
    char a = number[i];
    char b = number[i + 1];
    number[i] = b;
    number[i + 1] = a;
    boolean undetectable = a == b || (a == '0' && b == '9') || (a == '9' && b == '0');
    assertThat(Luhn.isValid(new String(number))).isEqualTo(undetectable);
  }

  @Property
  void isValidWhenAnyStringThenAgreesWithReference(@ForAll String any) {
    boolean expected =
        any.length() >= 2
            && any.chars().allMatch(c -> c >= '0' && c <= '9')
            && checkDigit(any.substring(0, any.length() - 1)) == any.charAt(any.length() - 1);
    assertThat(Luhn.isValid(any)).isEqualTo(expected);
  }

  /** Reference check digit: doubles every second digit counted from the payload's right end. */
  private static char checkDigit(String payload) {
    int sum = 0;
    for (int i = 0; i < payload.length(); i++) {
      int d = payload.charAt(payload.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        int doubled = 2 * d;
        sum += doubled / 10 + doubled % 10;
      } else {
        sum += d;
      }
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }
}
