package dev.kalkan.detect.accuracy;

import dev.kalkan.detect.InfoType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Amazon's SP-API example payloads in {@code testdata/spapi-examples} with what a scanner must
 * find in them: every order id ({@code ddd-ddddddd-ddddddd}) inside a field that {@code index.tsv}
 * lists, and every e-mail address anywhere, as {@link InfoType#AMAZON_BUYER_EMAIL} for {@code
 * @marketplace.amazon.*} addresses and {@link InfoType#EMAIL_ADDRESS} otherwise.
 */
final class SpApiExamples {
  private static final String RELATIVE = "testdata/spapi-examples";
  private static final Pattern ORDER_ID =
      Pattern.compile("(?<![\\d-])\\d{3}-\\d{7}-\\d{7}(?![\\d-])");
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  /** One example file and its text. */
  record Example(String file, String text) {}

  /** A value the scanner must report in an example: its type and code-point span. */
  record Expected(String file, InfoType type, int start, int end, String value) {}

  private SpApiExamples() {}

  /**
   * The examples directory: {@code <kalkan.sharedDir>/data/spapi-examples} when that system
   * property is set, else the first {@code testdata/spapi-examples} found in {@code user.dir} or
   * one of its ancestors.
   */
  static Optional<Path> locate() {
    String shared = System.getProperty("kalkan.sharedDir");
    if (shared != null) {
      Path dir = Path.of(shared).resolve("data/spapi-examples");
      return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }
    for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        p != null;
        p = p.getParent()) {
      Path dir = p.resolve(RELATIVE);
      if (Files.isRegularFile(dir.resolve("index.tsv"))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  /** Every JSON file under the directory, sorted by path. */
  static List<Example> load(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      List<Example> out = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        out.add(
            new Example(
                dir.relativize(f).toString().replace('\\', '/'),
                Files.readString(f, StandardCharsets.UTF_8)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the SP-API examples in " + dir, e);
    }
  }

  /** The listed fields per file, from {@code index.tsv} (column {@code pii_fields}). */
  static Map<String, List<String>> listedFields(Path dir) {
    try {
      List<String> lines = Files.readAllLines(dir.resolve("index.tsv"), StandardCharsets.UTF_8);
      List<String> header = List.of(lines.getFirst().split("\t", -1));
      int file = header.indexOf("file");
      int fields = header.indexOf("pii_fields");
      if (file < 0 || fields < 0) {
        throw new IllegalStateException("index.tsv lacks a file or pii_fields column: " + header);
      }
      Map<String, List<String>> out = new HashMap<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split("\t", -1);
        out.put(
            cells[file], cells[fields].isEmpty() ? List.of() : List.of(cells[fields].split(",")));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index.tsv in " + dir, e);
    }
  }

  /** What a scanner must find in one example. */
  static List<Expected> expectations(Example example, List<String> listedFields) {
    List<Expected> out = new ArrayList<>();
    String text = example.text();
    Map<String, JsonPointers.Span> scalars = JsonPointers.scalars(text);
    for (String pointer : listedFields) {
      JsonPointers.Span span = scalars.get(pointer);
      if (span == null) {
        throw new IllegalStateException(
            example.file() + ": index.tsv lists " + pointer + ", which the file lacks");
      }
      Matcher m = ORDER_ID.matcher(text).region(span.start(), span.end());
      while (m.find()) {
        out.add(expected(example, InfoType.AMAZON_ORDER_ID, m));
      }
    }
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      InfoType type =
          m.group().contains("@marketplace.amazon.")
              ? InfoType.AMAZON_BUYER_EMAIL
              : InfoType.EMAIL_ADDRESS;
      out.add(expected(example, type, m));
    }
    return out;
  }

  private static Expected expected(Example example, InfoType type, Matcher m) {
    String text = example.text();
    int start = text.codePointCount(0, m.start());
    return new Expected(
        example.file(), type, start, start + text.codePointCount(m.start(), m.end()), m.group());
  }
}
