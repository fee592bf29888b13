package dev.kalkan.detect.validate;

/** Digit checks shared by the numeric validators. */
final class Digits {
  private Digits() {}

  /** True when {@code s} is non-null, has exactly {@code length} characters, all ASCII digits. */
  static boolean isDigits(CharSequence s, int length) {
    return s != null && s.length() == length && allDigits(s);
  }

  /** True when every character of {@code s} is an ASCII digit (vacuously for the empty string). */
  static boolean allDigits(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The value of the ASCII digits {@code s[from, to)}; the caller has checked they are digits. */
  static int value(CharSequence s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }
}
