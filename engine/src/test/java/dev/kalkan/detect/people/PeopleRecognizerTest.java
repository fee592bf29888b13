package dev.kalkan.detect.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scores {@link PeopleRecognizer} on tables of free text under {@code
 * src/test/resources/dev/kalkan/detect/people/}: {@code free-text-positives.tsv} and {@code
 * free-text-negatives.tsv} (every row must come out exactly), and the held-out tables {@code
 * free-text-heldout.tsv} to {@code free-text-heldout-11.tsv}, written after the recognizer and only
 * scored in aggregate. Table format: a header line, then {@code
 * lang<TAB>text<TAB>names<TAB>streets}; {@code \n} in the text is a line break; names and streets
 * are the exact expected spans as text, separated by {@code |} (a repeated text means its next
 * occurrence, and a text inside an earlier span of its cell the next one outside it). A span counts
 * when reported at {@code POSSIBLE} or above with the same type, start and end. Field values are
 * judged from {@code field-values.tsv}.
 */
class PeopleRecognizerTest {
  private static final PeopleRecognizer RECOGNIZER = PeopleRecognizer.defaults();
  private static final String DIR = "/dev/kalkan/detect/people/";
  private static final double MIN_F1 = 0.90;

  /** The held-out tables are free-text-heldout.tsv and free-text-heldout-2.tsv to this number. */
  private static final int HELDOUT_TABLES = 11;

  record Row(String table, int line, String lang, String text, Set<Expected> expected) {
    @Override
    public String toString() {
      String shown = text.replace("\n", "\\n");
      return table
          + ":"
          + line
          + " "
          + lang
          + " "
          + (shown.length() > 70 ? shown.substring(0, 70) + "…" : shown);
    }
  }

  record Expected(InfoType type, int start, int end) {}

  record FieldRow(String kind, String value, String expected) {
    @Override
    public String toString() {
      return kind + " '" + value + "' " + expected;
    }
  }

  static Stream<Row> positives() {
    return read("free-text-positives.tsv").stream();
  }

  static Stream<Row> negatives() {
    return read("free-text-negatives.tsv").stream();
  }

