package dev.kalkan.detect;

/** Decoding of JSON string content, as written between the quotes. Stateless. */
final class JsonStrings {
  private JsonStrings() {}

  /** {@code text} decoded; itself when it holds no escape. See {@link #unescape(String, int[])}. */
  static String unescape(String text) {
    return text.indexOf('\\') < 0 ? text : unescape(text, null);
  }

  /**
   * {@code text}, the content of a JSON string, with its escapes decoded: {@code \n}, {@code \t},
   * {@code \r}, {@code \b}, {@code \f} as those characters, a Unicode escape (backslash, {@code u},
   * four hex digits) as its UTF-16 unit, any other escaped character as itself; a backslash that
   * starts no escape is kept. When {@code source} is not null (at least {@code text.length() + 1}
   * long), {@code source[k]} is set to the index in {@code text} where decoded char {@code k} was
   * written, and {@code source[length]} to {@code text.length()}.
   */
  static String unescape(String text, int[] source) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (source != null) {
        source[out.length()] = i;
      }
      if (c != '\\' || i + 1 >= text.length()) {
        out.append(c);
        i++;
        continue;
      }
      char x = text.charAt(i + 1);
      if (x == 'u') {
        int code = i + 6 <= text.length() ? hex4(text, i + 2) : -1;
        if (code < 0) {
          out.append(c);
          i++;
        } else {
          out.append((char) code);
          i += 6;
        }
        continue;
      }
      out.append(
          switch (x) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            default -> x;
          });
      i += 2;
    }
    if (source != null) {
      source[out.length()] = text.length();
    }
    return out.toString();
  }

  /** The value of the four hex digits at {@code i}, or -1. */
  private static int hex4(String text, int i) {
    int v = 0;
    for (int k = i; k < i + 4; k++) {
      int d = Character.digit(text.charAt(k), 16);
      if (d < 0) {
        return -1;
      }
      v = v << 4 | d;
    }
    return v;
  }
}
