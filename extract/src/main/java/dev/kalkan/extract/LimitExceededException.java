package dev.kalkan.extract;

import dev.kalkan.extract.ScanGap.Reason;
import java.io.IOException;

/**
 * A limit of {@link ExtractionLimits} was reached. An {@link IOException}, so that it passes
 * through the input streams parsers read; parsers may wrap it, so the budget that threw it also
 * remembers it.
 */
final class LimitExceededException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Reason reason;

  LimitExceededException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  Reason reason() {
    return reason;
  }
}
