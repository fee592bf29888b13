package dev.kalkan.cli.report;

import java.io.IOException;
import java.io.Writer;

/**
 * The JSON tokens the report writers need, written to a {@link Writer} without allocating: member
 * names and punctuation go out as given, strings through {@link Escaper#JSON}, numbers through a
 * reused digit buffer. Not thread-safe.
 */
final class JsonOutput {
  private final Writer out;
  private final char[] digits = new char[20];

  JsonOutput(Writer out) {
    this.out = out;
  }

  /** Writes JSON text that is already correct, such as {@code ,"start":}. */
  void raw(String json) throws IOException {
    out.write(json);
  }

  /** Writes a quoted, escaped string. */
  void string(String text) throws IOException {
    out.write('"');
    Escaper.JSON.write(out, text);
    out.write('"');
  }

  /** Writes an integer. */
  void number(long value) throws IOException {
    if (value < 0) {
      out.write(Long.toString(value));
      return;
    }
    int at = digits.length;
    do {
      digits[--at] = (char) ('0' + value % 10);
      value /= 10;
    } while (value != 0);
    out.write(digits, at, digits.length - at);
  }

  void flush() throws IOException {
    out.flush();
  }
}
