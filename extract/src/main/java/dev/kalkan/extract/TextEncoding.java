package dev.kalkan.extract;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Text in any common encoding to UTF-8: byte-order marks, then UTF-8 validity, then statistical
 * detection (ICU's detector as shipped with Tika: it tells windows-1254 / ISO-8859-9 Turkish from
 * windows-1252 / ISO-8859-1 German by letter frequencies). ISO-8859-1 and -9 are read as their
 * Windows supersets, as browsers do. Every single-byte encoding maps one byte to one code point, so
 * code-point offsets in the decoded text are byte offsets in the file.
 */
final class TextEncoding {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The text as UTF-8 and the encoding it was read in. */
  record Decoded(byte[] utf8, int length, String charset) {}

  private TextEncoding() {}

  /**
   * True when {@code b[0, len)} is valid UTF-8. With {@code prefix}, a sequence cut by the end is
   * accepted (the bytes are the start of a longer input).
   */
  static boolean isUtf8(byte[] b, int len, boolean prefix) {
    int i = 0;
    while (i < len) {
      if (i + Long.BYTES <= len && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
        i += Long.BYTES;
        continue;
      }
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int need;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        min = 0x10000;
      } else {
        return false;
      }
      if (i + need >= len) {
        return prefix && continuations(b, i + 1, len);
      }
      int cp = c & (0x3F >> need);
      for (int k = 1; k <= need; k++) {
        int d = b[i + k] & 0xFF;
        if ((d & 0xC0) != 0x80) {
          return false;
        }
        cp = (cp << 6) | (d & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return false;
      }
      i += need + 1;
    }
    return true;
  }

  private static boolean continuations(byte[] b, int from, int len) {
    for (int i = from; i < len; i++) {
      if ((b[i] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Decodes {@code b[0, len)} to UTF-8, detecting its encoding. */
  static Decoded toUtf8(byte[] b, int len) {
    if (len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return reencode(b, 3, len - 3, StandardCharsets.UTF_8);
    }
    if (len >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return reencode(b, 2, len - 2, StandardCharsets.UTF_16LE);
    }
    if (len >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return reencode(b, 2, len - 2, StandardCharsets.UTF_16BE);
    }
    if (isUtf8(b, len, false)) {
      return new Decoded(b, len, "UTF-8");
    }
    return reencode(b, 0, len, detect(b, len));
  }

  /** The most likely encoding of text that is not UTF-8; windows-1252 when nothing fits. */
  static Charset detect(byte[] b, int len) {
    CharsetDetector detector = new CharsetDetector(Math.min(len, 1 << 16));
    detector.setText(len == b.length ? b : Arrays.copyOf(b, len));
    for (CharsetMatch match : detector.detectAll()) {
      Charset cs = supported(match.getName());
      if (cs != null && !cs.equals(StandardCharsets.UTF_8)) {
        return cs;
      }
    }
    return Charset.forName("windows-1252");
  }

  private static Charset supported(String name) {
    String windows =
        switch (name.toUpperCase(Locale.ROOT)) {
          case "ISO-8859-1" -> "windows-1252";
          case "ISO-8859-9" -> "windows-1254";
          case "ISO-8859-2" -> "windows-1250";
          default -> name;
        };
    try {
      return Charset.isSupported(windows) ? Charset.forName(windows) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Decoded reencode(byte[] b, int off, int len, Charset cs) {
    byte[] utf8 = new String(b, off, len, cs).getBytes(StandardCharsets.UTF_8);
    return new Decoded(utf8, utf8.length, cs.name());
  }
}
