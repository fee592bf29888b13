package dev.kalkan.detect.structure;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** The structured formats whose fields Kalkan follows; {@link #TEXT} for everything else. */
public enum StructuredFormat {
  JSON,
  /** Newline-delimited JSON, also JSON records in log lines. */
  NDJSON,
  CSV,
  TSV,
  YAML,
  ENV,
  PROPERTIES,
  TEXT;

  /** Lines of the head looked at when sniffing. */
  private static final int SNIFF_LINES = 20;

  private static final Pattern ENV_LINE = Pattern.compile("(export\\s+)?[A-Za-z_][A-Za-z0-9_]*=.*");
  private static final Pattern PROPERTIES_LINE =
      Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+\\s*[=:].*");
  private static final Pattern YAML_LINE =
      Pattern.compile("(- .*|-|[A-Za-z_][A-Za-z0-9_.-]*:( .*)?|\\s+.*|#.*)");
  private static final Pattern JSON_ARRAY =
      Pattern.compile("\\[\\s*([\\[{\"\\]\\d-]|true\\b|false\\b|null\\b)");
  private static final Pattern YAML_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*:( .*)?");

  /**
   * The format of content, from its file name first and then from its first bytes; {@link #TEXT}
   * when unsure. Sniffing applies to names without a structured extension, such as {@code .txt},
   * {@code .log} or no extension at all: Amazon's flat-file reports are tab-separated {@code .txt}.
   *
   * @param fileName the name or path, with {@code !} separating archive members; may be null
   * @param head the first bytes of the content (UTF-8)
   * @param headLength how many bytes of {@code head} are content
   */
  public static StructuredFormat detect(String fileName, byte[] head, int headLength) {
    Objects.checkFromIndexSize(0, headLength, head.length);
    StructuredFormat byName = byName(fileName);
    if (byName != null) {
      return byName;
    }
    if (fileName != null && !sniffable(fileName)) {
      return TEXT;
    }
    return sniff(new String(head, 0, headLength, StandardCharsets.UTF_8));
  }

  private static String baseName(String fileName) {
    int cut =
        Math.max(
            fileName.lastIndexOf('/'),
            Math.max(fileName.lastIndexOf('\\'), fileName.lastIndexOf('!')));
    return fileName.substring(cut + 1).toLowerCase(Locale.ROOT);
  }

  private static StructuredFormat byName(String fileName) {
    if (fileName == null) {
      return null;
    }
    String name = baseName(fileName);
    if (name.equals(".env") || name.startsWith(".env.") || name.endsWith(".env")) {
      return ENV;
    }
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return switch (ext) {
      case "json", "geojson", "har" -> JSON;
      case "jsonl", "ndjson", "jsonlines" -> NDJSON;
      case "csv" -> CSV;
      case "tsv", "tab" -> TSV;
      case "yaml", "yml" -> YAML;
      case "properties" -> PROPERTIES;
      default -> null;
    };
  }

  private static boolean sniffable(String fileName) {
    String name = baseName(fileName);
    int dot = name.lastIndexOf('.');
    if (dot <= 0) {
      return true;
    }
    return switch (name.substring(dot + 1)) {
      case "txt", "log", "out", "dat", "data", "text", "flat" -> true;
      default -> false;
    };
  }

  private static StructuredFormat sniff(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<String> lines = lines(body);
    String trimmed = body.stripLeading();
    if (trimmed.startsWith("{")) {
      return lines.size() >= 2 && jsonRecords(lines) ? NDJSON : JSON;
    }
    if (trimmed.startsWith("[") && JSON_ARRAY.matcher(trimmed).lookingAt()) {
      return JSON;
    }
    if (lines.size() >= 2 && mostlyJsonRecords(lines)) {
      return NDJSON;
    }
    if (body.startsWith("---\n") || body.startsWith("---\r\n") || body.startsWith("%YAML")) {
      return YAML;
    }
    if (lines.size() < 2) {
      return TEXT;
    }
    if (all(lines, ENV_LINE)) {
      return ENV;
    }
    if (all(lines, PROPERTIES_LINE)) {
      return PROPERTIES;
    }
    if (consistent(lines, '\t', 1)) {
      return TSV;
    }
    if (consistent(lines, ',', 2) || consistent(lines, ';', 2)) {
      return CSV;
    }
    if (all(lines, YAML_LINE) && YAML_KEY.matcher(lines.get(0)).matches()) {
      return YAML;
    }
    return TEXT;
  }

  /**
   * Complete lines of the head (the last, possibly cut, line only when it is the only one), without
   * trailing spaces and carriage returns; trailing tabs stay, as they separate empty TSV cells.
   */
  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (out.size() < SNIFF_LINES) {
      int nl = text.indexOf('\n', from);
      if (nl < 0) {
        if (out.isEmpty() && from < text.length()) {
          out.add(stripEnd(text.substring(from)));
        }
        break;
      }
      String line = stripEnd(text.substring(from, nl));
      if (!line.isBlank()) {
        out.add(line);
      }
      from = nl + 1;
    }
    return out;
  }

  private static String stripEnd(String line) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\r')) {
      end--;
    }
    return line.substring(0, end);
  }

  /** Every line holds one JSON object, alone or after a prefix (log lines). */
  private static boolean jsonRecords(List<String> lines) {
    return records(lines) == lines.size();
  }

  /**
   * At least four lines in five hold a JSON object (a log whose records are JSON but for a few
   * plain lines, such as a start-up banner or a stack trace line). The plain lines are then not
   * read as prose: their patterns are still found, names in them are not.
   */
  private static boolean mostlyJsonRecords(List<String> lines) {
    int records = records(lines);
    return records >= 2 && records * 5 >= lines.size() * 4;
  }

  private static int records(List<String> lines) {
    int n = 0;
    for (String line : lines) {
      if (line.indexOf('{') >= 0 && line.endsWith("}")) {
        n++;
      }
    }
    return n;
  }

  private static boolean all(List<String> lines, Pattern pattern) {
    for (String line : lines) {
      if (!line.startsWith("#") && !pattern.matcher(line).matches()) {
        return false;
      }
    }
    return true;
  }

  /** The header has at least {@code min} separators and every line has as many (outside quotes). */
  private static boolean consistent(List<String> lines, char separator, int min) {
    int expected = count(lines.get(0), separator);
    if (expected < min) {
      return false;
    }
    for (String line : lines) {
      if (count(line, separator) != expected) {
        return false;
      }
    }
    return true;
  }

  private static int count(String line, char separator) {
    int n = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' && separator != '\t') {
        quoted = !quoted;
      } else if (c == separator && !quoted) {
        n++;
      }
    }
    return n;
  }
}
