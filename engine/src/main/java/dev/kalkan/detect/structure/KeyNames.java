package dev.kalkan.detect.structure;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads one key at a time into a bounded buffer and interns it, so that a key repeated in every
 * record of a large document is decoded and classified once. Not thread-safe; one per tracker.
 */
final class KeyNames {
  /** Longest key kept, in UTF-8 bytes; a longer one is {@link KeyName#UNKNOWN}. */
  static final int MAX_KEY_BYTES = 512;

  private static final int SLOTS = 1024;

  private final SpApiFieldCatalog catalog;
  private final boolean wholeFields;
  private final byte[][] slotBytes = new byte[SLOTS][];
  private final KeyName[] slotNames = new KeyName[SLOTS];
  private final int[] slotHashes = new int[SLOTS];
  private final byte[] buf = new byte[MAX_KEY_BYTES];
  private int length;
  private boolean overflow;
  private int nextId;

  /**
   * @param catalog classifies keys, or null
   * @param wholeFields true when a key is a whole field (a column header or a flat key), so the
   *     catalog match of the key alone is worth computing
   */
  KeyNames(SpApiFieldCatalog catalog, boolean wholeFields) {
    this.catalog = catalog;
    this.wholeFields = wholeFields;
  }

  void clear() {
    length = 0;
    overflow = false;
  }

  int length() {
    return length;
  }

  byte byteAt(int i) {
    return buf[i];
  }

  void add(int b) {
    if (length < buf.length) {
      buf[length++] = (byte) b;
    } else {
      overflow = true;
    }
  }

  /** Appends {@code b[from, to)}. */
  void add(byte[] b, int from, int to) {
    int n = Math.min(to - from, buf.length - length);
    System.arraycopy(b, from, buf, length, n);
    length += n;
    overflow |= n < to - from;
  }

  /** Appends a code point as UTF-8. */
  void addCodePoint(int cp) {
    if (cp < 0x80) {
      add(cp);
    } else if (cp < 0x800) {
      add(0xC0 | cp >> 6);
      add(0x80 | cp & 0x3F);
    } else if (cp < 0x10000) {
      add(0xE0 | cp >> 12);
      add(0x80 | cp >> 6 & 0x3F);
      add(0x80 | cp & 0x3F);
    } else {
      add(0xF0 | cp >> 18);
      add(0x80 | cp >> 12 & 0x3F);
      add(0x80 | cp >> 6 & 0x3F);
      add(0x80 | cp & 0x3F);
    }
  }

  /** Drops trailing spaces and tabs. */
  void trimEnd() {
    while (length > 0 && (buf[length - 1] == ' ' || buf[length - 1] == '\t')) {
      length--;
    }
  }

  /** True when the buffer holds exactly these ASCII characters. */
  boolean is(String ascii) {
    if (overflow || length != ascii.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (buf[i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The key read since {@link #clear()}, interned. */
  KeyName finish() {
    if (overflow) {
      return KeyName.UNKNOWN;
    }
    return intern(buf, 0, length);
  }

  /**
   * The key made of the raw bytes {@code b[from, to)}, interned, without copying them when known.
   */
  KeyName intern(byte[] b, int from, int to) {
    int n = to - from;
    if (n > MAX_KEY_BYTES) {
      return KeyName.UNKNOWN;
    }
    int h = 0x811C9DC5;
    for (int i = from; i < to; i++) {
      h = (h ^ b[i]) * 0x01000193;
    }
    int slot = (h ^ h >>> 16) & (SLOTS - 1);
    byte[] known = slotBytes[slot];
    if (known != null
        && slotHashes[slot] == h
        && known.length == n
        && Arrays.equals(known, 0, n, b, from, to)) {
      return slotNames[slot];
    }
    String raw = new String(b, from, n, StandardCharsets.UTF_8);
    String normalized = SpApiFieldCatalog.normalize(raw);
    KeyName name =
        new KeyName(
            raw,
            normalized,
            nextId++,
            catalog == null ? 0 : catalog.depthEndingWith(normalized),
            catalog != null && wholeFields ? catalog.match(raw).orElse(null) : null);
    slotBytes[slot] = Arrays.copyOfRange(b, from, to);
    slotHashes[slot] = h;
    slotNames[slot] = name;
    return name;
  }
}
