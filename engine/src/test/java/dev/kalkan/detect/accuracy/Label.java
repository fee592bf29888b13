package dev.kalkan.detect.accuracy;

import dev.kalkan.detect.InfoType;
import java.util.Objects;

/**
 * A planted value the scanner should report: its type and its code-point span in the document (end
 * exclusive).
 */
record Label(InfoType type, int start, int end, String value) {
  Label {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
