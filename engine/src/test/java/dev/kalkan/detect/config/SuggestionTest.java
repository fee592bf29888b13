package dev.kalkan.detect.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionTest {
  private static final List<String> NAMES =
      List.of("EMAIL_ADDRESS", "PHONE_NUMBER", "hotwords", "luhn", "iban", "minLikelihood");

  @ParameterizedTest
  @CsvSource({
    "EMAIL_ADRESS, ' (did you mean EMAIL_ADDRESS?)'",
    "email_address, ' (did you mean EMAIL_ADDRESS?)'",
    "hotword, ' (did you mean hotwords?)'",
    "lunh, ' (did you mean luhn?)'",
    "minlikelyhood, ' (did you mean minLikelihood?)'",
    "PHONE, ' (did you mean PHONE_NUMBER?)'",
    "colour, ''",
    "md5, ''",
    "EMA, ''",
  })
  void didYouMeanWhenTypoThenClosestNameElseNothing(String input, String expected) {
    assertThat(Suggestion.didYouMean(input, NAMES)).isEqualTo(expected);
  }
}
