package dev.kalkan.deid;

/** Code-point offsets of a text to {@code char} indices; the identity when there are no pairs. */
final class OffsetMap {
  private final int[] charIndex;

  OffsetMap(String text) {
    int codePoints = text.codePointCount(0, text.length());
    if (codePoints == text.length()) {
      charIndex = null;
      return;
    }
    charIndex = new int[codePoints + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      charIndex[cp++] = i;
    }
    charIndex[cp] = text.length();
  }

  int charIndex(long codePointOffset) {
    return charIndex == null ? (int) codePointOffset : charIndex[(int) codePointOffset];
  }
}
