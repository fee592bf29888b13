package dev.kalkan.milter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds golden byte sequences from raw byte values and ISO-8859-1 strings. */
final class Bytes {
  private Bytes() {}

  /**
   * Concatenates parts: an {@code int[]} gives its values as bytes, a String its ISO-8859-1 bytes.
   */
  static byte[] of(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      switch (part) {
        case int[] values -> {
          for (int v : values) {
            out.write(v);
          }
        }
        case String s -> out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        case byte[] b -> out.writeBytes(b);
        default -> throw new IllegalArgumentException("unsupported part " + part);
      }
    }
    return out.toByteArray();
  }

  static int[] length(int n) {
    return new int[] {n >>> 24 & 0xFF, n >>> 16 & 0xFF, n >>> 8 & 0xFF, n & 0xFF};
  }
}
