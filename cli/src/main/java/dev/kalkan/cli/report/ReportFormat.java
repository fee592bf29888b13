package dev.kalkan.cli.report;

import java.util.Locale;
import java.util.Objects;

/** The output formats of {@code kalkan scan --format}. */
public enum ReportFormat {
  /** Lines for people, with a summary line at the end. */
  TEXT,
  /** One JSON document with the files that have findings and a summary. */
  JSON,
  /** One JSON object per finding, one per line. */
  JSONL,
  /** SARIF 2.1.0, for code hosting and CI annotations; never carries clear values. */
  SARIF;

  /**
   * Parses a format name as given on the command line, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted formats when {@code text} is none of them
   */
  public static ReportFormat parse(String text) {
    Objects.requireNonNull(text, "format");
    String name = text.trim();
    for (ReportFormat format : values()) {
      if (format.name().equalsIgnoreCase(name)) {
        return format;
      }
    }
    StringBuilder choices = new StringBuilder();
    for (ReportFormat format : values()) {
      choices.append(choices.isEmpty() ? "" : ", ").append(format.name().toLowerCase(Locale.ROOT));
    }
    throw new IllegalArgumentException("unknown format '" + text + "': expected one of " + choices);
  }
}
