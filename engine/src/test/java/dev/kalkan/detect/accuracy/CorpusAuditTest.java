package dev.kalkan.detect.accuracy;

import static dev.kalkan.detect.InfoType.AMAZON_ORDER_ID;
import static dev.kalkan.detect.InfoType.CREDIT_CARD_NUMBER;
import static dev.kalkan.detect.InfoType.PHONE_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorpusAuditTest {
  @Test
  void problemsWhenEveryValueLabelledOrPlantedThenNone() {
    LabelledDocument doc =
        new DocumentBuilder()
            .text("Order ")
            .value(AMAZON_ORDER_ID, "113-1234567-1234567")
            .text(" card ")
            .value(CREDIT_CARD_NUMBER, "4111 1111 1111 1111")
            .text(" not ")
            .decoy(NearMiss.CARD_LUHN_INVALID, "4111 1111 1111 1112")
            .text(" call ")
            .value(PHONE_NUMBER, "+90 212 345 67 89")
            .build("ok", Genre.PAYMENT_TEXT);

    assertThat(CorpusAudit.problems(doc)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "see 113-1234567-1234567",
        "mail jane.doe@example.org",
        "pay 4111-1111-1111-1111",
        "iban DE89 3704 0044 0532 0130 00",
        "tc 10000000146",
        "ssn 536-22-1234",
        "key AKIAQWERTYUIOPASDFGH",
        "token Atzr|IwEBIabc",
        "ip 203.0.113.9.",
        "ip6 2001:db8::17",
        "tel +44 121 234 5678",
        "asin B08N5WRWNW",
        "mkt A1PA6795UKMFR9"
      })
  void problemsWhenUnambiguousValueUnlabelledThenReported(String text) {
    LabelledDocument doc = new DocumentBuilder().text(text).build("bad", Genre.EMAIL_EN);

    assertThat(CorpusAudit.problems(doc)).singleElement().asString().contains("unlabelled");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "std::vector<int>",
        "at 14:03:22 today",
        "mac 00:1a:2b:3c:4d:5e",
        "the card 4111 1111 1111 1112",
        "11 digits 10000000147"
      })
  void problemsWhenOnlyLookAlikesThenNone(String text) {
    LabelledDocument doc = new DocumentBuilder().text(text).build("fine", Genre.SOURCE_CODE);

    assertThat(CorpusAudit.problems(doc)).isEmpty();
  }

  @Test
  void problemsWhenLabelInvalidOrOverlappingThenReported() {
    LabelledDocument doc =
        new DocumentBuilder()
            .value(CREDIT_CARD_NUMBER, "4111 1111 1111 1112")
            .decoy(NearMiss.SKU, "X")
            .build("bad", Genre.PAYMENT_TEXT);
    LabelledDocument overlapping =
        new LabelledDocument(
            "overlap",
            Genre.PAYMENT_TEXT,
            "113-1234567-1234567",
            java.util.List.of(new Label(AMAZON_ORDER_ID, 0, 19, "113-1234567-1234567")),
            java.util.List.of(new Decoy(NearMiss.ORDER_ID_WRONG_SHAPE, 4, 19, "1234567-1234567")));

    assertThat(CorpusAudit.problems(doc))
        .singleElement()
        .asString()
        .contains("is not a valid CREDIT_CARD_NUMBER");
    assertThat(CorpusAudit.problems(overlapping))
        .singleElement()
        .asString()
        .contains("overlaps label");
  }
}
