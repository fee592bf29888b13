package dev.kalkan.detect.accuracy;

import java.util.Objects;

/**
 * A planted near miss the scanner should not report, with its code-point span (end exclusive). Lets
 * the report name the pattern behind a false positive.
 */
record Decoy(NearMiss kind, int start, int end, String value) {
  Decoy {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
