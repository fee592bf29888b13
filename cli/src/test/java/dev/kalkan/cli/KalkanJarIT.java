package dev.kalkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar that {@code bin/kalkan} runs, run as a user runs it ({@code java -jar}) after the
 * package phase: every command whose dependencies only the jar's packaging can lose (the YAML
 * reader of {@code --config}, Tink, Tika's service files, the EDM index) works from it. The unit
 * tests run on the test class path and cannot see a dependency the jar lacks.
 */
class KalkanJarIT {
  private static final Path JAR = Path.of("target", "kalkan.jar");

  @TempDir Path dir;

  private record Run(int exit, String stdout, String stderr) {}

  private Run kalkan(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    try {
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("kalkan %s finished", args[0]).isTrue();
    } finally {
      p.destroyForcibly();
    }
    Run run = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    assertThat(run.stderr()).as("stderr of %s", List.of(args)).doesNotContain("Exception", "\tat ");
    return run;
  }

  @Test
  void scanWhenConfigFileDisablesTypesThenJarReadsTheYaml() throws Exception {
    Files.writeString(dir.resolve("kalkan.yml"), "disable: [PERSON_NAME, STREET_ADDRESS]\n");
    Files.writeString(dir.resolve("mail.txt"), "Dear Klaus Weber, order 113-1234567-1234567.\n");
    Run run = kalkan("scan", "--format", "jsonl", "--config", "kalkan.yml", "mail.txt");
    assertThat(run.exit()).as(run.stderr()).isEqualTo(1);
    assertThat(run.stdout()).contains("AMAZON_ORDER_ID").doesNotContain("PERSON_NAME");
  }

  @Test
  void redactWhenTokenizedThenDetokenizeRestoresTheFile() throws Exception {
    assertThat(kalkan("deid", "keygen", "-o", "deid.key").exit()).isZero();
    String order =
        "{\"AmazonOrderId\":\"113-1234567-1234567\",\"BuyerEmail\":\"jane@gmail.com\"}\n";
    Files.writeString(dir.resolve("order.json"), order);
    Run redacted =
        kalkan(
            "redact",
            "--key-file",
            "deid.key",
            "--transform",
            "AMAZON_ORDER_ID=tokenize",
            "--transform",
            "EMAIL_ADDRESS=tokenize",
            "order.json",
            "-o",
            "order.redacted.json");
    assertThat(redacted.exit()).as(redacted.stderr()).isZero();
    String tokens = Files.readString(dir.resolve("order.redacted.json"));
    assertThat(tokens).doesNotContain("1234567-1234567", "jane@gmail.com");
    Run restored = kalkan("detokenize", "--key-file", "deid.key", "order.redacted.json");
    assertThat(restored.exit()).as(restored.stderr()).isZero();
    assertThat(restored.stdout()).isEqualTo(order);
  }

  @Test
  void scanWhenZipHoldsCsvThenTheJarExtractsIt() throws Exception {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("in/orders.csv"));
      out.write("email\njane.doe@gmail.com\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    Files.write(dir.resolve("export.zip"), zip.toByteArray());
    Run run = kalkan("scan", "--format", "jsonl", "export.zip");
    assertThat(run.exit()).as(run.stderr()).isEqualTo(1);
    assertThat(run.stdout()).contains("\"path\":\"export.zip!/in/orders.csv\"", "EMAIL_ADDRESS");
  }

  @Test
  void edmWhenRecordsIndexedThenScanReportsTheRecordMatch() throws Exception {
    assertThat(kalkan("edm", "keygen", "-o", "edm.key").exit()).isZero();
    Files.writeString(dir.resolve("records.csv"), "buyer-name,buyer-email\nKlaus Weber,k@w.de\n");
    Run index = kalkan("edm", "index", "records.csv", "-o", "records.edm", "--key-file", "edm.key");
    assertThat(index.exit()).as(index.stderr()).isZero();
    Files.writeString(dir.resolve("note.txt"), "write to Klaus Weber at k@w.de\n");
    Run run =
        kalkan(
            "scan",
            "--format",
            "jsonl",
            "--edm",
            "records.edm",
            "--edm-key-file",
            "edm.key",
            "note.txt");
    assertThat(run.exit()).as(run.stderr()).isEqualTo(1);
    assertThat(run.stdout()).contains("EDM_RECORD_MATCH");
  }
}
