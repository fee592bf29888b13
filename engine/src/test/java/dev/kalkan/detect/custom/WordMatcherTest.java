package dev.kalkan.detect.custom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordMatcherTest {

  @ParameterizedTest
  @CsvSource({"A, a", "a, a", "İ, i", "ı, i", "I, i", "Σ, σ", "ς, σ", "K, k", "ß, ß", "1, 1"})
  void foldWhenCasedLetterThenOneLowerCaseForm(String letter, String folded) {
    assertThat(WordMatcher.fold(letter.codePointAt(0))).isEqualTo(folded.codePointAt(0));
  }

  @ParameterizedTest
  @CsvSource({
    "a, true",
    "ж, true",
    "ك, true",
    "東, true",
    "٣, true",
    "\u0301, true",
    "\u093E, true",
    "' ', false",
    "_, false",
    "-, false",
    "., false",
    "@, false"
  })
  void isWordCharWhenLetterDigitOrMarkOfAnyScriptThenTrue(String c, boolean expected) {
    assertThat(WordMatcher.isWordChar(c.codePointAt(0))).isEqualTo(expected);
  }
}
