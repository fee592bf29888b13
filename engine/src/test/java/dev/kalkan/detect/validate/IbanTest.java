package dev.kalkan.detect.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

  /** The SWIFT IBAN registry, release 101: country code and IBAN length. */
  private static final List<String> REGISTRY =
      Arrays.asList(
          ("AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22"
                  + " DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27"
                  + " GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21"
                  + " LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15"
                  + " OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24"
                  + " SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30")
              .split(" "));

  private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GB82WEST12345698765432",
        "DE89370400440532013000",
        "TR330006100519786457841326",
        "FR1420041010050500013M02606",
        "NL91ABNA0417164300",
        "BE68539007547034",
        "NO9386011117947",
        "CH9300762011623852957",
        "MT84MALT011000012345MTLCAST001S",
        "LC55HEMM000100010012001200023015",
        "RU0304452522540817810538091310419",
        "SC18SSCB11010000000000001497USD",
        "BR1800360305000010009795493C1",
        "YE15CBYE0001018861234567891234",
        "IL620108000000099999999",
        "GB02NWBK00000000000033",
        "GB98NWBK00000000000051",
        "GB97NWBK00000000000069"
      })
  void isValidWhenRegistryLengthAndChecksumMatchThenAccepts(String iban) {
    assertThat(Iban.isValid(iban)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "GB82WEST12345698765433",
        "GB28WEST12345698765432",
        "GB82WEST1234569876543",
        "GB82WEST123456987654321",
        "gb82west12345698765432",
        "GB82west12345698765432",
        "GB82 WEST 1234 5698 7654 32",
        "GB82-WEST-1234-5698-7654-32",
        "XX82WEST12345698765432",
        "US64SVBKUS6S3300958879",
        "G182WEST12345698765432",
        "GBA2WEST12345698765432",
        "GB99NWBK00000000000033",
        "GB01NWBK00000000000051",
        "GB00NWBK00000000000069",
        "TR33000610051978645784132",
        "DE89370400440532013000\u0000",
        "DE89370400440532013\u00c4\u00c4\u00c4",
        "DE89\uff13\uff17\uff10400440532013000",
        "GB8",
        "GB"
      })
  void isValidWhenChecksumLengthCountryOrCharactersWrongThenRejects(String iban) {
    assertThat(Iban.isValid(iban)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"TR, 26", "DE, 22", "GB, 22", "FR, 27", "NO, 15", "LC, 32", "RU, 33", "YE, 30"})
  void expectedLengthWhenRegistryCountryThenItsLength(String country, int length) {
    assertThat(Iban.expectedLength(country)).isEqualTo(length);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"XX", "US", "tr", "Tr", "T", "TUR", "T1", "\u00c4T"})
  void expectedLengthWhenNotRegistryCountryThenZero(String country) {
    assertThat(Iban.expectedLength(country)).isZero();
  }

  @Test
  void expectedLengthWhenEveryPairOfLettersThenExactlyTheRegistry() {
    int known = 0;
    for (char a = 'A'; a <= 'Z'; a++) {
      for (char b = 'A'; b <= 'Z'; b++) {
        String code = "" + a + b;
        int expected =
            REGISTRY.stream()
                .filter(e -> e.startsWith(code))
                .mapToInt(e -> Integer.parseInt(e.substring(2)))
                .findFirst()
                .orElse(0);
        assertThat(Iban.expectedLength(code)).as(code).isEqualTo(expected);
        known += expected > 0 ? 1 : 0;
      }
    }
    assertThat(known).isEqualTo(89);
  }

  @Test
  void isValidWhenInputIsHugeThenRejectsWithoutFailing() {
    assertThat(Iban.isValid("GB82" + "1".repeat(1_000_000))).isFalse();
  }

  @Property
  void isValidWhenGeneratedForAnyCountryThenAccepts(@ForAll("ibans") String iban) {
    assertThat(Iban.isValid(iban)).isTrue();
  }

  @Property
  void isValidWhenOneCharacterReplacedByAnotherOfItsKindThenRejects(
      @ForAll("ibans") String iban,
      @ForAll @IntRange(min = 0, max = 33) int where,
      @ForAll @IntRange(min = 1, max = 25) int shift) {
    char[] chars = iban.toCharArray();
    int i = where % chars.length;
    char c = chars[i];
    chars[i] =
        Character.isDigit(c)
            ? (char) ('0' + (c - '0' + shift) % 10)
            : (char) ('A' + (c - 'A' + shift) % 26);
    if (chars[i] == c) {
      chars[i] = Character.isDigit(c) ? (char) ('0' + (c - '0' + 1) % 10) : c == 'A' ? 'B' : 'A';
    }
    assertThat(Iban.isValid(new String(chars))).isFalse();
  }

  @Property
  void isValidWhenAnyStringThenAgreesWithReference(@ForAll String any) {
    assertThat(Iban.isValid(any)).isEqualTo(isValidByReference(any));
  }

  @Provide
  Arbitrary<String> ibans() {
    return Arbitraries.of(REGISTRY)
        .flatMap(
            entry ->
                Arbitraries.strings()
                    .withChars(ALPHANUMERIC.toCharArray())
                    .ofLength(Integer.parseInt(entry.substring(2)) - 4)
                    .map(bban -> withCheckDigits(entry.substring(0, 2), bban)));
  }

  private static String withCheckDigits(String country, String bban) {
    int check = 98 - mod97(bban + country + "00");
    return country + (check < 10 ? "0" : "") + check + bban;
  }

  private static boolean isValidByReference(String s) {
    if (s.length() < 4 || !s.chars().allMatch(c -> ALPHANUMERIC.indexOf(c) >= 0)) {
      return false;
    }
    boolean registered = REGISTRY.contains(s.substring(0, 2) + s.length());
    boolean checkInRange =
        Character.isDigit(s.charAt(2))
            && Character.isDigit(s.charAt(3))
            && Integer.parseInt(s.substring(2, 4)) >= 2
            && Integer.parseInt(s.substring(2, 4)) <= 98;
    return registered && checkInRange && mod97(s.substring(4) + s.substring(0, 4)) == 1;
  }

  /** Reference mod 97 with letters expanded to 10-35, through a big integer. */
  private static int mod97(String rearranged) {
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.digit(c, 36));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
  }
}
