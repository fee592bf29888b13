package dev.kalkan.detect.validate;

import java.util.Arrays;

/**
 * Character statistics that tell random secrets from words: Shannon entropy and character classes.
 *
 * <p>Entropy is counted over Unicode code points. Strings up to 256 chars are counted in place
 * without allocating; longer ones are counted on a sorted copy.
 */
public final class Entropy {
  private static final int QUADRATIC_LIMIT = 256;
  private static final double LN_2 = Math.log(2);

  private Entropy() {}

  /**
   * The Shannon entropy of the code-point distribution of {@code s}, in bits per code point: 0 for
   * null, empty or one repeated code point, {@code log2(n)} for {@code n} distinct code points in
   * equal numbers.
   */
  public static double bitsPerChar(CharSequence s) {
    if (s == null || s.isEmpty()) {
      return 0.0;
    }
    return s.length() <= QUADRATIC_LIMIT ? inPlace(s) : sorted(s);
  }

  /**
   * True when {@code s} has at least {@code minLength} code points and at least {@code minBits}
   * bits of entropy per code point. False for null.
   */
  public static boolean looksRandom(CharSequence s, int minLength, double minBits) {
    return s != null
        && Character.codePointCount(s, 0, s.length()) >= minLength
        && bitsPerChar(s) >= minBits;
  }

  /**
   * True when {@code s} has characters of at least two of the three ASCII classes upper-case
   * letter, lower-case letter and digit. False for null.
   */
  public static boolean hasMixedClasses(CharSequence s) {
    if (s == null) {
      return false;
    }
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
      digit |= Digits.isDigit(c);
    }
    return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) >= 2;
  }

  private static double inPlace(CharSequence s) {
    int total = Character.codePointCount(s, 0, s.length());
    double bits = 0.0;
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      int width = Character.charCount(cp);
      if (!occursBefore(s, i, cp)) {
        int count = 0;
        for (int j = i; j < s.length(); ) {
          int other = Character.codePointAt(s, j);
          if (other == cp) {
            count++;
          }
          j += Character.charCount(other);
        }
        bits += term(count, total);
      }
      i += width;
    }
    return bits;
  }

  private static boolean occursBefore(CharSequence s, int end, int cp) {
    for (int j = 0; j < end; ) {
      int other = Character.codePointAt(s, j);
      if (other == cp) {
        return true;
      }
      j += Character.charCount(other);
    }
    return false;
  }

  private static double sorted(CharSequence s) {
    int[] cps = s.codePoints().toArray();
    Arrays.sort(cps);
    double bits = 0.0;
    int run = 1;
    for (int i = 1; i <= cps.length; i++) {
      if (i < cps.length && cps[i] == cps[i - 1]) {
        run++;
      } else {
        bits += term(run, cps.length);
        run = 1;
      }
    }
    return bits;
  }

  private static double term(int count, int total) {
    double p = (double) count / total;
    return -p * Math.log(p) / LN_2;
  }
}
