package dev.kalkan.cli.report;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The totals of one {@code kalkan scan} run, given to {@link ReportWriter#finish}.
 *
 * @param filesScanned files read and scanned to the end
 * @param filesSkipped files not scanned because they are binary
 * @param filesWithErrors files that could not be read or scanned to the end
 * @param bytesScanned bytes read
 * @param findings findings reported
 * @param findingsByInfoType findings reported per infoType name; copied, iterates in name order
 * @param elapsed wall time of the scan
 * @param filesNotFullyScanned files and archive members not fully scanned (limits, encryption,
 *     corrupt content); also counted in {@code filesScanned}
 */
public record ScanSummary(
    long filesScanned,
    long filesSkipped,
    long filesWithErrors,
    long bytesScanned,
    long findings,
    Map<String, Long> findingsByInfoType,
    Duration elapsed,
    long filesNotFullyScanned) {

  /** Totals of a scan in which every file was fully scanned or failed. */
  public ScanSummary(
      long filesScanned,
      long filesSkipped,
      long filesWithErrors,
      long bytesScanned,
      long findings,
      Map<String, Long> findingsByInfoType,
      Duration elapsed) {
    this(
        filesScanned,
        filesSkipped,
        filesWithErrors,
        bytesScanned,
        findings,
        findingsByInfoType,
        elapsed,
        0);
  }

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException when a count or the duration is negative, or the counts per
   *     infoType do not add up to {@code findings}
   */
  public ScanSummary {
    requireNotNegative("filesScanned", filesScanned);
    requireNotNegative("filesSkipped", filesSkipped);
    requireNotNegative("filesWithErrors", filesWithErrors);
    requireNotNegative("bytesScanned", bytesScanned);
    requireNotNegative("findings", findings);
    requireNotNegative("filesNotFullyScanned", filesNotFullyScanned);
    Objects.requireNonNull(elapsed, "elapsed");
    if (elapsed.isNegative()) {
      throw new IllegalArgumentException("negative elapsed time " + elapsed);
    }
    TreeMap<String, Long> byType = new TreeMap<>();
    long sum = 0;
    for (Map.Entry<String, Long> entry : findingsByInfoType.entrySet()) {
      long count = Objects.requireNonNull(entry.getValue(), entry.getKey());
      requireNotNegative("findings of " + entry.getKey(), count);
      byType.put(entry.getKey(), count);
      sum += count;
    }
    if (sum != findings) {
      throw new IllegalArgumentException(
          "findings per infoType add up to " + sum + ", not to findings = " + findings);
    }
    findingsByInfoType = Collections.unmodifiableSortedMap(byType);
  }

  private static void requireNotNegative(String name, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " is negative: " + value);
    }
  }
}
