package dev.kalkan.detect.people;

import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import java.util.Objects;

/**
 * A person's name or a street line found in text.
 *
 * <p>Offsets are {@code char} (UTF-16 code unit) offsets into the {@link CharSequence} that was
 * searched, end exclusive, so {@code text.subSequence(start, end)} is the found text. The findings
 * contract counts code points; {@link #codePointStart} and {@link #codePointEnd} convert.
 *
 * @param type {@link InfoType#PERSON_NAME} or {@link InfoType#STREET_ADDRESS}
 * @param start first char of the span
 * @param end char after the span
 * @param likelihood how likely the span is a real value of the type
 */
public record PeopleSpan(InfoType type, int start, int end, Likelihood likelihood) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException when the type is neither of the two, or the span is empty or
   *     negative
   */
  public PeopleSpan {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(likelihood, "likelihood");
    if (!type.equals(InfoType.PERSON_NAME) && !type.equals(InfoType.STREET_ADDRESS)) {
      throw new IllegalArgumentException(
          "people span type must be PERSON_NAME or STREET_ADDRESS, not " + type);
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "people span [" + start + ", " + end + ") must be non-empty and non-negative");
    }
  }

  /** The start as a code-point offset into {@code text}, the text this span was found in. */
  public int codePointStart(CharSequence text) {
    return Character.codePointCount(text, 0, start);
  }

  /** The end as a code-point offset into {@code text}, the text this span was found in. */
  public int codePointEnd(CharSequence text) {
    return Character.codePointCount(text, 0, end);
  }

  /** True when this span and {@code other} share at least one char. */
  public boolean overlaps(PeopleSpan other) {
    return start < other.end && other.start < end;
  }
}
