package dev.kalkan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.bench.Prose.Language;
import java.util.HashMap;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProseTest {
  private final SyntheticValues values =
      new SyntheticValues(new SplittableRandom(3), new HashMap<>());

  @ParameterizedTest
  @EnumSource(Language.class)
  void sentencesWhenWrittenThenCapitalisedEndedAndFreeOfQuotes(Language language) {
    String text = Prose.sentences(values, language, 50);

    assertThat(text).doesNotContain("\"", "\\", "\n");
    for (String sentence : text.split("(?<=\\.) ")) {
      assertThat(sentence).endsWith(".");
      assertThat(Character.isUpperCase(sentence.charAt(0))).as(sentence).isTrue();
      assertThat(sentence.split("[ ,]+")).hasSizeBetween(6, 18);
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void titleWhenWrittenThenBrandFirstInTheLanguage(Language language) {
    Prose.Product product = Prose.PRODUCTS[0];

    assertThat(Prose.title(values, "Nordvik", product, language))
        .startsWith("Nordvik " + product.name(language) + ", ");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void languageWhenCountryThenItsTag(Language language) {
    String country =
        switch (language) {
          case EN -> "US";
          case DE -> "DE";
          case TR -> "TR";
        };
    assertThat(Language.of(country)).isEqualTo(language);
  }
}
