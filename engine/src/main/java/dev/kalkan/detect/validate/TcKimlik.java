package dev.kalkan.detect.validate;

/** The Turkish national identification number, T.C. Kimlik No. */
public final class TcKimlik {
  private TcKimlik() {}

  /**
   * True when {@code elevenDigits} is eleven ASCII digits, the first not 0, whose tenth digit is (7
   * x the sum of digits 1, 3, 5, 7, 9 - the sum of digits 2, 4, 6, 8) mod 10 and whose eleventh is
   * the sum of the first ten mod 10. Anything else gives false.
   */
  public static boolean isValid(CharSequence elevenDigits) {
    CharSequence s = elevenDigits;
    if (!Digits.isDigits(s, 11) || s.charAt(0) == '0') {
      return false;
    }
    int odd = 0;
    int even = 0;
    for (int i = 0; i < 9; i++) {
      int d = s.charAt(i) - '0';
      if (i % 2 == 0) {
        odd += d;
      } else {
        even += d;
      }
    }
    int tenth = s.charAt(9) - '0';
    int eleventh = s.charAt(10) - '0';
    return Math.floorMod(odd * 7 - even, 10) == tenth && (odd + even + tenth) % 10 == eleventh;
  }
}
