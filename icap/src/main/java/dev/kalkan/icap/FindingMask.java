package dev.kalkan.icap;

import dev.kalkan.detect.Finding;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What the deciders of this package share: masking findings in a body, incident references. */
final class FindingMask {
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final Set<String> REWRITABLE =
      Set.of(
          "application/json",
          "application/x-ndjson",
          "text/plain",
          "text/csv",
          "application/xml",
          "text/xml");

  private FindingMask() {}

  /** True for body types that stay valid when a finding is replaced by a marker. */
  static boolean rewritable(String contentType) {
    String base = contentType.toLowerCase(Locale.ROOT);
    int semi = base.indexOf(';');
    return REWRITABLE.contains((semi < 0 ? base : base.substring(0, semi)).strip());
  }

  /**
   * The text with each finding (code-point offsets, in order) replaced by {@code [REDACTED:TYPE]},
   * as UTF-8.
   */
  static byte[] mask(String text, List<Finding> findings) {
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    long cp = 0;
    for (Finding f : findings) {
      if (f.start() < cp) {
        continue;
      }
      int start = text.offsetByCodePoints(at, (int) (f.start() - cp));
      int end = text.offsetByCodePoints(start, (int) (f.end() - f.start()));
      out.append(text, at, start).append("[REDACTED:").append(f.infoType().name()).append(']');
      at = end;
      cp = f.end();
    }
    out.append(text, at, text.length());
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A new incident reference: {@code KLK-} and ten unambiguous letters and digits. */
  static String reference(SecureRandom random) {
    StringBuilder s = new StringBuilder("KLK-");
    for (int i = 0; i < 10; i++) {
      s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }
}
