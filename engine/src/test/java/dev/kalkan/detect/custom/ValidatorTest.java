package dev.kalkan.detect.custom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidatorTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "luhn, 4111 1111 1111 1111, true",
    "luhn, 79927398713, true",
    "luhn, 4111-1111-1111-1111, true",
    "luhn, 79927398710, false",
    "luhn, 4111 1111 1111 1112, false",
    "luhn, 0, false",
    "luhn, 4111x1111, false",
    "iban, GB82 WEST 1234 5698 7654 32, true",
    "iban, DE89370400440532013000, true",
    "iban, TR330006100519786457841326, true",
    "iban, NO9386011117947, true",
    "iban, gb82west12345698765432, true",
    "iban, GB82 WEST 1234 5698 7654 33, false",
    "iban, GB28 WEST 1234 5698 7654 32, false",
    "iban, DE8937040044053201300, false",
    "iban, XX82WEST12345698765432, false",
    "iban, GBAB WEST 1234 5698 7654 32, false",
    "iban, GB82-WEST-1234-5698-7654-32, true",
    "iban, GB8, false",
    "tr-national-id, 10000000146, true",
    "tr-national-id, 12345678950, true",
    "tr-national-id, 19090909018, true",
    "tr-national-id, 12345678951, false",
    "tr-national-id, 12345678940, false",
    "tr-national-id, 02345678950, false",
    "tr-national-id, 1234567895, false",
    "us-ssn, 123-45-6789, true",
    "us-ssn, 123456789, true",
    "us-ssn, 899 99 9999, true",
    "us-ssn, 000-12-3456, false",
    "us-ssn, 666-12-3456, false",
    "us-ssn, 900-12-3456, false",
    "us-ssn, 123-00-4567, false",
    "us-ssn, 123-45-0000, false",
    "us-ssn, 123-45-678, false",
  })
  void acceptsWhenValueGivenThenChecksItsDigits(String name, String value, boolean valid) {
    assertThat(Validator.named(name).orElseThrow().accepts(value)).isEqualTo(valid);
  }

  @Test
  void luhnWhenAnyCheckDigitAppendedThenOnlyTheRightOneAccepted() {
    Random random = new Random(42);
    for (int run = 0; run < 200; run++) {
      StringBuilder payload = new StringBuilder();
      for (int i = 0, length = 1 + random.nextInt(18); i < length; i++) {
        payload.append(random.nextInt(10));
      }
      int accepted = 0;
      for (int check = 0; check < 10; check++) {
        if (Validator.LUHN.accepts(payload.toString() + check)) {
          accepted++;
        }
      }
      assertThat(accepted).as("check digits accepted for %s", payload).isEqualTo(1);
    }
  }

  @Test
  void namedWhenUnknownThenEmpty() {
    assertThat(Validator.named("md5")).isEmpty();
    assertThat(Validator.named("LUHN")).isEmpty();
  }
}
