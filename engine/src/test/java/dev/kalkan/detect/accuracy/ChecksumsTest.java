package dev.kalkan.detect.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChecksumsTest {
  @ParameterizedTest
  @CsvSource({
    "4111111111111111, true",
    "4111111111111112, false",
    "378282246310005, true",
    "30569309025904, true",
    "5555555555554444, true",
    "5555555555554445, false"
  })
  void luhnWhenKnownNumbersThenAgreesWithPublishedTestCards(String digits, boolean valid) {
    assertThat(Checksums.luhnValid(digits)).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({"411111111111111, 1", "37828224631000, 5", "7992739871, 3"})
  void luhnCheckDigitWhenPayloadThenCompletesIt(String payload, int digit) {
    assertThat(Checksums.luhnCheckDigit(payload)).isEqualTo(digit);
    assertThat(Checksums.luhnValid(payload + digit)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "DE89370400440532013000, true",
    "GB82WEST12345698765432, true",
    "TR330006100519786457841326, true",
    "IT60X0542811101000000123456, true",
    "ES9121000418450200051332, true",
    "GB29RBOS60161331926819, false",
    "DE89370400440532013001, false"
  })
  void ibanValidWhenPublishedExamplesThenMod97Decides(String iban, boolean valid) {
    assertThat(Checksums.ibanValid(iban)).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({"DE, 370400440532013000, 89", "GB, WEST12345698765432, 82", "BE, 539007547034, 68"})
  void ibanCheckDigitsWhenBbanThenMatchPublishedExamples(
      String country, String bban, String check) {
    assertThat(Checksums.ibanCheckDigits(country, bban)).isEqualTo(check);
  }

  @ParameterizedTest
  @CsvSource({"10000000146, true", "10000000147, false", "01000000146, false", "1000000014, false"})
  void tcValidWhenDigitsThenChecksBothCheckDigits(String digits, boolean valid) {
    assertThat(Checksums.tcValid(digits)).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({
    "536-22-1234, true",
    "001-01-0001, true",
    "899-99-9999, true",
    "000-12-3456, false",
    "666-12-3456, false",
    "900-12-3456, false",
    "536-00-1234, false",
    "536-22-0000, false",
    "536221234, false"
  })
  void ssnIssuableWhenRangesThenFollowsSsaRules(String ssn, boolean issuable) {
    assertThat(Checksums.ssnIssuable(ssn)).isEqualTo(issuable);
  }

  @ParameterizedTest
  @CsvSource({"400638133393, 1", "03600029145, 2"})
  void gs1CheckDigitWhenPayloadThenMatchesPrintedBarcode(String payload, int digit) {
    assertThat(Checksums.gs1CheckDigit(payload)).isEqualTo(digit);
  }
}
