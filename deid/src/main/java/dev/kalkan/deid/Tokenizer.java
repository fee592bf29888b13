package dev.kalkan.deid;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.kalkan.detect.Category;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.validate.Iban;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Format-preserving, reversible tokens: FF1 (NIST SP 800-38G) with AES-256 over the letters and
 * digits of a value, every other character kept in place.
 *
 * <p>The alphabet follows the value: digits only are encrypted in radix 10, letters only in radix
 * 26 (each position keeps its case), lower-case letters and digits in radix 36, both cases and
 * digits in radix 62. A few characters stay in clear so that a token keeps its kind: an email's
 * top-level domain, an Amazon relay address's domain, a phone number's {@code +} and country code
 * and leading zeros, a card's first digit, an IBAN's country, an ASIN's {@code B0}. The tweak is
 * the infoType's name, a 0 byte and the value's skeleton (its clear characters and case pattern),
 * so the same value in the same form always gives the same token, and tokens of different types are
 * unrelated.
 *
 * <p>Cycle walking (Black and Rogaway) keeps tokens in the type's valid set: the cipher is applied
 * again until the result has the same character classes and leading-zero property as the value and
 * {@link ShapeCheck} recognises it as the type (a Luhn-valid card with a known IIN, a valid phone
 * number, an IBAN with valid check digits). Decryption walks back until it reaches a value that
 * passes the same test; both directions stop after {@value #MAX_WALK} candidates of the value's
 * form were checked, or {@value #MAX_STEPS} steps. Email tokens also carry a keyed tag: {@code +}
 * and {@value #TAG_LENGTH} base32 characters before the {@code @}, computed with the key's PRF from
 * the type and the rest of the token, so a changed email token or a wrong key is detected; other
 * types have no room for a tag.
 *
 * <p>Not thread-safe (one cipher); create one per thread.
 */
final class Tokenizer {
  static final int MAX_WALK = 5000;

  /**
   * Cipher steps a walk may take in all. Only candidates of the value's form that pass a cheap
   * necessary test of the type ({@link #plausible}) count towards {@link #MAX_WALK}: a GB IBAN,
   * whose check digits must come out as digits and mod-97 valid, needs about 1,300 steps on average
   * and failed within 5,000 for about 3% of keys.
   */
  static final int MAX_STEPS = 200_000;

  static final int TAG_LENGTH = 6;

  private static final String TAG_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
  private static final String DIGITS = "0123456789";
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private final DeidKey key;
  private final Ff1 ff1;
  private final ShapeCheck shapes;

  Tokenizer(DeidKey key, ShapeCheck shapes) {
    this.key = key;
    this.shapes = shapes;
    this.ff1 = new Ff1(key.derive("kalkan-deid/v1/ff1-aes-256", new byte[0]));
  }

  /**
   * A necessary condition of {@link ShapeCheck#recognises} that costs no scan: an IBAN's check
   * digits and mod-97 checksum. Other types: true.
   */
  private static boolean plausible(InfoType type, String candidate) {
    return !type.name().equals("IBAN_CODE")
        || Iban.isValid(candidate.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT));
  }

  /** Why {@code tokenize} is refused for a type, or null when it is allowed. */
  static String whyNotTokenizable(String infoType) {
    InfoType builtIn = InfoType.builtIn(infoType).orElse(null);
    if (builtIn == null) {
      return null;
    }
    if (builtIn.category() == Category.CREDENTIAL) {
      return "tokenize: "
          + infoType
          + " is a credential; a token would still have to pass as one. Use redact, replace or"
          + " hash";
    }
    return switch (infoType) {
      case "PERSON_NAME", "STREET_ADDRESS" ->
          "tokenize: "
              + infoType
              + " values are found by registered data or by their field, not by their form, so"
              + " tokens could not be found again to detokenize them. Use hash or replace";
      case "AMAZON_MARKETPLACE_ID" ->
          "tokenize: marketplace ids are a fixed public list; use keep or replace";
      default -> null;
    };
  }

  /** Result of {@link #tokenize}: the token, or why the value has none. */
  record Outcome(String token, String failure) {}

  /** The token of {@code value}, a value of {@code type}, or the reason there is none. */
  Outcome tokenize(InfoType type, String value) {
    if (type.name().equals("IP_ADDRESS") && Ipv4.parse(value) != null) {
      return tokenizeIpv4(type, value);
    }
    Layout layout = Layout.of(type, value);
    if (layout == null || !Ff1.domainLargeEnough(layout.radix, layout.positions.length)) {
      return new Outcome(null, "too few letters and digits for format-preserving encryption");
    }
    if (!shapes.recognises(type, value)) {
      return new Outcome(null, "not recognisable as " + type.name() + " on its own");
    }
    byte[] tweak = layout.tweak(type, value);
    int[] x = layout.numerals(value);
    for (int step = 0, checks = 0; step < MAX_STEPS && checks < MAX_WALK; step++) {
      x = ff1.encrypt(layout.radix, tweak, x);
      String candidate = layout.render(value, x);
      if (layout.sameClasses(value, candidate) && plausible(type, candidate)) {
        checks++;
        if (shapes.recognises(type, candidate)) {
          return new Outcome(isEmail(type) ? withTag(type, candidate) : candidate, null);
        }
      }
    }
    return new Outcome(null, "no token of the same form within " + MAX_WALK + " checks");
  }

  /**
   * The value a token stands for, or null when {@code found} (a finding of {@code type}) is not a
   * token: an email without a tag.
   *
   * @throws DeidException when an email's tag does not verify or a token does not decrypt to a
   *     value of its type: the token was changed, or the key is not the one it was made with
   */
  String detokenize(InfoType type, String found) throws DeidException {
    String token = found;
    if (isEmail(type)) {
      int at = found.lastIndexOf('@');
      int plus = at - TAG_LENGTH - 1;
      if (plus < 1 || found.charAt(plus) != '+' || !isTag(found, plus + 1, at)) {
        return null;
      }
      token = found.substring(0, plus) + found.substring(at);
      if (!withTag(type, token).equals(found)) {
        throw new DeidException(
            "its keyed tag does not match: the token was changed, or this is not the key it was"
                + " made with");
      }
    }
    if (type.name().equals("IP_ADDRESS") && Ipv4.parse(token) != null) {
      return detokenizeIpv4(type, token);
    }
    Layout layout = Layout.of(type, token);
    if (layout == null || !Ff1.domainLargeEnough(layout.radix, layout.positions.length)) {
      throw new DeidException("it is too short to be a token");
    }
    byte[] tweak = layout.tweak(type, token);
    int[] x = layout.numerals(token);
    for (int step = 0, checks = 0; step < MAX_STEPS && checks < MAX_WALK; step++) {
      x = ff1.decrypt(layout.radix, tweak, x);
      String candidate = layout.render(token, x);
      if (layout.sameClasses(token, candidate) && plausible(type, candidate)) {
        checks++;
        if (shapes.recognises(type, candidate)) {
          return candidate;
        }
      }
    }
    throw new DeidException(
        "it does not decrypt to a " + type.name() + ": it was changed, or the key is wrong");
  }

  /**
   * An IPv4 address (with an optional suffix such as {@code /24}, kept in clear) is encrypted as
   * its four octets in radix 256, then written in dotted decimal again: digit counts change, but a
   * token is always a valid address, which walking over the digits would rarely give.
   */
  private Outcome tokenizeIpv4(InfoType type, String value) {
    Ipv4 ip = Ipv4.parse(value);
    if (!ip.render(ip.octets).equals(value)) {
      return new Outcome(null, "leading zeros in an octet would not survive");
    }
    if (!shapes.recognises(type, value)) {
      return new Outcome(null, "not recognisable as " + type.name() + " on its own");
    }
    byte[] tweak = ip.tweak(type);
    int[] x = ip.octets;
    for (int step = 0; step < MAX_WALK; step++) {
      x = ff1.encrypt(256, tweak, x);
      String candidate = ip.render(x);
      if (shapes.recognises(type, candidate)) {
        return new Outcome(candidate, null);
      }
    }
    return new Outcome(null, "no token of the same form within " + MAX_WALK + " steps");
  }

  private String detokenizeIpv4(InfoType type, String token) throws DeidException {
    Ipv4 ip = Ipv4.parse(token);
    byte[] tweak = ip.tweak(type);
    int[] x = ip.octets;
    for (int step = 0; step < MAX_WALK; step++) {
      x = ff1.decrypt(256, tweak, x);
      String candidate = ip.render(x);
      if (shapes.recognises(type, candidate)) {
        return candidate;
      }
    }
    throw new DeidException(
        "it does not decrypt to a " + type.name() + ": it was changed, or the key is wrong");
  }

  /** Four decimal octets and what follows them. */
  private record Ipv4(int[] octets, String suffix) {
    static Ipv4 parse(String value) {
      int[] octets = new int[4];
      int i = 0;
      for (int k = 0; k < 4; k++) {
        int start = i;
        int v = 0;
        while (i < value.length() && i - start < 3 && Layout.isDigit(value.charAt(i))) {
          v = v * 10 + (value.charAt(i) - '0');
          i++;
        }
        if (i == start || v > 255) {
          return null;
        }
        octets[k] = v;
        if (k < 3) {
          if (i >= value.length() || value.charAt(i) != '.') {
            return null;
          }
          i++;
        }
      }
      if (i < value.length() && value.charAt(i) != '/' && value.charAt(i) != '%') {
        return null;
      }
      return new Ipv4(octets, value.substring(i));
    }

    String render(int[] x) {
      return x[0] + "." + x[1] + "." + x[2] + "." + x[3] + suffix;
    }

    byte[] tweak(InfoType type) {
      return (type.name() + "\0ipv4\0" + suffix).getBytes(StandardCharsets.UTF_8);
    }
  }

  private static boolean isEmail(InfoType type) {
    return type.name().equals("EMAIL_ADDRESS") || type.name().equals("AMAZON_BUYER_EMAIL");
  }

  private static boolean isTag(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (TAG_ALPHABET.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private String withTag(InfoType type, String token) {
    byte[] mac =
        key.derive(
            "kalkan-deid/v1/email-tag",
            (type.name() + "\0" + token).getBytes(StandardCharsets.UTF_8));
    long bits = 0;
    for (int i = 0; i < 4; i++) {
      bits = (bits << 8) | (mac[i] & 0xff);
    }
    StringBuilder tag = new StringBuilder(TAG_LENGTH + 1).append('+');
    for (int i = 0; i < TAG_LENGTH; i++) {
      tag.append(TAG_ALPHABET.charAt((int) ((bits >>> (27 - 5 * i)) & 31)));
    }
    int at = token.lastIndexOf('@');
    return token.substring(0, at) + tag + token.substring(at);
  }

  /** Which characters of a value are encrypted, and in which alphabet. */
  private static final class Layout {
    final int[] positions;
    final int radix;
    final String alphabet;
    final boolean caseFolded;
    final boolean[] clear;

    private Layout(int[] positions, boolean[] clear, int radix, String alphabet, boolean folded) {
      this.positions = positions;
      this.clear = clear;
      this.radix = radix;
      this.alphabet = alphabet;
      this.caseFolded = folded;
    }

    /** The layout of {@code value}, or null when it has nothing to encrypt. */
    static Layout of(InfoType type, String value) {
      boolean[] clear = new boolean[value.length()];
      keepClear(type, value, clear);
      int count = 0;
      boolean digit = false;
      boolean lower = false;
      boolean upper = false;
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (!clear[i] && isSymbol(c)) {
          count++;
          digit |= c <= '9';
          lower |= c >= 'a';
          upper |= c >= 'A' && c <= 'Z';
        }
      }
      if (count == 0) {
        return null;
      }
      int[] positions = new int[count];
      int k = 0;
      for (int i = 0; i < value.length(); i++) {
        if (!clear[i] && isSymbol(value.charAt(i))) {
          positions[k++] = i;
        }
      }
      if (!digit) {
        return new Layout(positions, clear, 26, LOWER, true);
      }
      if (!lower && !upper) {
        return new Layout(positions, clear, 10, DIGITS, false);
      }
      if (!upper) {
        return new Layout(positions, clear, 36, DIGITS + LOWER, false);
      }
      if (!lower) {
        return new Layout(positions, clear, 36, DIGITS + UPPER, false);
      }
      return new Layout(positions, clear, 62, DIGITS + UPPER + LOWER, false);
    }

    static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private static boolean isSymbol(char c) {
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static void keepClear(InfoType type, String value, boolean[] clear) {
      switch (type.name()) {
        case "EMAIL_ADDRESS" -> {
          int at = value.lastIndexOf('@');
          int dot = value.lastIndexOf('.');
          clearFrom(clear, dot > at ? dot : value.length());
        }
        case "AMAZON_BUYER_EMAIL" -> clearFrom(clear, Math.max(0, value.lastIndexOf('@')));
        case "PHONE_NUMBER" -> clearPhonePrefix(value, clear);
        case "CREDIT_CARD_NUMBER" -> clearLeadingSymbols(value, clear, 1);
        case "IBAN_CODE", "ASIN" -> clearLeadingSymbols(value, clear, 2);
        case "AMAZON_SELLER_ID" -> clearLeadingSymbols(value, clear, 1);
        default -> {}
      }
    }

    private static void clearFrom(boolean[] clear, int from) {
      for (int i = from; i < clear.length; i++) {
        clear[i] = true;
      }
    }

    private static void clearLeadingSymbols(String value, boolean[] clear, int n) {
      for (int i = 0; i < value.length() && n > 0; i++) {
        if (isSymbol(value.charAt(i))) {
          clear[i] = true;
          n--;
        }
      }
    }

    /** A phone keeps its {@code +} and country code, or its leading zeros (trunk, 00 prefix). */
    private static void clearPhonePrefix(String value, boolean[] clear) {
      int first = 0;
      while (first < value.length() && !isDigit(value.charAt(first))) {
        first++;
      }
      if (value.indexOf('+') >= 0 && value.indexOf('+') < first) {
        clearLeadingSymbols(value, clear, countryCodeLength(value, first));
        return;
      }
      for (int i = first; i < value.length() && value.charAt(i) == '0'; i++) {
        clear[i] = true;
      }
    }

    /**
     * Digits of the shortest calling code the leading digits start with (codes are prefix-free).
     */
    private static int countryCodeLength(String value, int first) {
      java.util.Set<Integer> codes = PhoneNumberUtil.getInstance().getSupportedCallingCodes();
      int code = 0;
      int digits = 0;
      for (int i = first; i < value.length() && digits < 3; i++) {
        char c = value.charAt(i);
        if (!isDigit(c)) {
          continue;
        }
        code = code * 10 + (c - '0');
        digits++;
        if (codes.contains(code)) {
          return digits;
        }
      }
      return 1;
    }

    int[] numerals(String value) {
      int[] x = new int[positions.length];
      for (int i = 0; i < positions.length; i++) {
        char c = value.charAt(positions[i]);
        x[i] = alphabet.indexOf(caseFolded ? Character.toLowerCase(c) : c);
      }
      return x;
    }

    String render(String value, int[] x) {
      char[] out = value.toCharArray();
      for (int i = 0; i < positions.length; i++) {
        char c = alphabet.charAt(x[i]);
        if (caseFolded && Character.isUpperCase(value.charAt(positions[i]))) {
          c = Character.toUpperCase(c);
        }
        out[positions[i]] = c;
      }
      return new String(out);
    }

    /** Same digit/lower/upper presence and the same leading-zero property (see class comment). */
    boolean sameClasses(String a, String b) {
      if (caseFolded || radix == 10) {
        return (a.charAt(positions[0]) == '0') == (b.charAt(positions[0]) == '0');
      }
      return classes(a) == classes(b)
          && (a.charAt(positions[0]) == '0') == (b.charAt(positions[0]) == '0');
    }

    private int classes(String s) {
      int bits = 0;
      for (int p : positions) {
        char c = s.charAt(p);
        bits |= c <= '9' ? 1 : c >= 'a' ? 2 : 4;
      }
      return bits;
    }

    /**
     * The type's name, a 0 byte, the radix, then the skeleton of {@code value}: each clear
     * character in UTF-8, each encrypted one as 0 (1 for an upper-case letter of a case-folded
     * layout). A value and its token have the same skeleton.
     */
    byte[] tweak(InfoType type, String value) {
      ByteArrayOutputStream t = new ByteArrayOutputStream();
      t.writeBytes(type.name().getBytes(StandardCharsets.US_ASCII));
      t.write(0);
      t.write(radix);
      int next = 0;
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (next < positions.length && positions[next] == i) {
          t.write(caseFolded && Character.isUpperCase(c) ? 1 : 0);
          next++;
        } else {
          t.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        }
      }
      return t.toByteArray();
    }
  }
}
