package dev.kalkan.detect;

/** A detected span in the bytes of one window, before offsets are mapped to code points. */
record Candidate(InfoType type, Likelihood likelihood, int start, int end) {
  int length() {
    return end - start;
  }
}
