package dev.kalkan.detect.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconsTest {
  private static final Lexicons LX = Lexicons.builtIn();

  @Test
  void builtInWhenLoadedThenThousandsOfGivenNamesAndSurnames() {
    assertThat(LX.givenNames().size()).isGreaterThan(2000);
    assertThat(LX.surnames().size()).isGreaterThan(2000);
  }

  @Test
  void builtInWhenTurkishAndGermanNamesThenFoundInAnySpelling() {
    assertThat(LX.isGivenName(WordKey.of("İBRAHİM"))).isTrue();
    assertThat(LX.isGivenName(WordKey.of("Çağla"))).isTrue();
    assertThat(LX.isSurname(WordKey.of("Öztürk"))).isTrue();
    assertThat(LX.isSurname(WordKey.of("Mueller"))).isTrue();
    assertThat(LX.isSurname(WordKey.of("Weiß"))).isTrue();
    assertThat(LX.isGivenName(WordKey.of("Hans-Peter"))).isTrue();
    assertThat(LX.isSurname(WordKey.of("Müller-Lüdenscheidt"))).isTrue();
  }

  @Test
  void builtInWhenNegativeListsThenCompanyProductPlaceAndCalendarWords() {
    assertThat(LX.companyForms().contains(WordKey.of("GmbH"))).isTrue();
    assertThat(LX.companyForms().contains(WordKey.of("A.Ş."))).isTrue();
    assertThat(LX.companyForms().contains(WordKey.of("Ltd. Şti."))).isTrue();
    assertThat(LX.companyWords().contains(WordKey.of("LLC"))).isTrue();
    assertThat(LX.isGoodsOrCompany(WordKey.of("iPhone"))).isTrue();
    assertThat(LX.isOrdinaryWord(WordKey.of("İzmir"))).isTrue();
    assertThat(LX.isOrdinaryWord(WordKey.of("Mayıs"))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "given-names-en.txt",
        "given-names-de.txt",
        "given-names-tr.txt",
        "surnames-en.txt",
        "surnames-de.txt",
        "surnames-tr.txt",
        "titles.txt",
        "honorifics-after.txt",
        "name-particles.txt",
        "name-context.txt",
        "signoffs.txt",
        "street-suffixes.txt",
        "street-suffixes-weak.txt",
        "street-prefixes.txt",
        "street-prefixes-weak.txt",
        "street-compound-endings.txt",
        "area-words.txt",
        "unit-designators.txt",
        "number-markers.txt",
        "po-boxes.txt",
        "address-context.txt",
        "company-forms.txt",
        "company-words.txt",
        "products.txt",
        "brands.txt",
        "places.txt",
        "calendar.txt",
        "common-words.txt",
        "placeholders.txt"
      })
  void resourceWhenReadThenStartsWithDocumentedHeaderAndHoldsEntries(String name)
      throws IOException {
    try (InputStream in = Lexicons.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      assertThat(lines.getFirst()).startsWith("# ");
      assertThat(lines).anyMatch(line -> line.startsWith("# Format: UTF-8"));
      assertThat(lines).anyMatch(line -> !line.isBlank() && !line.startsWith("#"));
    }
  }
}
