package dev.kalkan.milter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class AttachmentTextTest {

  private static MailMessage.Attachment attachment(
      String name, String type, String charset, byte[] bytes) {
    return new MailMessage.Attachment(name, type, charset, bytes);
  }

  @Test
  void ofWhenTsvFlatFileThenTextAsIs() {
    String tsv = TestMessages.orderReportTsv();

    assertThat(
            AttachmentText.of(
                attachment("orders.txt", "text/plain", "", tsv.getBytes(StandardCharsets.UTF_8))))
        .contains(tsv);
  }

  @Test
  void ofWhenCsvWithBomAndOctetStreamThenByExtensionWithoutBom() {
    byte[] bytes = "\uFEFFbuyer-email\nx@y.com\n".getBytes(StandardCharsets.UTF_8);

    assertThat(AttachmentText.of(attachment("export.CSV", "application/octet-stream", "", bytes)))
        .contains("buyer-email\nx@y.com\n");
  }

  @Test
  void ofWhenCharsetGivenThenDecodedInIt() {
    byte[] bytes = "alıcı adı".getBytes(Charset.forName("windows-1254"));

    assertThat(AttachmentText.of(attachment("a.txt", "text/plain", "windows-1254", bytes)))
        .contains("alıcı adı");
  }

  @Test
  void ofWhenTextTypeButBinaryContentThenEmpty() {
    assertThat(AttachmentText.of(attachment("a.txt", "text/plain", "", new byte[] {'a', 0, 'b'})))
        .isEmpty();
  }

  @Test
  void ofWhenPdfThenEmpty() {
    assertThat(AttachmentText.of(attachment("r.pdf", "application/pdf", "", "%PDF-1.7".getBytes())))
        .isEmpty();
  }

  @Test
  void ofWhenXlsxThenRowsWithTabsAndSharedStringsResolved() {
    String text =
        AttachmentText.of(
                attachment(
                    "UnshippedOrders.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "",
                    TestMessages.orderReportXlsx()))
            .orElseThrow();

    assertThat(text.lines().toList())
        .startsWith(
            String.join("\t", TestMessages.REPORT_HEADER),
            String.join("\t", TestMessages.REPORT_ROWS[0]));
    assertThat(text.lines()).hasSize(1 + TestMessages.REPORT_ROWS.length);
  }

  @Test
  void ofWhenXlsxWithInlineStringsAndFormulasThenValuesNotFormulas() {
    byte[] xlsx =
        TestMessages.zip(
            "xl/worksheets/sheet1.xml",
            "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>buyer-phone-number</t></is></c>"
                + "<c><f>SUM(A1:A2)</f><v>42</v></c></row></sheetData></worksheet>");

    assertThat(AttachmentText.of(attachment("book.xlsx", "application/octet-stream", "", xlsx)))
        .contains("buyer-phone-number\t42\n");
  }

  @Test
  void ofWhenXlsxIsNotAZipThenEmpty() {
    assertThat(AttachmentText.of(attachment("book.xlsx", "", "", "not a zip".getBytes())))
        .isEmpty();
  }

  @Test
  void ofWhenXlsxWithoutSheetsThenEmpty() {
    assertThat(AttachmentText.of(attachment("book.xlsx", "", "", TestMessages.zip("a.txt", "x"))))
        .isEmpty();
  }

  @Test
  void ofWhenXlsxWithDoctypeThenNoEntityExpansion() {
    byte[] xlsx =
        TestMessages.zip(
            "xl/worksheets/sheet1.xml",
            "<!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><worksheet><sheetData><row>"
                + "<c t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>");

    assertThat(AttachmentText.of(attachment("book.xlsx", "", "", xlsx)).orElse(""))
        .doesNotContain("root:");
  }

  @Test
  void ofWhenXlsxExpandsBeyondLimitThenEmpty() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (long written = 0; written <= AttachmentText.MAX_XLSX_BYTES; written += zeros.length) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }

    assertThat(bytes.size()).isLessThan(1 << 20);
    assertThat(AttachmentText.of(attachment("bomb.xlsx", "", "", bytes.toByteArray()))).isEmpty();
  }
}
