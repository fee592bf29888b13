package dev.kalkan.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits that keep a hostile file from taking the scanner down. A file that hits one is
 * reported as not fully scanned ({@link ScanGap}); what was extracted before the limit is still
 * scanned.
 *
 * @param maxDepth containers opened inside one another, counting every archive, compression layer
 *     and document with attachments (a file on disk is depth 0, a member of a zip depth 1)
 * @param maxExpansionRatio bytes extracted from one file per byte of the file, checked once more
 *     than {@value #RATIO_FLOOR} bytes were extracted (zip bombs)
 * @param maxExtractedBytes bytes extracted from one file, all members together
 * @param maxTextBytes UTF-8 bytes of text kept for one member (a document, a text file in a legacy
 *     encoding, one decoded span)
 * @param timeout wall time for one file; a parse still running then is abandoned
 * @param maxDecodingDepth encodings removed one inside another (base64 of gzip of base64: 3)
 */
public record ExtractionLimits(
    int maxDepth,
    long maxExpansionRatio,
    long maxExtractedBytes,
    int maxTextBytes,
    Duration timeout,
    int maxDecodingDepth) {

  /** Bytes a file may expand to before {@link #maxExpansionRatio} applies. */
  public static final long RATIO_FLOOR = 1 << 20;

  /**
   * Validates the limits.
   *
   * @throws IllegalArgumentException when a limit is not positive (the decoding depth may be 0: no
   *     decoding)
   */
  public ExtractionLimits {
    Objects.requireNonNull(timeout, "timeout");
    requirePositive("maxDepth", maxDepth);
    requirePositive("maxExpansionRatio", maxExpansionRatio);
    requirePositive("maxExtractedBytes", maxExtractedBytes);
    requirePositive("maxTextBytes", maxTextBytes);
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    if (maxDecodingDepth < 0 || maxDecodingDepth > 8) {
      throw new IllegalArgumentException(
          "maxDecodingDepth must be between 0 and 8, was " + maxDecodingDepth);
    }
  }

  /**
   * Depth 10, ratio 100, 1 GiB extracted and 64 MiB of text per member, 60 seconds per file, three
   * encodings deep.
   */
  public static ExtractionLimits defaults() {
    return new ExtractionLimits(10, 100, 1L << 30, 64 << 20, Duration.ofSeconds(60), 3);
  }

  public ExtractionLimits withMaxDepth(int depth) {
    return new ExtractionLimits(
        depth, maxExpansionRatio, maxExtractedBytes, maxTextBytes, timeout, maxDecodingDepth);
  }

  public ExtractionLimits withMaxExpansionRatio(long ratio) {
    return new ExtractionLimits(
        maxDepth, ratio, maxExtractedBytes, maxTextBytes, timeout, maxDecodingDepth);
  }

  public ExtractionLimits withMaxExtractedBytes(long bytes) {
    return new ExtractionLimits(
        maxDepth, maxExpansionRatio, bytes, maxTextBytes, timeout, maxDecodingDepth);
  }

  public ExtractionLimits withMaxTextBytes(int bytes) {
    return new ExtractionLimits(
        maxDepth, maxExpansionRatio, maxExtractedBytes, bytes, timeout, maxDecodingDepth);
  }

  public ExtractionLimits withTimeout(Duration limit) {
    return new ExtractionLimits(
        maxDepth, maxExpansionRatio, maxExtractedBytes, maxTextBytes, limit, maxDecodingDepth);
  }

  public ExtractionLimits withMaxDecodingDepth(int depth) {
    return new ExtractionLimits(
        maxDepth, maxExpansionRatio, maxExtractedBytes, maxTextBytes, timeout, depth);
  }

  private static void requirePositive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}
