package dev.kalkan.detect.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.detect.Category;
import dev.kalkan.detect.Classification;
import dev.kalkan.detect.CustomDetector;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CustomMatcherTest {

  private static InfoType type(String name) {
    return new InfoType(name, Category.CUSTOM, Classification.SENSITIVE);
  }

  private static CustomDetector.Regex regex(
      String name, String pattern, int group, String validator) {
    return new CustomDetector.Regex(
        type(name), pattern, group, validator, Likelihood.LIKELY, List.of());
  }

  private static CustomDetector.Dictionary words(
      String name, boolean caseSensitive, String... words) {
    return new CustomDetector.Dictionary(
        type(name), List.of(words), caseSensitive, Likelihood.LIKELY, List.of());
  }

  private record Match(String name, int start, int end, String text) {
    @Override
    public String toString() {
      return name + "[" + start + "," + end + ")=" + text;
    }
  }

  /** Matches as {@code NAME[start,end)=text}, by start, end and name. */
  private static List<String> find(CharSequence text, CustomDetector... detectors) {
    List<Match> found = new ArrayList<>();
    CustomMatcher.compile(List.of(detectors))
        .find(
            text,
            (detector, start, end) ->
                found.add(
                    new Match(
                        detector.infoType().name(),
                        start,
                        end,
                        text.subSequence(start, end).toString())));
    return inOrder(found);
  }

  private static List<String> inOrder(List<Match> matches) {
    return matches.stream()
        .sorted(
            Comparator.comparingInt(Match::start)
                .thenComparingInt(Match::end)
                .thenComparing(Match::name))
        .map(Match::toString)
        .toList();
  }

  @Test
  void findWhenRegexHasGroupThenReportsTheGroup() {
    assertThat(find("id EMP-123456.", regex("EMPLOYEE_ID", "EMP-(\\d{6})", 1, null)))
        .containsExactly("EMPLOYEE_ID[7,13)=123456");
  }

  @Test
  void findWhenGroupDidNotTakePartThenNoMatch() {
    assertThat(find("y x12", regex("X", "x(\\d+)|y", 1, null))).containsExactly("X[3,5)=12");
  }

  @Test
  void findWhenValidatorRejectsThenMatchDropped() {
    CustomDetector card = regex("CARD", "\\b\\d{4}(?: ?\\d{4}){3}\\b", 0, "luhn");

    assertThat(find("4111 1111 1111 1111 and 4111 1111 1111 1112", card))
        .containsExactly("CARD[0,19)=4111 1111 1111 1111");
  }

  @Test
  void findWhenTextHasSurrogatePairsThenOffsetsAreUtf16() {
    assertThat(find("😀 EMP-123456", regex("EMPLOYEE_ID", "EMP-\\d+", 0, null)))
        .containsExactly("EMPLOYEE_ID[3,13)=EMP-123456");
  }

  @Test
  void findWhenTwoDetectorsMatchTheSameTextThenBothReported() {
    assertThat(
            find(
                "order TK-42",
                regex("TICKET", "TK-\\d+", 0, null),
                regex("NUMBER", "\\d+", 0, null),
                words("PREFIX", true, "TK")))
        .containsExactly("PREFIX[6,8)=TK", "TICKET[6,11)=TK-42", "NUMBER[9,11)=42");
  }

  @Test
  void findWhenDictionaryWordInsideLongerWordThenNoMatch() {
    assertThat(
            find(
                "Falcon, FALCON; Falconry SuperFalcon falcon_x",
                words("CODENAME", false, "falcon")))
        .containsExactly("CODENAME[0,6)=Falcon", "CODENAME[8,14)=FALCON", "CODENAME[37,43)=falcon");
  }

  @Test
  void findWhenWordsOfOtherScriptsThenBoundariesAreLettersOfAnyScript() {
    assertThat(find("кот котёнок, كتاب الكتاب", words("W", false, "КОТ", "كتاب")))
        .containsExactly("W[0,3)=кот", "W[13,17)=كتاب");
  }

  @Test
  void findWhenCaseInsensitiveThenTurkishDottedAndDotlessIFoldToI() {
    CustomDetector city = words("CITY", false, "istanbul", "KIRMIZI");

    assertThat(find("İSTANBUL İstanbul ıstanbul ISTANBUL kırmızı", city))
        .containsExactly(
            "CITY[0,8)=İSTANBUL",
            "CITY[9,17)=İstanbul",
            "CITY[18,26)=ıstanbul",
            "CITY[27,35)=ISTANBUL",
            "CITY[36,43)=kırmızı");
  }

  @Test
  void findWhenCaseSensitiveThenCaseMustMatch() {
    assertThat(find("İzmir izmir IZMIR", words("CITY", true, "İzmir")))
        .containsExactly("CITY[0,5)=İzmir");
  }

  @Test
  void findWhenWordOutsideBasicPlaneThenFoldedAndOffsetsExact() {
    assertThat(find("a \uD801\uDC28 b", words("DESERET", false, "\uD801\uDC00")))
        .containsExactly("DESERET[2,4)=\uD801\uDC28");
  }

  @Test
  void findWhenWordsOverlapThenAllReported() {
    assertThat(find("New York City", words("PLACE", false, "new york", "York", "york city")))
        .containsExactly("PLACE[0,8)=New York", "PLACE[4,8)=York", "PLACE[4,13)=York City");
  }

  @Test
  void findWhenWordEndsInSymbolThenOnlyItsLetterEdgeNeedsABoundary() {
    assertThat(find("C++ and C++11 but not XC++", words("LANG", true, "C++")))
        .containsExactly("LANG[0,3)=C++", "LANG[8,11)=C++");
  }

  @Test
  void findWhenWordRepeatedOrSharedThenOncePerDictionary() {
    assertThat(find("osprey", words("A", false, "Osprey", "osprey"), words("B", true, "osprey")))
        .containsExactly("A[0,6)=osprey", "B[0,6)=osprey");
  }

  @Test
  void findWhenInputIsAdversarialThenCompletes() {
    String text = "a".repeat(1 << 20);

    assertThat(
            find(
                text,
                regex("NESTED", "(a+)+b", 0, null),
                regex("ALTERNATION", "(a|aa)*c", 0, null),
                words("PREFIXES", false, "a", "aa", "aaa", "aaaa", "aaaab")))
        .isEmpty();
  }

  @Test
  void findWhenRandomTextsThenDictionaryAgreesWithNaiveWholeWordSearch() {
    String alphabet = "abAB ıİi-";
    Random random = new Random(7);
    for (int run = 0; run < 300; run++) {
      List<String> dictionary = new ArrayList<>();
      for (int w = 0, count = 1 + random.nextInt(4); w < count; w++) {
        dictionary.add(randomText(random, alphabet.replace(" ", ""), 1 + random.nextInt(3)));
      }
      String text = randomText(random, alphabet, random.nextInt(40));
      boolean caseSensitive = random.nextBoolean();

      assertThat(find(text, words("W", caseSensitive, dictionary.toArray(String[]::new))))
          .as("%s in '%s', caseSensitive %s", dictionary, text, caseSensitive)
          .isEqualTo(naiveWholeWords(text, dictionary, caseSensitive));
    }
  }

  private static String randomText(Random random, String alphabet, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private static List<String> naiveWholeWords(
      String text, List<String> words, boolean caseSensitive) {
    String haystack = caseSensitive ? text : simpleFold(text);
    List<Match> found = new ArrayList<>();
    for (String word :
        words.stream().map(w -> caseSensitive ? w : simpleFold(w)).distinct().toList()) {
      for (int i = haystack.indexOf(word); i >= 0; i = haystack.indexOf(word, i + 1)) {
        int end = i + word.length();
        boolean startOk =
            !Character.isLetterOrDigit(word.charAt(0))
                || i == 0
                || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean endOk =
            !Character.isLetterOrDigit(word.charAt(word.length() - 1))
                || end == text.length()
                || !Character.isLetterOrDigit(text.charAt(end));
        if (startOk && endOk) {
          found.add(new Match("W", i, end, text.substring(i, end)));
        }
      }
    }
    return inOrder(found);
  }

  /** Case folding for the test alphabet, written out independently of the matcher's. */
  private static String simpleFold(String s) {
    return s.replace('İ', 'i').replace('ı', 'i').toLowerCase(Locale.ROOT);
  }

  @Test
  void compileWhenPatternIsNotRe2ThenRejected() {
    assertThatThrownBy(() -> CustomMatcher.compile(List.of(regex("X", "(a)\\1", 0, null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid RE2 pattern");
  }

  @Test
  void compileWhenGroupMissingThenRejected() {
    assertThatThrownBy(() -> CustomMatcher.compile(List.of(regex("X", "a(b)", 2, null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group 2 does not exist");
  }

  @Test
  void compileWhenValidatorUnknownThenRejected() {
    assertThatThrownBy(() -> CustomMatcher.compile(List.of(regex("X", "a", 0, "md5"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown validator 'md5'");
  }

  @Test
  void compileWhenDictionaryWordEmptyThenRejected() {
    assertThatThrownBy(() -> CustomMatcher.compile(List.of(words("X", false, "a", ""))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty word");
  }

  @Test
  void validatorNamesWhenListedThenTheFourInOrder() {
    assertThat(CustomMatcher.validatorNames())
        .containsExactly("luhn", "iban", "tr-national-id", "us-ssn");
  }
}
