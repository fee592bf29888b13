package dev.kalkan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextEncodingTest {
  private static final String TURKISH =
      "Müşteri adı;Şehir\nAyşe Yılmaz;İstanbul\nÇağrı Öztürk;Eskişehir\nGülşen Doğan;Muğla\n"
          + "Sipariş notu: kargo ücreti alıcıya aittir, teslimat günü değiştirilebilir.\n";
  private static final String GERMAN =
      "Kunde;Straße;Ort\nJürgen Müller;Hauptstraße 5;München\nGrüße aus Köln, Bestellung für"
          + " Frau Weiß über die Schnittstelle.\n";

  private static String decode(byte[] b) {
    TextEncoding.Decoded d = TextEncoding.toUtf8(b, b.length);
    return new String(d.utf8(), 0, d.length(), StandardCharsets.UTF_8);
  }

  @Test
  void toUtf8WhenWindows1254TurkishThenDecodesTurkishLetters() {
    byte[] b = TURKISH.getBytes(Charset.forName("windows-1254"));
    assertThat(decode(b)).isEqualTo(TURKISH);
  }

  @Test
  void toUtf8WhenIso88599TurkishThenDecodesTurkishLetters() {
    assertThat(decode(TURKISH.getBytes(Charset.forName("ISO-8859-9")))).isEqualTo(TURKISH);
  }

  @Test
  void toUtf8WhenWindows1252GermanThenDecodesUmlauts() {
    assertThat(decode(GERMAN.getBytes(Charset.forName("windows-1252")))).isEqualTo(GERMAN);
    assertThat(decode(GERMAN.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(GERMAN);
  }

  @Test
  void toUtf8WhenUtf16WithBomThenDecodes() {
    byte[] body = GERMAN.getBytes(StandardCharsets.UTF_16LE);
    byte[] b = new byte[body.length + 2];
    b[0] = (byte) 0xFF;
    b[1] = (byte) 0xFE;
    System.arraycopy(body, 0, b, 2, body.length);
    assertThat(decode(b)).isEqualTo(GERMAN);
  }

  @Test
  void isUtf8WhenValidThenTrueAndWhenInvalidThenFalse() {
    byte[] ok = "Grüße ağaç 😀 plain".getBytes(StandardCharsets.UTF_8);
    assertThat(TextEncoding.isUtf8(ok, ok.length, false)).isTrue();
    byte[] latin = "Grüße".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(TextEncoding.isUtf8(latin, latin.length, false)).isFalse();
    byte[] overlong = {(byte) 0xC0, (byte) 0xAF};
    assertThat(TextEncoding.isUtf8(overlong, 2, false)).isFalse();
  }

  @Test
  void isUtf8WhenSequenceCutAtEndOfPrefixThenAcceptedOnlyAsPrefix() {
    byte[] b = "ab😀".getBytes(StandardCharsets.UTF_8);
    assertThat(TextEncoding.isUtf8(b, b.length - 1, true)).isTrue();
    assertThat(TextEncoding.isUtf8(b, b.length - 1, false)).isFalse();
  }
}
