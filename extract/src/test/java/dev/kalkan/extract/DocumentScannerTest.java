package dev.kalkan.extract;

import static dev.kalkan.extract.TestDocuments.EMAIL;
import static dev.kalkan.extract.TestDocuments.EMAIL_2;
import static dev.kalkan.extract.TestDocuments.ORDER_ID;
import static dev.kalkan.extract.TestDocuments.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.Finding;
import dev.kalkan.detect.PlaintextAccess;
import dev.kalkan.detect.Scanner;
import dev.kalkan.extract.ScanGap.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class DocumentScannerTest {
  private static final DocumentScanner SCANNER =
      DocumentScanner.create(Scanner.withDefaults(), ExtractionLimits.defaults());

  private record Result(List<ScannedMember> members, ExtractionOutcome outcome) {
    ScannedMember member(String path) {
      return members.stream()
          .filter(m -> m.path().equals(path))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no member " + path + " in " + paths()));
    }

    List<String> paths() {
      return members.stream().map(ScannedMember::path).toList();
    }

    List<String> values(String path) {
      return member(path).findings().stream()
          .map(f -> f.value(PlaintextAccess.explicitlyRequested()))
          .toList();
    }
  }

  private static Result scan(DocumentScanner scanner, String name, byte[] content)
      throws IOException {
    List<ScannedMember> members = new ArrayList<>();
    ExtractionOutcome outcome =
        scanner.scan(new ByteArrayInputStream(content), name, content.length, members::add);
    return new Result(members, outcome);
  }

  private static Result scan(String name, byte[] content) throws IOException {
    return scan(SCANNER, name, content);
  }

  @Test
  void scanWhenXlsxOfOrdersThenFindsEmailsPhonesAndOrderIds() throws IOException {
    Result r = scan("report.xlsx", TestDocuments.xlsxOfOrders());
    assertThat(r.outcome().fullyScanned()).isTrue();
    assertThat(r.values("report.xlsx")).contains(EMAIL, EMAIL_2, PHONE, ORDER_ID);
  }

  @Test
  void scanWhenDocxThenFindsItsText() throws IOException {
    Result r = scan("letter.docx", TestDocuments.docx("Dear customer\nyour mail " + EMAIL));
    assertThat(r.values("letter.docx")).containsExactly(EMAIL);
  }

  @Test
  void scanWhenPdfInvoiceThenFindsOrderEmailAndPhone() throws IOException {
    Result r = scan("invoice.pdf", TestDocuments.pdfInvoice());
    assertThat(r.outcome().fullyScanned()).isTrue();
    assertThat(r.values("invoice.pdf")).contains(ORDER_ID, EMAIL, PHONE);
  }

  @Test
  void scanWhenPptxThenFindsSlideText() throws IOException {
    Result r = scan("deck.pptx", TestDocuments.pptx("Escalation contact " + EMAIL));
    assertThat(r.values("deck.pptx")).contains(EMAIL);
  }

  @Test
  void scanWhenOdtThenFindsItsText() throws IOException {
    Result r = scan("note.odt", TestDocuments.odt("Kunde: " + EMAIL_2));
    assertThat(r.values("note.odt")).contains(EMAIL_2);
  }

  @Test
  void scanWhenRtfThenFindsItsText() throws IOException {
    Result r = scan("memo.rtf", TestDocuments.rtf("Call " + PHONE + " today"));
    assertThat(r.values("memo.rtf")).contains(PHONE);
  }

  @Test
  void scanWhenHtmlThenFindsTextEntitiesAndLinkTargets() throws IOException {
    Result r = scan("page.html", TestDocuments.html("ayse.yilmaz&#64;example.com.tr"));
    assertThat(r.values("page.html")).contains(EMAIL, EMAIL_2);
  }

  @Test
  void scanWhenEmlWithXlsxAttachmentThenScansBodyHeadersAndAttachmentSeparately()
      throws IOException {
    Result r = scan("mail.eml", TestDocuments.emlWithXlsx(TestDocuments.xlsxOfOrders()));
    assertThat(r.paths()).containsExactly("mail.eml!/orders.xlsx", "mail.eml");
    assertThat(r.values("mail.eml")).contains(EMAIL_2, PHONE);
    assertThat(r.values("mail.eml!/orders.xlsx")).contains(EMAIL, ORDER_ID);
    assertThat(r.values("mail.eml").stream().filter(EMAIL_2::equals))
        .as("the sender's address, filed by Tika under several metadata names, is reported once")
        .hasSize(1);
  }

  @Test
  void scanWhenOutlookMsgWithAttachmentThenScansBodyAndAttachment() throws IOException {
    byte[] csv = ("email,order\n" + EMAIL + "," + ORDER_ID + "\n").getBytes(StandardCharsets.UTF_8);
    Result r =
        scan(
            "mail.msg",
            TestDocuments.msg("Your order", "Call me on " + PHONE + ", thanks", "orders.csv", csv));
    assertThat(r.values("mail.msg")).contains(PHONE);
    assertThat(r.paths()).anyMatch(p -> p.startsWith("mail.msg!/"));
    assertThat(r.paths().stream().flatMap(p -> r.values(p).stream())).contains(EMAIL, ORDER_ID);
  }

  @Test
  void scanWhenCsvInWindows1254ThenDecodesTurkishAndFindsValues() throws IOException {
    String csv =
        "Müşteri adı;E-posta;Telefon;Şehir\n"
            + "Ayşe Yılmaz;"
            + EMAIL
            + ";"
            + PHONE
            + ";İstanbul\n"
            + "Çağrı Öztürk;cagri.ozturk@example.com.tr;+90 533 765 43 21;Eskişehir\n"
            + "Gülşen Doğan;gulsen@example.com.tr;+90 542 111 22 33;Muğla\n";
    Result r = scan("musteriler.csv", TestDocuments.csv(csv, Charset.forName("windows-1254")));
    assertThat(r.values("musteriler.csv")).contains(EMAIL, PHONE, "cagri.ozturk@example.com.tr");
  }

  @Test
  void scanWhenZipOfTarGzOfCsvThenNamesTheMemberPath() throws IOException {
    byte[] csv = ("email,phone\n" + EMAIL + "," + PHONE + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] tgz = TestDocuments.tarGz(Map.of("exports/c.csv", csv));
    Result r = scan("a.zip", TestDocuments.zip(Map.of("b.tar.gz", tgz)));
    assertThat(r.outcome().fullyScanned()).isTrue();
    assertThat(r.values("a.zip!/b.tar.gz!/exports/c.csv")).containsExactly(EMAIL, PHONE);
  }

  @Test
  void scanWhenZipBombThenStopsWithExpansionLimit() throws IOException {
    Result r = scan("bomb.zip", TestDocuments.zipBomb(8 << 20));
    assertThat(r.outcome().fullyScanned()).isFalse();
    assertThat(r.outcome().gaps()).extracting(ScanGap::reason).contains(Reason.EXPANSION_LIMIT);
  }

  @Test
  void scanWhenFiftyNestedZipsThenStopsAtTheDepthLimit() throws IOException {
    byte[] nested =
        TestDocuments.nestedZips(50, ("mail " + EMAIL).getBytes(StandardCharsets.UTF_8));
    Result r = scan("n0.zip", nested);
    assertThat(r.outcome().gaps()).hasSize(1);
    ScanGap gap = r.outcome().gaps().get(0);
    assertThat(gap.reason()).isEqualTo(Reason.DEPTH_LIMIT);
    assertThat(gap.path())
        .isEqualTo(
            "n0.zip!/n1.zip!/n2.zip!/n3.zip!/n4.zip!/n5.zip!/n6.zip!/n7.zip!/n8.zip!/n9.zip!/n10.zip!/n11.zip");
  }

  @Test
  void scanWhenBillionLaughsThenReportsXmlLimit() throws IOException {
    Result r = scan("lolz.xml", TestDocuments.billionLaughs());
    assertThat(r.outcome().gaps()).extracting(ScanGap::reason).containsExactly(Reason.XML_LIMIT);
  }

  @Test
  void scanWhenPdfTruncatedThenReportsCorruptAndKeepsRunning() throws IOException {
    byte[] pdf = TestDocuments.pdfInvoice();
    Result r = scan("broken.pdf", Arrays.copyOf(pdf, pdf.length / 3));
    assertThat(r.outcome().gaps()).extracting(ScanGap::reason).containsExactly(Reason.CORRUPT);
    assertThat(r.outcome().gaps().get(0).path()).isEqualTo("broken.pdf");
  }

  @Test
  void scanWhenParseHangsThenWatchdogAbandonsItWithTimeLimit() throws IOException {
    DocumentScanner quick =
        DocumentScanner.create(
            Scanner.withDefaults(),
            ExtractionLimits.defaults().withTimeout(Duration.ofMillis(300)));
    CountDownLatch never = new CountDownLatch(1);
    byte[] head = TestDocuments.zip(Map.of("a.txt", new byte[] {'x'}));
    InputStream hanging =
        new InputStream() {
          private int pos;

          @Override
          public int read() throws IOException {
            if (pos < 30) {
              return head[pos++] & 0xFF;
            }
            try {
              never.await();
            } catch (InterruptedException e) {
              throw new java.io.InterruptedIOException("abandoned");
            }
            return -1;
          }
        };
    List<ScannedMember> members = new ArrayList<>();
    ExtractionOutcome outcome = quick.scan(hanging, "slow.zip", -1, members::add);
    assertThat(outcome.gaps()).extracting(ScanGap::reason).containsExactly(Reason.TIME_LIMIT);
  }

  @Test
  void scanWhenTokenPercentEncodedInQueryStringThenReportedOnceAtItsOwnSpan() throws IOException {
    String token = "Atzr%7CIwEBI" + "Q".repeat(120);
    String log =
        "POST /auth/o2/token body=grant_type=refresh_token&refresh_token="
            + token
            + "&client_id=x&scope=sellingpartnerapi%3A%3Anotifications\n";
    byte[] text = log.getBytes(StandardCharsets.UTF_8);
    List<Finding> findings = new ArrayList<>();
    ScanGap gap = SCANNER.scanText(text, text.length, "http.log", findings::add);
    assertThat(gap).isNull();
    assertThat(findings)
        .extracting(f -> f.infoType().name(), Finding::start, Finding::end)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "LWA_REFRESH_TOKEN",
                (long) log.indexOf(token),
                (long) log.indexOf(token) + token.length()));
  }

  @Test
  void scanWhenEmailPercentEncodedInUrlThenLocatedAtTheBytesThatEncodeIt() throws IOException {
    String encoded = "jane.doe%40gmail.com";
    String log = "x\nGET https://shop.example/track?email=" + encoded + "&utm_source=mail\n";
    byte[] text = log.getBytes(StandardCharsets.UTF_8);
    List<Finding> findings = new ArrayList<>();
    SCANNER.scanText(text, text.length, "access.log", findings::add);
    assertThat(findings).hasSize(1);
    Finding email = findings.get(0);
    assertThat(email.decoding()).isEqualTo("percent");
    assertThat(email.value(PlaintextAccess.explicitlyRequested())).isEqualTo("jane.doe@gmail.com");
    assertThat(email.start()).isEqualTo(log.indexOf(encoded));
    assertThat(email.end()).isEqualTo(log.indexOf(encoded) + encoded.length());
    assertThat(email.line()).isEqualTo(2);
    assertThat(email.column()).isEqualTo(log.indexOf(encoded) - 1);
  }

  @Test
  void scanWhenEmailSplitByQuotedPrintableSoftBreakThenLocatedAtTheBytesThatEncodeIt()
      throws IOException {
    String body =
        "Sehr geehrte Frau M=C3=BCller, bitte senden Sie die Rechnung an jane.doe@gm=\n"
            + "ail.com und nicht an die alte Adresse. Gr=C3=BC=C3=9Fe\n";
    String mail = "Subject: Rechnung\n\n" + body;
    byte[] text = mail.getBytes(StandardCharsets.UTF_8);
    List<Finding> findings = new ArrayList<>();
    SCANNER.scanText(text, text.length, "mail.txt", findings::add);
    Finding email =
        findings.stream()
            .filter(f -> f.infoType().name().equals("EMAIL_ADDRESS"))
            .findFirst()
            .get();
    assertThat(email.decoding()).isEqualTo("quoted-printable");
    assertThat(email.value(PlaintextAccess.explicitlyRequested())).isEqualTo("jane.doe@gmail.com");
    String written = "jane.doe@gm=\nail.com";
    assertThat(email.start()).isEqualTo(mail.indexOf(written));
    assertThat(email.end()).isEqualTo(mail.indexOf(written) + written.length());
    assertThat(email.line()).isEqualTo(3);
    assertThat(email.column()).isEqualTo(body.indexOf(written) + 1);
  }

  @Test
  void scanWhenTextHoldsBase64AndGzipBase64JsonThenReportsDecodedFindingsAtTheSpan()
      throws IOException {
    String inner = "{\"email\":\"" + EMAIL + "\"}";
    String b64 =
        java.util.Base64.getEncoder().encodeToString(inner.getBytes(StandardCharsets.UTF_8));
    String gz =
        java.util.Base64.getEncoder()
            .encodeToString(
                TestDocuments.gzip(("phone " + PHONE).getBytes(StandardCharsets.UTF_8)));
    String json = "{\"a\":\"" + b64 + "\",\n\"b\":\"" + gz + "\"}\n";
    byte[] text = json.getBytes(StandardCharsets.UTF_8);
    List<Finding> findings = new ArrayList<>();
    ScanGap gap = SCANNER.scanText(text, text.length, "blob.json", findings::add);
    assertThat(gap).isNull();
    assertThat(findings).hasSize(2);
    Finding email = findings.get(0);
    assertThat(email.decoding()).isEqualTo("base64");
    assertThat(email.start()).isEqualTo(json.indexOf(b64));
    assertThat(email.end()).isEqualTo(json.indexOf(b64) + b64.length());
    assertThat(email.line()).isEqualTo(1);
    Finding phone = findings.get(1);
    assertThat(phone.decoding()).isEqualTo("base64>gzip");
    assertThat(phone.line()).isEqualTo(2);
    assertThat(phone.column()).isEqualTo(6);
  }

  @Test
  void scanWhenSevenZipThenFindsTheMember() throws IOException {
    org.apache.commons.compress.utils.SeekableInMemoryByteChannel channel =
        new org.apache.commons.compress.utils.SeekableInMemoryByteChannel();
    byte[] csv = ("mail " + EMAIL + "\n").getBytes(StandardCharsets.UTF_8);
    try (org.apache.commons.compress.archivers.sevenz.SevenZOutputFile out =
        new org.apache.commons.compress.archivers.sevenz.SevenZOutputFile(channel)) {
      org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry entry =
          new org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry();
      entry.setName("dir/c.csv");
      entry.setSize(csv.length);
      entry.setLastModifiedDate(new java.util.Date(0)); // 7-Zip writes one; Tika reads it
      out.putArchiveEntry(entry);
      out.write(csv);
      out.closeArchiveEntry();
    }
    byte[] archive = Arrays.copyOf(channel.array(), (int) channel.size());
    Result r = scan("x.7z", archive);
    assertThat(r.values("x.7z!/dir/c.csv")).containsExactly(EMAIL);
  }

  @Test
  void scanWhenRarThenReportsUnsupported() throws IOException {
    byte[] rar = {'R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0x00, 0, 0, 0, 0};
    Result r = scan("x.rar", rar);
    assertThat(r.outcome().gaps()).extracting(ScanGap::reason).containsExactly(Reason.UNSUPPORTED);
  }

  @Test
  void scanWhenUnknownBinaryThenReportsItAsBinaryWithoutGap() throws IOException {
    Result r = scan("blob.bin", new byte[] {1, 2, 3, 0, 0, 7, 8, 9});
    assertThat(r.outcome().fullyScanned()).isTrue();
    assertThat(r.member("blob.bin").binary()).isTrue();
  }

  @Test
  void scanWhenZipHoldsJsonThenScansItAsTextWithRawPositions() throws IOException {
    String json = "{\n  \"BuyerEmail\": \"" + EMAIL + "\"\n}\n";
    Result r =
        scan("x.zip", TestDocuments.zip(Map.of("o.json", json.getBytes(StandardCharsets.UTF_8))));
    Finding f = r.member("x.zip!/o.json").findings().get(0);
    assertThat(f.line()).isEqualTo(2);
    assertThat(f.column()).isEqualTo(json.indexOf(EMAIL) - json.indexOf('\n'));
  }
}
