package dev.kalkan.detect.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kalkan.detect.Finding;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Scanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
            + " directory that holds shared/data/spapi-examples");
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

  private static Path reportFile() {
    return Path.of(
        System.getProperty("basedir", System.getProperty("user.dir")),
        "target",
        "accuracy-report.txt");
  }
}
