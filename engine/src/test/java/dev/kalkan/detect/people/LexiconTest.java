package dev.kalkan.detect.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LexiconTest {

  @Test
  void parseWhenCommentsBlankLinesAndVariantsThenEntriesFolded() {
    Lexicon lexicon =
        Lexicon.parse("test", "# header\n\nMüller\n  Yılmaz  \nst.\nname:\nShip to\n");
    assertThat(lexicon.contains("muller")).isTrue();
    assertThat(lexicon.contains("mueller")).isTrue();
    assertThat(lexicon.contains("yilmaz")).isTrue();
    assertThat(lexicon.contains("# header")).isFalse();
    assertThat(lexicon.isAbbreviation("st")).isTrue();
    assertThat(lexicon.needsColon("name")).isTrue();
    assertThat(lexicon.contains("ship to")).isTrue();
    assertThat(lexicon.maxWords()).isEqualTo(2);
    assertThat(lexicon.size()).isEqualTo(6);
  }

  @Test
  void parseWhenEntryListedWithAndWithoutColonThenCountsWithout() {
    Lexicon lexicon = Lexicon.parse("test", "ship to:\nship to\n");
    assertThat(lexicon.needsColon("ship to")).isFalse();
  }

  @Test
  void endingOfWhenKeyEndsWithEntryAndStemLongEnoughThenEntry() {
    Lexicon endings = Lexicon.parse("test", "strasse\nweg\n");
    assertThat(endings.endingOf("hauptstrasse", 3)).isEqualTo("strasse");
    assertThat(endings.endingOf("gartenweg", 3)).isEqualTo("weg");
    assertThat(endings.endingOf("weg", 3)).isNull();
    assertThat(endings.endingOf("anweg", 3)).isNull();
  }

  @Test
  void unionWhenPartsThenAllEntries() {
    Lexicon union = Lexicon.union("u", Lexicon.parse("a", "Anna\n"), Lexicon.parse("b", "Ayşe\n"));
    assertThat(union.contains("anna")).isTrue();
    assertThat(union.contains("ayse")).isTrue();
    assertThat(union.name()).isEqualTo("u");
  }

  @Test
  void loadWhenResourceMissingThenNamesIt() {
    assertThatThrownBy(() -> Lexicon.load("no-such-list.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no-such-list.txt");
  }
}
