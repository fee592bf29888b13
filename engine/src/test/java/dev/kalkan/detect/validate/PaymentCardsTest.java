package dev.kalkan.detect.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentCardsTest {

  @ParameterizedTest
  @CsvSource({
    "4111111111111111, VISA",
    "4222222222222, VISA",
    "4000000000000000006, VISA",
    "5555555555554444, MASTERCARD",
    "5105105105105100, MASTERCARD",
    "2221000000000009, MASTERCARD",
    "2720999999999996, MASTERCARD",
    "2200000000000004, MIR",
    "2204999999999999999, MIR",
    "378282246310005, AMERICAN_EXPRESS",
    "341111111111111, AMERICAN_EXPRESS",
    "30569309025904, DINERS_CLUB",
    "3056930009020004, DINERS_CLUB",
    "36227206271667, DINERS_CLUB",
    "38520000023237, DINERS_CLUB",
    "3900000000000000000, DINERS_CLUB",
    "3530111333300000, JCB",
    "3528000700000000, JCB",
    "3589000000000000000, JCB",
    "6011111111111117, DISCOVER",
    "6011000400000000, DISCOVER",
    "6221260000000000, DISCOVER",
    "6229250000000000000, DISCOVER",
    "6440000000000000, DISCOVER",
    "6499999999999999, DISCOVER",
    "6500000000000000, DISCOVER",
    "6200000000000005, UNIONPAY",
    "6221250000000000, UNIONPAY",
    "6229260000000000, UNIONPAY",
    "6205500000000000004, UNIONPAY",
    "5019717010103742, MAESTRO",
    "6759649826438453, MAESTRO",
    "6304000000000000, MAESTRO",
    "501800000000, MAESTRO",
    "650000000000, MAESTRO",
    "6011000000000, MAESTRO",
    "5600000000000000000, MAESTRO",
    "9792000000000000, TROY",
    "100000000000000, UATP",
    "122000000000003, UATP"
  })
  void networkWhenIinAndLengthMatchThenNamesNetwork(String digits, CardNetwork expected) {
    assertThat(PaymentCards.network(digits)).contains(expected);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "41111111111111",
        "411111111111111",
        "41111111111111111",
        "3411111111111111",
        "37828224631000",
        "5555555555554",
        "55555555555544441",
        "2220999999999999",
        "2721000000000000",
        "2205000000000000",
        "3060000000000000",
        "3527999999999999",
        "3590000000000000",
        "3700000000000000",
        "9792000000000000000",
        "9791000000000000",
        "1000000000000000",
        "7000000000000000",
        "8000000000000000",
        "0000000000000000",
        "51000000000",
        "41111111111111111111",
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        "\uff14\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11"
      })
  void networkWhenNoRangeAndLengthMatchThenEmpty(String digits) {
    assertThat(PaymentCards.network(digits)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4012888888881881",
        "4111111111111111",
        "371449635398431",
        "5555555555554444",
        "5019717010103742",
        "30569309025904",
        "6011000400000000",
        "3528000700000000",
        "6759649826438453",
        "4917300800000000",
        "4484070000000000",
        "122000000000003",
        "2223003122003222",
        "6200000000000005"
      })
  void isValidWhenNetworkAndLuhnMatchThenAccepts(String digits) {
    assertThat(PaymentCards.isValid(digits)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "4012888888881882",
        "1748503543012",
        "36168002586008",
        "4012-8888-8888-1881",
        "79927398713",
        "0000000000000000",
        "41111111111111",
        "4111111111111110"
      })
  void isValidWhenLuhnOrNetworkFailsThenRejects(String digits) {
    assertThat(PaymentCards.isValid(digits)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4242424242424242",
        "4111111111111111",
        "4012888888881881",
        "5555555555554444",
        "5105105105105100",
        "2223003122003222",
        "378282246310005",
        "371449635398431",
        "6011111111111117",
        "6011000990139424",
        "3530111333300000",
        "3566002020360505",
        "30569309025904",
        "36227206271667",
        "6200000000000005",
        "6205500000000000004",
        "4222222222222",
        "5019717010103742",
        "4111111145551142",
        "2222400070000005",
        "370000000000002",
        "4007000000027",
        "3088000000000017"
      })
  void isWellKnownTestNumberWhenPublishedByProviderThenTrue(String digits) {
    assertThat(PaymentCards.isWellKnownTestNumber(digits)).isTrue();
    assertThat(Luhn.isValid(digits)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0000000000000000",
        "9999999999999999",
        "4000000000000002",
        "4444444444444448",
        "5454545454545454",
        "4000000000000000000",
        "1234567890123452",
        "9876543210987654",
        "4567890123456789",
        "512345678901"
      })
  void isWellKnownTestNumberWhenRepeatedOrSequentialThenTrue(String digits) {
    assertThat(PaymentCards.isWellKnownTestNumber(digits)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "4539578763621486",
        "5425233430109903",
        "374245455400126",
        "6011514433546201",
        "4242424242424241x",
        "4242 4242 4242 4242",
        "0000000",
        "00000000000000000000",
        "1234567890",
        "4111111111111121"
      })
  void isWellKnownTestNumberWhenOrdinaryNumberThenFalse(String digits) {
    assertThat(PaymentCards.isWellKnownTestNumber(digits)).isFalse();
  }

  @Test
  void networkWhenInputIsHugeThenEmptyWithoutFailing() {
    String huge = "4".repeat(1_000_000);
    assertThat(PaymentCards.network(huge)).isEmpty();
    assertThat(PaymentCards.isValid(huge)).isFalse();
    assertThat(PaymentCards.isWellKnownTestNumber(huge)).isFalse();
  }

  @Property
  void isValidWhenVisaWithComputedCheckDigitThenAccepts(
      @ForAll @StringLength(14) @CharRange(from = '0', to = '9') String body) {
    String number = withCheckDigit("4" + body);
    assertThat(PaymentCards.network(number)).contains(CardNetwork.VISA);
    assertThat(PaymentCards.isValid(number)).isTrue();
  }

  @Property
  void isValidWhenOneDigitChangedThenRejects(
      @ForAll @StringLength(14) @CharRange(from = '0', to = '9') String body,
      @ForAll @IntRange(min = 0, max = 15) int where,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    char[] number =
        withCheckDigit("5" + (char) ('1' + where % 5) + body.substring(1)).toCharArray();
    number[where] = (char) ('0' + (number[where] - '0' + delta) % 10);
    assertThat(PaymentCards.isValid(new String(number))).isFalse();
  }

  @Property
  void networkWhenAnyNonDigitPresentThenEmpty(
      @ForAll @StringLength(min = 12, max = 19) @CharRange(from = '0', to = '9') String digits,
      @ForAll @IntRange(min = 0, max = 18) int where,
      @ForAll char other) {
    if (other >= '0' && other <= '9') {
      return;
    }
    char[] chars = digits.toCharArray();
    chars[where % chars.length] = other;
    String text = new String(chars);
    assertThat(PaymentCards.network(text)).isEqualTo(Optional.empty());
    assertThat(PaymentCards.isValid(text)).isFalse();
    assertThat(PaymentCards.isWellKnownTestNumber(text)).isFalse();
  }

  private static String withCheckDigit(String payload) {
    for (char c = '0'; c <= '9'; c++) {
      if (Luhn.isValid(payload + c)) {
        return payload + c;
      }
    }
    throw new AssertionError("no check digit for " + payload.length() + " digits");
  }
}
