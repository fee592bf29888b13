package dev.kalkan.extract;

import dev.kalkan.detect.Finding;
import dev.kalkan.detect.PlaintextAccess;
import dev.kalkan.detect.Scanner;
import dev.kalkan.extract.EncodedSpans.Span;
import dev.kalkan.extract.ScanGap.Reason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Scans UTF-8 text and the content of its encoded spans, decoded recursively to the decoding depth.
 * A finding in decoded content is located at its encoded span in the scanned text (in a
 * percent-encoded or quoted-printable span, at the bytes that encode its value) and names the
 * encodings removed ({@link Finding#decoding()}); it is left out when the same value was found as
 * is inside the span (quoted-printable and percent-encoded text is mostly plain) or through an
 * overlapping span. Text without encoded spans costs the span search only. Thread-safe.
 */
final class EncodedContentScanner {
  /** Values are read only to compare findings with each other; they go nowhere. */
  private static final PlaintextAccess COMPARE_ONLY = PlaintextAccess.explicitlyRequested();

  private final Scanner scanner;
  private final ExtractionLimits limits;

  EncodedContentScanner(Scanner scanner, ExtractionLimits limits) {
    this.scanner = scanner;
    this.limits = limits;
  }

  /**
   * Scans {@code text[0, length)}; plain findings come first, in order, then decoded ones.
   *
   * @param fileName the name whose format the plain text has (null when unknown); decoded content
   *     is judged by its own content
   * @return the limit that kept decoded content from being scanned fully, or null
   */
  LimitExceededException scan(String fileName, byte[] text, int length, Consumer<Finding> sink) {
    LimitExceededException[] problem = new LimitExceededException[1];
    scan(fileName, text, length, 0, sink, problem);
    return problem[0];
  }

  private void scan(
      String fileName,
      byte[] text,
      int length,
      int depth,
      Consumer<Finding> sink,
      LimitExceededException[] problem) {
    List<Span> spans =
        limits.maxDecodingDepth() == 0
            ? List.of()
            : EncodedSpans.find(text, length, limits.maxTextBytes());
    if (spans.isEmpty()) {
      scanner.scan(fileName, text, length, sink);
      return;
    }
    if (depth >= limits.maxDecodingDepth()) {
      scanner.scan(fileName, text, length, sink);
      note(
          problem,
          Reason.DECODING_LIMIT,
          "encoded content nested deeper than " + limits.maxDecodingDepth() + " encodings");
      return;
    }
    List<Finding> plain = new ArrayList<>();
    scanner.scan(fileName, text, length, plain::add);
    plain.forEach(sink);
    List<Emitted> emitted = new ArrayList<>();
    Cursor cursor = new Cursor(text);
    for (Span span : spans) {
      if (span.truncated()) {
        note(
            problem,
            Reason.SIZE_LIMIT,
            "decoded content over " + ExtractionBudget.mib(limits.maxTextBytes()) + " was cut");
      }
      cursor.advanceTo(span.start());
      long start = cursor.codePoint();
      long end = start + codePoints(text, span.start(), span.end());
      long line = cursor.line();
      long column = cursor.column();
      List<Finding> inner = new ArrayList<>();
      scan(null, span.decoded(), span.decoded().length, depth + 1, inner::add, problem);
      Cursor within = cursor.copy();
      Utf8Index decoded = new Utf8Index(span.decoded());
      for (Finding f : inner) {
        if (foundAsIs(plain, f, start, end) || alreadyEmitted(emitted, f, start, end)) {
          continue;
        }
        emitted.add(new Emitted(f, start, end));
        int from = EncodedSpans.source(text, length, span, decoded.byteOf(f.start()));
        if (from < 0) {
          sink.accept(f.decodedFrom(span.encoding(), start, end, line, column));
          continue;
        }
        // mostly plain text (percent, quoted-printable): the value is located where it was
        // written, escapes and all
        int to = EncodedSpans.source(text, length, span, decoded.byteOf(f.end()));
        if (from < within.position()) {
          within = cursor.copy(); // findings of a nested span may come out of order
        }
        within.advanceTo(from);
        long valueStart = within.codePoint();
        sink.accept(
            f.decodedFrom(
                span.encoding(),
                valueStart,
                valueStart + codePoints(text, from, to),
                within.line(),
                within.column()));
      }
    }
  }

  private record Emitted(Finding finding, long start, long end) {}

  /**
   * Whether a plain finding inside the span is {@code f} as written there: the same value, or the
   * same value percent-encoded ({@code Atzr%7CIwEB…} in a query string is the token {@code
   * Atzr|IwEB…}, found as is with its exact span).
   */
  private static boolean foundAsIs(List<Finding> plain, Finding f, long start, long end) {
    for (Finding p : plain) {
      if (p.start() >= start
          && p.start() < end
          && p.infoType().equals(f.infoType())
          && (same(p, f) || percentDecoded(p.value(COMPARE_ONLY)).equals(f.value(COMPARE_ONLY)))) {
        return true;
      }
    }
    return false;
  }

  /** {@code value} with its {@code %XX} escapes decoded as UTF-8; itself when it has none. */
  static String percentDecoded(String value) {
    if (value.indexOf('%') < 0) {
      return value;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(value.length());
    byte[] b = value.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < b.length; i++) {
      int hi = i + 2 < b.length && b[i] == '%' ? Character.digit(b[i + 1], 16) : -1;
      int lo = hi >= 0 ? Character.digit(b[i + 2], 16) : -1;
      if (lo >= 0) {
        out.write(hi << 4 | lo);
        i += 2;
      } else {
        out.write(b[i]);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static boolean alreadyEmitted(List<Emitted> emitted, Finding f, long start, long end) {
    for (Emitted e : emitted) {
      if (e.start() < end && start < e.end() && same(e.finding(), f)) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(Finding a, Finding b) {
    return a.infoType().equals(b.infoType()) && a.value(COMPARE_ONLY).equals(b.value(COMPARE_ONLY));
  }

  private static void note(LimitExceededException[] problem, Reason reason, String message) {
    if (problem[0] == null) {
      problem[0] = new LimitExceededException(reason, message);
    }
  }

  /**
   * Byte offsets of code points in UTF-8 text, moving forward from the last one asked for (and
   * starting over for an earlier one), so that the findings of one span cost one walk.
   */
  private static final class Utf8Index {
    private final byte[] b;
    private int pos;
    private long codePoint;

    Utf8Index(byte[] b) {
      this.b = b;
    }

    /** The byte offset of code point {@code target} (the length past the end). */
    int byteOf(long target) {
      if (target < codePoint) {
        pos = 0;
        codePoint = 0;
      }
      while (pos < b.length && codePoint < target) {
        pos++;
        while (pos < b.length && (b[pos] & 0xC0) == 0x80) {
          pos++;
        }
        codePoint++;
      }
      return pos;
    }
  }

  static long codePoints(byte[] b, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      if ((b[i] & 0xC0) != 0x80) {
        n++;
      }
    }
    return n;
  }

  /** Line, column and code-point offset of a byte offset, moving forward only. */
  private static final class Cursor {
    private final byte[] text;
    private int pos;
    private long codePoint;
    private long line = 1;
    private long lineStart;

    Cursor(byte[] text) {
      this.text = text;
    }

    Cursor copy() {
      Cursor c = new Cursor(text);
      c.pos = pos;
      c.codePoint = codePoint;
      c.line = line;
      c.lineStart = lineStart;
      return c;
    }

    int position() {
      return pos;
    }

    void advanceTo(int target) {
      for (; pos < target; pos++) {
        byte c = text[pos];
        if ((c & 0xC0) != 0x80) {
          codePoint++;
        }
        if (c == '\n') {
          line++;
          lineStart = codePoint;
        }
      }
    }

    long codePoint() {
      return codePoint;
    }

    long line() {
      return line;
    }

    long column() {
      return codePoint - lineStart + 1;
    }
  }
}
