package dev.kalkan.detect.edm;

/**
 * The value keys of an index with their payloads, for lookup: the keys sorted as unsigned numbers
 * and a directory indexed by the top bits of a key, about four keys per bucket. Each directory
 * entry holds where its bucket starts and a 32-bit Bloom filter of the bucket's keys (two bits
 * each, from the low bits of the key), so a lookup of a key that is not there (the usual case)
 * mostly reads one directory entry and no key at all. Immutable and thread-safe.
 */
final class ValueTable {
  private final long[] keys;
  private final int[] payloads;
  private final long[] directory;
  private final int shift;

  /**
   * @param keys ascending as unsigned numbers, not modified afterwards
   */
  ValueTable(long[] keys, int[] payloads) {
    this.keys = keys;
    this.payloads = payloads;
    int bits = Math.max(4, 64 - Long.numberOfLeadingZeros(Math.max(1, keys.length / 4)));
    this.shift = 64 - bits;
    this.directory = new long[(1 << bits) + 1];
    int k = 0;
    for (int bucket = 0; bucket < (1 << bits); bucket++) {
      long filter = 0;
      int start = k;
      while (k < keys.length && (int) (keys[k] >>> shift) == bucket) {
        filter |= bloomBits(keys[k]);
        k++;
      }
      directory[bucket] = ((long) start << 32) | filter;
    }
    directory[1 << bits] = (long) keys.length << 32;
  }

  private static long bloomBits(long key) {
    return (1L << (key & 31)) | (1L << ((key >>> 5) & 31));
  }

  /** The index of the first entry with {@code key}, or -1; equal keys are adjacent. */
  int first(long key) {
    int bucket = (int) (key >>> shift);
    long entry = directory[bucket];
    long bits = bloomBits(key);
    if ((entry & bits) != bits) {
      return -1;
    }
    for (int k = (int) (entry >>> 32), end = (int) (directory[bucket + 1] >>> 32); k < end; k++) {
      if (keys[k] == key) {
        return k;
      }
    }
    return -1;
  }

  /** Whether entry {@code k} exists and has {@code key}. */
  boolean has(int k, long key) {
    return k < keys.length && keys[k] == key;
  }

  int payload(int k) {
    return payloads[k];
  }

  int size() {
    return keys.length;
  }
}
