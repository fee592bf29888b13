package dev.kalkan.detect.validate;

/**
 * Textual IP addresses: IPv4 dotted quads and the IPv6 text forms of RFC 4291 section 2.2.
 *
 * <p>Choices: IPv4 octets with leading zeros ({@code 010}) are rejected because their meaning is
 * ambiguous (octal in some resolvers). IPv6 accepts an RFC 4007 zone id ({@code fe80::1%eth0}) of
 * unreserved URI characters, so a detector can validate and report the address with its zone in one
 * span; it rejects the unspecified address {@code ::} written alone, which carries no information.
 * Prefix lengths ({@code /64}) are not part of an address and are rejected.
 */
public final class IpAddress {
  private static final int MAX_V6_LENGTH = 45;
  private static final int MAX_ZONE_LENGTH = 64;

  private IpAddress() {}

  /**
   * True when {@code s} is exactly four decimal octets 0-255 separated by dots, with no leading
   * zero except in {@code 0} itself, and nothing else (no spaces, no prefix length).
   */
  public static boolean isValidV4(CharSequence s) {
    return s != null && isV4(s, 0, s.length());
  }

  /**
   * True when {@code s} is an IPv6 address in one of the RFC 4291 text forms: eight groups of one
   * to four hex digits, or fewer with {@code ::} standing for one or more zero groups exactly once,
   * optionally ending in an embedded dotted-quad IPv4 address that counts as two groups; optionally
   * followed by {@code %} and a zone id of ASCII letters, digits and {@code -._~}. False for {@code
   * ::} alone, for brackets, prefix lengths, and anything else.
   */
  public static boolean isValidV6(CharSequence s) {
    if (s == null || s.length() > MAX_V6_LENGTH + 1 + MAX_ZONE_LENGTH) {
      return false;
    }
    int end = indexOfZone(s);
    if (end < s.length() && !isZone(s, end + 1, s.length())) {
      return false;
    }
    return end <= MAX_V6_LENGTH && isV6(s, end);
  }

  /**
   * True when {@code v4}, a valid dotted quad, looks like a version number or a placeholder rather
   * than an address someone uses: every octet a single digit ({@code 1.0.0.0}, {@code 2.3.1.4};
   * this also covers public resolvers such as {@code 8.8.8.8}, which identify nobody), or a first
   * octet of 0 ("this network", not routable, as in {@code 0.9.2.1}). {@code 0.0.0.0} is kept as an
   * address (it is the conventional bind-all address), as are loopback, private, link-local and
   * broadcast addresses. False when {@code v4} is not a valid dotted quad.
   */
  public static boolean isLikelyVersionOrNonAddress(CharSequence v4) {
    if (!isValidV4(v4) || "0.0.0.0".contentEquals(v4)) {
      return false;
    }
    return v4.length() == 7 || v4.charAt(0) == '0';
  }

  private static boolean isV4(CharSequence s, int from, int to) {
    int octets = 0;
    int i = from;
    while (true) {
      int start = i;
      int value = 0;
      while (i < to && i - start < 3 && Digits.isDigit(s.charAt(i))) {
        value = value * 10 + (s.charAt(i) - '0');
        i++;
      }
      int digits = i - start;
      if (digits == 0 || (digits > 1 && s.charAt(start) == '0') || value > 255) {
        return false;
      }
      octets++;
      if (i == to) {
        return octets == 4;
      }
      if (octets == 4 || s.charAt(i) != '.') {
        return false;
      }
      i++;
    }
  }

  private static int indexOfZone(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '%') {
        return i;
      }
    }
    return s.length();
  }

  private static boolean isZone(CharSequence s, int from, int to) {
    if (from == to || to - from > MAX_ZONE_LENGTH) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      boolean unreserved =
          Digits.isDigit(c)
              || (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      if (!unreserved) {
        return false;
      }
    }
    return true;
  }

  private static boolean isV6(CharSequence s, int end) {
    int groups = 0;
    boolean compressed = false;
    int i = 0;
    if (end >= 2 && s.charAt(0) == ':' && s.charAt(1) == ':') {
      compressed = true;
      i = 2;
    }
    while (i < end) {
      int start = i;
      while (i < end && i - start < 5 && isHex(s.charAt(i))) {
        i++;
      }
      if (i < end && s.charAt(i) == '.') {
        if (!isV4(s, start, end)) {
          return false;
        }
        groups += 2;
        break;
      }
      if (i == start || i - start > 4) {
        return false;
      }
      groups++;
      if (i == end) {
        break;
      }
      if (s.charAt(i) != ':') {
        return false;
      }
      i++;
      if (i < end && s.charAt(i) == ':') {
        if (compressed) {
          return false;
        }
        compressed = true;
        i++;
      } else if (i == end) {
        return false;
      }
    }
    return groups > 0 && (compressed ? groups <= 7 : groups == 8);
  }

  private static boolean isHex(char c) {
    return Digits.isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
