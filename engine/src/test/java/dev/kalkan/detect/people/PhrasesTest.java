package dev.kalkan.detect.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PhrasesTest {
  private static final Lexicon CONTEXT =
      Lexicon.parse("test", "dear\nship to\nname:\nz. hd.\nsehr geehrte\n");

  @Test
  void beforeWhenPhraseEndsBeforeTokenThenItsFirstToken() {
    Tokens t = Tokens.of("Please ship to: Emma");
    assertThat(Phrases.before(t, 4, CONTEXT)).isEqualTo(1);
  }

  @Test
  void beforeWhenEntryNeedsColonThenOnlyWithColon() {
    assertThat(Phrases.before(Tokens.of("Name: Emma"), 2, CONTEXT)).isEqualTo(0);
    assertThat(Phrases.before(Tokens.of("Name Emma"), 1, CONTEXT)).isEqualTo(-1);
  }

  @Test
  void beforeWhenDotsInsidePhraseThenSkipped() {
    Tokens t = Tokens.of("z. Hd. Anna");
    assertThat(Phrases.before(t, 4, CONTEXT)).isEqualTo(0);
  }

  @Test
  void beforeWhenOpeningQuoteBeforeTokenThenSkipped() {
    assertThat(Phrases.before(Tokens.of("Name: \"Emma"), 3, CONTEXT)).isEqualTo(0);
  }

  @Test
  void beforeWhenOtherPunctuationThenNoMatch() {
    assertThat(Phrases.before(Tokens.of("dear) Emma"), 2, CONTEXT)).isEqualTo(-1);
  }

  @Test
  void afterWhenPhraseStartsAtTokenThenItsLastToken() {
    Tokens t = Tokens.of("Sehr geehrte Frau");
    assertThat(Phrases.after(t, 0, CONTEXT)).isEqualTo(1);
    assertThat(Phrases.after(t, 2, CONTEXT)).isEqualTo(-1);
  }

  @Test
  void afterJoinedWhenDotsAndSpacesThenMatchesJoinedKey() {
    Set<String> boxes = Set.of("pobox");
    assertThat(Phrases.afterJoined(Tokens.of("P.O. Box 12"), 0, boxes, 4)).isEqualTo(4);
    assertThat(Phrases.afterJoined(Tokens.of("PO Box 12"), 0, boxes, 4)).isEqualTo(1);
    assertThat(Phrases.afterJoined(Tokens.of("Post 12"), 0, boxes, 4)).isEqualTo(-1);
  }
}
