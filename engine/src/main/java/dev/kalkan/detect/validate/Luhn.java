package dev.kalkan.detect.validate;

/** The Luhn (mod 10) check used by payment card numbers and many other identifiers. */
public final class Luhn {
  private Luhn() {}

  /**
   * True when {@code digits} is at least two ASCII digits and its last digit is the Luhn check
   * digit of the others. Any other character (space, dash, non-ASCII digit) or null gives false.
   */
  public static boolean isValid(CharSequence digits) {
    if (digits == null || digits.length() < 2) {
      return false;
    }
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      char c = digits.charAt(i);
      if (!Digits.isDigit(c)) {
        return false;
      }
      int d = c - '0';
      if (doubled) {
        d = d < 5 ? d * 2 : d * 2 - 9;
      }
      sum = (sum + d) % 10;
      doubled = !doubled;
    }
    return sum == 0;
  }
}
