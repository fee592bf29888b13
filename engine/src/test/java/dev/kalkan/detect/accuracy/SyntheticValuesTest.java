package dev.kalkan.detect.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import dev.kalkan.detect.accuracy.SyntheticValues.CardLayout;
import dev.kalkan.detect.accuracy.SyntheticValues.CardNetwork;
import dev.kalkan.detect.accuracy.SyntheticValues.PhoneStyle;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticValuesTest {
  private static final Map<String, Integer> IBAN_LENGTHS =
      Map.of(
          "DE", 22, "GB", 22, "TR", 26, "FR", 27, "NL", 18, "AT", 20, "CH", 21, "BE", 16, "ES", 24,
          "IT", 27);

  private final SyntheticValues v = new SyntheticValues(new SplittableRandom(7));

  @ParameterizedTest
  @ValueSource(strings = {"US", "GB", "DE", "TR", "FR", "IT", "ES", "JP"})
  void phoneWhenAnyStyleThenValidForItsRegion(String region) throws NumberParseException {
    for (int i = 0; i < 50; i++) {
      PhoneStyle style = v.phoneStyle(region);
      String phone = v.phone(region, style);
      var parsed = SyntheticValues.PHONES.parse(phone.replace("(0)", ""), region);
      assertThat(SyntheticValues.PHONES.isValidNumberForRegion(parsed, region)).as(phone).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(CardNetwork.class)
  void cardWhenAnyNetworkThenLuhnValidAndNearMissNot(CardNetwork network) {
    for (int i = 0; i < 50; i++) {
      String card = v.card(network, v.cardLayout()).replaceAll("[ -]", "");
      String wrong = v.cardFailingLuhn(network, CardLayout.COMPACT);
      assertThat(Checksums.luhnValid(card)).as(card).isTrue();
      assertThat(Checksums.luhnValid(wrong)).as(wrong).isFalse();
      assertThat(wrong).hasSameSizeAs(card);
    }
  }

  @Test
  void ibanWhenEveryCountryThenValidWithCountryLengthAndNearMissFails() {
    for (String country : SyntheticValues.IBAN_COUNTRIES) {
      for (int i = 0; i < 50; i++) {
        String iban = v.iban(country, false);
        String wrong = v.ibanFailingCheck(country, false);
        assertThat(iban).as(country).hasSize(IBAN_LENGTHS.get(country)).startsWith(country);
        assertThat(Checksums.ibanValid(iban)).as(iban).isTrue();
        assertThat(Checksums.ibanValid(wrong)).as(wrong).isFalse();
        assertThat(v.iban(country, true).replace(" ", "")).hasSize(IBAN_LENGTHS.get(country));
      }
    }
  }

  @Test
  void italianCinWhenPublishedExampleThenX() {
    assertThat(SyntheticValues.italianCin("0542811101000000123456")).isEqualTo('X');
  }

  @Test
  void nationalIdsWhenGeneratedThenValidAndNearMissesInvalid() {
    for (int i = 0; i < 200; i++) {
      assertThat(Checksums.tcValid(v.tcId())).isTrue();
      assertThat(Checksums.tcValid(v.tcFailingCheck())).isFalse();
      assertThat(Checksums.ssnIssuable(v.ssn())).isTrue();
      assertThat(Checksums.ssnIssuable(v.ssnUnissuable())).isFalse();
    }
  }

  @Test
  void formatIpv6WhenZeroRunsThenCompressesTheLongestOnly() {
    assertThat(SyntheticValues.formatIpv6(new int[] {0x2001, 0xdb8, 0, 0, 1, 0, 0, 0}))
        .isEqualTo("2001:db8:0:0:1::");
    assertThat(
            SyntheticValues.formatIpv6(new int[] {0xfe80, 0, 0, 0, 0x1ff, 0xfe23, 0x4567, 0x890a}))
        .isEqualTo("fe80::1ff:fe23:4567:890a");
    assertThat(SyntheticValues.formatIpv6(new int[] {0x2001, 0xdb8, 0, 1, 2, 3, 4, 5}))
        .isEqualTo("2001:db8:0:1:2:3:4:5");
  }

  @Test
  void credentialsWhenGeneratedThenHaveTheirDocumentedShapes() {
    assertThat(v.lwaClientId()).matches("amzn1\\.application-oa2-client\\.[0-9a-f]{32}");
    assertThat(v.lwaClientSecret()).matches("amzn1\\.oa2-cs\\.v1\\.[0-9a-f]{64}");
    assertThat(v.refreshToken()).matches("Atzr\\|IwEBI[A-Za-z0-9_-]{300,400}");
    assertThat(v.accessToken()).matches("Atza\\|IwEBI[A-Za-z0-9_-]{280,360}");
    assertThat(v.restrictedDataToken()).matches("Atz\\.sprdt\\|AYABe[A-Za-z0-9_-]{300,420}");
    assertThat(v.awsAccessKeyId()).matches("(AKIA|ASIA)[A-Z2-7]{16}");
    assertThat(v.awsSecretAccessKey()).matches("[A-Za-z0-9/+]{40}");
    assertThat(v.mwsAuthToken())
        .matches(
            "amzn\\.mws\\.[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(v.sellerId()).matches("A[A-Z0-9]{12,13}");
    assertThat(v.asin()).matches("B0[A-Z0-9]{8}");
    assertThat(v.orderId()).matches("\\d{3}-\\d{7}-\\d{7}");
  }
}
