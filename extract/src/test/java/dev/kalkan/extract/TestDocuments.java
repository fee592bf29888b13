package dev.kalkan.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real files of each format, generated in memory with known sensitive values. */
final class TestDocuments {
  static final String EMAIL = "ayse.yilmaz@example.com.tr";
  static final String EMAIL_2 = "hans.mueller@example.de";
  static final String PHONE = "+90 532 123 45 67";
  static final String ORDER_ID = "113-1234567-1234567";

  private TestDocuments() {}

  static byte[] xlsxOfOrders() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = wb.createSheet("orders");
      String[][] rows = {
        {"amazon-order-id", "buyer-email", "buyer-phone-number", "sku"},
        {ORDER_ID, EMAIL, PHONE, "SKU-RED-42"},
        {"114-7654321-7654321", EMAIL_2, "+49 30 12345678", "SKU-BLUE-7"},
      };
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  static byte[] docx(String text) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : text.split("\n")) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  static byte[] pptx(String text) throws IOException {
    try (XMLSlideShow show = new XMLSlideShow();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSLFTextBox box = show.createSlide().createTextBox();
      box.setText(text);
      box.setAnchor(new java.awt.Rectangle(50, 50, 400, 100));
      show.write(out);
      return out.toByteArray();
    }
  }

  static byte[] pdfInvoice() throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText("Invoice for order " + ORDER_ID);
        cs.newLineAtOffset(0, -20);
        cs.showText("Bill to: " + EMAIL + ", phone " + PHONE);
        cs.endText();
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  static byte[] odt(String text) throws IOException {
    String content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<office:document-content"
            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
            + "<office:body><office:text><text:p>"
            + text
            + "</text:p></office:text></office:body></office:document-content>";
    String manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
            + "<manifest:file-entry manifest:full-path=\"/\""
            + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            + "</manifest:manifest>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry mimetype = new ZipEntry("mimetype");
      byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      mimetype.setMethod(ZipEntry.STORED);
      mimetype.setSize(type.length);
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(type);
      mimetype.setCrc(crc.getValue());
      zip.putNextEntry(mimetype);
      zip.write(type);
      zip.closeEntry();
      entry(zip, "content.xml", content.getBytes(StandardCharsets.UTF_8));
      entry(zip, "META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  static byte[] rtf(String text) {
    return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24 " + text + "\\par}")
        .getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] html(String text) {
    return ("<!DOCTYPE html><html><head><title>Order</title></head><body><p>"
            + text
            + "</p><p>Mail: <a href=\"mailto:"
            + EMAIL_2
            + "\">write to us</a></p></body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A multipart mail from {@code EMAIL_2} with a text body and an XLSX attachment. */
  static byte[] emlWithXlsx(byte[] xlsx) {
    String b64 =
        Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(xlsx);
    String mail =
        "From: Hans Mueller <"
            + EMAIL_2
            + ">\r\n"
            + "To: ops@example.org\r\n"
            + "Subject: Orders export\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"XYZ\"\r\n\r\n"
            + "--XYZ\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
            + "Please call me at "
            + PHONE
            + ".\r\n"
            + "--XYZ\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;"
            + " name=\"orders.xlsx\"\r\nContent-Transfer-Encoding: base64\r\n"
            + "Content-Disposition: attachment; filename=\"orders.xlsx\"\r\n\r\n"
            + b64
            + "\r\n--XYZ--\r\n";
    return mail.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * An Outlook message (an OLE2 compound file with MAPI property streams, as Outlook saves a .msg):
   * subject, sender, plain-text body and one attachment. POI cannot write messages, so the streams
   * are written one by one with POIFS.
   */
  static byte[] msg(String subject, String body, String attachmentName, byte[] attachment)
      throws IOException {
    try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs =
        new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
      org.apache.poi.poifs.filesystem.DirectoryEntry root = fs.getRoot();
      root.createDocument("__substg1.0_0037001F", unicode(subject));
      root.createDocument("__substg1.0_0C1A001F", unicode("Kalkan Test"));
      root.createDocument("__substg1.0_1000001F", unicode(body));
      root.createDocument("__substg1.0_001A001F", unicode("IPM.Note"));
      org.apache.poi.poifs.filesystem.DirectoryEntry attach =
          root.createDirectory("__attach_version1.0_#00000000");
      attach.createDocument("__substg1.0_3704001F", unicode(attachmentName));
      attach.createDocument("__substg1.0_3707001F", unicode(attachmentName));
      attach.createDocument("__substg1.0_37010102", new java.io.ByteArrayInputStream(attachment));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  private static java.io.InputStream unicode(String text) {
    return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_16LE));
  }

  static byte[] csv(String text, Charset charset) {
    return text.getBytes(charset);
  }

  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        entry(zip, e.getKey(), e.getValue());
      }
    }
    return out.toByteArray();
  }

  static byte[] tarGz(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(gz)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
        entry.setSize(e.getValue().length);
        tar.putArchiveEntry(entry);
        tar.write(e.getValue());
        tar.closeArchiveEntry();
      }
    }
    return out.toByteArray();
  }

  static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(content);
    }
    return out.toByteArray();
  }

  /** A zip with one entry of {@code size} zero bytes: about a thousand times smaller. */
  static byte[] zipBomb(int size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("zeros.txt"));
      byte[] zeros = new byte[1 << 16];
      for (int written = 0; written < size; written += zeros.length) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /** Zips {@code innermost} {@code levels} times: level k holds {@code n(k+1).zip}. */
  static byte[] nestedZips(int levels, byte[] innermost) throws IOException {
    byte[] current = zip(Map.of("secret.txt", innermost));
    for (int level = levels - 1; level >= 1; level--) {
      current = zip(Map.of("n" + level + ".zip", current));
    }
    return current;
  }

  static byte[] billionLaughs() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n");
    xml.append(" <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      xml.append(" <!ENTITY lol").append(i).append(" \"");
      String prev = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
      xml.append(prev.repeat(10)).append("\">\n");
    }
    xml.append("]>\n<lolz>&lol9; ").append(EMAIL).append("</lolz>\n");
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }
}
