package dev.kalkan.icap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ContentExtractorTest {
  private final ContentExtractor extractor = new ContentExtractor(1 << 20, 100);

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private ContentExtractor.Result extract(String type, String encoding, byte[] body) {
    return extractor.extract(type, encoding, body, body.length, true);
  }

  @Test
  void extractWhenPlainJsonThenOneBodyPart() {
    ContentExtractor.Result r = extract("application/json", null, utf8("{\"a\":1}"));
    assertThat(r.complete()).isTrue();
    assertThat(r.parts())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(UploadPart.Kind.BODY);
              assertThat(p.text()).isEqualTo("{\"a\":1}");
              assertThat(p.contentType()).contains("application/json");
            });
  }

  @Test
  void extractWhenGzipThenDecompressed() throws IOException {
    ContentExtractor.Result r =
        extract("text/plain", "gzip", IcapServerTest.gzip(utf8("buyer jane@example.com")));
    assertThat(r.complete()).isTrue();
    assertThat(r.parts().get(0).text()).isEqualTo("buyer jane@example.com");
  }

  @Test
  void extractWhenDeflateZlibOrRawThenDecompressed() throws IOException {
    byte[] text = utf8("order 902-3159896-1390916");
    ByteArrayOutputStream zlib = new ByteArrayOutputStream();
    try (DeflaterOutputStream d = new DeflaterOutputStream(zlib)) {
      d.write(text);
    }
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (DeflaterOutputStream d =
        new DeflaterOutputStream(raw, new Deflater(Deflater.DEFAULT_COMPRESSION, true))) {
      d.write(text);
    }
    assertThat(extract("text/plain", "deflate", zlib.toByteArray()).parts().get(0).toByteArray())
        .isEqualTo(text);
    assertThat(extract("text/plain", "deflate", raw.toByteArray()).parts().get(0).toByteArray())
        .isEqualTo(text);
  }

  @Test
  void extractWhenUnknownEncodingThenRawBodyNotComplete() {
    ContentExtractor.Result r = extract("text/plain", "br", utf8("\u0001\u0002compressed"));
    assertThat(r.complete()).isFalse();
    assertThat(r.parts())
        .singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(UploadPart.Kind.BODY));
  }

  @Test
  void extractWhenGzipBombThenCappedAndNotComplete() throws IOException {
    byte[] zeros = new byte[5 << 20];
    ContentExtractor.Result r = extract("text/plain", "gzip", IcapServerTest.gzip(zeros));
    assertThat(r.complete()).isFalse();
    assertThat(r.parts().get(0).length()).isEqualTo(1 << 20);
  }

  @Test
  void extractWhenTruncatedGzipThenWhatDecodedAndNotComplete() throws IOException {
    byte[] gz = IcapServerTest.gzip(utf8("x".repeat(10_000) + "jane@example.com"));
    ContentExtractor.Result r = extractor.extract("text/plain", "gzip", gz, gz.length / 2, false);
    assertThat(r.complete()).isFalse();
  }

  @Test
  void extractWhenMultipartThenFieldsAndFilesWithNames() {
    String body =
        "--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"orders.csv\"\r\nContent-Type: text/csv\r\n\r\n"
            + "order,email\r\n902-3159896-1390916,jane@example.com\r\n"
            + "\r\n--XyZ--\r\n";
    ContentExtractor.Result r = extract("multipart/form-data; boundary=XyZ", null, utf8(body));
    assertThat(r.complete()).isTrue();
    List<UploadPart> parts = r.parts();
    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).kind()).isEqualTo(UploadPart.Kind.FORM_FIELD);
    assertThat(parts.get(0).name()).contains("note");
    assertThat(parts.get(0).text()).isEqualTo("hello");
    assertThat(parts.get(1).kind()).isEqualTo(UploadPart.Kind.FILE);
    assertThat(parts.get(1).fileName()).contains("orders.csv");
    assertThat(parts.get(1).contentType()).contains("text/csv");
    assertThat(parts.get(1).text())
        .isEqualTo("order,email\r\n902-3159896-1390916,jane@example.com\r\n");
  }

  @Test
  void extractWhenMultipartQuotedBoundaryAndTruncatedThenNotComplete() {
    String body =
        "--a b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.txt\"\r\n\r\npartial da";
    ContentExtractor.Result r =
        extractor.extract(
            "multipart/form-data; boundary=\"a b\"", null, utf8(body), body.length(), false);
    assertThat(r.complete()).isFalse();
    assertThat(r.parts())
        .singleElement()
        .satisfies(p -> assertThat(p.text()).isEqualTo("partial da"));
  }

  @Test
  void extractWhenMultipartFileIsXlsxThenItsXmlEntries() throws IOException {
    byte[] xlsx = XlsxWriter.write(List.of(List.of("buyer-email"), List.of("jane@example.com")));
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        utf8(
            "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"buyers.xlsx\"\r\n\r\n"));
    body.writeBytes(xlsx);
    body.writeBytes(utf8("\r\n--B--\r\n"));
    ContentExtractor.Result r =
        extract("multipart/form-data; boundary=B", null, body.toByteArray());
    assertThat(r.complete()).isTrue();
    assertThat(r.parts())
        .allSatisfy(
            p -> {
              assertThat(p.kind()).isEqualTo(UploadPart.Kind.ARCHIVE_ENTRY);
              assertThat(p.fileName()).contains("buyers.xlsx");
            });
    assertThat(r.parts())
        .anySatisfy(
            p -> {
              assertThat(p.name()).contains("xl/sharedStrings.xml");
              assertThat(p.text()).contains("jane@example.com");
            });
  }

  @Test
  void extractWhenZipBodyExceedsBudgetThenNotComplete() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("big.txt"));
      z.write(new byte[3 << 20]);
      z.closeEntry();
    }
    ContentExtractor.Result r = extract("application/zip", null, zip.toByteArray());
    assertThat(r.complete()).isFalse();
    assertThat(r.parts().get(0).length()).isEqualTo(1 << 20);
  }

  @Test
  void extractWhenUrlencodedThenDecodedValues() {
    ContentExtractor.Result r =
        extract(
            "application/x-www-form-urlencoded; charset=UTF-8",
            null,
            utf8("to=jane%40example.com&msg=hi+there&flag"));
    assertThat(r.parts())
        .extracting(UploadPart::text)
        .containsExactly("jane@example.com", "hi there", "");
    assertThat(r.parts())
        .extracting(p -> p.name().orElseThrow())
        .containsExactly("to", "msg", "flag");
  }

  @Test
  void extractWhenUrlencodedMalformedThenRawBody() {
    ContentExtractor.Result r = extract("application/x-www-form-urlencoded", null, utf8("a=%zz"));
    assertThat(r.parts())
        .singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(UploadPart.Kind.BODY));
  }

  @Test
  void extractWhenMorePartsThanAllowedThenNotComplete() {
    ContentExtractor small = new ContentExtractor(1 << 20, 3);
    byte[] body = utf8("a=1&b=2&c=3&d=4&e=5");
    ContentExtractor.Result r =
        small.extract("application/x-www-form-urlencoded", null, body, body.length, true);
    assertThat(r.parts()).hasSize(3);
    assertThat(r.complete()).isFalse();
  }

  @Test
  void parameterWhenQuotedOrBareThenValue() {
    assertThat(ContentExtractor.parameter("multipart/form-data; boundary=abc", "boundary"))
        .isEqualTo("abc");
    assertThat(
            ContentExtractor.parameter(
                "form-data; name=\"a;b\"; filename=\"x \\\"y\\\".txt\"", "filename"))
        .isEqualTo("x \"y\".txt");
    assertThat(ContentExtractor.parameter("form-data; name=\"a;b\"", "name")).isEqualTo("a;b");
    assertThat(ContentExtractor.parameter("text/plain", "charset")).isNull();
  }
}
