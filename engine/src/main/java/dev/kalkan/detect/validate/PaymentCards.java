package dev.kalkan.detect.validate;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Payment card numbers: the network from the issuer identification number (IIN) range and length,
 * the Luhn check, and the test numbers that payment providers publish.
 *
 * <p>Ranges are checked in a fixed order so that the specific one wins where ranges overlap:
 * Discover's {@code 6011}, {@code 644-649}, {@code 65} and {@code 622126-622925} and UnionPay's
 * {@code 62} before Maestro's {@code 56-69}. A number whose IIN matches a network but whose length
 * does not falls through to the next matching range (a 13-digit {@code 65…} number is Maestro).
 */
public final class PaymentCards {
  private static final int MIN_LENGTH = 12;
  private static final int MAX_LENGTH = 19;

  /** One IIN range: the first {@code prefixDigits} digits lie in [low, high]. */
  private record Range(CardNetwork network, int prefixDigits, int low, int high, int lengths) {}

  private static final Range[] RANGES = {
    range(CardNetwork.UATP, 1, 1, 1, 15, 15),
    range(CardNetwork.MIR, 4, 2200, 2204, 16, 19),
    range(CardNetwork.MASTERCARD, 4, 2221, 2720, 16, 16),
    range(CardNetwork.DINERS_CLUB, 3, 300, 305, 14, 19),
    range(CardNetwork.DINERS_CLUB, 2, 36, 36, 14, 19),
    range(CardNetwork.DINERS_CLUB, 2, 38, 39, 14, 19),
    range(CardNetwork.AMERICAN_EXPRESS, 2, 34, 34, 15, 15),
    range(CardNetwork.AMERICAN_EXPRESS, 2, 37, 37, 15, 15),
    range(CardNetwork.JCB, 4, 3528, 3589, 16, 19),
    new Range(CardNetwork.VISA, 1, 4, 4, 1 << 13 | 1 << 16 | 1 << 19),
    range(CardNetwork.MAESTRO, 2, 50, 50, 12, 19),
    range(CardNetwork.MASTERCARD, 2, 51, 55, 16, 16),
    range(CardNetwork.DISCOVER, 4, 6011, 6011, 16, 19),
    range(CardNetwork.DISCOVER, 6, 622126, 622925, 16, 19),
    range(CardNetwork.DISCOVER, 3, 644, 649, 16, 19),
    range(CardNetwork.DISCOVER, 2, 65, 65, 16, 19),
    range(CardNetwork.UNIONPAY, 2, 62, 62, 16, 19),
    range(CardNetwork.MAESTRO, 2, 56, 69, 12, 19),
    range(CardNetwork.TROY, 4, 9792, 9792, 16, 16),
  };

  private static final List<Optional<CardNetwork>> FOUND =
      Arrays.stream(CardNetwork.values()).map(Optional::of).toList();

  /**
   * Test numbers published by Stripe, Adyen, PayPal, Braintree and Authorize.Net in their
   * integration guides; real payment data never uses them.
   */
  private static final String[] PUBLISHED_TEST_NUMBERS = {
    "4242424242424242",
    "4000056655665556",
    "5555555555554444",
    "2223003122003222",
    "5200828282828210",
    "5105105105105100",
    "378282246310005",
    "371449635398431",
    "6011111111111117",
    "6011000990139424",
    "6011981111111113",
    "3056930009020004",
    "36227206271667",
    "3566002020360505",
    "6200000000000005",
    "6205500000000000004",
    "4111111111111111",
    "4012888888881881",
    "4222222222222",
    "378734493671000",
    "30569309025904",
    "38520000023237",
    "3530111333300000",
    "5019717010103742",
    "6331101999990016",
    "4009348888881881",
    "4217651111111119",
    "4500600000000061",
    "5431111111111111",
    "2223000048400011",
    "6011000991300009",
    "6304000000000000",
    "6243030000000001",
    "4111111145551142",
    "4988438843884305",
    "5555341244441115",
    "2222400070000005",
    "370000000000002",
    "36006666333344",
    "6011601160116611",
    "3569990010095841",
    "6771798021000008",
    "4007000000027",
    "4012888818888",
    "5424000000000015",
    "6011000000000012",
    "3088000000000017",
    "38000000000006",
  };

  private PaymentCards() {}

  private static Range range(CardNetwork network, int digits, int low, int high, int min, int max) {
    int lengths = 0;
    for (int n = min; n <= max; n++) {
      lengths |= 1 << n;
    }
    return new Range(network, digits, low, high, lengths);
  }

  /**
   * The network whose IIN range and allowed lengths both match {@code digits}, or empty when none
   * does or the input is not 12 to 19 ASCII digits. The Luhn check is not part of this answer.
   */
  public static Optional<CardNetwork> network(CharSequence digits) {
    if (digits == null
        || digits.length() < MIN_LENGTH
        || digits.length() > MAX_LENGTH
        || !Digits.allDigits(digits)) {
      return Optional.empty();
    }
    int length = digits.length();
    for (Range r : RANGES) {
      if ((r.lengths & 1 << length) != 0) {
        int prefix = Digits.value(digits, 0, r.prefixDigits);
        if (prefix >= r.low && prefix <= r.high) {
          return FOUND.get(r.network.ordinal());
        }
      }
    }
    return Optional.empty();
  }

  /** True when {@code digits} belongs to a known network and passes the Luhn check. */
  public static boolean isValid(CharSequence digits) {
    return network(digits).isPresent() && Luhn.isValid(digits);
  }

  /**
   * True for numbers that are not real cards: the test numbers payment providers publish, and 12 to
   * 19 digit numbers whose digits between the first (network) and the last (check digit) repeat one
   * digit or alternate two ({@code 4111…1}, {@code 4242…2}) or run up or down by one, wrapping at 9
   * ({@code 1234567890…}). False for anything that is not ASCII digits.
   */
  public static boolean isWellKnownTestNumber(CharSequence digits) {
    if (digits == null || !Digits.allDigits(digits)) {
      return false;
    }
    for (String published : PUBLISHED_TEST_NUMBERS) {
      if (published.contentEquals(digits)) {
        return true;
      }
    }
    int length = digits.length();
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      return false;
    }
    return hasPeriodAtMostTwo(digits, 1, length - 1)
        || runsByOne(digits, 1, length - 1, 1)
        || runsByOne(digits, 1, length - 1, 9);
  }

  private static boolean hasPeriodAtMostTwo(CharSequence s, int from, int to) {
    for (int i = from + 2; i < to; i++) {
      if (s.charAt(i) != s.charAt(i - 2)) {
        return false;
      }
    }
    return true;
  }

  private static boolean runsByOne(CharSequence s, int from, int to, int step) {
    for (int i = from + 1; i < to; i++) {
      if ((s.charAt(i - 1) - '0' + step) % 10 != s.charAt(i) - '0') {
        return false;
      }
    }
    return true;
  }
}
