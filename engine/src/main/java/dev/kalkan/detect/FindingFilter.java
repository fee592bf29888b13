package dev.kalkan.detect;

import dev.kalkan.detect.custom.ValueExclusions;
import java.util.Set;

/**
 * Decides which candidates become findings: minimum likelihood, the types asked for, disabled
 * built-ins, allowlisted and excluded values. Immutable.
 */
final class FindingFilter {
  private final Likelihood minimum;
  private final Set<String> only;
  private final Set<String> disabled;
  private final Set<String> allowlist;
  private final ValueExclusions exclusions;

  FindingFilter(ScannerSettings settings) {
    this.minimum = settings.minLikelihood();
    this.only = settings.infoTypes();
    this.disabled = settings.disabledBuiltIns();
    this.allowlist = settings.allowlist();
    this.exclusions = ValueExclusions.compile(settings.excludedValuePatterns());
  }

  boolean reports(InfoType type, Likelihood likelihood) {
    return likelihood.atLeast(minimum)
        && (only.isEmpty() || only.contains(type.name()))
        && (disabled.isEmpty() || !disabled.contains(type.name()));
  }

  boolean reportsValue(String value) {
    return (allowlist.isEmpty() || !allowlist.contains(value)) && !exclusions.excludes(value);
  }
}
