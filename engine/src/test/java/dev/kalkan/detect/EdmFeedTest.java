package dev.kalkan.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.edm.EdmException;
import dev.kalkan.detect.edm.EdmIndexBuilder;
import dev.kalkan.detect.edm.EdmKey;
import dev.kalkan.detect.edm.EdmMatch;
import dev.kalkan.detect.edm.EdmMatcher;
import dev.kalkan.detect.edm.FieldMapping;
import dev.kalkan.detect.edm.RecordFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact data match driven by the token scanner's pass finds exactly what a pass of its own over the
 * same bytes finds, whatever the text around the registered values.
 */
class EdmFeedTest {
  @TempDir static Path dir;
  private static EdmMatcher matcher;

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

  @BeforeAll
  static void index() throws IOException, EdmException {
    Path csv = Files.writeString(dir.resolve("records.csv"), RECORDS, StandardCharsets.UTF_8);
    Path index = dir.resolve("records.edm");
    EdmKey key = EdmKey.generate();
    EdmIndexBuilder.create(key, FieldMapping.defaults(), "TR").build(csv, RecordFormat.CSV, index);
    matcher = EdmMatcher.load(index, key);
  }

  @Test
  void feedWhenDrivenByTokenScannerThenSameMatchesAsOwnPass() {
    Random random = new Random(20261204);
    int withMatches = 0;
    for (int n = 0; n < 3000; n++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(30);
      for (int p = 0; p < pieces; p++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(3) > 0) {
          text.append(random.nextBoolean() ? " " : "");
        }
      }
      byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
      List<EdmMatch> expected = sorted(matcher.find(utf8));
      List<EdmMatch> actual = new ArrayList<>();
      EdmMatcher.Feed feed =
          matcher.feed(utf8, utf8.length, (s, e, t, r) -> actual.add(new EdmMatch(s, e, t, r)));
      new TokenScanner(
              utf8,
              0,
              utf8.length,
              0,
              new TextPosition(),
              Vocabularies.of(Map.of()),
              new ArrayList<>())
          .feeding(feed)
          .run(0, utf8.length);
      feed.finish();
      assertThat(sorted(actual)).as(text.toString()).isEqualTo(expected);
      withMatches += expected.isEmpty() ? 0 : 1;
    }
    assertThat(withMatches).isGreaterThan(1000);
  }

  @Test
  void feedWhenTokenScannerStartsInsideTheBufferThenSameMatchesFromThereAsOwnPass() {
    Random random = new Random(7);
    for (int n = 0; n < 2000; n++) {
      StringBuilder text = new StringBuilder();
      int pieces = 2 + random.nextInt(30);
      for (int p = 0; p < pieces; p++) {
        text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
      }
      byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
      int from = 0;
      for (int k = random.nextInt(utf8.length); k < utf8.length; k++) {
        if (utf8[k] == ' ' || utf8[k] == '\n') {
          from = k + 1; // a window starts where no token continues from before
          break;
        }
      }
      int start = from;
      List<EdmMatch> expected =
          sorted(matcher.find(utf8).stream().filter(m -> m.start() >= start).toList());
      List<EdmMatch> actual = new ArrayList<>();
      EdmMatcher.Feed feed =
          matcher.feed(
              utf8,
              utf8.length,
              (s, e, t, r) -> {
                if (s >= start) {
                  actual.add(new EdmMatch(s, e, t, r));
                }
              });
      feed.walkTo(from);
      new TokenScanner(
              utf8,
              0,
              utf8.length,
              0,
              new TextPosition(),
              Vocabularies.of(Map.of()),
              new ArrayList<>())
          .feeding(feed)
          .run(from, utf8.length);
      feed.finish();
      assertThat(sorted(actual)).as("from %d in %s", from, text).isEqualTo(expected);
    }
  }

  private static List<EdmMatch> sorted(List<EdmMatch> matches) {
    List<EdmMatch> out = new ArrayList<>(matches);
    out.sort(
        Comparator.comparingInt(EdmMatch::start)
            .thenComparingInt(EdmMatch::end)
            .thenComparingInt(EdmMatch::record)
            .thenComparing(m -> m.infoType().name()));
    return out;
  }
}
