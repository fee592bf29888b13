package dev.kalkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code kalkan scan} in-process with standard output, error and input redirected, and checks
 * the exit-status contract of {@code shared/CONTRACTS.md} section 2.
 */
class ScanCommandTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private PrintStream savedErr;
  private InputStream savedIn;

  @BeforeEach
  void redirect() {
    savedOut = System.out;
    savedErr = System.err;
    savedIn = System.in;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    StandardOutput.redirectForTests(out);
  }

  @AfterEach
  void restore() {
    System.setOut(savedOut);
    System.setErr(savedErr);
    System.setIn(savedIn);
    StandardOutput.redirectForTests(new FileOutputStream(FileDescriptor.out));
  }

  private int run(String... args) {
    return KalkanCommand.execute(args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void scanWhenNothingFoundThenExitsZero() throws Exception {
    Files.writeString(dir.resolve("clean.txt"), "nothing to see here, price 12.99\n");
    assertThat(run("scan", "--format", "jsonl", dir.toString())).isZero();
    assertThat(stdout()).isEmpty();
  }

  @Test
  void scanWhenFindingsThenExitsOneAndPrintsJsonlLinesWithMaskedPreview() throws Exception {
    Path file = dir.resolve("order.json");
    Files.writeString(
        file,
        "{\"AmazonOrderId\": \"113-1234567-1234567\",\n \"BuyerEmail\": \"jane.doe@gmail.com\"}\n");
    assertThat(run("scan", "--format", "jsonl", file.toString())).isEqualTo(1);
    List<String> lines = stdout().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .startsWith("{\"path\":\"" + file + "\",\"infoType\":\"AMAZON_ORDER_ID\"")
        .contains("\"line\":1", "\"column\":20");
    assertThat(lines.get(0)).contains("\"field\":\"/AmazonOrderId\"");
    assertThat(lines.get(1))
        .contains("\"infoType\":\"EMAIL_ADDRESS\"", "\"line\":2", "\"field\":\"/BuyerEmail\"");
    assertThat(stdout()).doesNotContain("jane.doe@gmail.com", "113-1234567-1234567");
  }

  @Test
  void scanWhenShowValuesThenPrintsClearValues() throws Exception {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "mail jane.doe@gmail.com\n");
    assertThat(run("scan", "--format", "jsonl", "--show-values", file.toString())).isEqualTo(1);
    assertThat(stdout()).contains("\"value\":\"jane.doe@gmail.com\"");
  }

  @Test
  void scanWhenStandardInputThenPathIsDash() {
    System.setIn(
        new ByteArrayInputStream("call +44 20 7946 0958".getBytes(StandardCharsets.UTF_8)));
    assertThat(run("scan", "--format", "jsonl", "-")).isEqualTo(1);
    assertThat(stdout()).startsWith("{\"path\":\"-\",\"infoType\":\"PHONE_NUMBER\"");
  }

  @Test
  void scanWhenPathMissingThenExitsTwoWithOneLineAndStillScansTheRest() throws Exception {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "mail jane.doe@gmail.com\n");
    Path missing = dir.resolve("missing.txt");
    assertThat(run("scan", "--format", "jsonl", missing.toString(), file.toString())).isEqualTo(2);
    assertThat(stderr().lines().toList())
        .containsExactly("kalkan: " + missing + ": no such file or directory");
    assertThat(stdout()).contains("EMAIL_ADDRESS");
  }

  @Test
  void scanWhenBrokenSymlinkGivenThenReportsItAsUnreadable() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
    assertThat(run("scan", link.toString())).isEqualTo(2);
    assertThat(stderr()).contains("kalkan: " + link + ": ");
  }

  @Test
  void scanWhenFileUnreadableThenExitsTwo() throws Exception {
    Assumptions.assumeFalse(
        "root".equals(System.getProperty("user.name")), "root reads files whatever their mode");
    Path file = dir.resolve("secret.txt");
    Files.writeString(file, "x");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assertThat(run("scan", file.toString())).isEqualTo(2);
    assertThat(stderr()).contains("permission denied");
  }

  @Test
  void scanWhenBinaryFileThenSkipsItWithANote() throws Exception {
    Path file = dir.resolve("image.bin");
    Files.write(file, new byte[] {'j', 'a', '@', 'b', '.', 'c', 'o', 'm', 0, 1, 2});
    assertThat(run("scan", "--format", "jsonl", file.toString())).isZero();
    assertThat(stderr()).contains("note: " + file + ": binary file skipped");
    assertThat(stdout()).isEmpty();
  }

  @Test
  void scanWhenExcludedThenSkipsMatchingPaths() throws Exception {
    Path vendor = Files.createDirectories(dir.resolve("node_modules/pkg"));
    Files.writeString(vendor.resolve("x.js"), "mail jane.doe@gmail.com\n");
    Files.writeString(dir.resolve("app.min.js"), "mail jane.doe@gmail.com\n");
    assertThat(
            run("scan", "--exclude", "**/node_modules/**", "--exclude", "*.min.js", dir.toString()))
        .isZero();
  }

  @Test
  void scanWhenUsageWrongThenExitsTwoWithClearMessage() {
    assertThat(run("scan", "--format", "xml", "-")).isEqualTo(2);
    assertThat(stderr()).contains("kalkan: --format:").doesNotContain("Exception", "\tat ");
    err.reset();
    assertThat(run("scan", "--min-likelihood", "SOMETIMES", "-")).isEqualTo(2);
    assertThat(stderr()).contains("unknown likelihood 'SOMETIMES'");
    err.reset();
    assertThat(run("scan", "--info-types", "EMAIL", "-")).isEqualTo(2);
    assertThat(stderr()).contains("unknown infoType 'EMAIL'");
    err.reset();
    assertThat(run("scan")).isEqualTo(2);
    assertThat(stderr()).contains("Missing required parameter");
  }

  @Test
  void scanWhenManyThreadsThenFindsTheSameAsOneThread() throws Exception {
    for (int i = 0; i < 50; i++) {
      Files.writeString(dir.resolve("f" + i + ".txt"), "order 113-1234567-12345" + (10 + i) + "\n");
    }
    assertThat(run("scan", "--format", "jsonl", "--threads", "1", dir.toString())).isEqualTo(1);
    List<String> one = stdout().lines().sorted().toList();
    out.reset();
    assertThat(run("scan", "--format", "jsonl", "--threads", "4", dir.toString())).isEqualTo(1);
    assertThat(stdout().lines().sorted().toList()).isEqualTo(one).hasSize(50);
  }

  @Test
  void scanWhenConfigAddsADetectorThenReportsItsFindings() throws Exception {
    Path config = dir.resolve("kalkan.yml");
    Files.writeString(
        config,
        """
        detectors:
          - name: EMPLOYEE_ID
            classification: INTERNAL
            regex: 'EMP-[0-9]{6}'
            likelihood: LIKELY
        allowlist: [ops@example-seller.com]
        """);
    Path file = dir.resolve("hr.txt");
    Files.writeString(file, "badge EMP-123456, mail ops@example-seller.com\n");
    assertThat(run("scan", "--format", "jsonl", "--config", config.toString(), file.toString()))
        .isEqualTo(1);
    assertThat(stdout().lines().toList())
        .singleElement()
        .asString()
        .contains("\"infoType\":\"EMPLOYEE_ID\"", "\"category\":\"CUSTOM\"");
  }

  @Test
  void scanWhenConfigInvalidThenExitsTwoNamingFileLineAndReason() throws Exception {
    Path config = dir.resolve("bad.yml");
    Files.writeString(config, "minLikelihood: POSSIBLE\ndisable: [EMAIL_ADRESS]\n");
    assertThat(run("scan", "--config", config.toString(), "-")).isEqualTo(2);
    assertThat(stderr())
        .startsWith("kalkan: " + config + ":2:")
        .contains("EMAIL_ADRESS")
        .doesNotContain("Exception");
  }

  @Test
  void scanWhenEdmIndexGivenThenReportsRegisteredValuesAndTheRecordMatch() throws Exception {
    Path key = dir.resolve("edm.key");
    assertThat(run("edm", "keygen", "-o", key.toString())).isZero();
    Path records = dir.resolve("customers.csv");
    Files.writeString(
        records,
        """
        buyer-name,buyer-email,buyer-phone-number
        Ayşe Yılmaz,ayse.yilmaz@firma.com.tr,+90 532 123 45 67
        Hans Müller,hans@beispiel.de,+49 30 12345678
        """);
    Path index = dir.resolve("customers.edm");
    assertThat(
            run(
                "edm",
                "index",
                records.toString(),
                "-o",
                index.toString(),
                "--key-file",
                key.toString()))
        .isZero();
    Path mail = dir.resolve("mail.txt");
    Files.writeString(
        mail, "Merhaba AYŞE YILMAZ, siparişiniz yolda. Sorular için: 0532 123 45 67\n");
    out.reset();
    int status =
        run(
            "scan",
            "--format",
            "jsonl",
            "--edm",
            index.toString(),
            "--edm-key-file",
            key.toString(),
            mail.toString());
    assertThat(status).isEqualTo(1);
    List<String> lines = stdout().lines().toList();
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).contains("\"infoType\":\"PERSON_NAME\"", "\"VERY_LIKELY\""))
        .anySatisfy(l -> assertThat(l).contains("\"infoType\":\"PHONE_NUMBER\"", "\"VERY_LIKELY\""))
        .anySatisfy(l -> assertThat(l).contains("\"infoType\":\"EDM_RECORD_MATCH\""));
    assertThat(stdout()).doesNotContain("Yılmaz", "YILMAZ", "Hans");
  }

  @Test
  void scanWhenEdmKeyWrongThenExitsTwoWithoutScanning() throws Exception {
    Path key = dir.resolve("a.key");
    Path other = dir.resolve("b.key");
    assertThat(run("edm", "keygen", "-o", key.toString())).isZero();
    assertThat(run("edm", "keygen", "-o", other.toString())).isZero();
    Path records = Files.writeString(dir.resolve("r.csv"), "buyer-email\nx.y@firma.com.tr\n");
    Path index = dir.resolve("r.edm");
    assertThat(
            run(
                "edm",
                "index",
                records.toString(),
                "-o",
                index.toString(),
                "--key-file",
                key.toString()))
        .isZero();
    err.reset();
    assertThat(run("scan", "--edm", index.toString(), "--edm-key-file", other.toString(), "-"))
        .isEqualTo(2);
    assertThat(stderr()).startsWith("kalkan: --edm: ").contains("another key");
  }

  /** Golden files of whole scans; regenerate with {@code -Dkalkan.updateGolden=true}. */
  private static final Path GOLDEN = Path.of("src/test/resources/dev/kalkan/cli/golden");

  /** An SP-API order, a flat-file report, YAML and {@code .env}: one of each structured kind. */
  private List<String> structuredFiles() throws Exception {
    Path order = dir.resolve("order.json");
    Files.writeString(
        order,
        """
        {
          "payload": {
            "AmazonOrderId": "113-1234567-1234567",
            "BuyerInfo": {"BuyerEmail": "5kdr0sbm2q8xj9c@marketplace.amazon.com", "BuyerName": "Ayşe Yılmaz"},
            "ShippingAddress": {
              "Name": "John Smith",
              "AddressLine1": "1 Main St",
              "AddressLine2": "",
              "City": "Seattle",
              "Phone": "+1 206-266-1000"
            },
            "Items": [{"Name": "Argan Oil Shampoo", "ASIN": "B09WHV1U7U"}]
          }
        }
        """);
    Path report = dir.resolve("orders-report.txt");
    Files.writeString(
        report,
        "order-id\tbuyer-email\tbuyer-name\tbuyer-phone-number\tship-address-1\tship-city\n"
            + "113-1234567-7654321\tjane.doe@gmail.com\tJane Doe\t0532 123 45 67\tGül Sokak 5"
            + "\tİzmir\n");
    Path yaml = dir.resolve("customer.yml");
    Files.writeString(yaml, "customer:\n  fullName: Klaus Weber\n  email: k.weber@firma.de\n");
    Path env = dir.resolve(".env");
    Files.writeString(env, "ALERT_EMAIL=ops@firma.com.tr\nREGION=eu-west-1\n");
    return List.of(order.toString(), report.toString(), yaml.toString(), env.toString());
  }

  @Test
  void scanWhenStructuredFilesThenJsonlCarriesFieldsNamesAndStreetsAsGolden() throws Exception {
    List<String> args =
        new java.util.ArrayList<>(List.of("scan", "--format", "jsonl", "--threads", "1"));
    args.addAll(structuredFiles());
    assertThat(run(args.toArray(String[]::new))).isEqualTo(1);
    assertGolden("scan-structured.jsonl", stdout().replace(dir + "/", "DIR/"));
    assertThat(stdout()).doesNotContain("Ayşe", "Smith", "Main St", "Jane Doe", "Klaus");
  }

  @Test
  void scanWhenStructuredFilesThenTextJsonAndSarifCarryTheFieldToo() throws Exception {
    List<String> files = structuredFiles();
    assertThat(run("scan", "--format", "text", files.get(0))).isEqualTo(1);
    assertThat(stdout())
        .contains("PERSON_NAME  VERY_LIKELY  ", "field=/payload/BuyerInfo/BuyerName")
        .contains("STREET_ADDRESS  VERY_LIKELY  ", "field=/payload/ShippingAddress/AddressLine1");
    out.reset();
    assertThat(run("scan", "--format", "json", files.get(1))).isEqualTo(1);
    assertThat(stdout())
        .contains("\"infoType\":\"PERSON_NAME\"", "\"field\":\"buyer-name\"")
        .contains("\"field\":\"ship-address-1\"");
    out.reset();
    assertThat(run("scan", "--format", "sarif", files.get(2))).isEqualTo(1);
    assertThat(stdout())
        .contains("\"ruleId\":\"PERSON_NAME\"")
        .contains(
            "\"properties\":{\"likelihood\":\"VERY_LIKELY\",\"field\":\"customer.fullName\"}");
  }

  @Test
  void scanWhenStandardInputIsJsonThenFieldsFromContent() {
    System.setIn(
        new ByteArrayInputStream(
            "{\"payload\": {\"BuyerInfo\": {\"BuyerName\": \"Ayşe Yılmaz\"}}}"
                .getBytes(StandardCharsets.UTF_8)));
    assertThat(run("scan", "--format", "jsonl", "-")).isEqualTo(1);
    assertThat(stdout())
        .startsWith("{\"path\":\"-\",\"infoType\":\"PERSON_NAME\"")
        .contains("\"field\":\"/payload/BuyerInfo/BuyerName\"");
  }

  private static void assertGolden(String name, String actual) throws Exception {
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("kalkan.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual);
      return;
    }
    assertThat(golden).as("golden file; create it with -Dkalkan.updateGolden=true").exists();
    assertThat(actual).isEqualTo(Files.readString(golden));
  }

  private static byte[] zip(String name, byte[] content) throws java.io.IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      zip.putNextEntry(new java.util.zip.ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  @Test
  void scanWhenZipHoldsCsvThenReportsTheMemberPath() throws Exception {
    Path file = dir.resolve("export.zip");
    Files.write(
        file, zip("orders/c.csv", "email\njane.doe@gmail.com\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(run("scan", "--format", "jsonl", file.toString())).isEqualTo(1);
    assertThat(stdout())
        .startsWith("{\"path\":\"" + file + "!/orders/c.csv\",\"infoType\":\"EMAIL_ADDRESS\"");
  }

  @Test
  void scanWhenZipBombThenExitsTwoWithANotScannedLineUnlessAllowed() throws Exception {
    Path file = dir.resolve("bomb.zip");
    Files.write(file, zip("zeros.txt", new byte[8 << 20]));
    assertThat(run("scan", "--format", "jsonl", file.toString())).isEqualTo(2);
    assertThat(stdout())
        .contains("\"notScanned\":\"expands more than 100 times")
        .contains("\"reason\":\"EXPANSION_LIMIT\"}");
    assertThat(stderr()).contains("not fully scanned: expands more than 100 times");
    out.reset();
    assertThat(run("scan", "--format", "jsonl", "--allow-incomplete", file.toString())).isZero();
  }

  @Test
  void scanWhenJsonHoldsBase64ThenReportsTheDecodedFindingAtTheEncodedSpan() throws Exception {
    String blob =
        java.util.Base64.getEncoder()
            .encodeToString("{\"mail\":\"jane.doe@gmail.com\"}".getBytes(StandardCharsets.UTF_8));
    Path file = dir.resolve("event.json");
    Files.writeString(file, "{\"payload\":\"" + blob + "\"}\n");
    assertThat(run("scan", "--format", "jsonl", file.toString())).isEqualTo(1);
    assertThat(stdout())
        .isEqualTo(
            "{\"path\":\""
                + file
                + "\",\"infoType\":\"EMAIL_ADDRESS\",\"category\":\"PII\","
                + "\"classification\":\"SENSITIVE\",\"likelihood\":\"VERY_LIKELY\",\"start\":12,"
                + "\"end\":"
                + (12 + blob.length())
                + ",\"line\":1,\"column\":13,\"decoded\":\"base64\",\"preview\":\"j***@g***.com\"}\n");
  }

  @Test
  void scanWhenNoExtractThenSkipsArchivesAsBinary() throws Exception {
    Path file = dir.resolve("export.zip");
    Files.write(file, zip("c.csv", "jane.doe@gmail.com\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(run("scan", "--no-extract", "--format", "jsonl", file.toString())).isZero();
    assertThat(stderr()).contains("binary file skipped");
  }
}
