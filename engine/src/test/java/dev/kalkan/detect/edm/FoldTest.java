package dev.kalkan.detect.edm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldTest {

  private static String words(String text) {
    List<byte[]> words = Fold.words(text);
    return String.join(
        " ", words.stream().map(w -> new String(w, StandardCharsets.UTF_8)).toList());
  }

  /** Each row: text, then its folded words joined by one space. */
  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "İstanbul => istanbul",
        "ISTANBUL => istanbul",
        "ıstanbul => istanbul",
        "istanbul => istanbul",
        "IŞIK => isik",
        "Işık => isik",
        "AYŞE YILMAZ => ayse yilmaz",
        "Müller-Lüdenscheidt => muller ludenscheidt",
        "Jürgen   Weiß => jurgen weiß",
        "`John O'Brien` => john o brien",
        "`Yılmaz, Ayşe` => yilmaz ayse",
        "Ａｙｓｅ => ayse",
        "ﬁle => file",
        "Ⅻ => xii",
        "Σίσυφος => σισυφοσ",
        "`Ay\u00ADşe` => ayse",
        "`Ayşe\u00A0Yılmaz` => ayse yilmaz",
        "`No: 12/3` => no 12 3",
        "`½` => ``",
      })
  void wordsWhenTextThenFoldsCaseMarksAndCompatibilityForms(String text, String expected) {
    assertThat(words(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "Ayse.Yilmaz@Example.COM.tr => ayse.yilmaz@example.com.tr",
        "İLKER@FİRMA.COM => ilker@firma.com",
        "a+tag@x.de => a+tag@x.de",
      })
  void wholeWhenEmailThenLowerCasesLettersAndKeepsPunctuation(String text, String expected) {
    assertThat(new String(Fold.whole(text), StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @Property
  void wordsWhenPrecomposedOrDecomposedThenEqual(@ForAll String text) {
    String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    String nfd = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
    assertThat(words(nfd)).isEqualTo(words(nfc));
  }

  /** Turkish and German letters, whose case mappings are one character to one. */
  @Property
  void wordsWhenUpperOrLowerCaseThenEqual(
      @ForAll
          @Chars({
            'a', 'ç', 'g', 'ğ', 'ı', 'i', 'o', 'ö', 's', 'ş', 'u', 'ü', 'A', 'Ç', 'G', 'Ğ', 'I',
            'İ', 'O', 'Ö', 'S', 'Ş', 'U', 'Ü', 'ä', 'Ä', ' ', '-', '\''
          })
          String text) {
    assertThat(words(text.toUpperCase(java.util.Locale.ROOT)))
        .isEqualTo(words(text.toLowerCase(java.util.Locale.ROOT)));
  }
}
