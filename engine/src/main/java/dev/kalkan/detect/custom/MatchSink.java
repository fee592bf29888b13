package dev.kalkan.detect.custom;

import dev.kalkan.detect.CustomDetector;

/** Receives the matches of a {@link CustomMatcher}. */
@FunctionalInterface
public interface MatchSink {

  /**
   * Called once per match.
   *
   * @param detector the detector that matched
   * @param start UTF-16 index of the first char of the match in the searched text
   * @param end UTF-16 index just past the match (exclusive); always greater than {@code start}
   */
  void match(CustomDetector detector, int start, int end);
}
