package dev.kalkan.cli.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes text with the characters its destination cannot take escaped. Runs of characters that need
 * no escape are written in one call; a lone surrogate is not text and has no UTF-8 form, so it
 * becomes U+FFFD, as a UTF-8 decoder would make of it.
 */
enum Escaper {
  /**
   * The contents of a JSON string (RFC 8259 section 7), without the quotes: quotation mark,
   * backslash and the control characters U+0000 to U+001F escaped, as a short escape where JSON has
   * one; everything else as is, so non-ASCII text reaches the output as UTF-8 through the writer's
   * encoder.
   */
  JSON,
  /**
   * Untrusted text (paths, fields, previews, values) for a terminal, so that scanned content cannot
   * move the cursor, recolour the screen, break the one-line-per-finding layout or reorder text: C0
   * and C1 control characters, DEL, line and paragraph separators and bidirectional controls
   * escaped. Backslashes are left alone: the text is for people, not for parsing back.
   */
  TERMINAL;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** Writes {@code text} escaped for this destination. */
  void write(Writer out, String text) throws IOException {
    int length = text.length();
    int run = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (isSafe(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      out.write(text, run, i - run);
      escape(out, c);
      run = i + 1;
    }
    out.write(text, run, length - run);
  }

  private boolean isSafe(char c) {
    if (c < 0x7F) {
      return c >= 0x20 && (this == TERMINAL || (c != '"' && c != '\\'));
    }
    if (Character.isSurrogate(c)) {
      return false;
    }
    return this == JSON
        || (c > 0x9F
            && c != '\u061C'
            && !(c >= '\u200E' && c <= '\u200F')
            && !(c >= '\u2028' && c <= '\u202E')
            && !(c >= '\u2066' && c <= '\u2069'));
  }

  private static void escape(Writer out, char c) throws IOException {
    switch (c) {
      case '"' -> out.write("\\\"");
      case '\\' -> out.write("\\\\");
      case '\b' -> out.write("\\b");
      case '\f' -> out.write("\\f");
      case '\n' -> out.write("\\n");
      case '\r' -> out.write("\\r");
      case '\t' -> out.write("\\t");
      default -> {
        if (Character.isSurrogate(c)) {
          out.write('\uFFFD');
        } else {
          out.write("\\u");
          out.write(HEX[c >> 12]);
          out.write(HEX[(c >> 8) & 0xF]);
          out.write(HEX[(c >> 4) & 0xF]);
          out.write(HEX[c & 0xF]);
        }
      }
    }
  }
}
