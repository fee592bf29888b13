package dev.kalkan.detect.config;

import dev.kalkan.detect.Classification;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.ScannerSettings;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a configuration file says: the scanner's settings and what only a file walker or a
 * report needs.
 *
 * @param settings what the scanner detects and reports
 * @param excludedPaths glob patterns ({@link java.nio.file.FileSystem#getPathMatcher} syntax,
 *     without the {@code glob:} prefix) of paths not to scan
 * @param raisedClassifications built-in type names whose classification the operator raised, each
 *     mapped to a classification above the type's default
 */
public record ScanConfig(
    ScannerSettings settings,
    List<String> excludedPaths,
    Map<String, Classification> raisedClassifications) {

  public ScanConfig {
    Objects.requireNonNull(settings, "settings");
    excludedPaths = List.copyOf(excludedPaths);
    raisedClassifications = Map.copyOf(raisedClassifications);
  }

  /** The classification findings of {@code type} give content, taking raised ones into account. */
  public Classification classificationOf(InfoType type) {
    return raisedClassifications.getOrDefault(type.name(), type.classification());
  }
}
