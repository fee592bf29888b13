package dev.kalkan.detect;

/** Character classes of ASCII bytes, as one table lookup per byte on the hot path. */
final class ByteClass {
  static final int DIGIT = 1;
  static final int UPPER = 2;
  static final int LOWER = 4;
  static final int HEX = 8;

  /** Characters of a base64 (standard alphabet) body: letters, digits, '+', '/'. */
  static final int B64 = 16;

  /** Characters of an email local part besides letters and digits: {@code . _ % + -}. */
  static final int LOCAL = 32;

  /** Characters of the body of an LWA token: base64url, '.', '~', '|', '%', '=', '+', '/'. */
  static final int TOKEN = 64;

  /**
   * Bytes the main loop must look at although they start no token: punctuation that starts a
   * candidate of its own ({@code @ + ( :}), and newlines and non-ASCII bytes, which move the
   * position in lines and code points.
   */
  static final int TRIGGER = 128;

  static final int ALNUM = DIGIT | UPPER | LOWER;

  private static final int[] TABLE = new int[256];

  static {
    for (int c = '0'; c <= '9'; c++) {
      TABLE[c] = DIGIT | HEX | B64 | TOKEN;
    }
    for (int c = 'A'; c <= 'Z'; c++) {
      TABLE[c] = UPPER | B64 | TOKEN | (c <= 'F' ? HEX : 0);
    }
    for (int c = 'a'; c <= 'z'; c++) {
      TABLE[c] = LOWER | B64 | TOKEN | (c <= 'f' ? HEX : 0);
    }
    TABLE['+'] = B64 | LOCAL | TOKEN;
    TABLE['/'] = B64 | TOKEN;
    TABLE['.'] = LOCAL | TOKEN;
    TABLE['_'] = LOCAL | TOKEN;
    TABLE['%'] = LOCAL | TOKEN;
    TABLE['-'] = LOCAL | TOKEN;
    TABLE['\''] = LOCAL; // O'Brien.Sean@example.ie
    TABLE['~'] = TOKEN;
    TABLE['|'] = TOKEN;
    TABLE['='] = TOKEN;
    TABLE['@'] |= TRIGGER;
    TABLE['+'] |= TRIGGER;
    TABLE['('] |= TRIGGER;
    TABLE[':'] |= TRIGGER;
    TABLE['\n'] |= TRIGGER;
    for (int c = 0x80; c < 0x100; c++) {
      TABLE[c] |= TRIGGER;
    }
  }

  private ByteClass() {}

  static int of(byte b) {
    return TABLE[b & 0xff];
  }

  static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  static boolean isAlnum(byte b) {
    return (TABLE[b & 0xff] & ALNUM) != 0;
  }

  static boolean isHex(byte b) {
    return (TABLE[b & 0xff] & HEX) != 0;
  }

  static int lower(int b) {
    return b >= 'A' && b <= 'Z' ? b + 32 : b;
  }
}
