package dev.kalkan.detect.accuracy;

/**
 * The shape of a value, for grouping errors: digits become {@code 9} (runs longer than four as
 * {@code 9{n}}), letter runs become {@code a+} or {@code A+}, other characters stay. So {@code +49
 * 30 123456} has the shape {@code +99 99 9{6}}.
 */
final class Shapes {
  private static final int MAX = 48;

  private Shapes() {}

  static String of(String value) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < value.length() && out.length() < MAX) {
      char c = value.charAt(i);
      int j = i;
      if (Character.isDigit(c)) {
        while (j < value.length() && Character.isDigit(value.charAt(j))) {
          j++;
        }
        int n = j - i;
        out.append(n <= 4 ? "9".repeat(n) : "9{" + n + "}");
      } else if (Character.isLetter(c)) {
        boolean upper = Character.isUpperCase(c);
        while (j < value.length()
            && Character.isLetter(value.charAt(j))
            && Character.isUpperCase(value.charAt(j)) == upper) {
          j++;
        }
        out.append(upper ? 'A' : 'a').append(j - i > 1 ? "+" : "");
      } else {
        out.append(c);
        j++;
      }
      i = j;
    }
    return i < value.length() ? out + "…" : out.toString();
  }
}
