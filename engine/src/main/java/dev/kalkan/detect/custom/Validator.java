package dev.kalkan.detect.custom;

import dev.kalkan.detect.validate.Iban;
import dev.kalkan.detect.validate.Luhn;
import dev.kalkan.detect.validate.TcKimlik;
import dev.kalkan.detect.validate.UsSsn;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The check-digit and range validators a regex detector may name, each delegating to the engine's
 * validators in {@code dev.kalkan.detect.validate}. Each takes the matched value; spaces and
 * hyphens between characters are ignored.
 */
enum Validator {
  /** The Luhn mod-10 check over at least two digits. */
  LUHN("luhn") {
    @Override
    boolean accepts(CharSequence value) {
      String digits = compact(value);
      return digits != null && Luhn.isValid(digits);
    }
  },
  /** An IBAN of its country's length whose check digits pass ISO 7064 mod 97-10. */
  IBAN("iban") {
    @Override
    boolean accepts(CharSequence value) {
      String iban = compact(value);
      return iban != null && Iban.isValid(iban.toUpperCase(Locale.ROOT));
    }
  },
  /** A Turkish T.C. Kimlik No: 11 digits, no leading zero, both check digits right. */
  TR_NATIONAL_ID("tr-national-id") {
    @Override
    boolean accepts(CharSequence value) {
      String digits = compact(value);
      return digits != null && TcKimlik.isValid(digits);
    }
  },
  /** A US SSN in an issuable range: area not 000, 666 or 9xx; group not 00; serial not 0000. */
  US_SSN("us-ssn") {
    @Override
    boolean accepts(CharSequence value) {
      String d = compact(value);
      if (d == null || d.length() != 9 || !d.chars().allMatch(Character::isDigit)) {
        return false;
      }
      return UsSsn.isIssuable(
          Integer.parseInt(d, 0, 3, 10),
          Integer.parseInt(d, 3, 5, 10),
          Integer.parseInt(d, 5, 9, 10));
    }
  };

  private final String configName;

  Validator(String configName) {
    this.configName = configName;
  }

  /** The name the configuration uses, such as {@code tr-national-id}. */
  String configName() {
    return configName;
  }

  /** True when {@code value} passes this validator. */
  abstract boolean accepts(CharSequence value);

  /** The validator the configuration calls {@code name}, if any. */
  static Optional<Validator> named(String name) {
    return Arrays.stream(values()).filter(v -> v.configName.equals(name)).findFirst();
  }

  /** {@code value} without spaces and hyphens, or null when nothing else is left. */
  private static String compact(CharSequence value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != ' ' && c != '-') {
        out.append(c);
      }
    }
    return out.isEmpty() ? null : out.toString();
  }
}
