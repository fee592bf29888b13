package dev.kalkan.detect.config;

import dev.kalkan.detect.ScannerSettings;
import java.util.List;
import java.util.Objects;

/**
 * Everything a configuration file says: the scanner's settings and what only a file walker or a
 * report needs.
 *
 * @param settings what the scanner detects and reports
 * @param excludedPaths glob patterns ({@link java.nio.file.FileSystem#getPathMatcher} syntax,
 *     without the {@code glob:} prefix) of paths not to scan
 */
public record ScanConfig(ScannerSettings settings, List<String> excludedPaths) {

  public ScanConfig {
    Objects.requireNonNull(settings, "settings");
    excludedPaths = List.copyOf(excludedPaths);
  }
}
