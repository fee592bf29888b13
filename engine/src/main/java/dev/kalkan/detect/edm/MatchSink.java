package dev.kalkan.detect.edm;

import dev.kalkan.detect.InfoType;

/** Receives the matches of an {@link EdmMatcher}. */
@FunctionalInterface
public interface MatchSink {

  /**
   * Called once per registered value found, and once per record holding it.
   *
   * @param start byte offset of the first byte of the match in the searched array
   * @param end byte offset just past the match (exclusive); always greater than {@code start}
   * @param infoType the type of the field the value is registered in
   * @param record the 1-based number of the record in the records file the index was built from
   */
  void match(int start, int end, InfoType infoType, int record);
}
