package dev.kalkan.detect.edm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The word walk reads eight bytes at a time, so where a value sits relative to those steps, to the
 * end of the text and to non-ASCII words around it must not matter: a registered value between any
 * filler is found with its exact span.
 */
class EdmMatcherPropertyTest {
  private static Path dir;
  private static EdmMatcher matcher;

  /** A fourth customer whose words fill one, two and three 8-byte steps. */
  private static final String LONG_WORDS =
      "403-2222222-3333333,Maximiliane Oppenheimerstein,maximiliane@example.com,"
          + "+49 30 1234567,1600 Pennsylvania Avenue,Berlin\n";

  /** Registered values as the text spells them, each with the match it must give. */
  private static final List<String[]> VALUES =
      List.of(
          new String[] {"Ayşe Yılmaz", "PERSON_NAME 1 Ayşe Yılmaz"},
          new String[] {"AYSE YILMAZ", "PERSON_NAME 1 AYSE YILMAZ"},
          new String[] {"john o'brien", "PERSON_NAME 2 john o'brien"},
          new String[] {"İlker Işık", "PERSON_NAME 3 İlker Işık"},
          new String[] {"221B Baker Street", "STREET_ADDRESS 2 221B Baker Street"},
          new String[] {"ayse.yilmaz@example.com.tr", "EMAIL_ADDRESS 1 ayse.yilmaz@example.com.tr"},
          new String[] {"+90 532 123 45 67", "PHONE_NUMBER 1 +90 532 123 45 67"},
          new String[] {"0212 555 12 34", "PHONE_NUMBER 3 0212 555 12 34"},
          new String[] {"113-1234567-1234567", "AMAZON_ORDER_ID 1 113-1234567-1234567"},
          new String[] {
            "MAXIMILIANE Oppenheimerstein", "PERSON_NAME 4 MAXIMILIANE Oppenheimerstein"
          },
          new String[] {
            "oppenheimerstein maximiliane", "PERSON_NAME 4 oppenheimerstein maximiliane"
          },
          new String[] {"1600 Pennsylvania Avenue", "STREET_ADDRESS 4 1600 Pennsylvania Avenue"},
          new String[] {"+49 30 1234567", "PHONE_NUMBER 4 +49 30 1234567"});

  @BeforeContainer
  static void load() throws IOException, EdmException {
    dir = Files.createTempDirectory("edm-property");
    matcher = EdmFixture.matcher(dir, EdmFixture.CUSTOMERS + LONG_WORDS);
  }

  @AfterContainer
  static void delete() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }

  @Property(tries = 2000)
  void findWhenValueAmongAnyFillerThenReportsItsExactSpan(
      @ForAll("filler") String before,
      @ForAll("filler") String after,
      @ForAll @IntRange(max = 8) int blanks,
      @ForAll @IntRange(max = 12) int value) {
    String[] v = VALUES.get(value);
    String text = before + ", " + " ".repeat(blanks) + v[0] + " ," + after;
    assertThat(EdmFixture.found(matcher, text)).contains(v[1]);
    assertThat(EdmFixture.found(matcher, v[0])).containsExactly(v[1]);
  }

  @Provide
  Arbitrary<String> filler() {
    return Arbitraries.of(
            "lorem",
            "Ürün",
            "Straße",
            "x1y2",
            "123",
            "42.50",
            "{\"k\":",
            "\"v\"}",
            "a".repeat(70),
            "çok-uzun-kelimeler",
            "AbCdEfGhIj",
            "é",
            "\t",
            "@",
            "x@",
            "__")
        .list()
        .ofMaxSize(12)
        .map(words -> String.join(" ", words));
  }
}
