package dev.kalkan.detect.validate;

/**
 * United States Social Security Numbers: which area-group-serial combinations the Social Security
 * Administration can issue, and well-known numbers that belong to no person.
 */
public final class UsSsn {
  /** Numbers printed in advertising or on sample cards, in nine-digit form. */
  private static final String[] KNOWN_INVALID = {
    "078051120", // the Woolworth wallet-insert card of 1938
    "219099999", // a Social Security Administration advertisement of 1940
    "123456789",
  };

  private UsSsn() {}

  /**
   * True when the SSA can issue this number: area 001-899 except 666, group 01-99, serial
   * 0001-9999. Any part outside those ranges (including negative values) gives false.
   */
  public static boolean isIssuable(int area, int group, int serial) {
    return area >= 1
        && area <= 899
        && area != 666
        && group >= 1
        && group <= 99
        && serial >= 1
        && serial <= 9999;
  }

  /**
   * True when {@code nineDigits} (nine ASCII digits, no separators) is a famous number that belongs
   * to no person: the Woolworth card 078-05-1120, the 1940 advertisement's 219-09-9999,
   * 123-45-6789, or nine times the same digit. False for anything else, including malformed input.
   */
  public static boolean isKnownInvalid(CharSequence nineDigits) {
    if (!Digits.isDigits(nineDigits, 9)) {
      return false;
    }
    for (String known : KNOWN_INVALID) {
      if (known.contentEquals(nineDigits)) {
        return true;
      }
    }
    for (int i = 1; i < 9; i++) {
      if (nineDigits.charAt(i) != nineDigits.charAt(0)) {
        return false;
      }
    }
    return true;
  }
}
