package dev.kalkan.icap;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * An encapsulated HTTP message head (request or status line and header fields) with its exact
 * bytes, so that a message passed unchanged is echoed byte for byte.
 */
final class HttpHead {
  private final byte[] raw;
  private final String startLine;
  private final HeaderFields fields;

  private HttpHead(byte[] raw, String startLine, HeaderFields fields) {
    this.raw = raw;
    this.startLine = startLine;
    this.fields = fields;
  }

  /**
   * Parses {@code len} bytes at {@code off}, which must be exactly one head ending in an empty line
   * (that is what the {@code Encapsulated} offsets promise).
   *
   * @throws IcapException when the bytes are not such a head
   */
  static HttpHead parse(byte[] b, int off, int len, int maxFields) throws IcapException {
    if (len < 4
        || b[off + len - 4] != '\r'
        || b[off + len - 3] != '\n'
        || b[off + len - 2] != '\r'
        || b[off + len - 1] != '\n') {
      throw IcapException.badRequest("Encapsulated offsets do not match the HTTP headers");
    }
    String text = IcapInput.latin1(b, off, len - 4);
    String[] lines = text.split("\r\n", -1);
    for (String line : lines) {
      if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
        throw IcapException.badRequest("bare CR or LF in the HTTP headers");
      }
    }
    if (lines.length - 1 > maxFields) {
      throw IcapException.badRequest("more than " + maxFields + " HTTP header fields");
    }
    if (!lines[0].startsWith("HTTP/") && lines[0].split(" ", -1).length != 3) {
      throw IcapException.badRequest("bad HTTP start line");
    }
    HeaderFields fields = new HeaderFields();
    for (int i = 1; i < lines.length; i++) {
      fields.addLine(lines[i]);
    }
    byte[] raw = new byte[len];
    System.arraycopy(b, off, raw, 0, len);
    return new HttpHead(raw, lines[0], fields);
  }

  byte[] raw() {
    return raw;
  }

  String header(String name) {
    return fields.get(name);
  }

  String method() {
    return startLine.substring(0, Math.max(0, startLine.indexOf(' ')));
  }

  /** The request target as sent (an absolute URL when the proxy sent it). */
  String target() {
    String[] p = startLine.split(" ", 3);
    return p.length > 1 ? p[1] : "";
  }

  /** The absolute URL of a request head: the target, or {@code http://Host} + target. */
  String url() {
    String target = target();
    if (target.startsWith("http://") || target.startsWith("https://")) {
      return target;
    }
    String host = header("Host");
    return "http://" + (host == null ? "" : host) + target;
  }

  /** The destination host of a request head, lower case without port. */
  String host() {
    String authority = null;
    try {
      URI uri = URI.create(url().replace(" ", "%20"));
      authority = uri.getHost();
    } catch (IllegalArgumentException e) {
      // fall back to the Host header
    }
    if (authority == null) {
      String h = header("Host");
      authority = h == null ? "" : h;
      if (authority.startsWith("[")) {
        authority = authority.substring(1, Math.max(1, authority.indexOf(']')));
      } else if (authority.indexOf(':') >= 0) {
        authority = authority.substring(0, authority.indexOf(':'));
      }
    }
    if (authority.startsWith("[") && authority.endsWith("]")) {
      authority = authority.substring(1, authority.length() - 1);
    }
    return authority.toLowerCase(Locale.ROOT);
  }

  /**
   * This head with {@code Content-Length} set to {@code length} and the fields named in {@code
   * drop} (and any {@code Transfer-Encoding}) removed; for a rewritten body.
   */
  HttpHead withBody(long length, Set<String> drop) {
    StringBuilder out = new StringBuilder(raw.length + 32).append(startLine).append("\r\n");
    HeaderFields kept = new HeaderFields();
    for (int i = 0; i < fields.size(); i++) {
      String name = fields.name(i);
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.equals("content-length")
          || lower.equals("transfer-encoding")
          || drop.contains(lower)) {
        continue;
      }
      kept.add(name, fields.value(i));
      out.append(name).append(": ").append(fields.value(i)).append("\r\n");
    }
    kept.add("Content-Length", Long.toString(length));
    out.append("Content-Length: ").append(length).append("\r\n\r\n");
    return new HttpHead(out.toString().getBytes(StandardCharsets.ISO_8859_1), startLine, kept);
  }

  /** A response head for a page generated here. */
  static HttpHead response(int status, String reason, HeaderFields fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String start = "HTTP/1.1 " + status + " " + reason;
    StringBuilder s = new StringBuilder(start).append("\r\n");
    for (int i = 0; i < fields.size(); i++) {
      s.append(fields.name(i)).append(": ").append(fields.value(i)).append("\r\n");
    }
    s.append("\r\n");
    out.writeBytes(s.toString().getBytes(StandardCharsets.ISO_8859_1));
    return new HttpHead(out.toByteArray(), start, fields);
  }
}
