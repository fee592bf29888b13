package dev.kalkan.bench;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AdversarialInputTest {

  @ParameterizedTest
  @EnumSource(AdversarialInput.class)
  void bytesWhenAskedThenExactLengthAndRepeatable(AdversarialInput input) {
    for (int length : new int[] {1, 7, 1 << 20}) {
      assertThat(input.bytes(length)).hasSize(length).isEqualTo(input.bytes(length));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "DIGIT_RUN, '[0-9]{64}'",
    "DASHED_DIGITS, '(1-){32}'",
    "SPACED_DIGITS, '(1 ){32}'",
    "DOTTED_DIGITS, '(1\\.){32}'",
    "AT_SIGNS, '@{64}'",
    "LOCAL_PARTS_AND_AT_SIGNS, '(a@){32}'",
    "DOTTED_LOCAL_PART_THEN_AT, '(a\\.){31}a@'",
    "COLONS, ':{64}'",
    "AKIA_REPEATED, '(AKIA){16}'",
    "PLUS_ONE_REPEATED, '(\\+1 ){21}\\+'"
  })
  void bytesWhenShapeThenRepeatsItsUnit(AdversarialInput input, String regex) {
    assertThat(new String(input.bytes(64), US_ASCII)).matches(regex);
  }

  @ParameterizedTest
  @EnumSource(AdversarialInput.class)
  void bytesWhenLengthNotPositiveThenRejects(AdversarialInput input) {
    assertThatIllegalArgumentException().isThrownBy(() -> input.bytes(0));
  }
}
