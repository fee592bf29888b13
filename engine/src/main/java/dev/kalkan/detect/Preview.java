package dev.kalkan.detect;

/**
 * Masked forms of detected values that cannot reveal them: enough to recognise a value one already
 * knows (the last digits of a card, the first letter of an address), never enough to recover it.
 */
public final class Preview {
  private static final int KEEP_DIGITS = 4;

  private Preview() {}

  /** Returns the masked form of {@code value} for its type. */
  public static String of(InfoType type, String value) {
    if (value.isEmpty()) {
      return value;
    }
    if (type.category() == Category.CREDENTIAL) {
      return maskAfterPrefix(value, credentialPrefixLength(type, value));
    }
    return switch (type.name()) {
      case "EMAIL_ADDRESS", "AMAZON_BUYER_EMAIL" -> email(value);
      case "PERSON_NAME", "STREET_ADDRESS" -> initials(value);
      case "ASIN", "AMAZON_MARKETPLACE_ID" -> value; // PUBLIC identifiers Amazon publishes
      default -> keepLastDigits(value);
    };
  }

  private static int credentialPrefixLength(InfoType type, String value) {
    String[] prefixes = {
      "amzn1.application-oa2-client.",
      "amzn1.oa2-cs.v1.",
      "Atz.sprdt|",
      "Atzr|",
      "Atza|",
      "amzn.mws.",
    };
    for (String prefix : prefixes) {
      if (value.startsWith(prefix)) {
        return prefix.length();
      }
    }
    if (type.name().equals("AWS_ACCESS_KEY_ID") && value.length() > 4) {
      return 4;
    }
    return 0;
  }

  private static String maskAfterPrefix(String value, int prefix) {
    StringBuilder out = new StringBuilder(value.length());
    out.append(value, 0, prefix);
    out.repeat('*', Math.min(value.length() - prefix, 16));
    return out.toString();
  }

  private static String email(String value) {
    int at = value.lastIndexOf('@');
    int dot = value.lastIndexOf('.');
    if (at <= 0 || dot < at) {
      return "*".repeat(Math.min(value.length(), 16));
    }
    return value.charAt(0)
        + "***@"
        + (dot > at + 1 ? value.charAt(at + 1) + "***" : "")
        + value.substring(dot);
  }

  private static String initials(String value) {
    StringBuilder out = new StringBuilder(value.length());
    boolean wordStart = true;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        if (wordStart) {
          out.appendCodePoint(cp);
        } else {
          out.append('*');
        }
        wordStart = false;
      } else {
        out.appendCodePoint(cp);
        wordStart = true;
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** Masks every letter and digit but the last four digits, when the value is long enough. */
  private static String keepLastDigits(String value) {
    int digits = 0;
    for (int i = 0; i < value.length(); i++) {
      if (Character.isDigit(value.charAt(i))) {
        digits++;
      }
    }
    int keep = digits >= 3 * KEEP_DIGITS ? KEEP_DIGITS : 0;
    char[] out = value.toCharArray();
    int seen = 0;
    for (int i = out.length - 1; i >= 0; i--) {
      char c = out[i];
      if (Character.isDigit(c) && seen < keep) {
        seen++;
      } else if (Character.isLetterOrDigit(c)) {
        out[i] = '*';
      }
    }
    return new String(out);
  }
}
