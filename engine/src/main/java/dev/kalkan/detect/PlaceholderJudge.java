package dev.kalkan.detect;

import java.util.Locale;
import java.util.Set;

/**
 * The default {@link FieldValueJudge}: see {@link FieldValueJudge#placeholderAware()}. Immutable.
 */
final class PlaceholderJudge implements FieldValueJudge {
  static final PlaceholderJudge INSTANCE = new PlaceholderJudge();

  private static final Set<String> PLACEHOLDERS =
      Set.of(
          "null",
          "nil",
          "none",
          "true",
          "false",
          "undefined",
          "n/a",
          "na",
          "nan",
          "-",
          "--",
          "string",
          "str",
          "text",
          "value",
          "test",
          "testing",
          "example",
          "sample",
          "placeholder",
          "dummy",
          "tbd",
          "todo",
          "unknown",
          "redacted",
          "hidden",
          "masked",
          "anonymous",
          "not available",
          "not applicable",
          "name",
          "address",
          "lorem ipsum");

  private PlaceholderJudge() {}

  @Override
  public Likelihood judge(InfoType type, String value, Likelihood fieldLikelihood) {
    String v = value.strip();
    if (v.isEmpty()
        || PLACEHOLDERS.contains(v.toLowerCase(Locale.ROOT))
        || isMasked(v)
        || isRedactionMarker(v)
        || (type.equals(InfoType.PERSON_NAME) && !hasLetter(v))) {
      return null;
    }
    return fieldLikelihood;
  }

  /**
   * Three or more asterisks in a row, or nothing but mask characters ({@code xxxx}, {@code ##}).
   */
  private static boolean isMasked(String v) {
    if (v.contains("***")) {
      return true;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if ("*#xX_-. ".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** {@code [PERSON_NAME]}, as {@code kalkan redact} writes: upper case, digits and {@code _}. */
  private static boolean isRedactionMarker(String v) {
    if (v.length() < 3 || v.charAt(0) != '[' || v.charAt(v.length() - 1) != ']') {
      return false;
    }
    for (int i = 1; i < v.length() - 1; i++) {
      char c = v.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLetter(String v) {
    for (int i = 0; i < v.length(); ) {
      int cp = v.codePointAt(i);
      if (Character.isLetter(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
