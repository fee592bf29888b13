package dev.kalkan.cli.report;

import dev.kalkan.detect.Finding;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the members of a finding object that the json and jsonl formats share, in contract order:
 * {@code infoType, category, classification, likelihood, start, end, line, column}, {@code field}
 * when non-null, {@code decoded} (the encodings removed, such as {@code base64>gzip}) for a finding
 * in decoded content, whose position is then that of the encoded span, {@code preview}, and {@code
 * value} only when values are shown.
 */
final class FindingJson {
  /**
   * The members from {@code infoType} to {@code likelihood} as JSON text, per type and likelihood:
   * they repeat for every finding of a type, so they are escaped once. Types are few (the built-ins
   * and the operator's), so the cache stays small.
   */
  private static final Map<InfoType, String[]> HEADS = new ConcurrentHashMap<>();

  private FindingJson() {}

  /** Writes the members without braces, the first one without a leading comma. */
  static void writeMembers(JsonOutput json, Finding finding, boolean showValues)
      throws IOException {
    json.raw(
        HEADS
            .computeIfAbsent(finding.infoType(), FindingJson::heads)[
            finding.likelihood().ordinal()]);
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
    if (finding.decoding() != null) {
      json.raw(",\"decoded\":");
      json.string(finding.decoding());
    }
    json.raw(",\"preview\":");
    json.string(finding.preview());
    if (showValues) {
      json.raw(",\"value\":");
      json.string(ClearValue.of(finding));
    }
  }

  private static String[] heads(InfoType type) {
    Likelihood[] levels = Likelihood.values();
    String[] heads = new String[levels.length];
    for (Likelihood level : levels) {
      StringWriter text = new StringWriter();
      JsonOutput out = new JsonOutput(text);
      try {
        out.raw("\"infoType\":");
        out.string(type.name());
        out.raw(",\"category\":");
        out.string(type.category().name());
        out.raw(",\"classification\":");
        out.string(type.classification().name());
        out.raw(",\"likelihood\":");
        out.string(level.name());
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringWriter does not fail
      }
      heads[level.ordinal()] = text.toString();
    }
    return heads;
  }
}
