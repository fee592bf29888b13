package dev.kalkan.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.cli.report.ScannedFile.Status;
import dev.kalkan.detect.Category;
import dev.kalkan.detect.Classification;
import dev.kalkan.detect.Finding;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fixed scan for the report tests, and the golden-file check.
 *
 * <p>Golden files live in {@code src/test/resources/dev/kalkan/cli/report/golden/}. After an
 * intended change of a format, regenerate them with {@code ./mvnw -q -B -pl cli -am test
 * -Dkalkan.updateGolden=true} (the tests then write instead of compare), and review the diff.
 */
final class ReportFixture {
  static final InfoType EMPLOYEE_BADGE =
      new InfoType("EMPLOYEE_BADGE", Category.CUSTOM, Classification.INTERNAL);

  private static final Path GOLDEN = Path.of("src/test/resources/dev/kalkan/cli/report/golden");
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private ReportFixture() {}

  /** A scan of six files: findings of every classification, a clean, a binary, a failed file. */
  static List<ScannedFile> files() {
    return List.of(
        new ScannedFile(
            "src/orders/export.csv",
            Status.SCANNED,
            null,
            2048,
            List.of(
                finding(
                    InfoType.EMAIL_ADDRESS,
                    Likelihood.VERY_LIKELY,
                    120,
                    3,
                    15,
                    "buyer_email",
                    "jane.doe@example.com"),
                finding(
                    InfoType.EMAIL_ADDRESS,
                    Likelihood.LIKELY,
                    300,
                    7,
                    15,
                    "buyer_email",
                    "ali.veli@firma.com.tr"),
                finding(
                    InfoType.CREDIT_CARD_NUMBER,
                    Likelihood.VERY_LIKELY,
                    341,
                    7,
                    56,
                    "card",
                    "4111111111111111"))),
        new ScannedFile("clean.txt", Status.SCANNED, null, 100, List.of()),
        new ScannedFile(
            "config/app.json",
            Status.SCANNED,
            null,
            512,
            List.of(
                finding(
                    InfoType.LWA_CLIENT_SECRET,
                    Likelihood.VERY_LIKELY,
                    40,
                    3,
                    21,
                    "/lwa/clientSecret",
                    "amzn1.oa2-cs.v1." + "0123456789abcdef".repeat(4)),
                finding(
                    InfoType.AMAZON_SELLER_ID,
                    Likelihood.POSSIBLE,
                    160,
                    5,
                    12,
                    "/seller/id",
                    "A1B2C3D4E5F6G7"),
                finding(
                    InfoType.ASIN, Likelihood.LIKELY, 200, 6, 20, "/items/0/asin", "B0ABCDEFGH"),
                finding(
                    InfoType.PERSON_NAME,
                    Likelihood.LIKELY,
                    260,
                    8,
                    30,
                    "/notes/\u001b[31m\"quoted\"",
                    "Zoë \"Zee\" O'Brien"))),
        new ScannedFile(
            "assets/logo.png", Status.SKIPPED_BINARY, "binary content", 4096, List.of()),
        new ScannedFile("private/locked.txt", Status.ERROR, "permission denied", 0, List.of()),
        new ScannedFile(
            "docs/ünïcode dir/notes #1.md",
            Status.SCANNED,
            null,
            900,
            List.of(
                finding(
                    InfoType.STREET_ADDRESS,
                    Likelihood.LIKELY,
                    70,
                    4,
                    3,
                    null,
                    "Flat 2\n10 Downing Street"),
                finding(
                    InfoType.PHONE_NUMBER,
                    Likelihood.POSSIBLE,
                    120,
                    6,
                    9,
                    null,
                    "+90\t212 555 01 23"),
                finding(EMPLOYEE_BADGE, Likelihood.VERY_LIKELY, 180, 9, 1, null, "Ü-😀-42"))));
  }

  /** The totals of {@link #files()}. */
  static ScanSummary summary() {
    List<ScannedFile> files = files();
    Map<String, Long> byType = new TreeMap<>();
    long findings = 0;
    long bytes = 0;
    for (ScannedFile file : files) {
      bytes += file.status() == Status.SCANNED ? file.bytes() : 0;
      for (Finding finding : file.findings()) {
        byType.merge(finding.infoType().name(), 1L, Long::sum);
        findings++;
      }
    }
    return new ScanSummary(4, 1, 1, bytes, findings, byType, Duration.ofMillis(1534));
  }

  /** A finding whose end follows from its start and the value's length in code points. */
  static Finding finding(
      InfoType type,
      Likelihood likelihood,
      long start,
      long line,
      long column,
      String field,
      String value) {
    long end = start + value.codePointCount(0, value.length());
    return new Finding(type, likelihood, start, end, line, column, field, value);
  }

  /** Every finding of {@link #files()}. */
  static List<Finding> findings() {
    return files().stream().flatMap(file -> file.findings().stream()).toList();
  }

  /** Writes {@code files} and {@code summary} in {@code format} and returns the output. */
  static byte[] report(
      ReportFormat format, boolean showValues, List<ScannedFile> files, ScanSummary summary) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter writer =
        format == ReportFormat.SARIF
            ? new SarifReportWriter(writer(out), "1.2.3")
            : ReportWriter.create(format, out, showValues);
    try {
      for (ScannedFile file : files) {
        writer.file(file);
      }
      writer.finish(summary);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes the fixed scan in {@code format}; SARIF with tool version {@code 1.2.3}. */
  static byte[] report(ReportFormat format, boolean showValues) {
    return report(format, showValues, files(), summary());
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Parses one JSON document strictly (duplicate members and trailing tokens rejected). */
  static JsonNode parse(String json) {
    return JSON.readTree(json);
  }

  /** Asserts that {@code actual} equals the golden file {@code name} byte for byte. */
  static void assertGolden(String name, byte[] actual) throws IOException {
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("kalkan.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.write(golden, actual);
      return;
    }
    assertThat(golden).as("golden file; create it with -Dkalkan.updateGolden=true").exists();
    byte[] expected = Files.readAllBytes(golden);
    assertThat(text(actual)).as("output against %s", golden).isEqualTo(text(expected));
    assertThat(actual).isEqualTo(expected);
  }

  private static Writer writer(ByteArrayOutputStream out) {
    return new OutputStreamWriter(out, StandardCharsets.UTF_8);
  }
}
