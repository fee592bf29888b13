package dev.kalkan.detect.edm;

import java.nio.file.Path;
import java.util.Locale;

/** The formats a records file can have. */
public enum RecordFormat {
  /**
   * Comma-separated values (RFC 4180) with a header line; a header with more semicolons or tabs
   * than commas sets that delimiter instead. Fields may be quoted, with {@code ""} for a quote and
   * line breaks inside quotes.
   */
  CSV,
  /** JSON lines: one flat JSON object per line, keys as headers, strings or numbers as values. */
  JSONL;

  /** The format a file name suggests: {@code .jsonl}, {@code .ndjson}, {@code .json} or CSV. */
  public static RecordFormat forFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")
        ? JSONL
        : CSV;
  }

  /**
   * The format with this name, ignoring case.
   *
   * @throws IllegalArgumentException when there is none
   */
  public static RecordFormat parse(String name) {
    for (RecordFormat f : values()) {
      if (f.name().equalsIgnoreCase(name.strip())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown records format '" + name + "'; use csv or jsonl");
  }
}
