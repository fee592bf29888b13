package dev.kalkan.detect.edm;

import dev.kalkan.detect.InfoType;
import java.util.Objects;

/**
 * A registered value found in text.
 *
 * @param start byte offset of the first byte in the searched UTF-8 array
 * @param end byte offset just past the last byte (exclusive)
 * @param infoType the type of the field the value is registered in
 * @param record the 1-based number of the record holding the value
 */
public record EdmMatch(int start, int end, InfoType infoType, int record) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException when the offsets are not a non-empty range or the record
   *     number is not positive
   */
  public EdmMatch {
    Objects.requireNonNull(infoType, "infoType");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
    }
    if (record < 1) {
      throw new IllegalArgumentException("record numbers start at 1: " + record);
    }
  }
}
