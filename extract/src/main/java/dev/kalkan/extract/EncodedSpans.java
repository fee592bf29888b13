package dev.kalkan.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Finds spans of text that look encoded and decodes those whose content is plausible text: base64
 * (standard and URL-safe alphabets, MIME line breaks, gzip inside), percent encoding and
 * quoted-printable.
 *
 * <p>The cost stays small on ordinary text. Base64 runs are found by sampling every {@value
 * #STRIDE}th byte: a run of {@value #MIN_BASE64} covers two samples and the bytes between them, so
 * a sample is followed up only when the bytes up to the next sample are in the alphabet too. {@code
 * %} and {@code =} are found eight bytes at a time. A run is decoded only when it passes cheap
 * checks (length, both letter cases, not all hex digits, one alphabet), and kept only when the
 * decoded bytes are valid UTF-8 with few control characters, so words, identifiers and hashes cost
 * a check, not a scan.
 */
final class EncodedSpans {
  /**
   * The shortest base64 run decoded: 18 bytes, enough for an email address such as
   * j.doe@mail.com.tr.
   */
  static final int MIN_BASE64 = 24;

  /**
   * Bytes between samples: a run of {@value #MIN_BASE64} holds two samples and every byte between
   * them, so a sample is followed up only when the next {@value #STRIDE} bytes are in the alphabet
   * too, which words and numbers of ordinary text rarely are.
   */
  private static final int STRIDE = MIN_BASE64 / 2;

  /** A MIME base64 body breaks lines at 76 characters; shorter lines of 4k are joined too. */
  private static final int MIN_MIME_LINE = 60;

  /** Quoted-printable wraps lines at 76 characters: a soft break ends a line at least this long. */
  private static final int MIN_SOFT_LINE = 40;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  private static final byte UPPER = 1;
  private static final byte LOWER = 2;
  private static final byte DIGIT = 4;
  private static final byte STANDARD = 8;
  private static final byte URL_SAFE = 16;
  private static final byte HEX_LETTER = 32;
  private static final byte NOT_HEX = 64;
  private static final byte[] CLASS = new byte[256];

  /** The six-bit value of a character of either alphabet; -1 for others. */
  private static final byte[] SEXTET = new byte[256];

  static {
    for (int c = 'A'; c <= 'Z'; c++) {
      CLASS[c] = UPPER;
      CLASS[c + 32] = LOWER;
    }
    for (int c = 'A'; c <= 'F'; c++) {
      CLASS[c] |= HEX_LETTER;
      CLASS[c + 32] |= HEX_LETTER;
    }
    for (int c = 'G'; c <= 'Z'; c++) {
      CLASS[c] |= NOT_HEX;
      CLASS[c + 32] |= NOT_HEX;
    }
    for (int c = '0'; c <= '9'; c++) {
      CLASS[c] = DIGIT;
    }
    Arrays.fill(SEXTET, (byte) -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (int k = 0; k < alphabet.length(); k++) {
      SEXTET[alphabet.charAt(k)] = (byte) k;
    }
    SEXTET['+'] = 62;
    SEXTET['-'] = 62;
    SEXTET['/'] = 63;
    SEXTET['_'] = 63;
    CLASS['+'] = STANDARD | NOT_HEX;
    CLASS['/'] = STANDARD | NOT_HEX;
    CLASS['-'] = URL_SAFE;
    CLASS['_'] = URL_SAFE | NOT_HEX;
  }

  /**
   * A decoded span of the text.
   *
   * @param start first byte of the encoded span
   * @param end byte after it
   * @param encoding the encodings removed, outermost first, joined with {@code >}
   * @param decoded the decoded bytes (UTF-8 text)
   * @param truncated true when the decoded content was cut at the size limit
   */
  record Span(int start, int end, String encoding, byte[] decoded, boolean truncated) {}

  private EncodedSpans() {}

  /**
   * The decodable spans of {@code b[0, len)} in order of their start; spans may overlap.
   *
   * @param maxDecoded the most bytes one span may decode to (gzip inside base64 is cut there)
   */
  static List<Span> find(byte[] b, int len, int maxDecoded) {
    List<Span> spans = new ArrayList<>(0);
    base64(b, len, maxDecoded, spans);
    escapes(b, len, spans);
    if (spans.size() > 1) {
      spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    }
    return spans;
  }

  private static boolean alphabet(byte c) {
    return CLASS[c & 0xFF] != 0;
  }

  private static void base64(byte[] b, int len, int maxDecoded, List<Span> spans) {
    int floor = 0;
    int i = STRIDE - 1;
    while (i + STRIDE < len) {
      if (surelyNotAlphabet((long) LONGS.get(b, i + 1)) || !alphabetThrough(b, i, i + STRIDE)) {
        i += STRIDE;
        continue;
      }
      int s = i;
      int seen = 0;
      while (s > floor && CLASS[b[s - 1] & 0xFF] != 0) {
        seen |= CLASS[b[--s] & 0xFF];
      }
      int e = i;
      while (e < len && CLASS[b[e] & 0xFF] != 0) {
        seen |= CLASS[b[e++] & 0xFF];
      }
      int lineStart = s;
      boolean lines = false;
      while (e - lineStart >= MIN_MIME_LINE && (e - lineStart) % 4 == 0) {
        int next = e < len && b[e] == '\r' ? e + 1 : e;
        if (next >= len || b[next] != '\n' || next + 1 >= len || !alphabet(b[next + 1])) {
          break;
        }
        lineStart = next + 1;
        e = lineStart;
        while (e < len && alphabet(b[e])) {
          e++;
        }
        lines = true;
      }
      boolean mixed = (seen & UPPER) != 0 && (seen & LOWER) != 0 && (seen & NOT_HEX) != 0;
      if (e - s >= MIN_BASE64 && (mixed || lines)) {
        int end = e;
        while (end < len && end - e < 2 && b[end] == '=') {
          end++;
        }
        Span span = base64Span(b, s, e, end, lines, maxDecoded);
        if (span != null) {
          spans.add(span);
        }
        e = end;
      }
      floor = e;
      i = e + STRIDE;
    }
  }

  /**
   * True when one of eight bytes is certainly outside both alphabets: below {@code '+'} (white
   * space, quotes, control characters), or a comma, full stop or colon. Rules out almost every
   * sample of prose, JSON and CSV with a few operations and one well-predicted branch.
   */
  private static boolean surelyNotAlphabet(long x) {
    long below = (x - ONES * '+') & ~x;
    return ((below
                | zeroBytes(x ^ ONES * ',')
                | zeroBytes(x ^ ONES * '.')
                | zeroBytes(x ^ ONES * ':'))
            & HIGHS)
        != 0;
  }

  private static long zeroBytes(long y) {
    return (y - ONES) & ~y;
  }

  /** True when {@code b[from, to]} are all alphabet characters; stops at the first that is not. */
  private static boolean alphabetThrough(byte[] b, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (!alphabet(b[k])) {
        return false;
      }
    }
    return true;
  }

  private static Span base64Span(byte[] b, int s, int e, int end, boolean lines, int maxDecoded) {
    int seen = 0;
    boolean hexOnly = true;
    int chars = 0;
    for (int k = s; k < e; k++) {
      byte c = CLASS[b[k] & 0xFF];
      if (c == 0) {
        continue; // a MIME line break
      }
      chars++;
      seen |= c;
      if ((c & (DIGIT | HEX_LETTER | URL_SAFE)) == 0 || (c & URL_SAFE) != 0 && b[k] != '-') {
        hexOnly = false;
      }
    }
    if ((seen & UPPER) == 0
        || (seen & LOWER) == 0
        || hexOnly
        || (seen & STANDARD) != 0 && (seen & URL_SAFE) != 0
        || chars % 4 == 1
        || !plausiblePrefix(b, s, (seen & URL_SAFE) != 0)) {
      return null;
    }
    byte[] text;
    if (lines) {
      text = new byte[chars];
      int n = 0;
      for (int k = s; k < e; k++) {
        if (alphabet(b[k])) {
          text[n++] = b[k];
        }
      }
    } else {
      text = Arrays.copyOfRange(b, s, e);
    }
    byte[] decoded;
    try {
      decoded =
          ((seen & URL_SAFE) != 0 ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(text);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    String encoding = "base64";
    boolean truncated = false;
    if (decoded.length > 2 && (decoded[0] & 0xFF) == 0x1F && (decoded[1] & 0xFF) == 0x8B) {
      Gunzipped g = gunzip(decoded, maxDecoded);
      if (g == null) {
        return null;
      }
      decoded = g.bytes();
      truncated = g.truncated();
      encoding = "base64>gzip";
    }
    return plausibleText(decoded, decoded.length, truncated)
        ? new Span(s, end, encoding, decoded, truncated)
        : null;
  }

  /**
   * Decodes the first twelve characters of a run (nine bytes) without allocating and tells whether
   * they can start text or gzip: most runs that are not encoded text (paths, identifiers, random
   * keys) fail here, before anything is copied or decoded.
   */
  private static boolean plausiblePrefix(byte[] b, int s, boolean urlSafe) {
    byte[] prefix = new byte[9];
    int n = 0;
    int bits = 0;
    int acc = 0;
    for (int k = s; n < prefix.length; k++) {
      int v = SEXTET[b[k] & 0xFF];
      if (v < 0) {
        continue; // a MIME line break
      }
      if (urlSafe ? b[k] == '+' || b[k] == '/' : b[k] == '-' || b[k] == '_') {
        return false;
      }
      acc = acc << 6 | v;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        prefix[n++] = (byte) (acc >> bits);
      }
    }
    if ((prefix[0] & 0xFF) == 0x1F && (prefix[1] & 0xFF) == 0x8B) {
      return true;
    }
    for (byte c : prefix) {
      int u = c & 0xFF;
      if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' || u == 0x7F) {
        return false;
      }
    }
    return TextEncoding.isUtf8(prefix, prefix.length, true);
  }

  private record Gunzipped(byte[] bytes, boolean truncated) {}

  private static Gunzipped gunzip(byte[] gz, int max) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, gz.length * 4));
      byte[] chunk = new byte[8192];
      int n;
      while ((n = in.read(chunk)) > 0) {
        int room = max - out.size();
        if (n > room) {
          out.write(chunk, 0, room);
          return new Gunzipped(out.toByteArray(), true);
        }
        out.write(chunk, 0, n);
      }
      return new Gunzipped(out.toByteArray(), false);
    } catch (IOException corrupt) {
      return null;
    }
  }

  /**
   * True for text: valid UTF-8 (a cut sequence at the end allowed when truncated) with at most one
   * control character in twenty.
   */
  static boolean plausibleText(byte[] d, int len, boolean truncated) {
    if (len < 6 || !TextEncoding.isUtf8(d, len, truncated)) {
      return false;
    }
    int controls = 0;
    for (int i = 0; i < len; i++) {
      int c = d[i] & 0xFF;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
        controls++;
      }
    }
    return controls * 20 <= len;
  }

  private static boolean hasByte(long x, long pattern) {
    long y = x ^ pattern;
    return ((y - ONES) & ~y & HIGHS) != 0;
  }

  /**
   * Finds percent-encoded and quoted-printable spans, starting from each {@code %} or {@code =}.
   */
  private static void escapes(byte[] b, int len, List<Span> spans) {
    long percents = ONES * '%';
    long equals = ONES * '=';
    int floor = 0;
    int i = 0;
    while (i < len) {
      if (i + Long.BYTES <= len) {
        long x = (long) LONGS.get(b, i);
        if (!hasByte(x, percents) && !hasByte(x, equals)) {
          i += Long.BYTES;
          continue;
        }
      }
      int stop = Math.min(len, i + Long.BYTES);
      int next = stop;
      for (int j = Math.max(i, floor); j < stop; j++) {
        int after = -1;
        if (b[j] == '%' && j + 2 < len && hex(b[j + 1]) && hex(b[j + 2])) {
          after = percentSpan(b, len, j, floor, spans);
        } else if (b[j] == '=' && (qpMark(b, len, j) || softBreak(b, len, j))) {
          after = qpSpan(b, len, j, floor, spans);
        }
        if (after > j) {
          floor = after;
          next = Math.max(stop, after);
          break;
        }
      }
      i = next;
    }
  }

  private static boolean hex(byte c) {
    return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
  }

  private static int hexValue(byte c) {
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
  }

  private static boolean urlChar(byte c) {
    if (c <= 0x20 || c >= 0x7F) {
      return false;
    }
    return switch (c) {
      case '"', '\'', '<', '>', '`', '\\', '{', '}', '|', '^', '[', ']', ',', ';', '(', ')' ->
          false;
      default -> true;
    };
  }

  /** Decodes the URL-like token around {@code %XX} at {@code j}; returns the token's end. */
  private static int percentSpan(byte[] b, int len, int j, int floor, List<Span> spans) {
    int s = j;
    while (s > floor && urlChar(b[s - 1])) {
      s--;
    }
    int e = j;
    while (e < len && urlChar(b[e])) {
      e++;
    }
    byte[] out = new byte[e - s];
    int n = 0;
    int escapes = 0;
    for (int k = s; k < e; k++) {
      if (isEscape(b, k, e)) {
        out[n++] = (byte) (hexValue(b[k + 1]) << 4 | hexValue(b[k + 2]));
        k += 2;
        escapes++;
      } else {
        out[n++] = b[k];
      }
    }
    if (escapes > 0 && plausibleText(out, n, false)) {
      spans.add(new Span(s, e, "percent", Arrays.copyOf(out, n), false));
    }
    return e;
  }

  /** Whether a {@code %XX} escape of a percent span ending at {@code e} starts at {@code k}. */
  private static boolean isEscape(byte[] b, int k, int e) {
    return b[k] == '%' && k + 2 < e && hex(b[k + 1]) && hex(b[k + 2]);
  }

  /**
   * Where decoded byte {@code d} of {@code span} (found in {@code b[0, len)}) was written in {@code
   * b} (the span's end for {@code d} equal to the decoded length), for the encodings that are
   * mostly plain text: in a percent-encoded span each escape decoded to one byte, in a
   * quoted-printable one also each soft line break to none, every other byte kept. -1 for other
   * encodings, whose bytes cannot be told apart (base64).
   */
  static int source(byte[] b, int len, Span span, int d) {
    boolean percent = span.encoding().equals("percent");
    if (!percent && !span.encoding().equals("quoted-printable")) {
      return -1;
    }
    int k = span.start();
    int e = span.end();
    for (int n = 0; n < d && k < e; k++) {
      if (percent ? isEscape(b, k, e) : b[k] == '=' && qpEscape(b, e, k)) {
        k += 2;
      } else if (!percent && b[k] == '=' && softBreak(b, len, k)) {
        k = b[k + 1] == '\r' ? k + 2 : k + 1;
        continue;
      }
      n++;
    }
    return k;
  }

  private static boolean upperHex(byte c) {
    return c >= '0' && c <= '9' || c >= 'A' && c <= 'F';
  }

  private static boolean qpEscape(byte[] b, int len, int j) {
    return j + 2 < len && upperHex(b[j + 1]) && upperHex(b[j + 2]);
  }

  /**
   * An escape that marks quoted-printable: of a non-ASCII byte, of {@code =} or of white space.
   * {@code key=22} in a configuration file is a value, not an escape.
   */
  private static boolean qpMark(byte[] b, int len, int j) {
    if (!qpEscape(b, len, j)) {
      return false;
    }
    int v = hexValue(b[j + 1]) << 4 | hexValue(b[j + 2]);
    return v >= 0x80 || v == '=' || v == ' ' || v == '\t';
  }

  /** True for a line-ending {@code =} after at least {@value #MIN_SOFT_LINE} bytes of its line. */
  private static boolean softBreak(byte[] b, int len, int j) {
    if (j > 0 && b[j - 1] == '=') {
      return false; // base64 padding
    }
    int k = j + 1 < len && b[j + 1] == '\r' ? j + 2 : j + 1;
    if (k >= len || b[k] != '\n') {
      return false;
    }
    for (int i = j - 1; i >= 0 && i >= j - MIN_SOFT_LINE; i--) {
      if (b[i] == '\n') {
        return false; // a short line ending in '=': an empty value such as "password="
      }
    }
    return j >= MIN_SOFT_LINE;
  }

  /**
   * Decodes the lines around a quoted-printable escape at {@code j}: the region runs from the start
   * of its line over each line that ends in a soft break or whose successor holds an escape, and
   * needs at least two escapes or soft breaks. Returns the region's end, or -1 when there is none.
   */
  private static int qpSpan(byte[] b, int len, int j, int floor, List<Span> spans) {
    int s = j;
    while (s > floor && b[s - 1] != '\n') {
      s--;
    }
    int e = s;
    int escapes = 0;
    while (true) {
      int lineEnd = e;
      int lineEscapes = 0;
      boolean soft = false;
      while (lineEnd < len && b[lineEnd] != '\n') {
        if (b[lineEnd] == '=') {
          if (qpMark(b, len, lineEnd)) {
            lineEscapes++;
          } else if (softBreak(b, len, lineEnd)) {
            soft = true;
          }
        }
        lineEnd++;
      }
      escapes += lineEscapes + (soft ? 1 : 0);
      e = lineEnd;
      if (lineEnd >= len || !(soft || lineEscapes > 0 && nextLineHasEscape(b, len, lineEnd + 1))) {
        break;
      }
      e = lineEnd + 1;
    }
    if (escapes < 2) {
      return -1;
    }
    byte[] out = new byte[e - s];
    int n = 0;
    for (int k = s; k < e; k++) {
      if (b[k] == '=' && qpEscape(b, e, k)) {
        out[n++] = (byte) (hexValue(b[k + 1]) << 4 | hexValue(b[k + 2]));
        k += 2;
      } else if (b[k] == '=' && softBreak(b, len, k)) {
        k = b[k + 1] == '\r' ? k + 2 : k + 1;
      } else {
        out[n++] = b[k];
      }
    }
    if (plausibleText(out, n, false)) {
      spans.add(new Span(s, e, "quoted-printable", Arrays.copyOf(out, n), false));
    }
    return e;
  }

  private static boolean nextLineHasEscape(byte[] b, int len, int from) {
    for (int k = from; k < len && b[k] != '\n'; k++) {
      if (b[k] == '=' && (qpMark(b, len, k) || softBreak(b, len, k))) {
        return true;
      }
    }
    return false;
  }
}
