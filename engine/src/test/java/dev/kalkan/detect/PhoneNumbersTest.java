package dev.kalkan.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PhoneNumbers} builds numbers for libphonenumber directly instead of parsing text; these
 * tests hold it to the same answers as libphonenumber's parser.
 */
class PhoneNumbersTest {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  @ParameterizedTest
  @CsvSource({
    "905321234567, true",
    "442079460958, true",
    "4930123456, true",
    "12065550100, true",
    "81312345678, true",
    "390612345678, true",
    "33142685300, true",
    "9053212345, false",
    "999123456789, false",
    "1234567, false",
  })
  void isValidInternationalWhenDigitsAfterPlusThenAsLibphonenumberSays(String digits, boolean ok) {
    assertThat(PhoneNumbers.isValidInternational(digits)).isEqualTo(ok);
  }

  @ParameterizedTest
  @CsvSource({
    "05321234567, true",
    "02125551234, true",
    "02079460958, true",
    "03012345678, true",
    "0612345678, true",
    "0312345678, true",
    "2065550100, true",
    "12065550100, true",
    "612345678, true",
    "5321234567, true",
    "914155550132, true",
    "9876543210, true", // an Indian mobile
    "01123456789, true", // a Delhi landline with its trunk prefix
    "1234567890, false", // bare digits: no US area code starts with 1, and not an Indian mobile
    "0000000000, false",
    "0123, false",
  })
  void isValidNationalWhenWrittenWithoutCountryCodeThenAsLibphonenumberSays(
      String digits, boolean ok) {
    assertThat(PhoneNumbers.isValidNational(digits)).isEqualTo(ok);
  }

  @ParameterizedTest
  @CsvSource({
    "05321234567, true",
    "07400123456, true",
    "015112345678, true",
    "0612345678, true",
    "09012345678, true",
    "02125551234, false",
    "03012345678, false",
  })
  void isValidNationalMobileWhenTrunkPrefixedThenOnlyMobiles(String digits, boolean ok) {
    assertThat(PhoneNumbers.isValidNationalMobile(digits)).isEqualTo(ok);
  }

  @Test
  void isValidInternationalWhenRandomDigitsThenAgreesWithTheParser() throws Exception {
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      int length = 7 + random.nextInt(9);
      StringBuilder digits = new StringBuilder();
      digits.append(1 + random.nextInt(9));
      for (int k = 1; k < length; k++) {
        digits.append(random.nextInt(10));
      }
      boolean expected;
      try {
        PhoneNumber parsed = UTIL.parse("+" + digits, "ZZ");
        expected = UTIL.isValidNumber(parsed);
      } catch (NumberParseException e) {
        expected = false;
      }
      assertThat(PhoneNumbers.isValidInternational(digits)).as("+%s", digits).isEqualTo(expected);
    }
  }
}
