package dev.kalkan.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.edm.EdmException;
import dev.kalkan.detect.edm.EdmIndexBuilder;
import dev.kalkan.detect.edm.EdmKey;
import dev.kalkan.detect.edm.EdmMatcher;
import dev.kalkan.detect.edm.FieldMapping;
import dev.kalkan.detect.edm.RecordFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan with an index loaded reports the same findings streamed in windows as in memory. */
class EdmStreamingTest {
  private static final String RECORDS =
      """
      AmazonOrderId,buyer-name,buyer-email,buyer-phone-number,ship-address-1,ship-city
      113-1234567-1234567,Ayşe Yılmaz,Ayse.Yilmaz@Example.com.tr,+90 532 123 45 67,Atatürk Caddesi No 12,İzmir
      205-7654321-7654321,John O'Brien,john.obrien@example.com,+1 (206) 555-0100,221B Baker Street,London
      402-1111111-2222222,Jürgen Weißmüller,jw@firma.de,0212 555 12 34,Lindenstraße 47,Leipzig
      """;

  /** Pieces a text is made of: registered values in many spellings, near misses and noise. */
  private static final String[] PIECES = {
    "Ayşe Yılmaz",
    "AYSE YILMAZ",
    "ayşe",
    "Yılmaz,",
    "Ayse.Yilmaz@Example.com.tr",
    "ayse.yilmaz@",
    "John O'Brien",
    "john obrien",
    "john.obrien@example.com",
    "x@example.com",
    "@",
    "@@",
    "Jürgen Weißmüller",
    "JUERGEN WEISSMUELLER",
    "weißmüller",
    "jw@firma.de",
    "+90 532 123 45 67",
    "0090 532 1234567",
    "+1 (206) 555-0100",
    "(206) 555-0100",
    "2065550100",
    "0212 555 12 34",
    "555 12 34",
    "113-1234567-1234567",
    "205-7654321-7654321",
    "1234567",
    "Atatürk Caddesi No 12",
    "221B Baker Street",
    "Lindenstraße 47",
    "İzmir",
    "London",
    "Leipzig",
    "AKIAIOSFODNN7EXAMPLE",
    "4111 1111 1111 1111",
    "B0C7Q2LMZ4",
    "ATVPDKIKX0DER",
    "v1.2.3",
    "2026-11-02T18:44:10Z",
    "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
    "+",
    "(",
    ")",
    ":",
    "::",
    "—",
    "’",
    "\u00a0",
    "ü",
    "İ",
    "ı",
    "ß",
    "\t",
    "\n",
    "\r\n",
    " ",
    "  ",
    ",",
    ".",
    "-",
    "/",
    "\"",
    "{\"BuyerName\":\"",
    "\"}",
    "Sayın",
    "Straße",
    "très",
    "日本語",
    "\ud83d\ude00",
    "averyveryveryveryveryveryveryveryveryveryveryveryveryveryverylongwordthatisover64bytes",
  };

  @Test
  void scanWhenStreamedThenSameFindingsAsInMemory(@TempDir Path dir)
      throws IOException, EdmException {
    Path csv = Files.writeString(dir.resolve("records.csv"), RECORDS, StandardCharsets.UTF_8);
    Path index = dir.resolve("records.edm");
    EdmKey key = EdmKey.generate();
    EdmIndexBuilder.create(key, FieldMapping.defaults(), "TR").build(csv, RecordFormat.CSV, index);
    Scanner scanner = Scanner.create(ScannerSettings.defaults(), EdmMatcher.load(index, key));
    Random random = new Random(7);
    StringBuilder text = new StringBuilder();
    while (text.length() < 3 * Scanner.WINDOW) {
      text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "\n");
    }
    byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);

    List<String> inMemory = new ArrayList<>();
    scanner.scan(utf8, f -> inMemory.add(describe(f)));
    List<String> streamed = new ArrayList<>();
    scanner.scan(new ByteArrayInputStream(utf8), f -> streamed.add(describe(f)));

    assertThat(inMemory).anyMatch(s -> s.startsWith("EMAIL_ADDRESS VERY_LIKELY"));
    assertThat(streamed).containsExactlyElementsOf(inMemory);
  }

  private static String describe(Finding f) {
    return f.infoType().name() + " " + f.likelihood() + " " + f.start() + "-" + f.end();
  }
}
