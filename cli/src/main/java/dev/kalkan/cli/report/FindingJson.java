package dev.kalkan.cli.report;

import dev.kalkan.detect.Finding;
import dev.kalkan.detect.InfoType;
import java.io.IOException;

/**
 * Writes the members of a finding object that the json and jsonl formats share, in contract order:
 * {@code infoType, category, classification, likelihood, start, end, line, column}, {@code field}
 * when non-null, {@code preview}, and {@code value} only when values are shown.
 */
final class FindingJson {
  private FindingJson() {}

  /** Writes the members without braces, the first one without a leading comma. */
  static void writeMembers(JsonOutput json, Finding finding, boolean showValues)
      throws IOException {
    InfoType type = finding.infoType();
    json.raw("\"infoType\":");
    json.string(type.name());
    json.raw(",\"category\":");
    json.string(type.category().name());
    json.raw(",\"classification\":");
    json.string(type.classification().name());
    json.raw(",\"likelihood\":");
    json.string(finding.likelihood().name());
    json.raw(",\"start\":");
    json.number(finding.start());
    json.raw(",\"end\":");
    json.number(finding.end());
    json.raw(",\"line\":");
    json.number(finding.line());
    json.raw(",\"column\":");
    json.number(finding.column());
    if (finding.field() != null) {
      json.raw(",\"field\":");
      json.string(finding.field());
    }
    json.raw(",\"preview\":");
    json.string(finding.preview());
    if (showValues) {
      json.raw(",\"value\":");
      json.string(ClearValue.of(finding));
    }
  }
}
