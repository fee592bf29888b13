package dev.kalkan.detect.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {

  @Test
  void ofWhenSentenceThenWordsNumbersAndPunctuationWithOffsets() {
    Tokens t = Tokens.of("Ship to: 12a Main St.\nAyşe");
    assertThat(t.size()).isEqualTo(8);
    assertThat(t.key(0)).isEqualTo("ship");
    assertThat(t.isPunct(2, ':')).isTrue();
    assertThat(t.attached(2)).isTrue();
    assertThat(t.isNumber(3)).isTrue();
    assertThat(t.digits(3)).isEqualTo(2);
    assertThat(t.tail(3)).isEqualTo(1);
    assertThat(t.start(3)).isEqualTo(9);
    assertThat(t.end(3)).isEqualTo(12);
    assertThat(t.isPunct(6, '.')).isTrue();
    assertThat(t.attached(6)).isTrue();
    assertThat(t.isWord(7)).isTrue();
    assertThat(t.lineBefore(7)).isTrue();
    assertThat(t.key(7)).isEqualTo("ayse");
  }

  @Test
  void ofWhenLineBreakThenMarkedOnNextToken() {
    Tokens t = Tokens.of("Thanks,\nEmma");
    assertThat(t.lineBefore(2)).isTrue();
    assertThat(t.spaceBefore(2)).isTrue();
    assertThat(t.attached(1)).isTrue();
  }

  @Test
  void ofWhenApostropheSuffixThenCoreExcludesIt() {
    Tokens t = Tokens.of("Yılmaz'ın O'Brien John's YILMAZ'IN");
    assertThat(t.size()).isEqualTo(4);
    assertThat(t.coreEnd(0)).isEqualTo(6);
    assertThat(t.end(0)).isEqualTo(9);
    assertThat(t.key(1)).isEqualTo("o brien");
    assertThat(t.shape(1)).isEqualTo(Tokens.CAPITALIZED);
    assertThat(t.key(2)).isEqualTo("john");
    assertThat(t.key(3)).isEqualTo("yilmaz");
    assertThat(t.shape(3)).isEqualTo(Tokens.UPPER);
  }

  @Test
  void ofWhenShapesThenClassified() {
    Tokens t = Tokens.of("John JOHN john J iPhone McDonald BrightGoods Anna-Lena Küchenwelt24");
    assertThat(t.shape(0)).isEqualTo(Tokens.CAPITALIZED);
    assertThat(t.shape(1)).isEqualTo(Tokens.UPPER);
    assertThat(t.shape(2)).isEqualTo(Tokens.LOWER);
    assertThat(t.shape(3)).isEqualTo(Tokens.INITIAL);
    assertThat(t.shape(4)).isEqualTo(Tokens.MIXED);
    assertThat(t.shape(5)).isEqualTo(Tokens.CAPITALIZED);
    assertThat(t.shape(6)).isEqualTo(Tokens.MIXED);
    assertThat(t.shape(7)).isEqualTo(Tokens.CAPITALIZED);
    assertThat(t.shape(8)).isEqualTo(Tokens.MIXED);
  }

  @Test
  void ofWhenSupplementaryCharactersThenCharOffsets() {
    Tokens t = Tokens.of("\uD83D\uDE00 Emma");
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.isPunct(0)).isTrue();
    assertThat(t.start(1)).isEqualTo(3);
  }

  @Test
  void ofWhenEmptyThenNoTokens() {
    assertThat(Tokens.of("").size()).isZero();
    assertThat(Tokens.of(" \n\t ").size()).isZero();
  }
}