  static Stream<FieldRow> fieldValues() {
    List<FieldRow> rows = new ArrayList<>();
    String[] lines = resource("field-values.tsv").split("\n", -1);
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      String[] cells = lines[i].split("\t", -1);
      rows.add(new FieldRow(cells[0], cells[1], cells[2]));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("positives")
  void findWhenPositiveRowThenExactlyTheExpectedSpans(Row row) {
    assertThat(row.expected()).isNotEmpty();
    assertThat(found(row.text())).isEqualTo(row.expected());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negatives")
  void findWhenNearMissThenNothingReported(Row row) {
    assertThat(row.expected()).isEmpty();
    assertThat(found(row.text())).isEmpty();
  }

  @Test
  void findOverAllTablesThenF1OfNamesAndStreetsAtLeastNinetyPercent() {
    Map<String, List<Row>> tables = new LinkedHashMap<>();
    tables.put("positives", read("free-text-positives.tsv"));
    tables.put("negatives", read("free-text-negatives.tsv"));
    tables.put("heldout", read("free-text-heldout.tsv"));
    for (int k = 2; k <= HELDOUT_TABLES; k++) {
      tables.put("heldout-" + k, read("free-text-heldout-" + k + ".tsv"));
    }
    Map<InfoType, Score> total = new LinkedHashMap<>();
    total.put(InfoType.PERSON_NAME, new Score());
    total.put(InfoType.STREET_ADDRESS, new Score());
    StringBuilder report =
        new StringBuilder("people recognizer, free text (spans at POSSIBLE or above)\n");
    report.append(
        String.format(
            Locale.ROOT,
            "%-10s %-15s %5s %5s %5s %9s %7s %6s%n",
            "table",
            "type",
            "tp",
            "fp",
            "fn",
            "precision",
            "recall",
            "f1"));
    List<String> misses = new ArrayList<>();
    for (Map.Entry<String, List<Row>> table : tables.entrySet()) {
      Map<InfoType, Score> scores = new LinkedHashMap<>();
      scores.put(InfoType.PERSON_NAME, new Score());
      scores.put(InfoType.STREET_ADDRESS, new Score());
      for (Row row : table.getValue()) {
        Set<Expected> found = found(row.text());
        for (Expected e : found) {
          if (row.expected().contains(e)) {
            scores.get(e.type()).truePositives++;
          } else {
            scores.get(e.type()).falsePositives++;
            misses.add(
                "FP "
                    + row
                    + " -> "
                    + e.type()
                    + " '"
                    + row.text().substring(e.start(), e.end())
                    + "'");
          }
        }
        for (Expected e : row.expected()) {
          if (!found.contains(e)) {
            scores.get(e.type()).falseNegatives++;
            misses.add(
                "FN "
                    + row
                    + " -> "
                    + e.type()
                    + " '"
                    + row.text().substring(e.start(), e.end())
                    + "'");
          }
        }
      }
      for (Map.Entry<InfoType, Score> score : scores.entrySet()) {
        report.append(score.getValue().line(table.getKey(), score.getKey()));
        total.get(score.getKey()).add(score.getValue());
      }
    }
    for (Map.Entry<InfoType, Score> score : total.entrySet()) {
      report.append(score.getValue().line("all", score.getKey()));
    }
    misses.forEach(miss -> report.append(miss).append('\n'));
    System.out.print(report);
    assertThat(total.get(InfoType.PERSON_NAME).f1())
        .as(report.toString())
        .isGreaterThanOrEqualTo(MIN_F1);
    assertThat(total.get(InfoType.STREET_ADDRESS).f1())
        .as(report.toString())
        .isGreaterThanOrEqualTo(MIN_F1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fieldValues")
  void likelihoodWhenWholeFieldValueThenLevelOfItsKind(FieldRow row) {
    Likelihood level =
        row.kind().equals("NAME")
            ? RECOGNIZER.nameLikelihood(row.value())
            : RECOGNIZER.streetLikelihood(row.value());
    switch (row.expected()) {
      case "high" -> assertThat(level).isGreaterThanOrEqualTo(Likelihood.LIKELY);
      case "mid" -> assertThat(level).isEqualTo(Likelihood.POSSIBLE);
      default -> assertThat(level).isLessThanOrEqualTo(Likelihood.UNLIKELY);
    }
  }

  @Test
  void likelihoodWhenNullThenVeryUnlikely() {
    assertThat(RECOGNIZER.nameLikelihood(null)).isEqualTo(Likelihood.VERY_UNLIKELY);
    assertThat(RECOGNIZER.streetLikelihood(null)).isEqualTo(Likelihood.VERY_UNLIKELY);
  }

  @Test
  void findWhenNullOrEmptyThenNoSpans() {
    assertThat(RECOGNIZER.find(null)).isEmpty();
    assertThat(RECOGNIZER.find("")).isEmpty();
  }

  @Test
  void findWhenEmojiBeforeNameThenCharOffsetsConvertToCodePoints() {
    String text = "\uD83D\uDE00\uD83D\uDE00 Dear Ayşe Yılmaz,";
    List<PeopleSpan> spans = RECOGNIZER.find(text);
    assertThat(spans).hasSize(1);
    PeopleSpan span = spans.getFirst();
    assertThat(text.substring(span.start(), span.end())).isEqualTo("Ayşe Yılmaz");
    assertThat(span.start()).isEqualTo(10);
    assertThat(span.codePointStart(text)).isEqualTo(8);
    assertThat(span.codePointEnd(text)).isEqualTo(19);
  }

  @Test
  void findWhenStreetHoldsGivenNameThenStreetNotPerson() {
    List<PeopleSpan> spans =
        RECOGNIZER.find("Ship to 12 Jackson Street and Gazi Mustafa Kemal Blv. No:3");
    assertThat(spans).extracting(PeopleSpan::type).containsOnly(InfoType.STREET_ADDRESS);
    assertThat(spans).hasSize(2);
  }

  @Test
  void findWhenTurkishUpperCaseThenDottedAndDotlessIFold() {
    assertThat(RECOGNIZER.find("Alıcı: İSMAİL KILIÇ"))
        .singleElement()
        .satisfies(span -> assertThat(span.type()).isEqualTo(InfoType.PERSON_NAME));
    assertThat(RECOGNIZER.find("ISTANBUL İZMİR ANKARA")).isEmpty();
  }

  @Test
  void findWhenStreetBelowPossibleThenReportedAsUnlikely() {
    assertThat(RECOGNIZER.find("Meet me on Jackson Street."))
        .singleElement()
        .satisfies(
            span -> {
              assertThat(span.type()).isEqualTo(InfoType.STREET_ADDRESS);
              assertThat(span.likelihood()).isEqualTo(Likelihood.UNLIKELY);
            });
  }

  @Test
  void findWhenQuarterMegabyteOfCapitalisedWordsThenFinishesWithBoundedSpans() {
    StringBuilder text = new StringBuilder();
    String[] words = {
      "Dear", "John", "Smith", "Street", "12", "Mah.", "No:", "Sk.", "Emma", "GmbH"
    };
    for (int i = 0; text.length() < 1 << 18; i++) {
      text.append(words[i % words.length]).append(i % 7 == 0 ? ", " : " ");
    }
    List<PeopleSpan> spans = RECOGNIZER.find(text);
    assertThat(spans).allSatisfy(span -> assertThat(span.end() - span.start()).isLessThan(200));
  }

  @Property(tries = 400)
  void findWhenAnyTextThenNeverThrowsAndSpansAreOrderedWithinBounds(@ForAll("texts") String text) {
    List<PeopleSpan> spans = RECOGNIZER.find(text);
    int previousEnd = 0;
    for (PeopleSpan span : spans) {
      assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(span.end()).isLessThanOrEqualTo(text.length());
      assertThat(span.start()).isLessThan(span.end());
      previousEnd = span.end();
    }
    assertThat(RECOGNIZER.nameLikelihood(text)).isNotNull();
    assertThat(RECOGNIZER.streetLikelihood(text)).isNotNull();
  }

  @Property(tries = 200)
  void findWhenArbitraryUnicodeThenNeverThrows(@ForAll String text) {
    List<PeopleSpan> spans = RECOGNIZER.find(text);
    assertThat(spans).allSatisfy(span -> assertThat(span.end()).isLessThanOrEqualTo(text.length()));
    RECOGNIZER.nameLikelihood(text);
    RECOGNIZER.streetLikelihood(text);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.of(
                "Dear",
                "Mr.",
                "Sayın",
                "Herr",
                "Ayşe",
                "YILMAZ",
                "John",
                "O'Brien",
                "Yılmaz'ın",
                "Anna-Lena",
                "Street",
                "St.",
                "Cad.",
                "No:",
                "D:",
                "Mah.",
                "straße",
                "Hauptstr.",
                "PO",
                "Box",
                "Apt",
                "#",
                "12a",
                "45/3",
                "GmbH",
                "A.Ş.",
                "von",
                "der",
                "\n",
                ",",
                ":",
                ".",
                "-",
                "'",
                "’",
                "İ",
                "ı",
                "\uD83D\uDE00",
                "\u0301",
                "Ltd. Şti."),
            Arbitraries.strings()
                .withChars("aAçÇğĞıIİiöÖşŞüÜß0123456789 .:,'-/#\n\t")
                .ofMaxLength(12));
    return pieces.list().ofMaxSize(40).map(list -> String.join(" ", list));
  }

  private static Set<Expected> found(String text) {
    Set<Expected> found = new HashSet<>();
    for (PeopleSpan span : RECOGNIZER.find(text)) {
      if (span.likelihood().atLeast(Likelihood.POSSIBLE)) {
        found.add(new Expected(span.type(), span.start(), span.end()));
      }
    }
    return found;
  }

  private static List<Row> read(String table) {
    List<Row> rows = new ArrayList<>();
    String[] lines = resource(table).split("\n", -1);
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      String[] cells = lines[i].split("\t", -1);
      if (cells.length != 4) {
        throw new IllegalStateException(
            table + ":" + (i + 1) + ": expected 4 columns, got " + cells.length);
      }
      String text = cells[1].replace("\\n", "\n");
      Set<Expected> expected = new HashSet<>();
      locate(table, i + 1, text, cells[2], InfoType.PERSON_NAME, expected);
      locate(table, i + 1, text, cells[3], InfoType.STREET_ADDRESS, expected);
      rows.add(new Row(table, i + 1, cells[0], text, expected));
    }
    return rows;
  }

  private static void locate(
      String table, int line, String text, String cell, InfoType type, Set<Expected> out) {
    if (cell.isEmpty()) {
      return;
    }
    Map<String, Integer> from = new LinkedHashMap<>();
    List<Expected> located = new ArrayList<>();
    for (String part : cell.split("\\|")) {
      int at = text.indexOf(part, from.getOrDefault(part, 0));
      while (at >= 0 && overlapsAny(located, at, at + part.length())) {
        at = text.indexOf(part, at + 1); // not inside a longer span of the cell (John Smith|John)
      }
      if (at < 0) {
        throw new IllegalStateException(table + ":" + line + ": '" + part + "' is not in the text");
      }
      from.put(part, at + part.length());
      Expected e = new Expected(type, at, at + part.length());
      located.add(e);
      out.add(e);
    }
  }

  private static boolean overlapsAny(List<Expected> spans, int start, int end) {
    for (Expected e : spans) {
      if (e.start() < end && start < e.end()) {
        return true;
      }
    }
    return false;
  }

  private static String resource(String name) {
    try (InputStream in = PeopleRecognizerTest.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test table " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

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
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String line(String table, InfoType type) {
      return String.format(
          Locale.ROOT,
          "%-10s %-15s %5d %5d %5d %9.3f %7.3f %6.3f%n",
          table,
          type,
          truePositives,
          falsePositives,
          falseNegatives,
          precision(),
          recall(),
          f1());
    }
  }
}
