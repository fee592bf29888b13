package dev.kalkan.detect.structure;

/**
 * A key as a tracker read it, with what the catalog needs to know of it, computed once per distinct
 * key. Immutable.
 */
final class KeyName {
  /** A key the tracker could not read whole (too long): fields under it are unknown. */
  static final KeyName UNKNOWN = new KeyName(null, "", -1, 0, null);

  /** The decoded key, or null when unknown. */
  final String raw;

  /** The key as the catalog compares segments. */
  final String normalized;

  /** Tells interned keys of one tracker apart, for memoizing; -1 for {@link #UNKNOWN}. */
  final int id;

  /**
   * The most segments of a catalog pattern that ends with this key, 0 when none does: the match of
   * a field ending with this key depends on this many named segments at most.
   */
  final int patternDepth;

  /** What the catalog says of this key as a whole field (column header, flat key), or null. */
  final SpApiFieldCatalog.Match asField;

  KeyName(
      String raw, String normalized, int id, int patternDepth, SpApiFieldCatalog.Match asField) {
    this.raw = raw;
    this.normalized = normalized;
    this.id = id;
    this.patternDepth = patternDepth;
    this.asField = asField;
  }
}
