package dev.kalkan.detect.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kalkan.detect.Classification;
import dev.kalkan.detect.Finding;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.PlaintextAccess;
import dev.kalkan.detect.Scanner;
import dev.kalkan.detect.structure.SpApiFieldCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The accuracy gate: the default scanner on the generated labelled corpus, and on Amazon's own
 * SP-API examples. The full report goes to {@code target/accuracy-report.txt} and standard output.
 *
 * <p>System properties for exploring: {@code kalkan.accuracy.seed} and {@code
 * kalkan.accuracy.documents} pick another corpus (the thresholds still apply), and {@code
 * kalkan.accuracy.dumpDir} writes the corpus with its truth there (see {@link CorpusFiles}).
 */
class AccuracyTest {
  static final long SEED = 20_240_612L;
  static final int DOCUMENTS = 2_000;
  private static final List<InfoType> CHECKSUM_TYPES =
      List.of(
          InfoType.CREDIT_CARD_NUMBER,
          InfoType.IBAN_CODE,
          InfoType.TR_NATIONAL_ID,
          InfoType.US_SOCIAL_SECURITY_NUMBER,
          InfoType.PHONE_NUMBER);

  private final Scanner scanner = Scanner.withDefaults();

  @Test
  void scanWhenLabelledCorpusThenMicroF1AtLeast97AndChecksumTypesPrecise() throws IOException {
    long seed = Long.getLong("kalkan.accuracy.seed", SEED);
    int count = Integer.getInteger("kalkan.accuracy.documents", DOCUMENTS);
    List<LabelledDocument> corpus = LabelledCorpus.generate(seed, count);
    String dumpDir = System.getProperty("kalkan.accuracy.dumpDir");
    if (dumpDir != null) {
      CorpusFiles.write(corpus, Path.of(dumpDir));
    }
    AccuracyReport report = AccuracyScorer.score(corpus, scanner::scan);
    Path file = reportFile();
    String text = "Scanner.withDefaults(), corpus seed " + seed + "\n" + report.render();
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    System.out.println(text);

    SoftAssertions softly = new SoftAssertions();
    softly
        .assertThat(report.micro().f1())
        .as("typed micro F1 over %d documents of seed %d (details in %s)", count, seed, file)
        .isGreaterThanOrEqualTo(0.97);
    for (InfoType type : AccuracyScorer.PEOPLE) {
      softly
          .assertThat(report.strict(type).f1())
          .as("F1 of %s in fields and free text (details in %s)", type, file)
          .isGreaterThanOrEqualTo(0.95);
    }
    for (InfoType type : CHECKSUM_TYPES) {
      softly
          .assertThat(report.strict(type).precision())
          .as("precision of %s (details in %s)", type, file)
          .isGreaterThanOrEqualTo(0.99);
    }
    softly.assertAll();
  }

  @Test
  void scanWhenSpApiExamplesThenFindsEveryListedOrderIdAndEveryEmail() {
    Optional<Path> dir = SpApiExamples.locate();
    assumeTrue(
        dir.isPresent(),
        "SP-API examples not found: set -Dkalkan.sharedDir=<the shared directory> or run below a"
            + " directory that holds testdata/spapi-examples");
    Map<String, List<String>> listed = SpApiExamples.listedFields(dir.get());
    List<SpApiExamples.Expected> expected = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (SpApiExamples.Example example : SpApiExamples.load(dir.get())) {
      List<SpApiExamples.Expected> wanted =
          SpApiExamples.expectations(example, listed.getOrDefault(example.file(), List.of()));
      expected.addAll(wanted);
      List<Finding> findings = wanted.isEmpty() ? List.of() : scanner.scan(example.text());
      for (SpApiExamples.Expected e : wanted) {
        boolean found =
            findings.stream()
                .anyMatch(
                    f ->
                        f.infoType().equals(e.type())
                            && f.start() == e.start()
                            && f.end() == e.end());
        if (!found) {
          missed.add(e.file() + " @" + e.start() + " " + e.type() + " " + e.value());
        }
      }
    }

    assertThat(expected)
        .as("order ids and e-mail addresses in the examples")
        .filteredOn(e -> e.type().equals(InfoType.AMAZON_ORDER_ID))
        .hasSizeGreaterThan(50);
    assertThat(missed)
        .as("values the scanner did not report with the exact type and span")
        .isEmpty();
  }

  /** Types a scanner reports that the catalog gives fields of. */
  private static final Set<InfoType> REPORTED_BY_FIELD =
      Set.of(
          InfoType.PERSON_NAME,
          InfoType.STREET_ADDRESS,
          InfoType.EMAIL_ADDRESS,
          InfoType.AMAZON_BUYER_EMAIL,
          InfoType.PHONE_NUMBER,
          InfoType.AMAZON_ORDER_ID,
          InfoType.IP_ADDRESS);

  /**
   * Values of listed fields in Amazon's examples that are documentation placeholders, not data: a
   * {@code name} of {@code name}, a {@code BuyerName} of {@code 1}, phone numbers {@code
   * 1234567890} (no such area code), {@code string}, {@code 111} to {@code 555}.
   */
  private static final Set<String> PLACEHOLDERS =
      Set.of("name", "1", "1234567890", "string", "111", "222", "333", "444", "555");

