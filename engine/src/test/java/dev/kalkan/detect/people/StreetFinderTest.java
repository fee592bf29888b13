package dev.kalkan.detect.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreetFinderTest {
  private static final StreetFinder FINDER = new StreetFinder(Lexicons.builtIn());

  private static List<String> streets(String text, boolean lenient) {
    List<PeopleSpan> spans = new ArrayList<>();
    FINDER.find(Tokens.of(text), lenient, spans);
    return spans.stream()
        .map(span -> text.substring(span.start(), span.end()) + "=" + span.likelihood())
        .toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "123 Main St Apt 4B, Springfield|123 Main St Apt 4B=VERY_LIKELY",
        "Hauptstraße 12a, 10115 Berlin|Hauptstraße 12a=VERY_LIKELY",
        "Gartenweg 4, Köln|Gartenweg 4=LIKELY",
        "Atatürk Cad. No:12 D:5 Çankaya|Atatürk Cad. No:12 D:5=VERY_LIKELY",
        "Bağdat Caddesi No: 45/3 Kadıköy|Bağdat Caddesi No: 45/3=VERY_LIKELY",
        "Kızılay Mah. Atatürk Blv. No:5|Kızılay Mah. Atatürk Blv. No:5=VERY_LIKELY",
        "Alsancak Mah. 1469 Sk. No:12|Alsancak Mah. 1469 Sk. No:12=VERY_LIKELY",
        "7 Oak Court, Leeds|7 Oak Court=LIKELY",
        "Oak Court 7|Oak Court 7=POSSIBLE",
        "Am Markt 3, Bremen|Am Markt 3=POSSIBLE",
        "Via Roma 12, Milano|Via Roma 12=VERY_LIKELY",
        "PO Box 1234, Austin|PO Box 1234=LIKELY",
        "Adres: Gül Sokak|Gül Sokak=LIKELY",
        "Jackson Street is closed|Jackson Street=UNLIKELY",
        "at 123 N. Main St. today|123 N. Main St.=VERY_LIKELY",
        "at 55 W 42nd Street now|55 W 42nd Street=VERY_LIKELY"
      })
  void findWhenStreetLineThenSpanAtLevel(String text, String expected) {
    assertThat(streets(text, false)).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "USB Flash Drive 64GB",
        "Drive 2 hours",
        "Hard Drive 2 TB",
        "Spring 2024",
        "Catering 2 Personen",
        "85774 Unterföhring",
        "Im Juni 2024",
        "Route 66 Coffee Mug",
        "Kat 3 toplantı salonu",
        "Seattle WA 98101"
      })
  void findWhenNoStreetThenNothing(String text) {
    assertThat(streets(text, false)).isEmpty();
  }

  @Test
  void findWhenLenientThenLowerCaseNamesCountOneLevelHigher() {
    assertThat(streets("123 example street", true))
        .containsExactly("123 example street=VERY_LIKELY");
    assertThat(streets("123 example street", false)).isEmpty();
  }
}
