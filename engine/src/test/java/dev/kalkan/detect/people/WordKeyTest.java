package dev.kalkan.detect.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordKeyTest {

  @ParameterizedTest
  @CsvSource({
    "Yılmaz, yilmaz",
    "YILMAZ, yilmaz",
    "Yilmaz, yilmaz",
    "İSTANBUL, istanbul",
    "Istanbul, istanbul",
    "ışık, isik",
    "Müller, muller",
    "Straße, strasse",
    "ŞÜKRÜ, sukru",
    "Çağla, cagla",
    "José, jose",
    "O'Brien, o brien",
    "Anna-Lena, anna lena",
    "A.Ş., a s",
    "'  St.  ', st",
    "Sk., sk"
  })
  void ofWhenWordThenFoldedKey(String word, String key) {
    assertThat(WordKey.of(word)).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource({"'...', ''", "'  ', ''", "'—', ''"})
  void ofWhenNoLetterOrDigitThenEmpty(String text, String key) {
    assertThat(WordKey.of(text)).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource({"Müller, mueller", "Jürgen, juergen", "Größe, groesse"})
  void transliteratedWhenUmlautThenAsciiSpelling(String word, String key) {
    assertThat(WordKey.transliteratedOrNull(word)).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource({"Smith", "Yılmaz"})
  void transliteratedWhenNoUmlautThenNull(String word) {
    assertThat(WordKey.transliteratedOrNull(word)).isNull();
  }

  @ParameterizedTest
  @CsvSource({"'e\u0301', e"})
  void ofWhenCombiningMarkThenStripped(String word, String key) {
    assertThat(WordKey.of(word)).isEqualTo(key);
  }
}
