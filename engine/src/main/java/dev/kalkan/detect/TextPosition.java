package dev.kalkan.detect;

/**
 * Where the scan is in the text, in the units findings report: lines seen so far, UTF-8
 * continuation bytes seen so far (so that a byte offset minus them is a code-point offset), and the
 * code-point offset at which the current line starts. {@link TokenScanner} advances it as its main
 * loop passes newlines and non-ASCII bytes, so locating a candidate costs nothing per byte.
 * Mutable; one per scan, carried from window to window.
 */
final class TextPosition {
  long line = 1;
  long continuationBytes;
  long lineStartCodePoint;
}
