package dev.kalkan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.kalkan.detect.InfoType;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticValuesTest {
  private static final int SAMPLES = 2000;

  private final Map<InfoType, Long> planted = new HashMap<>();
  private final SyntheticValues values = new SyntheticValues(new SplittableRandom(7), planted);

  private List<String> sample(Function<SyntheticValues, String> maker) {
    return IntStream.range(0, SAMPLES).mapToObj(i -> maker.apply(values)).toList();
  }

  @Test
  void cardNumberWhenMadeThenPassesLuhnWithKnownPrefixAndLength() {
    for (String card : sample(SyntheticValues::cardNumber)) {
      String digits = card.replaceAll("[ -]", "");
      assertThat(digits).matches("4\\d{15}|5[1-5]\\d{14}|2[2-7]\\d{14}|3[47]\\d{13}|6(011|5)\\d+");
      assertThat(digits.length()).isIn(15, 16);
      assertThat(luhnValid(digits)).as(card).isTrue();
    }
  }

  @Test
  void ibanWhenMadeThenHasCountryLengthAndMod97CheckDigits() {
    Map<String, Integer> lengths =
        Map.of("DE", 22, "GB", 22, "TR", 26, "FR", 27, "NL", 18, "ES", 24);
    for (String iban : sample(SyntheticValues::iban)) {
      String compact = iban.replace(" ", "");
      assertThat(compact.length()).as(iban).isEqualTo(lengths.get(compact.substring(0, 2)));
      String rearranged = compact.substring(4) + compact.substring(0, 4);
      StringBuilder numeric = new StringBuilder();
      rearranged.chars().forEach(c -> numeric.append(Character.digit(c, 36)));
      assertThat(new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue())
          .as(iban)
          .isEqualTo(1);
    }
  }

  @Test
  void ssnWhenMadeThenInIssuableRange() {
    for (String ssn : sample(SyntheticValues::ssn)) {
      assertThat(ssn).matches("\\d{3}-\\d{2}-\\d{4}");
      int area = Integer.parseInt(ssn.substring(0, 3));
      assertThat(area).isBetween(1, 899).isNotEqualTo(666);
      assertThat(ssn.substring(4, 6)).isNotEqualTo("00");
      assertThat(ssn.substring(7)).isNotEqualTo("0000");
    }
  }

  @Test
  void turkishNationalIdWhenMadeThenCheckDigitsHold() {
    for (String id : sample(SyntheticValues::turkishNationalId)) {
      assertThat(id).matches("[1-9]\\d{10}");
      int[] d = id.chars().map(c -> c - '0').toArray();
      int odd = d[0] + d[2] + d[4] + d[6] + d[8];
      int even = d[1] + d[3] + d[5] + d[7];
      assertThat(d[9]).isEqualTo(((odd * 7 - even) % 10 + 10) % 10);
      assertThat(d[10]).isEqualTo(IntStream.of(d).limit(10).sum() % 10);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"US", "GB", "DE", "TR"})
  void phoneWhenMadeThenValidNumberOfItsRegion(String region) throws NumberParseException {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    for (String phone : sample(v -> v.phone(region))) {
      assertThat(util.isValidNumberForRegion(util.parse(phone, region), region)).as(phone).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {12, 13})
  void gtinWhenMadeThenGs1CheckDigitHolds(int length) {
    for (String gtin : sample(v -> v.gtin(length))) {
      assertThat(gtin).hasSize(length).containsOnlyDigits();
      int sum = 0;
      for (int i = 0; i < length; i++) {
        int weight = (length - i) % 2 == 0 ? 3 : 1;
        sum += (gtin.charAt(i) - '0') * weight;
      }
      assertThat(sum % 10).as(gtin).isZero();
    }
  }

  @Test
  void credentialsWhenMadeThenHaveTheirDocumentedShapes() {
    assertShape(SyntheticValues::lwaClientId, "amzn1\\.application-oa2-client\\.[0-9a-f]{32}");
    assertShape(v -> v.lwaClientSecret(true), "amzn1\\.oa2-cs\\.v1\\.[0-9a-f]{64}");
    assertShape(v -> v.lwaClientSecret(false), "[0-9a-f]{64}");
    assertShape(SyntheticValues::lwaRefreshToken, "Atzr\\|[A-Za-z0-9_-]{300,}");
    assertShape(SyntheticValues::lwaAccessToken, "Atza\\|[A-Za-z0-9_-]{300,}");
    assertShape(SyntheticValues::restrictedDataToken, "Atz\\.sprdt\\|[A-Za-z0-9_-]{300,}");
    assertShape(SyntheticValues::awsAccessKeyId, "(AKIA|ASIA)[A-Z2-7]{16}");
    assertShape(SyntheticValues::awsSecretAccessKey, "[A-Za-z0-9/+]{40}");
    assertShape(
        SyntheticValues::mwsAuthToken,
        "amzn\\.mws\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertShape(SyntheticValues::orderId, "\\d{3}-\\d{7}-\\d{7}");
    assertShape(SyntheticValues::sellerId, "A[0-9A-Z]{12,13}");
    assertShape(SyntheticValues::asin, "B0[0-9A-Z]{8}");
    assertShape(SyntheticValues::buyerRelayEmail, "[a-z0-9]{12,16}@marketplace\\.amazon\\.[a-z.]+");
    assertShape(SyntheticValues::email, "[a-z0-9.]+@[a-z0-9.-]+\\.[a-z]{2,}");
  }

  @Test
  void ipAddressWhenMadeThenParsesAsIpLiteral() {
    Pattern octet = Pattern.compile("25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d");
    for (String ip : sample(SyntheticValues::ipv4)) {
      for (String part : ip.split("\\.")) {
        assertThat(octet.matcher(part).matches()).as(ip).isTrue();
      }
    }
    for (String ip : sample(SyntheticValues::ipv6)) {
      assertThat(ip).matches("[0-9a-f]{1,4}(::?[0-9a-f]{1,4}){4,7}");
      assertThat(ip.split("::", -1).length).isLessThanOrEqualTo(2);
    }
  }

  @Test
  void valueWhenMadeThenCountedOnceByType() {
    values.cardNumber();
    values.cardNumber();
    values.asin();
    values.marketplace();
    values.sku();

    assertThat(planted)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(InfoType.CREDIT_CARD_NUMBER, 2L, InfoType.ASIN, 1L));
  }

  @Test
  void sameSeedThenSameValues() {
    SyntheticValues again = new SyntheticValues(new SplittableRandom(7), new HashMap<>());

    assertThat(sample(SyntheticValues::iban)).isEqualTo(sampleFrom(again));
  }

  private static List<String> sampleFrom(SyntheticValues other) {
    return IntStream.range(0, SAMPLES).mapToObj(i -> other.iban()).toList();
  }

  private void assertShape(Function<SyntheticValues, String> maker, String regex) {
    for (String value : sample(maker)) {
      assertThat(value).matches(regex);
    }
  }

  private static boolean luhnValid(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }
}
