package dev.kalkan.bench;

import dev.kalkan.detect.Scanner;
import dev.kalkan.extract.DocumentScanner;
import dev.kalkan.extract.ExtractionLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Extraction throughput of {@link DocumentScanner#scan}: text extraction with Tika and scanning,
 * over an in-memory corpus of generated files of one format, one call per file as {@code kalkan
 * scan} makes them. {@code xlsx}: order reports of 500 rows (order id, buyer email, phone, name,
 * SKU, price); {@code pdf}: invoices of 4 pages of 40 lines. The {@code megabytes} secondary score
 * is MB/s of file bytes (1 MB = 1,000,000 bytes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class ExtractionBenchmark {

  /** The format of the corpus. */
  @Param({"xlsx", "pdf"})
  public String format;

  /** Files in the corpus. */
  @Param("20")
  public int files;

  private DocumentScanner scanner;
  private byte[][] corpus;
  private double corpusMegabytes;

  /** Generates the corpus and builds a document scanner with default settings and limits. */
  @Setup
  public void setUp() throws IOException {
    Random random = new Random(42);
    List<byte[]> contents = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; i < files; i++) {
      byte[] file = format.equals("pdf") ? pdf(random) : xlsx(random);
      contents.add(file);
      bytes += file.length;
    }
    corpus = contents.toArray(byte[][]::new);
    corpusMegabytes = bytes / 1e6;
    scanner = DocumentScanner.create(Scanner.withDefaults(), ExtractionLimits.defaults());
  }

  /** Extracts and scans every file of the corpus once. */
  @Benchmark
  public void extractCorpus(ScannerBenchmark.Volume volume, Blackhole blackhole)
      throws IOException {
    for (byte[] file : corpus) {
      blackhole.consume(
          scanner.scan(
              new ByteArrayInputStream(file), "f." + format, file.length, blackhole::consume));
    }
    volume.megabytes += corpusMegabytes;
  }

  private static String orderId(Random r) {
    return String.format(
        "%03d-%07d-%07d", r.nextInt(1000), r.nextInt(10_000_000), r.nextInt(10_000_000));
  }

  private static String email(Random r) {
    return "buyer" + r.nextInt(1_000_000) + "@example.com";
  }

  private static String phone(Random r) {
    return "+90 5"
        + (30 + r.nextInt(20))
        + " "
        + (100 + r.nextInt(900))
        + " "
        + (10 + r.nextInt(90))
        + " "
        + (10 + r.nextInt(90));
  }

  static byte[] xlsx(Random r) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = wb.createSheet("orders");
      String[] header = {
        "amazon-order-id", "buyer-email", "buyer-phone-number", "buyer-name", "sku", "item-price"
      };
      XSSFRow head = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) {
        head.createCell(c).setCellValue(header[c]);
      }
      for (int row = 1; row <= 500; row++) {
        XSSFRow x = sheet.createRow(row);
        x.createCell(0).setCellValue(orderId(r));
        x.createCell(1).setCellValue(email(r));
        x.createCell(2).setCellValue(phone(r));
        x.createCell(3).setCellValue("Customer " + r.nextInt(100_000));
        x.createCell(4).setCellValue("SKU-" + r.nextInt(100_000));
        x.createCell(5).setCellValue(5 + r.nextInt(50_000) / 100.0);
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  static byte[] pdf(Random r) throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int p = 0; p < 4; p++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 9);
          cs.newLineAtOffset(40, 750);
          for (int line = 0; line < 40; line++) {
            cs.showText(
                "Order "
                    + orderId(r)
                    + "  bill to "
                    + email(r)
                    + "  phone "
                    + phone(r)
                    + "  total EUR "
                    + (r.nextInt(100_000) / 100.0));
            cs.newLineAtOffset(0, -17);
          }
          cs.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }
}
