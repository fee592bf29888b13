package dev.kalkan.cli.report;

import java.io.File;
import java.nio.charset.StandardCharsets;

/**
 * Turns a path as walked into a SARIF {@code artifactLocation.uri} (RFC 3986): a relative reference
 * with forward slashes and without a leading {@code ./}, or a {@code file:} URI for an absolute
 * path. Every byte of the UTF-8 form outside the unreserved characters, the sub-delimiters,
 * {@code @} and {@code /} is percent-encoded, {@code :} included, so that a first segment such as
 * {@code c:notes} cannot read as a scheme.
 */
final class ArtifactUri {
  private static final boolean[] KEEP = new boolean[128];

  static {
    String keep = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@/";
    for (int i = 0; i < keep.length(); i++) {
      KEEP[keep.charAt(i)] = true;
    }
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private ArtifactUri() {}

  /** The URI of {@code path} on this platform. */
  static String of(String path) {
    return of(path, File.separatorChar);
  }

  /** The URI of {@code path} where {@code separator} separates names. */
  static String of(String path, char separator) {
    String slashed = path.replace(separator, '/');
    StringBuilder uri = new StringBuilder(slashed.length() + 16);
    int from = 0;
    if (slashed.startsWith("/")) {
      uri.append("file://");
    } else if (separator == '\\' && isDrive(slashed)) {
      uri.append("file:///").append(slashed, 0, 2);
      from = 2;
    } else {
      while (slashed.startsWith("./", from)) {
        from += 2;
      }
    }
    for (byte b : slashed.substring(from).getBytes(StandardCharsets.UTF_8)) {
      int unsigned = b & 0xFF;
      if (unsigned < 128 && KEEP[unsigned]) {
        uri.append((char) unsigned);
      } else {
        uri.append('%').append(HEX[unsigned >> 4]).append(HEX[unsigned & 0xF]);
      }
    }
    return uri.toString();
  }

  private static boolean isDrive(String path) {
    return path.length() >= 3
        && ((path.charAt(0) | 0x20) >= 'a' && (path.charAt(0) | 0x20) <= 'z')
        && path.charAt(1) == ':'
        && path.charAt(2) == '/';
  }
}
