package dev.kalkan.detect.edm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneFormsTest {
  private final PhoneForms turkey = new PhoneForms("TR");

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "+90 532 123 45 67",
        "05321234567",
        "0532 123 45 67",
        "(0532) 123-45-67",
        "+905321234567",
        "0090 532 123 45 67",
        "532 123 4567"
      })
  void ofWhenTurkishMobileInAnyFormatThenSameForms(String written) {
    assertThat(turkey.of(written)).containsExactly("905321234567", "5321234567", "05321234567");
  }

  @Test
  void ofWhenInternationalNumberThenItsOwnCountryAndTrunkPrefix() {
    assertThat(turkey.of("+49 30 12345678"))
        .containsExactly("493012345678", "3012345678", "03012345678");
    assertThat(turkey.of("+1 (206) 555-0100")).containsExactly("12065550100", "2065550100");
  }

  @Test
  void ofWhenRegionGivenThenNationalNumbersReadThere() {
    assertThat(new PhoneForms("DE").of("030 12345678"))
        .containsExactly("493012345678", "3012345678", "03012345678");
  }

  @Test
  void ofWhenNotParseableThenDigitsAsWritten() {
    assertThat(turkey.of("ext. 12-34-567-89")).containsExactly("123456789");
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", "n/a", "12345", "call me"})
  void ofWhenTooFewDigitsThenNothing(String written) {
    assertThat(turkey.of(written)).isEmpty();
  }

  @Test
  void createWhenRegionUnknownThenRejected() {
    assertThatThrownBy(() -> new PhoneForms("XX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown phone region 'XX'");
  }
}
