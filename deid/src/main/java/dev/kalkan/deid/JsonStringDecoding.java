package dev.kalkan.deid;

/**
 * The decoded content of one JSON string, with where each decoded {@code char} came from in the raw
 * text (an escape sequence such as {@code \n} or {@code \u00e9} is one decoded char). An invalid
 * escape is taken literally, as a lenient reader would.
 */
final class JsonStringDecoding {
  private final String text;
  private final int[] rawStart;
  private final int[] rawEnd;

  private JsonStringDecoding(String text, int[] rawStart, int[] rawEnd) {
    this.text = text;
    this.rawStart = rawStart;
    this.rawEnd = rawEnd;
  }

  /** Decodes {@code raw[from, to)}, the content between a string's quotes. */
  static JsonStringDecoding of(String raw, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    int[] starts = new int[to - from];
    int[] ends = new int[to - from];
    int n = 0;
    int i = from;
    while (i < to) {
      char c = raw.charAt(i);
      int len = 1;
      if (c == '\\' && i + 1 < to) {
        char e = raw.charAt(i + 1);
        len = 2;
        c =
            switch (e) {
              case 'n' -> '\n';
              case 't' -> '\t';
              case 'r' -> '\r';
              case 'b' -> '\b';
              case 'f' -> '\f';
              case 'u' -> {
                int code = hex(raw, i + 2, to);
                if (code < 0) {
                  yield 'u';
                }
                len = 6;
                yield (char) code;
              }
              default -> e;
            };
      }
      out.append(c);
      starts[n] = i;
      ends[n] = i + len;
      n++;
      i += len;
    }
    return new JsonStringDecoding(out.toString(), starts, ends);
  }

  private static int hex(String s, int from, int to) {
    if (from + 4 > to) {
      return -1;
    }
    int v = 0;
    for (int i = from; i < from + 4; i++) {
      int d = Character.digit(s.charAt(i), 16);
      if (d < 0) {
        return -1;
      }
      v = v * 16 + d;
    }
    return v;
  }

  String text() {
    return text;
  }

  /** Raw index of the first character of decoded char {@code i}. */
  int rawStart(int i) {
    return rawStart[i];
  }

  /** Raw index just past decoded char {@code i}. */
  int rawEnd(int i) {
    return rawEnd[i];
  }
}
