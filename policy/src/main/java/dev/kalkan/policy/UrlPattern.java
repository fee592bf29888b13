package dev.kalkan.policy;

import com.google.re2j.Pattern;
import java.util.Locale;

/**
 * A glob over a URL's host and path, such as {@code *.dropbox.com/upload/**}: {@code *} matches any
 * run of characters other than {@code /}, {@code **} matches anything, {@code ?} one character
 * other than {@code /}; everything else is literal. Compared ignoring case against {@code host +
 * path}, the host canonical (see {@link Destination#host()}) and the path percent-decoded; a
 * pattern without {@code /} matches the host with any path. Compiled to RE2, so matching takes
 * linear time whatever the URL. Immutable.
 */
final class UrlPattern {
  private final String glob;
  private final Pattern regex;

  /**
   * A pattern from its glob.
   *
   * @throws IllegalArgumentException when it is empty or has a scheme
   */
  UrlPattern(String glob) {
    String text = glob.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a URL pattern must not be empty");
    }
    if (text.contains("://")) {
      throw new IllegalArgumentException(
          "URL patterns match host and path: write '"
              + text.substring(text.indexOf("://") + 3)
              + "' without the scheme");
    }
    this.glob = text;
    this.regex = compile(text);
  }

  /** The glob as written. */
  String glob() {
    return glob;
  }

  boolean matches(Destination destination) {
    return destination.kind() == Destination.Kind.URL
        && regex.matches(destination.host() + destination.path());
  }

  private static Pattern compile(String glob) {
    String text = glob.toLowerCase(Locale.ROOT);
    if (text.indexOf('/') < 0) {
      text = text + "/**";
    }
    StringBuilder regex = new StringBuilder();
    int[] points = text.codePoints().toArray();
    for (int i = 0; i < points.length; i++) {
      int c = points[i];
      if (c == '*' && i + 1 < points.length && points[i + 1] == '*') {
        regex.append(".*");
        i++;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else if (Character.isLetterOrDigit(c)) {
        regex.appendCodePoint(c);
      } else {
        regex.append("\\x{").append(Integer.toHexString(c)).append('}');
      }
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UrlPattern other && glob.equals(other.glob);
  }

  @Override
  public int hashCode() {
    return glob.hashCode();
  }

  @Override
  public String toString() {
    return glob;
  }
}
