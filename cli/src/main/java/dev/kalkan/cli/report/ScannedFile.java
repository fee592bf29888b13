package dev.kalkan.cli.report;

import dev.kalkan.detect.Classification;
import dev.kalkan.detect.Finding;
import dev.kalkan.extract.ScanGap;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of scanning one file (or one archive member, or standard input).
 *
 * <p>A {@link Status#SCANNED} file has no message; the other statuses carry the reason. A {@link
 * Status#SKIPPED_BINARY} file has no findings; an {@link Status#ERROR} or {@link
 * Status#NOT_FULLY_SCANNED} file may carry the findings made before the error or limit, and every
 * format reports them like any other.
 *
 * @param path the path as walked ({@code -} for standard input, {@code outer.zip!/inner/file.txt}
 *     for archive members)
 * @param status what happened to the file
 * @param message why the file was skipped or failed, or null when it was scanned
 * @param bytes how many bytes were read
 * @param findings the reported findings, in the order the scanner made them; copied
 * @param gap why a {@link Status#NOT_FULLY_SCANNED} file was not fully scanned; null otherwise
 */
public record ScannedFile(
    String path, Status status, String message, long bytes, List<Finding> findings, ScanGap gap) {

  /** What happened to a file. */
  public enum Status {
    /** Read and scanned to the end. */
    SCANNED,
    /** Not scanned because its content is binary. */
    SKIPPED_BINARY,
    /** Could not be read or scanned to the end. */
    ERROR,
    /**
     * Read, but a part could not be scanned: a limit was hit (zip bomb, depth, size, time), or it
     * is encrypted, unsupported or corrupt. Its message is the gap's.
     */
    NOT_FULLY_SCANNED
  }

  /** A file without a gap. */
  public ScannedFile(
      String path, Status status, String message, long bytes, List<Finding> findings) {
    this(path, status, message, bytes, findings, null);
  }

  /** A file or member not fully scanned, with the findings made in what was read. */
  public static ScannedFile notFullyScanned(ScanGap gap, long bytes, List<Finding> findings) {
    return new ScannedFile(
        gap.path(), Status.NOT_FULLY_SCANNED, gap.message(), bytes, findings, gap);
  }

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException when the message does not fit the status, bytes are negative,
   *     or a skipped file has findings
   */
  public ScannedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(status, "status");
    findings = List.copyOf(findings);
    if (bytes < 0) {
      throw new IllegalArgumentException("negative byte count " + bytes + " for " + path);
    }
    if ((status == Status.SCANNED) != (message == null)) {
      throw new IllegalArgumentException(
          "a " + status + " file takes " + (message == null ? "a message" : "no message"));
    }
    if ((status == Status.NOT_FULLY_SCANNED) != (gap != null)) {
      throw new IllegalArgumentException("a gap goes with status NOT_FULLY_SCANNED: " + path);
    }
    if (status == Status.SKIPPED_BINARY && !findings.isEmpty()) {
      throw new IllegalArgumentException("a skipped file has no findings: " + path);
    }
  }

  /** The highest classification among the findings' infoTypes; PUBLIC when there is none. */
  public Classification classification() {
    Classification highest = Classification.PUBLIC;
    for (Finding finding : findings) {
      highest = highest.max(finding.infoType().classification());
    }
    return highest;
  }
}
