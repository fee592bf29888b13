package dev.kalkan.milter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Messages and attachments for the tests: an Amazon flat-file order report (tab-separated, the
 * columns of the "unshipped orders" report) with buyer emails and phone numbers, the same rows as
 * an XLSX workbook, and MIME messages built from them with CRLF line ends as SMTP carries them.
 */
final class TestMessages {
  private TestMessages() {}

  static final String[] REPORT_HEADER = {
    "order-id", "order-item-id", "purchase-date", "buyer-email", "buyer-name",
    "buyer-phone-number", "sku", "product-name", "quantity-purchased", "ship-city",
    "ship-postal-code", "ship-country"
  };

  static final String[][] REPORT_ROWS = {
    {
      "112-4839201-7730215",
      "52901837465021",
      "2026-11-30T09:12:44+00:00",
      "7xq0v2m1lkd9p3s@marketplace.amazon.com",
      "Jane Doe",
      "+1 206-266-1000",
      "MUG-BLUE-12",
      "Blue Mug 12oz",
      "2",
      "Seattle",
      "98109",
      "US"
    },
    {
      "113-9912034-5521877",
      "52901837465022",
      "2026-11-30T10:01:05+00:00",
      "k3n8b1x0rq7wz2t@marketplace.amazon.de",
      "Max Mustermann",
      "+49 30 901820",
      "TEE-RED-M",
      "Red T-Shirt M",
      "1",
      "Berlin",
      "10117",
      "DE"
    },
    {
      "114-3300417-9045512",
      "52901837465023",
      "2026-11-30T11:45:13+00:00",
      "p0a9s8d7f6g5h4j@marketplace.amazon.co.uk",
      "Ayse Yilmaz",
      "+44 20 7946 0958",
      "CAP-GRN-L",
      "Green Cap L",
      "3",
      "London",
      "SW1A 1AA",
      "GB"
    }
  };

  /** The order report as Amazon's tab-separated flat file. */
  static String orderReportTsv() {
    StringBuilder sb = new StringBuilder(String.join("\t", REPORT_HEADER)).append("\r\n");
    for (String[] row : REPORT_ROWS) {
      sb.append(String.join("\t", row)).append("\r\n");
    }
    return sb.toString();
  }

  /** The order report as a minimal but valid XLSX workbook (shared strings, one sheet). */
  static byte[] orderReportXlsx() {
    List<String> shared = new ArrayList<>();
    StringBuilder sheet =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    List<String[]> rows = new ArrayList<>();
    rows.add(REPORT_HEADER);
    rows.addAll(List.of(REPORT_ROWS));
    for (int r = 0; r < rows.size(); r++) {
      sheet.append("<row r=\"").append(r + 1).append("\">");
      String[] row = rows.get(r);
      for (int c = 0; c < row.length; c++) {
        String ref = (char) ('A' + c) + String.valueOf(r + 1);
        if (row[c].matches("[0-9]+")) {
          sheet.append("<c r=\"").append(ref).append("\"><v>").append(row[c]).append("</v></c>");
        } else {
          shared.add(row[c]);
          sheet
              .append("<c r=\"")
              .append(ref)
              .append("\" t=\"s\"><v>")
              .append(shared.size() - 1)
              .append("</v></c>");
        }
      }
      sheet.append("</row>");
    }
    sheet.append("</sheetData></worksheet>");
    StringBuilder sst =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
                + shared.size()
                + "\">");
    for (String s : shared) {
      sst.append("<si><t>")
          .append(s.replace("&", "&amp;").replace("<", "&lt;"))
          .append("</t></si>");
    }
    sst.append("</sst>");
    String ns = "http://schemas.openxmlformats.org/";
    return zip(
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
            + ns
            + "package/2006/content-types\"><Default Extension=\"xml\""
            + " ContentType=\"application/xml\"/><Default Extension=\"rels\""
            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Override"
            + " PartName=\"/xl/workbook.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override"
            + " PartName=\"/xl/worksheets/sheet1.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override"
            + " PartName=\"/xl/sharedStrings.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>",
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
            + ns
            + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
            + ns
            + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
        "xl/workbook.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
            + ns
            + "spreadsheetml/2006/main\" xmlns:r=\""
            + ns
            + "officeDocument/2006/relationships\"><sheets><sheet name=\"Orders\" sheetId=\"1\""
            + " r:id=\"rId1\"/></sheets></workbook>",
        "xl/_rels/workbook.xml.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
            + ns
            + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
            + ns
            + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship"
            + " Id=\"rId2\" Type=\""
            + ns
            + "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>",
        "xl/worksheets/sheet1.xml",
        sheet.toString(),
        "xl/sharedStrings.xml",
        sst.toString());
  }

  static byte[] zip(String... namesAndContents) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }

  /** A MIME part: its headers (CRLF-joined) and its encoded body. */
  record Part(String headers, String body) {}

  static Part text(String text) {
    return new Part(
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit", text);
  }

  static Part attachment(String fileName, String contentType, byte[] content) {
    return new Part(
        "Content-Type: "
            + contentType
            + "; name=\""
            + fileName
            + "\"\r\nContent-Disposition: attachment; filename=\""
            + fileName
            + "\"\r\nContent-Transfer-Encoding: base64",
        Base64.getMimeEncoder(76, new byte[] {'\r', '\n'}).encodeToString(content));
  }

  /** A multipart/mixed message: the header block and the body, CRLF line ends. */
  record Mime(List<String[]> headers, byte[] body) {
    /** The whole message as SMTP DATA carries it. */
    byte[] bytes() {
      StringBuilder sb = new StringBuilder();
      for (String[] h : headers) {
        sb.append(h[0]).append(": ").append(h[1].replace("\n", "\r\n")).append("\r\n");
      }
      sb.append("\r\n");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
      out.writeBytes(body);
      return out.toByteArray();
    }
  }

  static Mime multipart(String from, String to, String subject, Part... parts) {
    String boundary = "=_kalkan_test_boundary_42";
    StringBuilder body = new StringBuilder("This is a multi-part message in MIME format.\r\n");
    for (Part p : parts) {
      body.append("--").append(boundary).append("\r\n");
      body.append(p.headers()).append("\r\n\r\n").append(p.body()).append("\r\n");
    }
    body.append("--").append(boundary).append("--\r\n");
    List<String[]> headers =
        List.of(
            new String[] {"From", from},
            new String[] {"To", to},
            new String[] {"Subject", subject},
            new String[] {"Message-ID", "<test-" + Math.abs(subject.hashCode()) + "@corp.example>"},
            new String[] {"Date", "Fri, 04 Dec 2026 05:00:00 +0000"},
            new String[] {"MIME-Version", "1.0"},
            new String[] {"Content-Type", "multipart/mixed;\n\tboundary=\"" + boundary + "\""});
    return new Mime(headers, body.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The order report message: a cover note, the TSV flat file and the XLSX workbook. */
  static Mime orderReport(String from, String to) {
    return multipart(
        from,
        to,
        "Unshipped orders report",
        text("Hi,\r\n\r\nattached are today's unshipped orders.\r\n\r\nRegards\r\n"),
        attachment(
            "UnshippedOrders.txt",
            "text/tab-separated-values",
            orderReportTsv().getBytes(StandardCharsets.UTF_8)),
        attachment(
            "UnshippedOrders.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            orderReportXlsx()));
  }

  /** A message with nothing sensitive in it. */
  static Mime clean(String from, String to) {
    return multipart(
        from,
        to,
        "Lunch on Friday",
        text("Hi,\r\n\r\nshall we meet at noon on Friday? The new place on 5th street.\r\n"));
  }
}
