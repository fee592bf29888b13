package dev.kalkan.milter;

import java.util.Objects;

/** Validation of texts that go into an SMTP reply or a header: printable ASCII on one line. */
final class OneLineText {
  private OneLineText() {}

  /**
   * Returns {@code text} when it is 1 to {@code maxLength} printable ASCII characters, not blank.
   *
   * @throws IllegalArgumentException naming {@code what} otherwise
   */
  static String check(String text, String what, int maxLength) {
    Objects.requireNonNull(text, what);
    if (text.isBlank() || text.length() > maxLength) {
      throw new IllegalArgumentException(what + " must be 1-" + maxLength + " characters");
    }
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch < 0x20 || ch > 0x7E) {
        throw new IllegalArgumentException(
            what + " must be printable ASCII on one line; found character " + (int) ch);
      }
    }
    return text;
  }
}
