package dev.kalkan.detect.edm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.detect.InfoType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdmMatcherTest {
  @TempDir static Path dir;
  private static EdmMatcher matcher;

  @BeforeAll
  static void load() throws EdmException {
    matcher = EdmFixture.matcher(dir, EdmFixture.CUSTOMERS);
  }

  private static List<String> found(String text) {
    return EdmFixture.found(matcher, text);
  }

  /** Each row: text, then the one match expected as "TYPE RECORD matched text". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "Müşteri: AYŞE YILMAZ aradı => PERSON_NAME 1 AYŞE YILMAZ",
        "customer ayse yilmaz called => PERSON_NAME 1 ayse yilmaz",
        "Yılmaz, Ayşe (gold member) => PERSON_NAME 1 Yılmaz, Ayşe",
        "`{\"name\":\"John O'Brien\"}` => PERSON_NAME 2 John O'Brien",
        "JOHN OBRIEN? no: john o brien => PERSON_NAME 2 john o brien",
        "ilker isik geldi => PERSON_NAME 3 ilker isik",
        "İLKER IŞIK => PERSON_NAME 3 İLKER IŞIK",
        "mail AYSE.YILMAZ@EXAMPLE.COM.TR. => EMAIL_ADDRESS 1 AYSE.YILMAZ@EXAMPLE.COM.TR",
        "<mailto:john.obrien@example.com> => EMAIL_ADDRESS 2 john.obrien@example.com",
        "cep: +90 532 123 45 67 => PHONE_NUMBER 1 +90 532 123 45 67",
        "tel 05321234567 ara => PHONE_NUMBER 1 05321234567",
        "0532-123-4567 => PHONE_NUMBER 1 0532-123-4567",
        "(0532) 123 45 67 => PHONE_NUMBER 1 0532) 123 45 67",
        "+90 (532) 123-4567 => PHONE_NUMBER 1 +90 (532) 123-4567",
        "00905321234567 => PHONE_NUMBER 1 00905321234567",
        "+1 206 555 0100 => PHONE_NUMBER 2 +1 206 555 0100",
        "0212 555 12 34 => PHONE_NUMBER 3 0212 555 12 34",
        "Order 113-1234567-1234567 shipped => AMAZON_ORDER_ID 1 113-1234567-1234567",
        "order 11312345671234567 => AMAZON_ORDER_ID 1 11312345671234567",
        "ship to 221b baker street, London => STREET_ADDRESS 2 221b baker street",
        "ATATÜRK CADDESİ NO: 12 => STREET_ADDRESS 1 ATATÜRK CADDESİ NO: 12",
      })
  void findWhenRegisteredValueInTextThenReportsItsExactSpan(String text, String expected) {
    assertThat(found(text)).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "Ayşe => one word of a name",
        "Ayşe Demir => another surname",
        "Ayşe Yılmazoğlu => a longer word",
        "xayse yilmaz => a word glued to the name",
        "ayse                    yilmaz => words too far apart",
        "ayse.yilmaz@example.com => another domain",
        "xayse.yilmaz@example.com.tr => a longer local part",
        "+90 532 123 45 68 => another phone number",
        "905321234567890 => digits continue",
        "+49 532 123 45 67 => same national number in another country",
        "113-1234567-12345678 => a longer order id",
        "Atatürk Caddesi => part of an address",
        "İzmir London İstanbul => ignored city column",
      })
  void findWhenTextOnlyResemblesAValueThenReportsNothing(String text, String why) {
    assertThat(found(text)).as(why).isEmpty();
  }

  /** Registered values in JSON text as serializers that escape non-ASCII characters write it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "{\"note\":\"Say\\u0131n Ay\\u015fe Y\\u0131lmaz\"} => PERSON_NAME 1 Ay\\u015fe Y\\u0131lmaz",
        "{\"m\":\"Regards,\\n\\u0130lker I\\u015f\\u0131k\"} => PERSON_NAME 3 \\u0130lker I\\u015f\\u0131k",
        "{\"m\":\"Regards,\\nJohn O'Brien\"} => PERSON_NAME 2 John O'Brien",
      })
  void findWhenJsonEscapesThenMatchesWhatTheyStandFor(String json, String expected) {
    assertThat(foundInJson(matcher, json)).containsExactly(expected);
  }

  @Test
  void findWhenEscapedBackslashBeforeAWordThenTheWordIsWhole(@TempDir Path other)
      throws EdmException {
    EdmMatcher names = EdmFixture.matcher(other, "buyer-name\nNadine Becker\n");
    // JSON C:\\nadine becker is a backslash and the name; \nNadine Becker is a line break first
    assertThat(foundInJson(names, "{\"p\":\"C:\\\\nadine becker\"}"))
        .containsExactly("PERSON_NAME 1 nadine becker");
    assertThat(foundInJson(names, "{\"p\":\"Hi\\nNadine Becker\"}"))
        .containsExactly("PERSON_NAME 1 Nadine Becker");
  }

  /** What {@code m} finds in {@code json} read as JSON, as "TYPE RECORD matched text". */
  private static List<String> foundInJson(EdmMatcher m, String json) {
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    List<String> seen = new ArrayList<>();
    m.find(
        utf8,
        0,
        utf8.length,
        true,
        (s, e, t, r) ->
            seen.add(t + " " + r + " " + new String(utf8, s, e - s, StandardCharsets.UTF_8)));
    return seen;
  }

  @Test
  void findWhenSeveralValuesThenReportsEachInOrder() {
    assertThat(found("Ayşe Yılmaz <ayse.yilmaz@example.com.tr>, tel 0532 123 45 67"))
        .containsExactly(
            "PERSON_NAME 1 Ayşe Yılmaz",
            "EMAIL_ADDRESS 1 ayse.yilmaz@example.com.tr",
            "PHONE_NUMBER 1 0532 123 45 67");
  }

  @Test
  void findWhenDecomposedTextThenMatchesLikePrecomposed() {
    String decomposed = "Ays\u0327e Yi\u0307lmaz";
    assertThat(found(decomposed)).containsExactly("PERSON_NAME 1 " + decomposed);
  }

  @Test
  void findWhenRangeGivenThenReadsOnlyThatRangeWithArrayOffsets() {
    byte[] utf8 = "xx ayse yilmaz yy 113-1234567-1234567".getBytes(StandardCharsets.UTF_8);
    List<String> seen = new java.util.ArrayList<>();
    matcher.find(utf8, 3, 17, (s, e, t, r) -> seen.add(s + ".." + e + " " + t));
    assertThat(seen).containsExactly("3..14 PERSON_NAME");
  }

  @Test
  void findWhenValueSharedByRecordsThenReportsEveryRecord(@TempDir Path other) throws EdmException {
    EdmMatcher shared =
        EdmFixture.matcher(
            other,
            """
            name,email
            Ali Veli,a@x.com
            Ali Veli,b@x.com
            """);
    assertThat(shared.find("ali veli".getBytes(StandardCharsets.UTF_8)))
        .extracting(EdmMatch::record)
        .containsExactly(1, 2);
  }

  @Test
  void findWhenInputAdversarialThenStaysLinear() {
    String[] units = {"1 ", "ayse ", "a@", "+9 ", "ş", "1-"};
    for (String unit : units) {
      byte[] small = unit.repeat(100_000).getBytes(StandardCharsets.UTF_8);
      byte[] large = unit.repeat(400_000).getBytes(StandardCharsets.UTF_8);
      long t1 = time(small);
      long t4 = time(large);
      assertThat(t4).as(unit).isLessThan(Math.max(12 * t1, 50_000_000L));
    }
  }

  private static long time(byte[] text) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long t = System.nanoTime();
      matcher.find(text, 0, text.length, (s, e, ty, r) -> {});
      best = Math.min(best, System.nanoTime() - t);
    }
    return best;
  }

  @Test
  void loadWhenIndexBuiltThenDescribesIt() {
    assertThat(matcher.recordCount()).isEqualTo(3);
    assertThat(matcher.infoTypes())
        .containsExactlyInAnyOrder(
            InfoType.AMAZON_ORDER_ID,
            InfoType.PERSON_NAME,
            InfoType.EMAIL_ADDRESS,
            InfoType.PHONE_NUMBER,
            InfoType.STREET_ADDRESS);
    assertThat(matcher.valueCount()).isGreaterThan(15);
  }

  @Test
  void loadWhenWrongKeyThenRejectedAndNothingCanBeFound() throws EdmException {
    Path index = EdmFixture.index(dir, EdmKey.generate(), EdmFixture.CUSTOMERS);
    assertThatThrownBy(() -> EdmMatcher.load(index, EdmKey.generate()))
        .isInstanceOf(EdmException.class)
        .hasMessageContaining("built with another key");
  }

  @Test
  void findWhenRangeOutsideArrayThenThrows() {
    assertThatThrownBy(() -> matcher.find(new byte[4], 2, 5, (s, e, t, r) -> {}))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
