package dev.kalkan.detect;

/**
 * A detected span in the bytes of one window, before it becomes a {@link Finding}.
 *
 * @param start byte offset in the window's buffer
 * @param end byte offset just past the value
 * @param codePoint code-point offset of the value from the start of the whole input
 * @param line 1-based line of the value
 * @param column 1-based column of the value, in code points
 */
record Candidate(
    InfoType type,
    Likelihood likelihood,
    int start,
    int end,
    long codePoint,
    long line,
    long column) {
  int length() {
    return end - start;
  }
}
