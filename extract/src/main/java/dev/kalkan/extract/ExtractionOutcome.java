package dev.kalkan.extract;

import java.util.List;

/**
 * The result of scanning one file with {@link DocumentScanner}: how much was read and every gap.
 *
 * @param bytesRead bytes of the file read
 * @param members parts reported (the file and its members)
 * @param gaps what was not fully scanned, in the order met; copied
 */
public record ExtractionOutcome(long bytesRead, int members, List<ScanGap> gaps) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException when a count is negative
   */
  public ExtractionOutcome {
    gaps = List.copyOf(gaps);
    if (bytesRead < 0 || members < 0) {
      throw new IllegalArgumentException("negative count: " + bytesRead + ", " + members);
    }
  }

  /** True when every part of the file was scanned to its end: no gap. */
  public boolean fullyScanned() {
    return gaps.isEmpty();
  }
}
