package dev.kalkan.deid;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * FF1 format-preserving encryption (NIST SP 800-38G, revision 1, algorithms 7 and 8) with AES as
 * the block cipher: a keyed, tweakable permutation of the strings of {@code n} numerals in a radix.
 *
 * <p>Inputs are numeral strings (each element in {@code [0, radix)}); the caller maps characters to
 * numerals. The revision's domain rule is enforced: {@code radix^n >= 1,000,000}. Not thread-safe
 * (one AES cipher object per instance); create one per thread.
 */
final class Ff1 {
  /** SP 800-38G rev. 1: the domain must hold at least a million strings. */
  static final BigInteger MIN_DOMAIN = BigInteger.valueOf(1_000_000);

  private static final int ROUNDS = 10;
  private static final int MAX_RADIX = 1 << 16;

  private final Cipher aes;

  /**
   * @param key an AES key of 16, 24 or 32 bytes
   * @throws IllegalArgumentException when the key has another length
   */
  Ff1(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length != 16 && key.length != 24 && key.length != 32) {
      throw new IllegalArgumentException("AES keys have 16, 24 or 32 bytes, not " + key.length);
    }
    try {
      aes = Cipher.getInstance("AES/ECB/NoPadding");
      aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES is part of every JDK", e);
    }
  }

  /** True when strings of {@code length} numerals in {@code radix} form a domain FF1 accepts. */
  static boolean domainLargeEnough(int radix, int length) {
    return length >= 2 && BigInteger.valueOf(radix).pow(length).compareTo(MIN_DOMAIN) >= 0;
  }

  /**
   * Encrypts {@code x} (numerals in {@code radix}) under {@code tweak}.
   *
   * @throws IllegalArgumentException when the domain is too small or a numeral is out of range
   */
  int[] encrypt(int radix, byte[] tweak, int[] x) {
    return crypt(radix, tweak, x, true);
  }

  /** Decrypts what {@link #encrypt} produced with the same radix and tweak. */
  int[] decrypt(int radix, byte[] tweak, int[] y) {
    return crypt(radix, tweak, y, false);
  }

  private int[] crypt(int radix, byte[] tweak, int[] in, boolean encrypt) {
    check(radix, in);
    int n = in.length;
    int u = n / 2;
    int v = n - u;
    int[] a = java.util.Arrays.copyOfRange(in, 0, u);
    int[] b = java.util.Arrays.copyOfRange(in, u, n);
    BigInteger bigRadix = BigInteger.valueOf(radix);
    int byteLen = (bigRadix.pow(v).subtract(BigInteger.ONE).bitLength() + 7) / 8;
    int d = 4 * ((byteLen + 3) / 4) + 4;
    byte[] p = header(radix, u, n, tweak.length);
    int padLen = Math.floorMod(-tweak.length - byteLen - 1, 16);
    byte[] q = new byte[tweak.length + padLen + 1 + byteLen];
    System.arraycopy(tweak, 0, q, 0, tweak.length);
    BigInteger modU = bigRadix.pow(u);
    BigInteger modV = bigRadix.pow(v);
    for (int step = 0; step < ROUNDS; step++) {
      int i = encrypt ? step : ROUNDS - 1 - step;
      int[] feed = encrypt ? b : a;
      q[tweak.length + padLen] = (byte) i;
      writeFixed(num(feed, bigRadix), q, tweak.length + padLen + 1, byteLen);
      BigInteger y = new BigInteger(1, expand(prf(p, q), d));
      int m = (i % 2 == 0) ? u : v;
      BigInteger mod = (i % 2 == 0) ? modU : modV;
      if (encrypt) {
        BigInteger c = num(a, bigRadix).add(y).mod(mod);
        a = b;
        b = str(c, bigRadix, m);
      } else {
        BigInteger c = num(b, bigRadix).subtract(y).mod(mod);
        b = a;
        a = str(c, bigRadix, m);
      }
    }
    int[] out = new int[n];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static void check(int radix, int[] x) {
    if (radix < 2 || radix > MAX_RADIX) {
      throw new IllegalArgumentException("radix must be in [2, 65536], was " + radix);
    }
    if (!domainLargeEnough(radix, x.length)) {
      throw new IllegalArgumentException(
          "FF1 needs radix^length >= 1,000,000; radix " + radix + ", length " + x.length);
    }
    for (int numeral : x) {
      if (numeral < 0 || numeral >= radix) {
        throw new IllegalArgumentException("numeral " + numeral + " outside radix " + radix);
      }
    }
  }

  /** P = [1]^1 || [2]^1 || [1]^1 || [radix]^3 || [10]^1 || [u mod 256]^1 || [n]^4 || [t]^4. */
  private static byte[] header(int radix, int u, int n, int t) {
    return new byte[] {
      1,
      2,
      1,
      (byte) (radix >>> 16),
      (byte) (radix >>> 8),
      (byte) radix,
      10,
      (byte) u,
      (byte) (n >>> 24),
      (byte) (n >>> 16),
      (byte) (n >>> 8),
      (byte) n,
      (byte) (t >>> 24),
      (byte) (t >>> 16),
      (byte) (t >>> 8),
      (byte) t
    };
  }

  /** CBC-MAC of P || Q with a zero IV: the PRF of SP 800-38G. */
  private byte[] prf(byte[] p, byte[] q) {
    byte[] y = block(p);
    byte[] x = new byte[16];
    for (int off = 0; off < q.length; off += 16) {
      for (int j = 0; j < 16; j++) {
        x[j] = (byte) (y[j] ^ q[off + j]);
      }
      y = block(x);
    }
    return y;
  }

  /** S: the first d bytes of R || CIPH(R xor [1]^16) || CIPH(R xor [2]^16) || ... */
  private byte[] expand(byte[] r, int d) {
    if (d <= 16) {
      return java.util.Arrays.copyOf(r, d);
    }
    byte[] s = new byte[d];
    System.arraycopy(r, 0, s, 0, 16);
    byte[] x = new byte[16];
    for (int j = 1; 16 * j < d; j++) {
      System.arraycopy(r, 0, x, 0, 16);
      x[12] ^= (byte) (j >>> 24);
      x[13] ^= (byte) (j >>> 16);
      x[14] ^= (byte) (j >>> 8);
      x[15] ^= (byte) j;
      byte[] e = block(x);
      System.arraycopy(e, 0, s, 16 * j, Math.min(16, d - 16 * j));
    }
    return s;
  }

  private byte[] block(byte[] in) {
    try {
      return aes.doFinal(in);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES on one block cannot fail", e);
    }
  }

  private static BigInteger num(int[] x, BigInteger radix) {
    BigInteger value = BigInteger.ZERO;
    for (int numeral : x) {
      value = value.multiply(radix).add(BigInteger.valueOf(numeral));
    }
    return value;
  }

  private static int[] str(BigInteger value, BigInteger radix, int m) {
    int[] out = new int[m];
    BigInteger rest = value;
    for (int i = m - 1; i >= 0; i--) {
      BigInteger[] qr = rest.divideAndRemainder(radix);
      out[i] = qr[1].intValue();
      rest = qr[0];
    }
    return out;
  }

  private static void writeFixed(BigInteger value, byte[] dst, int off, int len) {
    byte[] raw = value.toByteArray();
    int copy = Math.min(raw.length, len);
    java.util.Arrays.fill(dst, off, off + len, (byte) 0);
    System.arraycopy(raw, raw.length - copy, dst, off + len - copy, copy);
  }
}
