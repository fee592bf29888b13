package dev.kalkan.detect.custom;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The check-digit and range validators a regex detector may name. Each takes the matched value;
 * spaces and hyphens between digits are ignored.
 */
enum Validator {
  /** The Luhn mod-10 check over at least two digits. */
  LUHN("luhn") {
    @Override
    boolean accepts(CharSequence value) {
      int[] digits = digits(value);
      if (digits == null || digits.length < 2) {
        return false;
      }
      int sum = 0;
      for (int i = digits.length - 1, position = 0; i >= 0; i--, position++) {
        int d = digits[i];
        if (position % 2 == 1) {
          d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        }
        sum += d;
      }
      return sum % 10 == 0;
    }
  },
  /** An IBAN of its country's length whose check digits pass ISO 7064 mod 97-10. */
  IBAN("iban") {
    @Override
    boolean accepts(CharSequence value) {
      StringBuilder iban = new StringBuilder(value.length());
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c != ' ') {
          iban.append(Character.toUpperCase(c));
        }
      }
      if (iban.length() < 5) {
        return false;
      }
      Integer length = IBAN_LENGTHS.get(iban.substring(0, 2));
      if (length == null || length != iban.length()) {
        return false;
      }
      int remainder = 0;
      for (int i = 0; i < iban.length(); i++) {
        char c = iban.charAt((i + 4) % iban.length());
        if (c >= '0' && c <= '9') {
          remainder = (remainder * 10 + (c - '0')) % 97;
        } else if (c >= 'A' && c <= 'Z' && i < iban.length() - 2) {
          remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
        } else {
          return false;
        }
      }
      return remainder == 1;
    }
  },
  /** A Turkish T.C. Kimlik No: 11 digits, no leading zero, both check digits right. */
  TR_NATIONAL_ID("tr-national-id") {
    @Override
    boolean accepts(CharSequence value) {
      int[] d = digits(value);
      if (d == null || d.length != 11 || d[0] == 0) {
        return false;
      }
      int odd = d[0] + d[2] + d[4] + d[6] + d[8];
      int even = d[1] + d[3] + d[5] + d[7];
      if (Math.floorMod(odd * 7 - even, 10) != d[9]) {
        return false;
      }
      return (odd + even + d[9]) % 10 == d[10];
    }
  },
  /** A US SSN in an issuable range: area not 000, 666 or 9xx; group not 00; serial not 0000. */
  US_SSN("us-ssn") {
    @Override
    boolean accepts(CharSequence value) {
      int[] d = digits(value);
      if (d == null || d.length != 9) {
        return false;
      }
      int area = d[0] * 100 + d[1] * 10 + d[2];
      int group = d[3] * 10 + d[4];
      int serial = d[5] * 1000 + d[6] * 100 + d[7] * 10 + d[8];
      return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
    }
  };

  /** Total IBAN length per country, from the SWIFT IBAN registry. */
  private static final Map<String, Integer> IBAN_LENGTHS =
      Map.ofEntries(
          Map.entry("AD", 24),
          Map.entry("AE", 23),
          Map.entry("AL", 28),
          Map.entry("AT", 20),
          Map.entry("AZ", 28),
          Map.entry("BA", 20),
          Map.entry("BE", 16),
          Map.entry("BG", 22),
          Map.entry("BH", 22),
          Map.entry("BR", 29),
          Map.entry("BY", 28),
          Map.entry("CH", 21),
          Map.entry("CR", 22),
          Map.entry("CY", 28),
          Map.entry("CZ", 24),
          Map.entry("DE", 22),
          Map.entry("DK", 18),
          Map.entry("DO", 28),
          Map.entry("EE", 20),
          Map.entry("EG", 29),
          Map.entry("ES", 24),
          Map.entry("FI", 18),
          Map.entry("FO", 18),
          Map.entry("FR", 27),
          Map.entry("GB", 22),
          Map.entry("GE", 22),
          Map.entry("GI", 23),
          Map.entry("GL", 18),
          Map.entry("GR", 27),
          Map.entry("GT", 28),
          Map.entry("HR", 21),
          Map.entry("HU", 28),
          Map.entry("IE", 22),
          Map.entry("IL", 23),
          Map.entry("IQ", 23),
          Map.entry("IS", 26),
          Map.entry("IT", 27),
          Map.entry("JO", 30),
          Map.entry("KW", 30),
          Map.entry("KZ", 20),
          Map.entry("LB", 28),
          Map.entry("LC", 32),
          Map.entry("LI", 21),
          Map.entry("LT", 20),
          Map.entry("LU", 20),
          Map.entry("LV", 21),
          Map.entry("MC", 27),
          Map.entry("MD", 24),
          Map.entry("ME", 22),
          Map.entry("MK", 19),
          Map.entry("MR", 27),
          Map.entry("MT", 31),
          Map.entry("MU", 30),
          Map.entry("NL", 18),
          Map.entry("NO", 15),
          Map.entry("PK", 24),
          Map.entry("PL", 28),
          Map.entry("PS", 29),
          Map.entry("PT", 25),
          Map.entry("QA", 29),
          Map.entry("RO", 24),
          Map.entry("RS", 22),
          Map.entry("SA", 24),
          Map.entry("SC", 31),
          Map.entry("SE", 24),
          Map.entry("SI", 19),
          Map.entry("SK", 24),
          Map.entry("SM", 27),
          Map.entry("ST", 25),
          Map.entry("SV", 28),
          Map.entry("TL", 23),
          Map.entry("TN", 24),
          Map.entry("TR", 26),
          Map.entry("UA", 29),
          Map.entry("VA", 22),
          Map.entry("VG", 24),
          Map.entry("XK", 20));

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

  /** The digits of {@code value} ignoring spaces and hyphens, or null if it has anything else. */
  private static int[] digits(CharSequence value) {
    int[] digits = new int[value.length()];
    int count = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits[count++] = c - '0';
      } else if (c != ' ' && c != '-') {
        return null;
      }
    }
    return Arrays.copyOf(digits, count);
  }
}
