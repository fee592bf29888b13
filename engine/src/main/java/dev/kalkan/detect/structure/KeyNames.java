package dev.kalkan.detect.structure;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

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
    int h = hash(b, from, to);
    int slot = (h ^ h >>> 16) & (SLOTS - 1);
    byte[] known = slotBytes[slot];
    if (known != null && slotHashes[slot] == h && known.length == n && same(known, b, from)) {
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

  /**
   * A hash of a key from its length and its first and last eight bytes, read as words: keys are
   * interned once per occurrence, so hashing every byte would cost as much as reading the key. Keys
   * that share these bytes only collide in a slot; {@link #same} tells them apart.
   */
  private static int hash(byte[] b, int from, int to) {
    int n = to - from;
    long h;
    if (n >= Long.BYTES) {
      h = (long) LONGS.get(b, from) * 0x9E3779B97F4A7C15L;
      h ^= (long) LONGS.get(b, to - Long.BYTES) * 0xC2B2AE3D27D4EB4FL;
    } else {
      h = 0;
      for (int i = from; i < to; i++) {
        h = h << 8 | (b[i] & 0xFF);
      }
      h *= 0x9E3779B97F4A7C15L;
    }
    h ^= n;
    return (int) (h ^ h >>> 32);
  }

  /** Whether {@code b[from, from + known.length)} equals {@code known}, compared word by word. */
  private static boolean same(byte[] known, byte[] b, int from) {
    int n = known.length;
    int i = 0;
    for (; i + Long.BYTES <= n; i += Long.BYTES) {
      if ((long) LONGS.get(known, i) != (long) LONGS.get(b, from + i)) {
        return false;
      }
    }
    for (; i < n; i++) {
      if (known[i] != b[from + i]) {
        return false;
      }
    }
    return true;
  }
}
