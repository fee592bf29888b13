package dev.kalkan.deid;

import dev.kalkan.detect.Finding;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import dev.kalkan.detect.Scanner;
import dev.kalkan.detect.ScannerSettings;
import java.util.Map;

/**
 * Decides whether the scanner recognises a string as a whole value of a type on its own: the string
 * is scanned after a fixed hotword of its type ({@code "card number: "}) at the lowest likelihood,
 * without any exact data match index. Tokenization walks its cipher until a token passes this
 * check, so the tokens of a type are found again where the type was found, and detokenization walks
 * back with the same check. Thread-safe.
 */
final class ShapeCheck {
  private static final Map<String, String> HOTWORDS =
      Map.ofEntries(
          Map.entry("EMAIL_ADDRESS", "email: "),
          Map.entry("AMAZON_BUYER_EMAIL", "email: "),
          Map.entry("PHONE_NUMBER", "phone: "),
          Map.entry("CREDIT_CARD_NUMBER", "card number: "),
          Map.entry("IBAN_CODE", "IBAN: "),
          Map.entry("US_SOCIAL_SECURITY_NUMBER", "SSN: "),
          Map.entry("TR_NATIONAL_ID", "T.C. kimlik no: "),
          Map.entry("AMAZON_ORDER_ID", "order id: "),
          Map.entry("AMAZON_SELLER_ID", "sellerId: "),
          Map.entry("IP_ADDRESS", "ip: "),
          Map.entry("ASIN", "asin: "));

  private final Scanner scanner;

  /** A check with the detectors of {@code settings} (custom ones included), at any likelihood. */
  ShapeCheck(ScannerSettings settings) {
    this.scanner =
        Scanner.create(settings.toBuilder().minLikelihood(Likelihood.VERY_UNLIKELY).build());
  }

  /** True when {@code value} alone is found as one finding of {@code type}. */
  boolean recognises(InfoType type, String value) {
    String prefix = HOTWORDS.getOrDefault(type.name(), "value: ");
    long start = prefix.length();
    long end = start + value.codePointCount(0, value.length());
    for (Finding f : scanner.scan(prefix + value + "\n")) {
      if (f.start() == start && f.end() == end && f.infoType().name().equals(type.name())) {
        return true;
      }
    }
    return false;
  }
}