  /**
   * Every field that {@code index.tsv} lists in Amazon's example payloads, by what the SP-API
   * catalog says of it: a name or street field ({@code PERSON_NAME}, {@code STREET_ADDRESS}) is
   * reported with exactly the value's span and the field's JSON Pointer; a contact or order field
   * (e-mail, phone, order id, IP address) holds a pattern finding of its type with that pointer.
   * The exceptions are counted and pinned: documentation placeholders ({@link #PLACEHOLDERS}), and
   * kinds out of scope because the contract has no such infoType (tax ids, bank account numbers, a
   * licence plate, other buyer data such as gift messages), because they are parts of an address
   * but not a street line (city, postal code, state, country, coordinates: {@code context} in the
   * catalog), or because only their value says what they are (links and messages with an order id,
   * checked by {@link #scanWhenSpApiExamplesThenFindsEveryListedOrderIdAndEveryEmail}).
   */
  @Test
  void scanWhenSpApiExamplesThenEveryListedFieldFoundWithItsTypeAndPointer() {
    Optional<Path> dir = SpApiExamples.locate();
    assumeTrue(dir.isPresent(), "SP-API examples not found: set -Dkalkan.sharedDir");
    Map<String, List<String>> listed = SpApiExamples.listedFields(dir.get());
    SpApiFieldCatalog catalog = SpApiFieldCatalog.builtIn();
    List<String> problems = new ArrayList<>();
    Map<String, Integer> outcomes = new TreeMap<>();
    for (SpApiExamples.Example example : SpApiExamples.load(dir.get())) {
      List<String> pointers = listed.getOrDefault(example.file(), List.of());
      if (pointers.isEmpty()) {
        continue;
      }
      String text = example.text();
      List<Finding> findings = scanner.scan(example.file(), text);
      Map<String, JsonPointers.Span> scalars = JsonPointers.scalars(text);
      for (String pointer : pointers) {
        JsonPointers.Span span = scalars.get(pointer);
        String value = text.substring(span.start(), span.end());
        SpApiFieldCatalog.Match match = catalog.match(pointer).orElse(null);
        if (match == null) {
          outcomes.merge("out of scope: no field name says so", 1, Integer::sum);
          continue;
        }
        InfoType type = match.type();
        if (match.contextOnly() || !REPORTED_BY_FIELD.contains(type)) {
          outcomes.merge(
              "out of scope: " + (match.contextOnly() ? "context " : "") + type, 1, Integer::sum);
          continue;
        }
        long start = text.codePointCount(0, span.start());
        long end = start + text.codePointCount(span.start(), span.end());
        boolean wholeValue =
            type.equals(InfoType.PERSON_NAME) || type.equals(InfoType.STREET_ADDRESS);
        boolean found =
            findings.stream()
                .anyMatch(
                    f ->
                        pointer.equals(f.field())
                            && sameKind(f.infoType(), type)
                            && (!wholeValue || (f.start() == start && f.end() == end)));
        if (found) {
          outcomes.merge("found " + type, 1, Integer::sum);
        } else if (PLACEHOLDERS.contains(value)) {
          outcomes.merge("placeholder " + type, 1, Integer::sum);
        } else {
          problems.add(example.file() + " " + pointer + " (" + type + "): not reported");
        }
      }
    }
    System.out.println("SP-API examples, listed fields by outcome: " + outcomes);
    assertThat(problems).isEmpty();
    assertThat(outcomes)
        .containsEntry("found PERSON_NAME", 145)
        .containsEntry("found STREET_ADDRESS", 194)
        .containsEntry("placeholder PERSON_NAME", 18)
        .containsEntry("placeholder PHONE_NUMBER", 24)
        .containsEntry("out of scope: TAX_ID", 18)
        .containsEntry("out of scope: context STREET_ADDRESS", 452);
  }

  private static boolean sameKind(InfoType found, InfoType field) {
    Set<InfoType> emails = Set.of(InfoType.EMAIL_ADDRESS, InfoType.AMAZON_BUYER_EMAIL);
    return found.equals(field) || (emails.contains(found) && emails.contains(field));
  }

  /** Amazon's payloads without personal data (catalog, listings, pricing, feeds). */
  @Test
  void scanWhenSpApiNegativesThenNoSensitiveFinding() {
    Optional<Path> dir = SpApiExamples.locate();
    assumeTrue(dir.isPresent(), "SP-API examples not found: set -Dkalkan.sharedDir");
    List<String> sensitive = new ArrayList<>();
    int files = 0;
    for (SpApiExamples.Example example : SpApiExamples.load(dir.get())) {
      if (!example.file().startsWith("negatives/")) {
        continue;
      }
      files++;
      for (Finding f : scanner.scan(example.file(), example.text())) {
        if (f.infoType().classification() == Classification.SENSITIVE) {
          sensitive.add(
              example.file()
                  + " "
                  + f.field()
                  + " "
                  + f.infoType()
                  + " "
                  + f.value(PlaintextAccess.explicitlyRequested()));
        }
      }
    }
    assertThat(files).isEqualTo(16);
    assertThat(sensitive).isEmpty();
  }

  private static Path reportFile() {
    return Path.of(
        System.getProperty("basedir", System.getProperty("user.dir")),
        "target",
        "accuracy-report.txt");
  }
}
