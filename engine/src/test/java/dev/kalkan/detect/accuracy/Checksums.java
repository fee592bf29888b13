package dev.kalkan.detect.accuracy;

import java.math.BigInteger;

/**
 * Check-digit arithmetic the corpus needs to plant valid values and clearly invalid near misses.
 * Written independently of the engine's validators on purpose: an oracle must not share the bugs of
 * what it judges. Arguments are plain digit (or IBAN) strings without separators.
 */
final class Checksums {
  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  private Checksums() {}

  /** True when the digits pass the Luhn (mod 10) check. */
  static boolean luhnValid(String digits) {
    return luhnSum(digits, false) % 10 == 0;
  }

  /** The digit that, appended to {@code payload}, makes it pass the Luhn check. */
  static int luhnCheckDigit(String payload) {
    return (10 - luhnSum(payload, true) % 10) % 10;
  }

  private static int luhnSum(String digits, boolean doubleLast) {
    int sum = 0;
    boolean doubled = doubleLast;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum;
  }

  /** The two IBAN check digits for a country code and BBAN (ISO 13616, mod 97). */
  static String ibanCheckDigits(String country, String bban) {
    int check = 98 - mod97(bban + country + "00");
    return check < 10 ? "0" + check : Integer.toString(check);
  }

  /** True when a compact IBAN (no spaces) passes the mod-97 check. */
  static boolean ibanValid(String iban) {
    return iban.length() > 4 && mod97(iban.substring(4) + iban.substring(0, 4)) == 1;
  }

  /** The remainder mod 97 of an alphanumeric string, letters counting A=10 .. Z=35. */
  static int mod97(String alphanumeric) {
    StringBuilder digits = new StringBuilder();
    for (char c : alphanumeric.toCharArray()) {
      digits.append(
          Character.isDigit(c) ? Integer.toString(c - '0') : Integer.toString(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
  }

  /** Completes the nine leading digits of a T.C. Kimlik No with its two check digits. */
  static String tcComplete(String nine) {
    int odd = 0;
    int even = 0;
    for (int i = 0; i < 9; i++) {
      int d = nine.charAt(i) - '0';
      if (i % 2 == 0) {
        odd += d;
      } else {
        even += d;
      }
    }
    int d10 = Math.floorMod(odd * 7 - even, 10);
    int d11 = (odd + even + d10) % 10;
    return nine + d10 + d11;
  }

  /** True when eleven digits form a T.C. Kimlik No: no leading zero and both check digits right. */
  static boolean tcValid(String digits) {
    return digits.length() == 11
        && digits.chars().allMatch(Character::isDigit)
        && digits.charAt(0) != '0'
        && tcComplete(digits.substring(0, 9)).equals(digits);
  }

  /**
   * True when a {@code ddd-dd-dddd} SSN lies in the range the SSA issues: area 001-899 but not 666,
   * group 01-99, serial 0001-9999.
   */
  static boolean ssnIssuable(String ssn) {
    if (!ssn.matches("\\d{3}-\\d{2}-\\d{4}")) {
      return false;
    }
    int area = Integer.parseInt(ssn.substring(0, 3));
    int group = Integer.parseInt(ssn.substring(4, 6));
    int serial = Integer.parseInt(ssn.substring(7));
    return area > 0 && area < 900 && area != 666 && group > 0 && serial > 0;
  }

  /** The GS1 check digit (EAN-13, UPC-A) for the digits before it. */
  static int gs1CheckDigit(String payload) {
    int sum = 0;
    for (int i = 0; i < payload.length(); i++) {
      int d = payload.charAt(payload.length() - 1 - i) - '0';
      sum += i % 2 == 0 ? d * 3 : d;
    }
    return (10 - sum % 10) % 10;
  }
}
