package dev.kalkan.detect;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * A set of context words looked up case-insensitively (ASCII folding) in a small window of bytes
 * around a candidate. A word matches where it starts a word: after a non-letter, or at a
 * lower-to-upper case change ({@code buyerPhone} contains {@code phone}). Words of three letters or
 * fewer must also end a word, so that {@code ip} does not match {@code iphone}. Immutable.
 */
final class ContextWords {
  private final byte[][] words;

  /** For each lower-cased first byte, the words that start with it (null when none). */
  private final byte[][][] byFirstByte = new byte[256][][];

  private ContextWords(byte[][] words) {
    this.words = words;
    for (byte[] w : words) {
      int first = w[0] & 0xff;
      byte[][] list = byFirstByte[first];
      byFirstByte[first] = list == null ? new byte[][] {w} : Arrays.copyOf(list, list.length + 1);
      byFirstByte[first][byFirstByte[first].length - 1] = w;
    }
  }

  static ContextWords of(String... words) {
    return of(Arrays.asList(words));
  }

  static ContextWords of(Collection<String> words) {
    return new ContextWords(
        words.stream()
            .filter(w -> !w.isEmpty())
            .map(w -> w.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))
            .toArray(byte[][]::new));
  }

  ContextWords plus(Collection<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    byte[][] all = Arrays.copyOf(words, words.length + more.size());
    int i = words.length;
    for (String w : more) {
      all[i++] = w.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    }
    return new ContextWords(all);
  }

  boolean isEmpty() {
    return words.length == 0;
  }

  /**
   * True when one of the words occurs in the {@code before} bytes preceding {@code [start, end)} or
   * the {@code after} bytes following it, never reading outside {@code [lo, limit)}.
   */
  boolean near(byte[] buf, int lo, int limit, int start, int end, int before, int after) {
    if (words.length == 0) {
      return false;
    }
    return occursIn(buf, Math.max(lo, start - before), start)
        || occursIn(buf, end, Math.min(limit, end + after));
  }

  /** True when one of the words starts within {@code [from, to)} of {@code buf}. */
  boolean occursIn(byte[] buf, int from, int to) {
    for (int p = from; p < to; p++) {
      byte[][] candidates = byFirstByte[ByteClass.lower(buf[p]) & 0xff];
      if (candidates != null) {
        for (byte[] w : candidates) {
          if (p + w.length <= to && matchesAt(buf, p, w, from, to)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean matchesAt(byte[] buf, int p, byte[] w, int from, int to) {
    for (int k = 1; k < w.length; k++) {
      if (ByteClass.lower(buf[p + k]) != w[k]) {
        return false;
      }
    }
    if (p > from && !startsWord(buf[p - 1], buf[p])) {
      return false;
    }
    int after = p + w.length;
    return w.length > 3 || after >= to || !continuesWord(buf[after - 1], buf[after]);
  }

  private static boolean startsWord(byte prev, byte cur) {
    return !isWordChar(prev) || (isLower(prev) && isUpper(cur));
  }

  private static boolean continuesWord(byte prev, byte next) {
    return isWordChar(next) && !(isLower(prev) && isUpper(next));
  }

  private static boolean isWordChar(byte b) {
    return isLetter(b) || (b >= '0' && b <= '9');
  }

  private static boolean isLetter(byte b) {
    return isLower(b) || isUpper(b) || b < 0;
  }

  private static boolean isLower(byte b) {
    return b >= 'a' && b <= 'z';
  }

  private static boolean isUpper(byte b) {
    return b >= 'A' && b <= 'Z';
  }
}
