package dev.kalkan.policy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where content goes: a URL (a web upload, an API call), an email recipient, a bare host (a proxy
 * tunnel) or nothing known. Immutable; built only through the factories, which parse and
 * canonicalise the host (see {@link #host()}), so that rules compare one spelling per host.
 *
 * <p>A URL is read as browsers read it (the WHATWG URL standard): a backslash ends the authority
 * like a slash, the host follows the last {@code @} of the authority, and IPv4 addresses may be
 * written in short, octal or hex forms. Its {@link #target()} keeps scheme, host, port and path,
 * and drops user info, query and fragment, which may carry secrets.
 */
public final class Destination {
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):[/\\\\]{2}");
  private static final Destination NONE = new Destination(Kind.NONE, "", "", "");

  /** What kind of address a destination has. */
  public enum Kind {
    /** A URL: {@link #host()} and a path. */
    URL,
    /** An email recipient: {@link #host()} is the address's domain. */
    EMAIL,
    /** A host without a URL, such as the target of a proxy tunnel. */
    HOST,
    /** Nothing known about the destination. */
    NONE
  }

  private final Kind kind;
  private final String host;
  private final String target;
  private final String path;

  private Destination(Kind kind, String host, String target, String path) {
    this.kind = kind;
    this.host = host;
    this.target = target;
    this.path = path;
  }

  /**
   * The destination of a URL such as {@code https://www.dropbox.com/upload}; a URL without a scheme
   * ({@code dropbox.com/upload}) is read as one with its host first.
   *
   * @throws IllegalArgumentException when the URL has no valid host or an invalid port
   */
  public static Destination url(String url) {
    Objects.requireNonNull(url, "url");
    String text = url.strip();
    String scheme = "";
    Matcher m = SCHEME.matcher(text);
    int start = 0;
    if (m.find()) {
      scheme = m.group(1).toLowerCase(Locale.ROOT);
      start = m.end();
    } else if (text.startsWith("//")) {
      start = 2;
    }
    int end = start;
    while (end < text.length() && "/\\?#".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    String authority = text.substring(start, end);
    authority = authority.substring(authority.lastIndexOf('@') + 1);
    String hostText = authority;
    String port = "";
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("invalid URL '" + url + "': unclosed IPv6 address");
      }
      hostText = authority.substring(0, close + 1);
      port = portOf(authority.substring(close + 1), url);
    } else if (authority.indexOf(':') >= 0) {
      hostText = authority.substring(0, authority.indexOf(':'));
      port = portOf(authority.substring(authority.indexOf(':')), url);
    }
    if (hostText.isEmpty()) {
      throw new IllegalArgumentException("invalid URL '" + url + "': no host");
    }
    String host;
    try {
      host = HostName.canonical(percentDecode(hostText));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid URL '" + url + "': " + e.getMessage());
    }
    int pathEnd = end;
    while (pathEnd < text.length() && "?#".indexOf(text.charAt(pathEnd)) < 0) {
      pathEnd++;
    }
    String rawPath = text.substring(end, pathEnd).replace('\\', '/');
    if (rawPath.isEmpty()) {
      rawPath = "/";
    }
    String shownHost = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    String target =
        (scheme.isEmpty() ? "" : scheme + "://") + shownHost + (port.isEmpty() ? "" : ":" + port);
    return new Destination(Kind.URL, host, target + rawPath, percentDecode(rawPath));
  }

  /**
   * The destination of an email recipient such as {@code Jane.Doe@Example.COM} or {@code
   * <jane@example.com>}; the domain is canonicalised, the local part kept as written.
   *
   * @throws IllegalArgumentException when it is not {@code local@domain} with a valid domain
   */
  public static Destination email(String address) {
    Objects.requireNonNull(address, "address");
    String text = address.strip();
    if (text.startsWith("<") && text.endsWith(">")) {
      text = text.substring(1, text.length() - 1).strip();
    }
    int at = text.lastIndexOf('@');
    if (at <= 0 || at == text.length() - 1) {
      throw new IllegalArgumentException("invalid email address: expected local-part@domain");
    }
    String domain = text.substring(at + 1);
    if (domain.regionMatches(true, 0, "[IPv6:", 0, 6) && domain.endsWith("]")) {
      domain = "[" + domain.substring(6);
    }
    String host;
    try {
      host = HostName.canonical(domain);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid email address: " + e.getMessage());
    }
    String shown = host.indexOf(':') >= 0 || HostName.isIpAddress(host) ? "[" + host + "]" : host;
    return new Destination(Kind.EMAIL, host, text.substring(0, at) + "@" + shown, "");
  }

  /**
   * The destination of a bare host, such as a proxy's {@code CONNECT dropbox.com:443}; a port, if
   * given, is dropped.
   *
   * @throws IllegalArgumentException when it is not a valid host name or IP address
   */
  public static Destination host(String host) {
    Objects.requireNonNull(host, "host");
    Destination parsed = url("//" + host.strip());
    return new Destination(Kind.HOST, parsed.host, parsed.host, "");
  }

  /** The destination of content whose destination is not known. */
  public static Destination none() {
    return NONE;
  }

  /** What kind of destination this is. */
  public Kind kind() {
    return kind;
  }

  /**
   * The canonical host: lower-case ASCII without trailing dot (IDNs in punycode), or an IP address
   * (IPv4 dotted decimal, IPv6 without brackets); the email domain for {@link Kind#EMAIL}; empty
   * for {@link Kind#NONE}.
   */
  public String host() {
    return host;
  }

  /**
   * How the destination reads in decisions and records: a URL without user info, query and
   * fragment; an email address; a host; empty for {@link Kind#NONE}.
   */
  public String target() {
    return target;
  }

  /** The URL's path, percent-decoded, starting with {@code /}; empty for other kinds. */
  String path() {
    return path;
  }

  private static String portOf(String text, String url) {
    if (text.isEmpty()) {
      return "";
    }
    String digits = text.substring(1);
    if (!text.startsWith(":")
        || !digits.matches("[0-9]{0,5}")
        || (!digits.isEmpty() && Integer.parseInt(digits) > 65535)) {
      throw new IllegalArgumentException("invalid URL '" + url + "': invalid port");
    }
    return digits;
  }

  /** Decodes {@code %XX} escapes as UTF-8; malformed escapes stay as written. */
  private static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int hi = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
      int lo = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
      if (c == '%' && hi >= 0 && lo >= 0) {
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Destination other
        && kind == other.kind
        && host.equals(other.host)
        && target.equals(other.target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, host, target);
  }

  @Override
  public String toString() {
    return kind == Kind.NONE ? "no destination" : target;
  }
}
