package dev.kalkan.detect.edm;

/**
 * A Bloom filter of the words of words values, consulted once per word of the text before any
 * n-gram is hashed or looked up: whether a word may <em>start</em> a registered value, and whether
 * it may <em>continue</em> one. Words are keyed by {@link KeyedHasher#filterKey}. Both answers come
 * from the same 64-bit slot (chosen by the top bits of the key), two bits each (chosen by its low
 * bits), so one memory access answers both. At about 16 bits per word and role, about 2% of other
 * words pass. Immutable and thread-safe.
 */
final class WordFilter {
  private final long[] slots;
  private final int shift;

  WordFilter(long[] firstWords, long[] innerWords) {
    long bitsWanted = 16L * (firstWords.length + innerWords.length);
    int bits = Math.max(4, 64 - Long.numberOfLeadingZeros(Math.max(1, bitsWanted / 64 - 1)));
    this.slots = new long[1 << bits];
    this.shift = 64 - bits;
    for (long t : firstWords) {
      slots[slot(t)] |= startBits(t);
    }
    for (long t : innerWords) {
      slots[slot(t)] |= continueBits(t);
    }
  }

  int slot(long token) {
    return (int) (token >>> shift);
  }

  long slotBits(int slot) {
    return slots[slot];
  }

  static long startBits(long token) {
    return (1L << token) | (1L << (token >>> 6));
  }

  static long continueBits(long token) {
    return (1L << (token >>> 12)) | (1L << (token >>> 18));
  }
}
