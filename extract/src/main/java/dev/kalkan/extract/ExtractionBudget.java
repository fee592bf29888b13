package dev.kalkan.extract;

import dev.kalkan.extract.ScanGap.Reason;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The resources one file may use: bytes extracted, expansion, time. Shared by the thread that
 * extracts and the one that watches the clock. Once tripped it stays tripped: every later read or
 * text event fails, so a parser stops at its next read however it handles exceptions, and the first
 * reason is the one reported.
 */
final class ExtractionBudget {
  private final ExtractionLimits limits;
  private final long fileSize;
  private final AtomicLong input = new AtomicLong();
  private final AtomicLong extracted = new AtomicLong();
  private volatile LimitExceededException tripped;

  /**
   * @param fileSize the size of the file when known, else -1 (then the bytes read so far count)
   */
  ExtractionBudget(ExtractionLimits limits, long fileSize) {
    this.limits = limits;
    this.fileSize = fileSize;
  }

  ExtractionLimits limits() {
    return limits;
  }

  /** Counts bytes read from the file itself. */
  void addInput(int n) throws LimitExceededException {
    check();
    input.addAndGet(n);
  }

  long inputBytes() {
    return input.get();
  }

  /** Counts bytes extracted from a member; fails when the size or expansion limit is passed. */
  void addExtracted(int n) throws LimitExceededException {
    check();
    long total = extracted.addAndGet(n);
    if (total > limits.maxExtractedBytes()) {
      throw trip(
          Reason.SIZE_LIMIT,
          "more than " + mib(limits.maxExtractedBytes()) + " extracted from one file");
    }
    long base = Math.max(1, fileSize >= 0 ? fileSize : input.get());
    if (total > ExtractionLimits.RATIO_FLOOR
        && total / base >= limits.maxExpansionRatio()
        && total > base * limits.maxExpansionRatio()) {
      throw trip(
          Reason.EXPANSION_LIMIT,
          "expands more than "
              + limits.maxExpansionRatio()
              + " times its size (a zip bomb?); extraction stopped");
    }
  }

  long extractedBytes() {
    return extracted.get();
  }

  /** Fails when the budget was tripped, by this thread or the watchdog. */
  void check() throws LimitExceededException {
    LimitExceededException t = tripped;
    if (t != null) {
      throw t;
    }
  }

  /** Trips the budget (first reason wins) and returns the exception to throw. */
  LimitExceededException trip(Reason reason, String message) {
    synchronized (this) {
      if (tripped == null) {
        tripped = new LimitExceededException(reason, message);
      }
      return tripped;
    }
  }

  /** The limit that stopped extraction, or null. */
  LimitExceededException tripped() {
    return tripped;
  }

  static String mib(long bytes) {
    return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
  }
}
