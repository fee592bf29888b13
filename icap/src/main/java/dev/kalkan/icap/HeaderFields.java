package dev.kalkan.icap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Header fields in the order received, looked up case-insensitively. Not thread-safe. */
final class HeaderFields {
  private final List<String> names = new ArrayList<>();
  private final List<String> values = new ArrayList<>();

  /**
   * Parses one {@code Name: value} line and adds it.
   *
   * @throws IcapException when the line has no colon, an empty or invalid name
   */
  void addLine(String line) throws IcapException {
    int colon = line.indexOf(':');
    if (colon <= 0) {
      throw IcapException.badRequest("header line without a name and colon");
    }
    String name = line.substring(0, colon);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= ' ' || c >= 127) {
        throw IcapException.badRequest("invalid character in a header name");
      }
    }
    names.add(name);
    values.add(line.substring(colon + 1).strip());
  }

  void add(String name, String value) {
    names.add(name);
    values.add(value);
  }

  int size() {
    return names.size();
  }

  String name(int i) {
    return names.get(i);
  }

  String value(int i) {
    return values.get(i);
  }

  /** The first value of {@code name}, or null. */
  String get(String name) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(name)) {
        return values.get(i);
      }
    }
    return null;
  }

  /** True when a comma-separated header {@code name} contains {@code token}. */
  boolean hasToken(String name, String token) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(name)) {
        for (String t : values.get(i).split(",")) {
          if (t.strip().toLowerCase(Locale.ROOT).equals(token)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
