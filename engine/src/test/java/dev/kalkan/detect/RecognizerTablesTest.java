package dev.kalkan.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.validate.Iban;
import dev.kalkan.detect.validate.IpAddress;
import dev.kalkan.detect.validate.PaymentCards;
import dev.kalkan.detect.validate.TcKimlik;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the default scanner over {@code recognizer-tables.tsv}, a table of sentences per infoType in
 * the manner of the public recognizer tests of Microsoft Presidio (same kinds of positives, near
 * misses and boundary cases; our own sentences), and scores it by exact typed spans.
 *
 * <p>Table format: a header line, then {@code infoType<TAB>text<TAB>expected}, where expected is a
 * {@code ;}-separated list of {@code start-end} code-point spans (end exclusive) that must be found
 * with that infoType, empty when none must. Only findings of the row's infoType count: a finding of
 * that type at an unexpected span is a false positive, an expected span not found a false negative.
 */
class RecognizerTablesTest {
  private static final String TABLE = "/dev/kalkan/detect/recognizer-tables.tsv";
  private static final double MIN_F1 = 0.95;
  private static final int MAX_MISSES_SHOWN = 60;

  private record Span(long start, long end) {
    static Span parse(String text) {
      int dash = text.indexOf('-');
      return new Span(
          Long.parseLong(text.substring(0, dash)), Long.parseLong(text.substring(dash + 1)));
    }

    @Override
    public String toString() {
      return start + "-" + end;
    }
  }

  private record Row(int line, InfoType type, String text, Set<Span> expected) {
    String covered(Span span) {
      int from = text.offsetByCodePoints(0, (int) span.start());
      int to = text.offsetByCodePoints(0, (int) span.end());
      return text.substring(from, to);
    }
  }

  /** Counts of one infoType. */
  private static final class Score {
    int truePositives;
    int falsePositives;
    int falseNegatives;

    void add(Score other) {
      truePositives += other.truePositives;
      falsePositives += other.falsePositives;
      falseNegatives += other.falseNegatives;
    }

    double precision() {
      int reported = truePositives + falsePositives;
      return reported == 0 ? 1.0 : (double) truePositives / reported;
    }

    double recall() {
      int expected = truePositives + falseNegatives;
      return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
  }

  private static List<Row> rows;

  @BeforeAll
  static void loadTable() throws IOException {
    rows = new ArrayList<>();
    try (InputStream in = RecognizerTablesTest.class.getResourceAsStream(TABLE)) {
      assertThat(in).as(TABLE).isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String header = reader.readLine();
      assertThat(header).isEqualTo("infoType\ttext\texpected");
      int line = 1;
      for (String l = reader.readLine(); l != null; l = reader.readLine()) {
        line++;
        String[] columns = l.split("\t", -1);
        assertThat(columns).as("line %d has three tab-separated columns", line).hasSize(3);
        InfoType type =
            InfoType.builtIn(columns[0])
                .orElseThrow(() -> new AssertionError("unknown infoType " + columns[0]));
        Set<Span> expected = new HashSet<>();
        if (!columns[2].isEmpty()) {
          for (String span : columns[2].split(";")) {
            expected.add(Span.parse(span));
          }
        }
        rows.add(new Row(line, type, columns[1], expected));
      }
    }
  }

  @Test
  void tableWhenLoadedThenSpansLieInsideTheirTextAndDoNotOverlap() {
    assertThat(rows).hasSizeGreaterThan(300);
    for (Row row : rows) {
      long length = row.text().codePointCount(0, row.text().length());
      List<Span> sorted =
          row.expected().stream().sorted((a, b) -> Long.compare(a.start(), b.start())).toList();
      long previousEnd = 0;
      for (Span span : sorted) {
        assertThat(span.start())
            .as("line %d span %s", row.line(), span)
            .isGreaterThanOrEqualTo(previousEnd);
        assertThat(span.end())
            .as("line %d span %s", row.line(), span)
            .isGreaterThan(span.start())
            .isLessThanOrEqualTo(length);
        previousEnd = span.end();
      }
    }
  }

  @Test
  void tableWhenSpansHoldValidatedTypesThenValidatorsAcceptThem() {
    for (Row row : rows) {
      for (Span span : row.expected()) {
        String value = row.covered(span);
        String compact = value.replaceAll("[ -]", "");
        boolean valid =
            switch (row.type().name()) {
              case "CREDIT_CARD_NUMBER" -> PaymentCards.isValid(compact);
              case "IBAN_CODE" -> Iban.isValid(compact);
              case "TR_NATIONAL_ID" -> TcKimlik.isValid(value);
              case "IP_ADDRESS" -> isIpWithOptionalPrefix(value);
              default -> true;
            };
        assertThat(valid).as("line %d span %s (%s)", row.line(), span, row.type()).isTrue();
      }
    }
  }

  @Test
  void scanWhenDefaultsThenTypedF1AtLeastNinetyFivePercent() {
    Scanner scanner = Scanner.withDefaults();
    Map<String, Score> byType = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (Row row : rows) {
      Score score = byType.computeIfAbsent(row.type().name(), t -> new Score());
      Set<Span> found = new HashSet<>();
      for (Finding finding : scanner.scan(row.text())) {
        if (!finding.infoType().equals(row.type())) {
          continue;
        }
        Span span = new Span(finding.start(), finding.end());
        if (!found.add(span)) {
          continue;
        }
        if (row.expected().contains(span)) {
          score.truePositives++;
        } else {
          score.falsePositives++;
          misses.add(
              "FP line " + row.line() + " " + row.type() + " " + span + " " + finding.preview());
        }
      }
      for (Span span : row.expected()) {
        if (!found.contains(span)) {
          score.falseNegatives++;
          misses.add("FN line " + row.line() + " " + row.type() + " " + span);
        }
      }
    }
    Score total = new Score();
    StringBuilder report = new StringBuilder("recognizer tables, exact typed spans:\n");
    report.append(
        String.format(
            Locale.ROOT,
            "%-26s %5s %5s %5s %9s %7s %6s%n",
            "infoType",
            "TP",
            "FP",
            "FN",
            "precision",
            "recall",
            "F1"));
    byType.forEach(
        (type, score) -> {
          report.append(line(type, score));
          total.add(score);
        });
    report.append(line("ALL", total));
    misses.stream().limit(MAX_MISSES_SHOWN).forEach(m -> report.append(m).append('\n'));
    if (misses.size() > MAX_MISSES_SHOWN) {
      report.append("… and ").append(misses.size() - MAX_MISSES_SHOWN).append(" more\n");
    }
    System.out.print(report);
    assertThat(total.f1()).as(report.toString()).isGreaterThanOrEqualTo(MIN_F1);
  }

  private static String line(String type, Score s) {
    return String.format(
        Locale.ROOT,
        "%-26s %5d %5d %5d %9.3f %7.3f %6.3f%n",
        type,
        s.truePositives,
        s.falsePositives,
        s.falseNegatives,
        s.precision(),
        s.recall(),
        s.f1());
  }

  /** An address, optionally with a zone, optionally followed by a prefix length in range. */
  private static boolean isIpWithOptionalPrefix(String value) {
    int slash = value.indexOf('/');
    String address = slash < 0 ? value : value.substring(0, slash);
    boolean v4 = IpAddress.isValidV4(address);
    if (!v4 && !IpAddress.isValidV6(address)) {
      return false;
    }
    if (slash < 0) {
      return true;
    }
    String prefix = value.substring(slash + 1);
    return prefix.matches("0|[1-9][0-9]{0,2}") && Integer.parseInt(prefix) <= (v4 ? 32 : 128);
  }
}
