package dev.kalkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactCommandTest {
  @TempDir Path dir;
  private final CommandHarness kalkan = new CommandHarness();
  private Path key;

  @BeforeEach
  void keygen() {
    key = dir.resolve("deid.key");
    assertThat(kalkan.run("deid", "keygen", "-o", key.toString())).isZero();
  }

  @AfterEach
  void restore() {
    kalkan.close();
  }

  @Test
  void redactWhenTextFileThenStandardOutputHasReplacementsAndNothingElse() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "mail jane.doe@gmail.com now\n");
    assertThat(kalkan.run("redact", file.toString())).isZero();
    assertThat(kalkan.stdout()).isEqualTo("mail [EMAIL_ADDRESS] now\n");
    assertThat(kalkan.stderr()).isEmpty();
  }

  @Test
  void redactWhenStandardInputAndTransformsThenApplied() {
    int status =
        kalkan.runWithInput(
            "card 4111 1111 1111 1111, order 113-1234567-1234567",
            "redact",
            "--transform",
            "CREDIT_CARD_NUMBER=mask:#:4",
            "--transform",
            "AMAZON_ORDER_ID=redact",
            "-");
    assertThat(status).isZero();
    assertThat(kalkan.stdout()).isEqualTo("card #### #### #### 1111, order ");
  }

  @Test
  void redactWhenOutputFileThenWrittenWithSummaryWithoutValues() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("o.json"), "{\"AmazonOrderId\": \"113-1234567-1234567\", \"n\": 1}");
    Path out = dir.resolve("o.redacted.json");
    int status =
        kalkan.run(
            "redact",
            "--key-file",
            key.toString(),
            "--transform",
            "AMAZON_ORDER_ID=tokenize",
            file.toString(),
            "-o",
            out.toString());
    assertThat(status).isZero();
    assertThat(kalkan.stdout()).isEmpty();
    String written = Files.readString(out);
    assertThat(written).matches("\\{\"AmazonOrderId\": \"[0-9]{3}-[0-9]{7}-[0-9]{7}\", \"n\": 1}");
    assertThat(written).doesNotContain("113-1234567-1234567");
    assertThat(kalkan.stderr())
        .isEqualTo(
            "kalkan: wrote " + out + " (json): 1 findings transformed (AMAZON_ORDER_ID 1)\n");
  }

  @Test
  void redactWhenPdfThenExitTwoOneLineAndNoOutputFile() throws Exception {
    Path pdf = dir.resolve("invoice.pdf");
    Files.write(pdf, "%PDF-1.7\n jane.doe@gmail.com".getBytes(StandardCharsets.US_ASCII));
    Path out = dir.resolve("invoice.redacted.pdf");
    assertThat(kalkan.run("redact", pdf.toString(), "-o", out.toString())).isEqualTo(2);
    assertThat(kalkan.stderr().lines().toList())
        .containsExactly(
            "kalkan: "
                + pdf
                + ": this is a PDF document, which kalkan cannot rewrite; refusing to redact it"
                + " (nothing was written). Extract its text first");
    assertThat(out).doesNotExist();
    assertThat(kalkan.stdout()).isEmpty();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void redactWhenBinaryStandardInputThenRefused() {
    assertThat(kalkan.runWithInput("a\0b jane.doe@gmail.com", "redact", "-")).isEqualTo(2);
    assertThat(kalkan.stderr()).startsWith("kalkan: -: binary content").doesNotContain("jane");
    assertThat(kalkan.stdout()).isEmpty();
  }

  @Test
  void redactWhenUsageErrorsThenExitTwoWithTheProblem() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "x\n");
    String[][] cases = {
      {"--transform", "EMAIL_ADDRESS", "--transform: --transform expects INFO_TYPE=KIND"},
      {"--transform", "EMAIL_ADDRESS=shred", "unknown transform 'shred'"},
      {"--transform", "LWA_REFRESH_TOKEN=tokenize", "is a credential"},
      {"--format", "xml", "--format: unknown format 'xml'"},
      {"--transform", "EMAIL=hash", "--transform: unknown infoType 'EMAIL'; known: EMAIL_ADDRESS"},
      {"--min-likelihood", "SURE", "--min-likelihood: "},
    };
    for (String[] c : cases) {
      assertThat(kalkan.run("redact", c[0], c[1], file.toString())).as(c[1]).isEqualTo(2);
      assertThat(kalkan.stderr()).as(c[1]).startsWith("kalkan: ").contains(c[2]);
      assertThat(kalkan.stderr().lines().count()).as(c[1]).isEqualTo(1);
    }
    assertThat(kalkan.run("redact", dir.resolve("missing.txt").toString())).isEqualTo(2);
    assertThat(kalkan.stderr())
        .isEqualTo("kalkan: " + dir.resolve("missing.txt") + ": no such file or directory\n");
    assertThat(kalkan.run("redact", dir.toString())).isEqualTo(2);
    assertThat(kalkan.stderr()).contains("is a directory");
  }

  @Test
  void redactWhenHashWithoutKeyThenExplainsWhereKeysComeFrom() throws Exception {
    Assumptions.assumeTrue(System.getenv("KALKAN_DEID_KEY") == null);
    Path file = Files.writeString(dir.resolve("a.txt"), "mail jane.doe@gmail.com\n");
    assertThat(kalkan.run("redact", "--transform", "EMAIL_ADDRESS=hash", file.toString()))
        .isEqualTo(2);
    assertThat(kalkan.stderr())
        .isEqualTo(
            "kalkan: no de-identification key: give --key-file FILE or set KALKAN_DEID_KEY"
                + " (create a key with 'kalkan deid keygen -o FILE')\n");
  }

  @Test
  void redactWhenTokenNotPossibleThenNoteOnStandardErrorWithoutValue() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "mail ab@c.com\n");
    int status =
        kalkan.run(
            "redact",
            "--key-file",
            key.toString(),
            "--transform",
            "EMAIL_ADDRESS=tokenize",
            file.toString());
    assertThat(status).isZero();
    assertThat(kalkan.stdout()).isEqualTo("mail [EMAIL_ADDRESS]\n");
    assertThat(kalkan.stderr())
        .contains("line 1, column 6: EMAIL_ADDRESS not tokenized")
        .doesNotContain("ab@c.com");
  }

  @Test
  void redactWhenEdmIndexThenRegisteredNamesAndAddressesTransformed() throws Exception {
    Path edmKey = dir.resolve("edm.key");
    assertThat(kalkan.run("edm", "keygen", "-o", edmKey.toString())).isZero();
    Path records =
        Files.writeString(
            dir.resolve("customers.csv"),
            "buyer-name,ship-address-1,buyer-email\nZeynep Kaya,Bahnhofstrasse 12,zk@example.com\n");
    Path index = dir.resolve("customers.edm");
    assertThat(
            kalkan.run(
                "edm",
                "index",
                records.toString(),
                "-o",
                index.toString(),
                "--key-file",
                edmKey.toString()))
        .isZero();
    Path mail =
        Files.writeString(
            dir.resolve("mail.txt"), "Dear Zeynep Kaya, we ship to Bahnhofstrasse 12 today.\n");
    int status =
        kalkan.run(
            "redact",
            "--edm",
            index.toString(),
            "--edm-key-file",
            edmKey.toString(),
            mail.toString());
    assertThat(status).isZero();
    assertThat(kalkan.stdout())
        .isEqualTo("Dear [PERSON_NAME], we ship to [STREET_ADDRESS] today.\n");
    assertThat(kalkan.run("redact", "--edm-key-file", edmKey.toString(), mail.toString()))
        .isEqualTo(2);
    assertThat(kalkan.stderr()).isEqualTo("kalkan: --edm-key-file needs --edm INDEX\n");
  }

  @Test
  void helpWhenAskedThenDescribesTransformsDefaultsAndKey() {
    assertThat(kalkan.run("redact", "--help")).isZero();
    assertThat(kalkan.stdout())
        .contains(
            "mask[:C[:N]]", "hash[:N]", "tokenize", "Defaults:", "KALKAN_DEID_KEY", "Exit status:");
  }
}
