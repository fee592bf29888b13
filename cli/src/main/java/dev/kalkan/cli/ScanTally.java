package dev.kalkan.cli;

import dev.kalkan.cli.report.ScannedFile;
import dev.kalkan.detect.Finding;
import java.util.Map;
import java.util.TreeMap;

/**
 * Running totals of a scan. Written by the one thread that reports results; read by the progress
 * line, which tolerates slightly stale values.
 */
final class ScanTally {
  private volatile long filesScanned;
  private volatile long filesSkipped;
  private volatile long filesWithErrors;
  private volatile long filesNotFullyScanned;
  private volatile long bytesScanned;
  private volatile long findings;
  private final Map<String, Long> byInfoType = new TreeMap<>();

  void add(ScannedFile file) {
    switch (file.status()) {
      case SCANNED -> filesScanned++;
      case SKIPPED_BINARY -> filesSkipped++;
      case ERROR -> filesWithErrors++;
      case NOT_FULLY_SCANNED -> {
        filesScanned++;
        filesNotFullyScanned++;
      }
    }
    bytesScanned += file.bytes();
    findings += file.findings().size();
    for (Finding f : file.findings()) {
      byInfoType.merge(f.infoType().name(), 1L, Long::sum);
    }
  }

  long filesScanned() {
    return filesScanned;
  }

  long filesSkipped() {
    return filesSkipped;
  }

  long filesWithErrors() {
    return filesWithErrors;
  }

  long filesNotFullyScanned() {
    return filesNotFullyScanned;
  }

  long bytesScanned() {
    return bytesScanned;
  }

  long findings() {
    return findings;
  }

  Map<String, Long> findingsByInfoType() {
    return Map.copyOf(byInfoType);
  }
}
