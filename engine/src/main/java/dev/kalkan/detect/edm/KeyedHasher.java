package dev.kalkan.detect.edm;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The keyed hashes of exact data match. Every secret here is derived from the operator's key and
 * the index's salt (see {@link EdmKey#derive}), so the same value hashes differently under another
 * key or in another index.
 *
 * <p>A <em>token</em> (a folded word, a folded email address, a digit string) hashes to 64 bits:
 * its folded UTF-8 bytes are read as little-endian 8-byte chunks (the last one zero-padded), each
 * mixed into a seeded state by xor, multiply and xor-shift, and the state, with the length, is
 * finished with the MurmurHash3 64-bit finaliser under a second seed. The matcher hashes ASCII
 * words a chunk at a time as it finds their end. A <em>value</em> is a hash class (words, email,
 * digits) and a sequence of tokens; its key is the finaliser of the polynomial {@code tag * R^n +
 * t1 * R^(n-1) + … + tn} (mod 2^64) with the class's secret tag and a secret odd multiplier R. The
 * polynomial can be extended one token at a time, which lets the matcher hash every word n-gram of
 * a text incrementally.
 *
 * <p>These hashes are fast, not cryptographic: they are never stored in clear (the index file
 * encrypts them) and they are only as secret as the key. Immutable and thread-safe.
 */
final class KeyedHasher {
  static final int WORDS = 0;
  static final int EMAIL = 1;
  static final int DIGITS = 2;

  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long M = 0x9E3779B97F4A7C15L;
  private static final long ASCII_A = 0x3F3F3F3F3F3F3F3FL;
  private static final long ASCII_Z = 0x2525252525252525L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LENGTH = 0xC2B2AE3D27D4EB4FL;

  private final long seed;
  private final long finish;
  private final long multiplier;
  private final long[] tags = new long[3];

  /**
   * @param secret 32 bytes derived from the key and the salt
   */
  KeyedHasher(byte[] secret) {
    ByteBuffer b = ByteBuffer.wrap(secret).order(ByteOrder.BIG_ENDIAN);
    this.seed = b.getLong();
    this.finish = b.getLong();
    this.multiplier = b.getLong() | 1;
    long tagBase = b.getLong();
    for (int c = 0; c < tags.length; c++) {
      tags[c] = mix(tagBase + c * M);
    }
  }

  /** The token hash of {@code length} folded UTF-8 bytes at {@code offset}. */
  long token(byte[] folded, int offset, int length) {
    return finish(state(folded, offset, length), length);
  }

  /** The state of a token after its last chunk, from which its hash and filter key follow. */
  long state(byte[] folded, int offset, int length) {
    long h = seed;
    int end = offset + length;
    for (int i = offset; i < end; i += 8) {
      h = chunk(h, load(folded, i, Math.min(8, end - i)));
    }
    return h;
  }

  /**
   * The token hash of ASCII bytes lower-cased on the fly: equal to {@link #token} of the bytes with
   * {@code A-Z} replaced by {@code a-z}, without copying them.
   */
  long asciiToken(byte[] ascii, int offset, int length) {
    long h = seed;
    int end = offset + length;
    for (int i = offset; i < end; i += 8) {
      h = chunk(h, lowerCase(load(ascii, i, Math.min(8, end - i))));
    }
    return finish(h, length);
  }

  /** The state of a token before its first chunk. */
  long initialState() {
    return seed;
  }

  /**
   * Mixes the next chunk of a token into its state: up to 8 bytes, little-endian, the unused high
   * bytes zero.
   */
  static long chunk(long state, long chunk) {
    long h = (state ^ chunk) * M;
    return h ^ (h >>> 32);
  }

  /** The token hash from the state after the last chunk and the token's length in bytes. */
  long finish(long state, int length) {
    return mix(state ^ finish ^ (length * LENGTH));
  }

  /**
   * The key of a word in the {@link WordFilter}, from the token state after its last chunk: one
   * multiplication, cheaper than {@link #finish}, as every word of a text is looked up in the
   * filter and few get further.
   */
  static long filterKey(long state, int length) {
    return (state ^ (length * LENGTH)) * M;
  }

  /** Bytes {@code [i, i + n)} as a little-endian long, {@code 1 <= n <= 8}. */
  static long load(byte[] b, int i, int n) {
    if (i + 8 <= b.length) {
      long c = (long) LONG_LE.get(b, i);
      return n == 8 ? c : c & ((1L << (n << 3)) - 1);
    }
    long c = 0;
    for (int k = n - 1; k >= 0; k--) {
      c = (c << 8) | (b[i + k] & 0xFF);
    }
    return c;
  }

  /** Eight bytes at {@code i} as a little-endian long; the caller guarantees they exist. */
  static long load8(byte[] b, int i) {
    return (long) LONG_LE.get(b, i);
  }

  /** Lower-cases the ASCII letters of a chunk of ASCII bytes. */
  static long lowerCase(long chunk) {
    return chunk | (((chunk + ASCII_A) & ~(chunk + ASCII_Z) & HIGH_BITS) >>> 2);
  }

  /** The polynomial state of a value of class {@code hashClass} before its first token. */
  long start(int hashClass) {
    return tags[hashClass];
  }

  /** Extends a value's polynomial state by one token. */
  long extend(long state, long token) {
    return state * multiplier + token;
  }

  /** The table key of a value whose polynomial state is {@code state}. */
  static long key(long state) {
    return mix(state);
  }

  /** The key of a single-token value. */
  long key(int hashClass, long token) {
    return key(extend(start(hashClass), token));
  }

  /** MurmurHash3's 64-bit finaliser: a bijection that spreads every input bit over the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }
}
