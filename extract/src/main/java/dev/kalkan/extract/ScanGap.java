package dev.kalkan.extract;

import java.util.Objects;

/**
 * Content that was not fully scanned, and why. A DLP must not let unscannable content through
 * silently: callers report every gap, and a policy may treat one as a violation. Findings made in
 * the part that was scanned are reported as usual.
 *
 * @param path the file or member, named as in findings ({@code outer.zip!/inner/file.xlsx})
 * @param reason why the scan stopped or could not start
 * @param message one line for people; never contains scanned content
 */
public record ScanGap(String path, Reason reason, String message) {

  /** Why content was not fully scanned. */
  public enum Reason {
    /** Containers nested deeper than {@link ExtractionLimits#maxDepth()}. */
    DEPTH_LIMIT,
    /** Expanded more than {@link ExtractionLimits#maxExpansionRatio()} times: a zip bomb. */
    EXPANSION_LIMIT,
    /** More than {@link ExtractionLimits#maxExtractedBytes()} or a member's text limit. */
    SIZE_LIMIT,
    /** Took longer than {@link ExtractionLimits#timeout()}; the parse was abandoned. */
    TIME_LIMIT,
    /** XML that expands entities beyond the parser's limits (billion laughs) or declares them. */
    XML_LIMIT,
    /** Encrypted or password-protected. */
    ENCRYPTED,
    /** A format Kalkan cannot open (RAR, whose decoder is not open source). */
    UNSUPPORTED,
    /** Truncated, corrupt or otherwise unparseable; or the parser failed. */
    CORRUPT,
    /** Encoded content still found at {@link ExtractionLimits#maxDecodingDepth()}. */
    DECODING_LIMIT
  }

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException when the message is blank or spans lines
   */
  public ScanGap {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    if (message.isBlank() || message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a gap's message is one non-blank line: " + message);
    }
  }
}
