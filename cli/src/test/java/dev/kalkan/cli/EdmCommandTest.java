package dev.kalkan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.cli.ErrorReporter.UsageException;
import dev.kalkan.detect.Category;
import dev.kalkan.detect.Classification;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.edm.EdmKey;
import dev.kalkan.detect.edm.EdmMatch;
import dev.kalkan.detect.edm.EdmMatcher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code kalkan edm} in-process with standard output and error captured. */
class EdmCommandTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private PrintStream savedErr;

  @BeforeEach
  void redirect() {
    savedOut = System.out;
    savedErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(savedOut);
    System.setErr(savedErr);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path keyFile() {
    Path key = dir.resolve("edm.key");
    assertThat(KalkanCommand.execute("edm", "keygen", "-o", key.toString())).isZero();
    return key;
  }

  /** Runs {@code kalkan edm index RECORDS -o DIR/x.edm --key-file KEY} with more arguments. */
  private int index(Path records, Path key, String... more) {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "edm",
            "index",
            records.toString(),
            "-o",
            dir.resolve("x.edm").toString(),
            "--key-file",
            key.toString()));
    args.addAll(List.of(more));
    return KalkanCommand.execute(args.toArray(String[]::new));
  }

  private Path records(String csv) throws Exception {
    return Files.writeString(dir.resolve("customers.csv"), csv);
  }

  @Test
  void keygenWhenNewFileThenWritesKeyAndExplainsIt() throws Exception {
    Path key = keyFile();
    assertThat(stdout()).contains("wrote a new EDM key to " + key, "Keep it secret");
    assertThat(EdmKey.read(key)).isNotNull();
  }

  @Test
  void keygenWhenFileExistsThenExitsTwoAndKeepsIt() throws Exception {
    Path key = Files.writeString(dir.resolve("edm.key"), "mine");
    assertThat(KalkanCommand.execute("edm", "keygen", "-o", key.toString())).isEqualTo(2);
    assertThat(stderr()).isEqualTo("kalkan: " + key + " exists; refusing to overwrite a key\n");
    assertThat(Files.readString(key)).isEqualTo("mine");
  }

  @Test
  void indexWhenRecordsAndKeyFileThenWritesAnIndexTheMatcherReadsAndPrintsASummary()
      throws Exception {
    Path key = keyFile();
    Path csv =
        records(
            """
            buyer-name,buyer-email,ship-city,customer
            Ayşe Yılmaz,ayse@example.com,İzmir,C-100200
            """);
    Path index = dir.resolve("x.edm");
    int status = index(csv, key, "--field", "customer=CUSTOMER_ID");
    assertThat(status).as(stderr()).isZero();
    assertThat(stdout())
        .contains("indexed 1 records from " + csv + " into " + index)
        .contains("buyer-name                   PERSON_NAME")
        .contains("ship-city                    IGNORE")
        .contains("customer                     CUSTOMER_ID")
        .doesNotContain("Ayşe", "ayse@", "İzmir", "100200");
    EdmMatcher matcher = EdmMatcher.load(index, EdmKey.read(key));
    assertThat(matcher.find("AYSE YILMAZ c-100200".getBytes(StandardCharsets.UTF_8)))
        .extracting(EdmMatch::infoType)
        .containsExactly(
            InfoType.PERSON_NAME,
            new InfoType("CUSTOMER_ID", Category.PII, Classification.SENSITIVE));
  }

  @Test
  void indexWhenCsvMalformedThenOneLineNamingTheLineAndExitTwo() throws Exception {
    Path key = keyFile();
    Path csv = records("name,email\nAli Veli,a@x.com\nAyşe,b@y.com,extra\n");
    assertThat(index(csv, key)).isEqualTo(2);
    assertThat(stderr())
        .isEqualTo(
            "kalkan: records file " + csv + " line 3: 3 fields where the header has 2 fields\n");
  }

  @Test
  void indexWhenOptionsInvalidThenExitTwoWithTheProblem() throws Exception {
    Path key = keyFile();
    Path csv = records("name\nAli Veli\n");
    String[][] cases = {
      {"--field", "name", "--field expects HEADER=INFOTYPE, got 'name'"},
      {"--field", "name=person", "infoType name 'person' must match"},
      {"--format", "xml", "unknown records format 'xml'"},
      {"--phone-region", "XX", "unknown phone region 'XX'"},
    };
    for (String[] c : cases) {
      err.reset();
      assertThat(index(csv, key, c[0], c[1])).as(c[1]).isEqualTo(2);
      assertThat(stderr()).as(c[1]).startsWith("kalkan: ").contains(c[2]).doesNotContain("\tat ");
    }
  }

  @Test
  void indexWhenNoKeyThenExplainsWhereAKeyComesFrom() throws Exception {
    Assumptions.assumeTrue(System.getenv(EdmKey.ENVIRONMENT_VARIABLE) == null);
    Path csv = records("name\nAli Veli\n");
    assertThat(
            KalkanCommand.execute(
                "edm", "index", csv.toString(), "-o", dir.resolve("x").toString()))
        .isEqualTo(2);
    assertThat(stderr())
        .isEqualTo(
            "kalkan: no EDM key: give --key-file FILE or set KALKAN_EDM_KEY (create a key with"
                + " 'kalkan edm keygen -o FILE')\n");
  }

  @Test
  void keyWhenOnlyTheEnvironmentHoldsOneThenUsesIt() throws Exception {
    Path file = keyFile();
    String text = Files.readString(file);
    assertThat(EdmCommand.key(null, Map.of(EdmKey.ENVIRONMENT_VARIABLE, text))).isNotNull();
    assertThatThrownBy(() -> EdmCommand.key(null, Map.of(EdmKey.ENVIRONMENT_VARIABLE, "abc")))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("the KALKAN_EDM_KEY variable does not hold an EDM key");
    assertThatThrownBy(() -> EdmCommand.key(dir.resolve("none.key"), Map.of()))
        .isInstanceOf(UsageException.class)
        .hasMessageEndingWith("none.key does not exist");
  }

  @Test
  void edmWhenNoSubcommandThenUsageErrorExitTwo() {
    assertThat(KalkanCommand.execute("edm")).isEqualTo(2);
    assertThat(stderr()).startsWith("kalkan: a subcommand is required: keygen or index");
  }
}
