package dev.kalkan.deid;

import java.util.Locale;

/**
 * The structure {@link Redactor} keeps while it rewrites: plain text (everything but the findings
 * byte for byte), JSON (valid JSON of the same shape) or delimited values (the same columns; comma
 * or tab separated, RFC 4180 quoting).
 */
public enum ContentFormat {
  TEXT,
  JSON,
  CSV;

  /**
   * Parses {@code text}, {@code json} or {@code csv}; {@code auto} gives null (detect it).
   *
   * @throws IllegalArgumentException for anything else
   */
  public static ContentFormat parse(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "auto" -> null;
      case "text" -> TEXT;
      case "json" -> JSON;
      case "csv", "tsv" -> CSV;
      default ->
          throw new IllegalArgumentException(
              "unknown format '" + name + "'; known: auto, text, json, csv");
    };
  }

  /**
   * The format of content named {@code fileName} (may be null, e.g. standard input): by extension
   * ({@code .json}, {@code .jsonl}, {@code .ndjson}; {@code .csv}, {@code .tsv}), else JSON when the
   * first character other than white space is {@code {} or {@code [}, delimited values when the
   * first two lines have the same number (at least one) of tabs, as flat-file reports do, else text.
   */
  public static ContentFormat detect(String fileName, String content) {
    if (fileName != null) {
      String name = fileName.toLowerCase(Locale.ROOT);
      if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
        return JSON;
      }
      if (name.endsWith(".csv") || name.endsWith(".tsv")) {
        return CSV;
      }
    }
    int i = 0;
    while (i < content.length()
        && (Character.isWhitespace(content.charAt(i)) || content.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (i < content.length() && (content.charAt(i) == '{' || content.charAt(i) == '[')) {
      return JSON;
    }
    int firstEnd = content.indexOf('\n');
    if (firstEnd > 0) {
      int secondEnd = content.indexOf('\n', firstEnd + 1);
      String first = content.substring(0, firstEnd);
      String second = content.substring(firstEnd + 1, secondEnd < 0 ? content.length() : secondEnd);
      long tabs = first.chars().filter(c -> c == '\t').count();
      if (tabs > 0 && tabs == second.chars().filter(c -> c == '\t').count()) {
        return CSV;
      }
    }
    return TEXT;
  }
}
