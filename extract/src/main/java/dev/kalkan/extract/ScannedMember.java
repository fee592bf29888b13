package dev.kalkan.extract;

import dev.kalkan.detect.Finding;
import java.util.List;
import java.util.Objects;

/**
 * The findings of one part of a file: the file itself, or one member of an archive, mail or
 * document. Offsets, lines and columns of findings count in the member's extracted text (for
 * legacy-encoded text, in the text after decoding).
 *
 * @param path {@code file} for the file itself, {@code file!/member} for a member, {@code
 *     file!/member!/inner} for members of members; compression layers (gzip, bzip2, xz) are not
 *     named: a finding in {@code logs.tar.gz} member {@code a.csv} is in {@code logs.tar.gz!/a.csv}
 * @param bytes bytes of the member as read (decompressed)
 * @param findings in the order the scanner made them; copied
 * @param gap why the member was not fully scanned, or null when it was
 * @param binary true for content of an unknown binary format, from which no text can be extracted
 *     (it has no findings and no gap: there is nothing Kalkan could have read)
 */
public record ScannedMember(
    String path, long bytes, List<Finding> findings, ScanGap gap, boolean binary) {

  /** A member whose text was extracted (fully, or up to its gap). */
  public ScannedMember(String path, long bytes, List<Finding> findings, ScanGap gap) {
    this(path, bytes, findings, gap, false);
  }

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException when bytes are negative or the gap names another path
   */
  public ScannedMember {
    Objects.requireNonNull(path, "path");
    findings = List.copyOf(findings);
    if (bytes < 0) {
      throw new IllegalArgumentException("negative byte count " + bytes + " for " + path);
    }
    if (binary && (gap != null || !findings.isEmpty())) {
      throw new IllegalArgumentException("a binary member has no findings and no gap: " + path);
    }
    if (gap != null && !gap.path().equals(path)) {
      throw new IllegalArgumentException("gap of " + gap.path() + " on member " + path);
    }
  }

  /** True when the member was scanned to its end. */
  public boolean fullyScanned() {
    return gap == null;
  }
}
