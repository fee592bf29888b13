package dev.kalkan.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreviewTest {
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "EMAIL_ADDRESS => jane.doe@gmail.com => j***@g***.com",
        "AMAZON_BUYER_EMAIL => 5kdr0sbm2q8xj9c@marketplace.amazon.com => 5***@m***.com",
        "CREDIT_CARD_NUMBER => 4012888888881881 => ************1881",
        "CREDIT_CARD_NUMBER => 4012 8888 8888 1881 => **** **** **** 1881",
        "PHONE_NUMBER => +90 532 123 45 67 => +** *** *** 45 67",
        "US_SOCIAL_SECURITY_NUMBER => 536-22-1234 => ***-**-****",
        "IBAN_CODE => DE89370400440532013000 => ******************3000",
        "LWA_REFRESH_TOKEN => Atzr|IwEBIA3jPq0wHg0sYk2NcDd9xKc8d0NfAbCd => Atzr|****************",
        "AWS_ACCESS_KEY_ID => AKIA2E0A8F3B244C9986 => AKIA****************",
        "ASIN => B07XJ8C8F5 => B07XJ8C8F5",
        "PERSON_NAME => Çağla Şükrü => Ç**** Ş****",
      })
  void ofWhenTypeKnownThenMasksItsOwnWay(String type, String value, String preview) {
    assertThat(Preview.of(InfoType.builtIn(type).orElseThrow(), value)).isEqualTo(preview);
  }

  @ParameterizedTest
  @CsvSource({
    "EMAIL_ADDRESS, averylongname@example.com",
    "TR_NATIONAL_ID, 10000000146",
    "LWA_CLIENT_SECRET, amzn1.oa2-cs.v1.5f1c2e3d4b5a69788796a5b4c3d2e1f05f1c2e3d4b5a69788796a5b4",
    "AMAZON_ORDER_ID, 113-1234567-1234567"
  })
  void ofWhenSensitiveThenRevealsNeitherTheValueNorMostOfIt(String type, String value) {
    String preview = Preview.of(InfoType.builtIn(type).orElseThrow(), value);
    assertThat(preview).isNotEqualTo(value);
    long kept = preview.chars().filter(c -> c != '*').count();
    assertThat(kept).isLessThanOrEqualTo(Math.max(8, value.length() / 3) + 16);
    assertThat(value).doesNotContain(preview.replace("*", "").length() > 8 ? preview : "\0");
  }
}
