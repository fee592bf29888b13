package dev.kalkan.cli.report;

import dev.kalkan.detect.Finding;
import dev.kalkan.detect.PlaintextAccess;

/**
 * The one place in this package that reads clear values. Callers: the text, json and jsonl writers
 * when the user asked for {@code --show-values}, and {@link SarifRegion}, which measures a value to
 * find where it ends and keeps nothing of it.
 */
final class ClearValue {
  private ClearValue() {}

  static String of(Finding finding) {
    return finding.value(PlaintextAccess.explicitlyRequested());
  }
}
