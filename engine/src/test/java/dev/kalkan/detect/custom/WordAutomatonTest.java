package dev.kalkan.detect.custom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordAutomatonTest {

  /** Word ids and their end positions (exclusive, in code points) as {@code id@end}. */
  private static List<String> run(String text, String... words) {
    WordAutomaton automaton =
        WordAutomaton.build(List.of(words).stream().map(w -> w.codePoints().toArray()).toList());
    List<String> found = new ArrayList<>();
    int state = 0;
    int[] codePoints = text.codePoints().toArray();
    for (int i = 0; i < codePoints.length; i++) {
      state = automaton.next(state, codePoints[i]);
      for (int s = automaton.firstOutput(state); s >= 0; s = automaton.nextOutput(s)) {
        for (int id : automaton.wordsEndingAt(s)) {
          found.add(id + "@" + (i + 1));
        }
      }
    }
    return found;
  }

  @Test
  void nextWhenWordsShareSuffixesThenEveryEndingWordReported() {
    assertThat(run("ushers", "he", "she", "his", "hers")).containsExactly("1@4", "0@4", "3@6");
  }

  @Test
  void nextWhenMismatchAfterPartialMatchThenFailureLinkResumes() {
    assertThat(run("aab aaab", "aab", "ab")).containsExactly("0@3", "1@3", "0@8", "1@8");
  }

  @Test
  void nextWhenCodePointsOutsideBasicPlaneThenMatchedAsOne() {
    assertThat(run("x😀y😀", "😀y", "😀")).containsExactly("1@2", "0@3", "1@4");
  }
}
