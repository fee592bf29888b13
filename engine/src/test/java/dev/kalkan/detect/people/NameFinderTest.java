package dev.kalkan.detect.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.InfoType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameFinderTest {
  private static final NameFinder FINDER = new NameFinder(Lexicons.builtIn());

  private static List<String> names(String text) {
    List<PeopleSpan> spans = new ArrayList<>();
    FINDER.find(Tokens.of(text), spans);
    return spans.stream()
        .filter(span -> span.type().equals(InfoType.PERSON_NAME))
        .map(span -> text.substring(span.start(), span.end()) + "=" + span.likelihood())
        .toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Dear John Smith, hello|John Smith=VERY_LIKELY",
        "I met John Smith today|John Smith=LIKELY",
        "I met John Xanthopoulos today|John Xanthopoulos=POSSIBLE",
        "Dear John Xanthopoulos,|John Xanthopoulos=LIKELY",
        "Mr. Xanthopoulos called|Xanthopoulos=LIKELY",
        "Herr Müller ruft an|Müller=VERY_LIKELY",
        "Hi Emma,|Emma=LIKELY",
        "Hi Grace,|Grace=POSSIBLE",
        "Will Smith is here|Will Smith=LIKELY",
        "Ayşe Hanım aradı|Ayşe=VERY_LIKELY",
        "J. Smith signed|J. Smith=POSSIBLE"
      })
  void findWhenEvidenceThenNameAtLevel(String text, String expected) {
    assertThat(names(text)).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Emma went home",
        "Hi BrightGoods team",
        "Dear Customer",
        "Will you call?",
        "Harry Potter Book Set",
        "Jackson Street is closed",
        "Victoria Road",
        "Mustafa Kemal Bulvarı",
        "Acme Corp LLC",
        "Smith & Sons",
        "John.Smith@example.com",
        "Grace Period Extended",
        "ORDER CONFIRMATION",
        "Seattle Austin Denver",
        "Sayın yetkili"
      })
  void findWhenNoEvidenceOrNegativeWordThenNoName(String text) {
    assertThat(names(text)).isEmpty();
  }

  @Test
  void findWhenTitleThenTitleNotInSpan() {
    assertThat(names("Sehr geehrte Frau Dr. Schmidt,")).containsExactly("Schmidt=VERY_LIKELY");
  }

  @Test
  void findWhenSignoffOnPreviousLineThenContext() {
    assertThat(names("Saygılarımla,\nMurat")).containsExactly("Murat=LIKELY");
  }

  @Test
  void findWhenUpperCaseRunWithoutSurnameThenNothing() {
    assertThat(names("AYŞE XYZW")).isEmpty();
    assertThat(names("AYŞE YILMAZ")).containsExactly("AYŞE YILMAZ=LIKELY");
  }
}
