package dev.kalkan.detect;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A reusable buffer of ASCII characters seen as a {@link CharSequence}, for the digits and letters
 * of a candidate handed to validators: unlike {@link StringBuilder} it never inflates or checks a
 * coder. Mutable; not thread-safe.
 */
final class AsciiBuffer implements CharSequence {
  private byte[] chars = new byte[64];
  private int length;

  void clear() {
    length = 0;
  }

  /** Appends {@code buf[from, to)}, bytes that are ASCII. */
  void append(byte[] buf, int from, int to) {
    int n = to - from;
    if (length + n > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(2 * chars.length, length + n));
    }
    System.arraycopy(buf, from, chars, length, n);
    length += n;
  }

  /** Removes the first {@code n} characters. */
  void dropFirst(int n) {
    System.arraycopy(chars, n, chars, 0, length - n);
    length -= n;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index >= length) {
      throw new IndexOutOfBoundsException(index);
    }
    return (char) chars[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length, StandardCharsets.US_ASCII);
  }
}
