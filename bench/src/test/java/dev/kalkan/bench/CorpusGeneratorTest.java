package dev.kalkan.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.detect.InfoType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  private static final long TWO_MB = 2_000_000;

  private record Generated(CorpusStats stats, String text, List<Integer> sizes) {}

  private static Generated twentyMegabytes;

  @BeforeAll
  static void generateTwentyMegabytes() {
    StringBuilder text = new StringBuilder(21_000_000);
    List<Integer> sizes = new ArrayList<>();
    CorpusStats stats =
        CorpusGenerator.withSeed(42)
            .generate(
                20_000_000,
                file -> {
                  text.append(new String(file.content(), UTF_8)).append('\n');
                  sizes.add(file.content().length);
                });
    twentyMegabytes = new Generated(stats, text.toString(), sizes);
  }

  private static List<CorpusFile> generate(long seed, long bytes) {
    List<CorpusFile> files = new ArrayList<>();
    CorpusGenerator.withSeed(seed).generate(bytes, files::add);
    return files;
  }

  @Test
  void generateWhenSameSeedThenSameBytes() {
    List<CorpusFile> first = generate(42, TWO_MB);
    List<CorpusFile> second = generate(42, TWO_MB);

    assertThat(second).hasSameSizeAs(first);
    for (int i = 0; i < first.size(); i++) {
      assertThat(second.get(i).path()).isEqualTo(first.get(i).path());
      assertThat(second.get(i).content()).isEqualTo(first.get(i).content());
    }
  }

  @Test
  void generateWhenOtherSeedThenOtherContent() {
    assertThat(generate(43, TWO_MB).get(0).content())
        .isNotEqualTo(generate(42, TWO_MB).get(0).content());
  }

  @Test
  void generateWhenSizeReachedThenStopsAfterTheFileThatReachedIt() {
    List<CorpusFile> files = new ArrayList<>();
    CorpusStats stats = CorpusGenerator.withSeed(1).generate(TWO_MB, files::add);

    long total = files.stream().mapToLong(f -> f.content().length).sum();
    assertThat(stats.bytes()).isEqualTo(total).isGreaterThanOrEqualTo(TWO_MB);
    assertThat(total - files.getLast().content().length).isLessThan(TWO_MB);
    assertThat(stats.files()).isEqualTo(files.size());
  }

  @Test
  void generateWhenTwentyMegabytesThenMostlyCatalogFilesOfAboutTenKilobytes() {
    CorpusStats stats = twentyMegabytes.stats();

    double meanKb = stats.bytes() / 1e3 / stats.files();
    assertThat(meanKb).isBetween(9.5, 11.5);
    int catalog =
        stats.filesByKind().get(DocumentKind.CATALOG_ITEMS)
            + stats.filesByKind().get(DocumentKind.LISTINGS_ITEMS);
    assertThat((double) catalog / stats.files()).isBetween(0.93, 0.97);
    assertThat(twentyMegabytes.sizes())
        .allSatisfy(size -> assertThat(size).isBetween(500, 72 * 1024));
  }

  @Test
  void generateWhenTwentyMegabytesThenEveryBuiltInTypeIsPlantedAndWritten() {
    CorpusStats stats = twentyMegabytes.stats();
    String text = twentyMegabytes.text();

    assertThat(stats.planted().keySet()).containsAll(InfoType.builtIns());
    assertOccurrences(text, "@marketplace\\.amazon\\.", stats.planted(InfoType.AMAZON_BUYER_EMAIL));
    assertOccurrences(
        text, "amzn1\\.application-oa2-client\\.", stats.planted(InfoType.LWA_CLIENT_ID));
    assertOccurrences(text, "Atzr\\|", stats.planted(InfoType.LWA_REFRESH_TOKEN));
    assertOccurrences(text, "Atza\\|", stats.planted(InfoType.LWA_ACCESS_TOKEN));
    assertOccurrences(text, "Atz\\.sprdt\\|", stats.planted(InfoType.SPAPI_RESTRICTED_DATA_TOKEN));
    assertOccurrences(text, "amzn\\.mws\\.", stats.planted(InfoType.AMAZON_MWS_AUTH_TOKEN));
    assertOccurrences(
        text, "\\b(AKIA|ASIA)[A-Z2-7]{16}\\b", stats.planted(InfoType.AWS_ACCESS_KEY_ID));
    assertOccurrences(
        text, "(?<![0-9-])\\d{3}-\\d{7}-\\d{7}(?![0-9-])", stats.planted(InfoType.AMAZON_ORDER_ID));
    assertOccurrences(text, "\\bB0[0-9A-Z]{8}\\b", stats.planted(InfoType.ASIN));
  }

  private static void assertOccurrences(String text, String regex, long planted) {
    assertThat(CatalogDocumentsTest.count(text, regex)).as(regex).isEqualTo(planted);
  }

  @Test
  void generateWhenJsonFilesThenEveryOneParses() {
    List<CorpusFile> json =
        generate(7, 5_000_000).stream().filter(f -> f.path().endsWith(".json")).toList();

    assertThat(json).isNotEmpty();
    for (CorpusFile file : json) {
      assertThat(Json.parse(new String(file.content(), UTF_8)).isObject()).as(file.path()).isTrue();
    }
  }

  @Test
  void generateWhenSizeNotPositiveThenRejects() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CorpusGenerator.withSeed(1).generate(0, f -> {}));
  }

  @Test
  void writeToWhenDirectoryFreshThenWritesEveryFileUnderItsKindDirectory(@TempDir Path tmp)
      throws IOException {
    Path corpus = tmp.resolve("corpus");

    CorpusStats stats = CorpusGenerator.withSeed(42).writeTo(corpus, TWO_MB);

    try (Stream<Path> walk = Files.walk(corpus)) {
      List<Path> files = walk.filter(Files::isRegularFile).toList();
      assertThat(files).hasSize(stats.files());
      assertThat(files.stream().mapToLong(p -> p.toFile().length()).sum()).isEqualTo(stats.bytes());
      assertThat(files)
          .allSatisfy(
              p ->
                  assertThat(corpus.relativize(p).toString())
                      .matches(
                          "(catalog|listings|orders|reports|config|logs)/\\d{3}/\\w+-\\d{6}\\.\\w+"));
    }
  }

  @Test
  void writeToWhenDirectoryNotEmptyThenRefuses(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("existing.txt"), "keep me");

    assertThatThrownBy(() -> CorpusGenerator.withSeed(42).writeTo(tmp, TWO_MB))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not empty");
    assertThat(Files.readString(tmp.resolve("existing.txt"))).isEqualTo("keep me");
  }
}
