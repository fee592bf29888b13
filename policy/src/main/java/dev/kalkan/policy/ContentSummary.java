package dev.kalkan.policy;

import dev.kalkan.detect.Classification;
import dev.kalkan.detect.Finding;
import dev.kalkan.detect.ScannerSettings;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a policy may know about content: its classification and how many findings of each infoType
 * it holds, never a value. Content that could not be read whole (an encrypted archive, a file over
 * the size limit) is not fully scanned and says why.
 *
 * @param classification the content's classification (the highest among its findings)
 * @param infoTypeCounts number of findings per infoType name; iterates in name order
 * @param fullyScanned false when part of the content could not be scanned
 * @param notScannedReason why not, when not fully scanned (such as {@code "encrypted archive"});
 *     null when fully scanned
 */
public record ContentSummary(
    Classification classification,
    Map<String, Integer> infoTypeCounts,
    boolean fullyScanned,
    String notScannedReason) {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException when a count is negative, a name not an infoType name, or the
   *     reason is missing for content not fully scanned or present for content fully scanned
   */
  public ContentSummary {
    Objects.requireNonNull(classification, "classification");
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (Map.Entry<String, Integer> entry : infoTypeCounts.entrySet()) {
      String name = Objects.requireNonNull(entry.getKey(), "infoType name");
      int count = Objects.requireNonNull(entry.getValue(), "count");
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "infoType name '" + name + "' must match [A-Z][A-Z0-9_]* (at most 64 characters)");
      }
      if (count < 0) {
        throw new IllegalArgumentException("count of " + name + " must not be negative");
      }
      counts.put(name, count);
    }
    infoTypeCounts = Collections.unmodifiableMap(counts);
    if (fullyScanned && notScannedReason != null) {
      throw new IllegalArgumentException("fully scanned content has no reason for not scanning");
    }
    if (!fullyScanned && (notScannedReason == null || notScannedReason.isBlank())) {
      throw new IllegalArgumentException("content not fully scanned needs a reason");
    }
  }

  /** Fully scanned content with these counts. */
  public static ContentSummary scanned(
      Classification classification, Map<String, Integer> infoTypeCounts) {
    return new ContentSummary(classification, infoTypeCounts, true, null);
  }

  /**
   * The summary of fully scanned content with these findings: counts per infoType, and the highest
   * classification among them under {@code settings} (which may raise a type's classification);
   * {@code PUBLIC} when there is none.
   */
  public static ContentSummary of(Collection<Finding> findings, ScannerSettings settings) {
    Classification classification = Classification.PUBLIC;
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (Finding finding : findings) {
      classification = classification.max(settings.classificationOf(finding.infoType()));
      counts.merge(finding.infoType().name(), 1, Integer::sum);
    }
    return scanned(classification, counts);
  }

  /** This summary for content of which a part could not be scanned, for {@code reason}. */
  public ContentSummary notFullyScanned(String reason) {
    return new ContentSummary(classification, infoTypeCounts, false, reason);
  }

  /** The number of findings of {@code infoType}; 0 when none. */
  public int count(String infoType) {
    return infoTypeCounts.getOrDefault(infoType, 0);
  }
}
