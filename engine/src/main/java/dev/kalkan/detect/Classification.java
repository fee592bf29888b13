package dev.kalkan.detect;

/**
 * How sensitive content is, lowest first: {@code PUBLIC < INTERNAL < SENSITIVE}. Content takes the
 * highest classification among its findings.
 */
public enum Classification {
  PUBLIC,
  INTERNAL,
  SENSITIVE;

  /** Returns the higher of this and {@code other}. */
  public Classification max(Classification other) {
    return other.compareTo(this) > 0 ? other : this;
  }
}
