package dev.kalkan.detect.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DigitsTest {

  @ParameterizedTest
  @CsvSource({"0, 1", "0123456789, 10", "078051120, 9"})
  void isDigitsWhenAsciiDigitsOfThatLengthThenTrue(String s, int length) {
    assertThat(Digits.isDigits(s, length)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {"12345678", "1234567890", "1234a6789", "12345678/", "12345678:", "\u0661"})
  void isDigitsWhenWrongLengthOrNotAsciiDigitThenFalse(String s) {
    assertThat(Digits.isDigits(s, 9)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"4111111111111111, 0, 1, 4", "4111111111111111, 0, 6, 411111", "2720, 0, 4, 2720"})
  void valueWhenDigitsThenDecimalValueOfTheRange(String s, int from, int to, int value) {
    assertThat(Digits.value(s, from, to)).isEqualTo(value);
  }
}
