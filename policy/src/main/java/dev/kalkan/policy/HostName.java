package dev.kalkan.policy;

import java.net.IDN;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Canonical host names, so that one host has one spelling when compared: domain names in lower-case
 * ASCII (IDNs in punycode, {@code xn--…}) without the trailing root dot; IPv4 addresses as dotted
 * decimal, also when written in the shorter, octal or hex forms browsers accept ({@code 0x7f.1});
 * IPv6 addresses in Java's full form without brackets; IPv4-mapped IPv6 addresses as IPv4.
 */
final class HostName {
  private HostName() {}

  /**
   * The canonical form of {@code host}.
   *
   * @throws IllegalArgumentException when it is not a domain name or IP address
   */
  static String canonical(String host) {
    String text = host.strip();
    if (text.startsWith("[") && text.endsWith("]")) {
      return ipv6(text.substring(1, text.length() - 1), host);
    }
    if (text.indexOf(':') >= 0) {
      return ipv6(text, host);
    }
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    if (text.isEmpty()) {
      throw new IllegalArgumentException("empty host name");
    }
    String ascii;
    if (text.chars().allMatch(c -> c < 128)) {
      ascii = text.toLowerCase(Locale.ROOT);
    } else {
      try {
        ascii = IDN.toASCII(text, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("invalid host name '" + host + "'");
      }
    }
    if (ascii.endsWith(".")) {
      ascii = ascii.substring(0, ascii.length() - 1);
    }
    String ipv4 = ipv4(ascii, host);
    if (ipv4 != null) {
      return ipv4;
    }
    if (ascii.isEmpty() || ascii.length() > 253) {
      throw new IllegalArgumentException("invalid host name '" + host + "'");
    }
    for (String label : ascii.split("\\.", -1)) {
      if (label.isEmpty() || label.length() > 63 || !label.chars().allMatch(HostName::isNameChar)) {
        throw new IllegalArgumentException("invalid host name '" + host + "'");
      }
    }
    return ascii;
  }

  /** True when {@code canonical}, a result of {@link #canonical}, is an IP address. */
  static boolean isIpAddress(String canonical) {
    if (canonical.indexOf(':') >= 0) {
      return true;
    }
    for (int i = 0; i < canonical.length(); i++) {
      char c = canonical.charAt(i);
      if (c != '.' && !isDigit(c)) {
        return false;
      }
    }
    return !canonical.isEmpty();
  }

  private static boolean isNameChar(int c) {
    return (c >= 'a' && c <= 'z') || isDigit(c) || c == '-' || c == '_';
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static String ipv6(String literal, String host) {
    if (literal.isEmpty()
        || !literal.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0)) {
      throw new IllegalArgumentException("invalid IPv6 address '" + host + "'");
    }
    try {
      // The text holds ':' and hex digits only, so this parses a literal and never asks DNS.
      InetAddress address = InetAddress.getByName(literal);
      String text = address.getHostAddress();
      return address instanceof Inet6Address ? text.toLowerCase(Locale.ROOT) : text;
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("invalid IPv6 address '" + host + "'");
    }
  }

  /**
   * The dotted decimal form of a host the WHATWG URL standard reads as IPv4 (its last label is a
   * number), or null for a domain name.
   */
  private static String ipv4(String ascii, String host) {
    String[] parts = ascii.split("\\.", -1);
    if (parts.length == 0 || parseNumber(parts[parts.length - 1]) < 0) {
      return null;
    }
    if (parts.length > 4) {
      throw new IllegalArgumentException("invalid IPv4 address '" + host + "'");
    }
    long[] numbers = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      numbers[i] = parseNumber(parts[i]);
      if (numbers[i] < 0 || (i < parts.length - 1 && numbers[i] > 255)) {
        throw new IllegalArgumentException("invalid IPv4 address '" + host + "'");
      }
    }
    long last = numbers[parts.length - 1];
    if (last >= 1L << (8 * (5 - parts.length))) {
      throw new IllegalArgumentException("invalid IPv4 address '" + host + "'");
    }
    long value = last;
    for (int i = 0; i < parts.length - 1; i++) {
      value += numbers[i] << (8 * (3 - i));
    }
    return (value >> 24)
        + "."
        + ((value >> 16) & 255)
        + "."
        + ((value >> 8) & 255)
        + "."
        + (value & 255);
  }

  /** A decimal, {@code 0x} hex or leading-zero octal number up to 2^32, or -1. */
  private static long parseNumber(String part) {
    int radix = 10;
    String digits = part;
    if (part.startsWith("0x")) {
      radix = 16;
      digits = part.substring(2);
    } else if (part.length() > 1 && part.startsWith("0")) {
      radix = 8;
      digits = part.substring(1);
    }
    if (digits.isEmpty()) {
      return radix == 16 ? 0 : -1;
    }
    if (digits.length() > 11) {
      return -1;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), radix) < 0) {
        return -1;
      }
    }
    long value = Long.parseLong(digits, radix);
    return value > 0xFFFFFFFFL ? -1 : value;
  }
}
