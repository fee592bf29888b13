package dev.kalkan.detect;

/**
 * Maps byte offsets of UTF-8 input to code-point offsets, lines and columns by walking the bytes
 * once, forwards only. Lines end at {@code \n}. Mutable; one per scan.
 */
final class PositionCounter {
  private long byteOffset;
  private long codePoints;
  private long line = 1;
  private long lineStartCodePoint;

  PositionCounter copy() {
    PositionCounter c = new PositionCounter();
    c.byteOffset = byteOffset;
    c.codePoints = codePoints;
    c.line = line;
    c.lineStartCodePoint = lineStartCodePoint;
    return c;
  }

  /**
   * Walks forward to absolute byte offset {@code target}.
   *
   * @param buf the bytes, {@code buf[k]} at absolute offset {@code base + k}
   * @throws IllegalStateException when {@code target} lies behind the current position
   */
  void advanceTo(byte[] buf, long base, long target) {
    if (target < byteOffset) {
      throw new IllegalStateException("cannot walk back from " + byteOffset + " to " + target);
    }
    int from = (int) (byteOffset - base);
    int to = (int) (target - base);
    long cp = codePoints;
    long ln = line;
    long ls = lineStartCodePoint;
    for (int k = from; k < to; k++) {
      byte c = buf[k];
      if ((c & 0xC0) != 0x80) {
        cp++;
      }
      if (c == '\n') {
        ln++;
        ls = cp;
      }
    }
    codePoints = cp;
    line = ln;
    lineStartCodePoint = ls;
    byteOffset = target;
  }

  long codePoints() {
    return codePoints;
  }

  long line() {
    return line;
  }

  long column() {
    return codePoints - lineStartCodePoint + 1;
  }
}
