package dev.kalkan.deid;

import java.util.Locale;
import java.util.Objects;

/**
 * What becomes of one finding. Written on the command line as {@code KIND[:options]}:
 *
 * <ul>
 *   <li>{@code keep}: left as it is;
 *   <li>{@code redact}: removed (replaced by nothing);
 *   <li>{@code mask[:C[:N]]}: every letter and digit replaced by the character {@code C} (default
 *       {@code *}) except the last {@code N} (default 0); other characters stay, so {@code
 *       mask:*:4} turns {@code 4111 1111 1111 1111} into {@code **** **** **** 1111};
 *   <li>{@code replace[:TEXT]}: replaced by {@code TEXT}, by default the infoType in brackets
 *       ({@code [EMAIL_ADDRESS]});
 *   <li>{@code hash[:N]}: the first {@code N} (default 32, even, 16 to 64) lower-case hex digits of
 *       HMAC-SHA-256, keyed with the {@link DeidKey}, of the infoType's name, a 0 byte and the
 *       value: the same value of the same type gives the same hash with the same key, so joins
 *       still work;
 *   <li>{@code tokenize}: format-preserving encryption (FF1, AES-256) that {@code detokenize}
 *       reverses with the key.
 * </ul>
 *
 * @param kind what to do
 * @param mask the masking character ({@code mask} only)
 * @param kept how many trailing letters and digits a mask keeps ({@code mask} only)
 * @param text the replacement, or null for the infoType in brackets ({@code replace} only)
 * @param hexDigits the length of a hash ({@code hash} only)
 */
public record Transform(Kind kind, int mask, int kept, String text, int hexDigits) {

  /** The kinds of transform. */
  public enum Kind {
    KEEP,
    REDACT,
    MASK,
    REPLACE,
    HASH,
    TOKENIZE;

    /** The name as written on the command line. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static final int DEFAULT_HASH_HEX_DIGITS = 32;

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException when an option is out of range
   */
  public Transform {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.MASK && (Character.isLetterOrDigit(mask) || Character.isWhitespace(mask))) {
      throw new IllegalArgumentException(
          "mask: the masking character must not be a letter, a digit or a space");
    }
    if (kept < 0) {
      throw new IllegalArgumentException("mask: the number of characters kept must be >= 0");
    }
    if (kind == Kind.HASH && (hexDigits < 16 || hexDigits > 64 || hexDigits % 2 != 0)) {
      throw new IllegalArgumentException(
          "hash: the length must be an even number of hex digits from 16 to 64, was " + hexDigits);
    }
  }

  public static Transform keep() {
    return new Transform(Kind.KEEP, '*', 0, null, 0);
  }

  public static Transform redact() {
    return new Transform(Kind.REDACT, '*', 0, null, 0);
  }

  public static Transform mask(int character, int keepLast) {
    return new Transform(Kind.MASK, character, keepLast, null, 0);
  }

  /** Replacement by {@code text}, or by the infoType in brackets when it is null. */
  public static Transform replace(String text) {
    return new Transform(Kind.REPLACE, '*', 0, text, 0);
  }

  public static Transform hash(int hexDigits) {
    return new Transform(Kind.HASH, '*', 0, null, hexDigits);
  }

  public static Transform tokenize() {
    return new Transform(Kind.TOKENIZE, '*', 0, null, 0);
  }

  /**
   * Parses {@code KIND[:options]} as described in the class comment.
   *
   * @throws IllegalArgumentException with a message for the user when the text is not a transform
   */
  public static Transform parse(String spec) {
    String s = Objects.requireNonNull(spec, "spec");
    int colon = s.indexOf(':');
    String name = (colon < 0 ? s : s.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
    String options = colon < 0 ? null : s.substring(colon + 1);
    switch (name) {
      case "keep", "redact", "tokenize" -> {
        if (options != null) {
          throw new IllegalArgumentException(name + " takes no options, got '" + s + "'");
        }
        return name.equals("keep") ? keep() : name.equals("redact") ? redact() : tokenize();
      }
      case "mask" -> {
        if (options == null || options.isEmpty()) {
          return mask('*', 0);
        }
        int character = options.codePointAt(0);
        String rest = options.substring(Character.charCount(character));
        if (rest.isEmpty()) {
          return mask(character, 0);
        }
        if (rest.charAt(0) != ':') {
          throw new IllegalArgumentException(
              "mask expects mask[:C[:N]] with one character C, got '" + s + "'");
        }
        return mask(character, number(rest.substring(1), "mask", s));
      }
      case "replace" -> {
        return replace(options);
      }
      case "hash" -> {
        return hash(options == null ? DEFAULT_HASH_HEX_DIGITS : number(options, "hash", s));
      }
      default ->
          throw new IllegalArgumentException(
              "unknown transform '"
                  + name
                  + "'; known: keep, redact, mask[:C[:N]], replace[:TEXT], hash[:N], tokenize");
    }
  }

  private static int number(String text, String kind, String spec) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          kind + ": '" + text + "' is not a number in '" + spec + "'");
    }
  }

  /** The command-line form, e.g. {@code mask:*:4}. */
  public String spec() {
    return switch (kind) {
      case MASK -> "mask:" + Character.toString(mask) + ":" + kept;
      case REPLACE -> text == null ? "replace" : "replace:" + text;
      case HASH -> hexDigits == DEFAULT_HASH_HEX_DIGITS ? "hash" : "hash:" + hexDigits;
      default -> kind.label();
    };
  }
}
