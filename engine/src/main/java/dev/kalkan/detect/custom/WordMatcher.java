package dev.kalkan.detect.custom;

import dev.kalkan.detect.CustomDetector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the words of all dictionary detectors in one pass over the text: one Aho-Corasick automaton
 * for the case-sensitive words, fed the text as it is, and one for the rest, fed the text
 * case-folded. Immutable and thread-safe.
 *
 * <p>Case folding maps each code point {@code c} to {@code toLowerCase(toUpperCase(c))}, without a
 * locale. It maps each code point to exactly one, so offsets stay exact, and it folds the Turkish
 * {@code İ} and {@code ı} to {@code i} like {@code I}: a word matches whichever i its writer typed,
 * at the cost of treating the two Turkish letters as one. {@code ß} does not match {@code SS}.
 *
 * <p>A match counts only as a whole word: where the word starts (ends) with a letter, digit or
 * combining mark of any script, the text must not have one just before (after) it.
 */
final class WordMatcher {
  private final Side exact;
  private final Side folded;

  /** A power of two at least as long as the longest word, in code points. */
  private final int ringSize;

  private WordMatcher(Side exact, Side folded) {
    this.exact = exact;
    this.folded = folded;
    this.ringSize =
        Integer.highestOneBit(
            Math.max(1, Math.max(exact.longestWord(), folded.longestWord())) * 2 - 1);
  }

  /**
   * Builds the matcher for these dictionaries.
   *
   * @throws IllegalArgumentException when a word is empty
   */
  static WordMatcher build(List<CustomDetector.Dictionary> dictionaries) {
    return new WordMatcher(
        Side.build(
            dictionaries.stream().filter(CustomDetector.Dictionary::caseSensitive).toList(), false),
        Side.build(dictionaries.stream().filter(d -> !d.caseSensitive()).toList(), true));
  }

  private boolean isEmpty() {
    return exact.words.length == 0 && folded.words.length == 0;
  }

  /** Reports every whole-word occurrence of every word, overlapping ones included. */
  void find(CharSequence text, MatchSink sink) {
    if (isEmpty()) {
      return;
    }
    int[] recentStarts = new int[ringSize];
    boolean useExact = exact.words.length > 0;
    boolean useFolded = folded.words.length > 0;
    int exactState = 0;
    int foldedState = 0;
    int length = text.length();
    for (int i = 0, index = 0; i < length; index++) {
      int cp = Character.codePointAt(text, i);
      recentStarts[index & (ringSize - 1)] = i;
      i += Character.charCount(cp);
      if (useExact) {
        exactState = exact.automaton.next(exactState, cp);
        if (exactState != 0) {
          exact.report(exactState, text, index, i, recentStarts, sink);
        }
      }
      if (useFolded) {
        foldedState = folded.automaton.next(foldedState, fold(cp));
        if (foldedState != 0) {
          folded.report(foldedState, text, index, i, recentStarts, sink);
        }
      }
    }
  }

  /** Locale-independent simple case folding; see the class comment. */
  static int fold(int codePoint) {
    if (codePoint < 128) {
      return codePoint >= 'A' && codePoint <= 'Z' ? codePoint + ('a' - 'A') : codePoint;
    }
    return Character.toLowerCase(Character.toUpperCase(codePoint));
  }

  /** Letters, digits and combining marks of any script. */
  static boolean isWordChar(int codePoint) {
    if (Character.isLetterOrDigit(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private record Word(
      CustomDetector detector, int length, boolean boundedStart, boolean boundedEnd) {}

  private record Side(WordAutomaton automaton, Word[] words) {

    static Side build(List<CustomDetector.Dictionary> dictionaries, boolean folding) {
      List<int[]> keys = new ArrayList<>();
      List<Word> words = new ArrayList<>();
      for (CustomDetector.Dictionary dictionary : dictionaries) {
        Set<String> seen = new HashSet<>();
        for (String word : dictionary.words()) {
          if (word.isEmpty()) {
            throw new IllegalArgumentException(
                "dictionary " + dictionary.infoType() + " has an empty word");
          }
          int[] key = word.codePoints().map(cp -> folding ? fold(cp) : cp).toArray();
          if (seen.add(new String(key, 0, key.length))) {
            keys.add(key);
            words.add(
                new Word(
                    dictionary, key.length, isWordChar(key[0]), isWordChar(key[key.length - 1])));
          }
        }
      }
      return new Side(WordAutomaton.build(keys), words.toArray(Word[]::new));
    }

    int longestWord() {
      int longest = 0;
      for (Word word : words) {
        longest = Math.max(longest, word.length);
      }
      return longest;
    }

    /** Reports the words ending at code point {@code index}, which ends at char {@code end}. */
    void report(
        int state, CharSequence text, int index, int end, int[] recentStarts, MatchSink sink) {
      for (int s = automaton.firstOutput(state); s >= 0; s = automaton.nextOutput(s)) {
        for (int id : automaton.wordsEndingAt(s)) {
          Word word = words[id];
          int start = recentStarts[(index - word.length + 1) & (recentStarts.length - 1)];
          if (word.boundedStart
              && start > 0
              && isWordChar(Character.codePointBefore(text, start))) {
            continue;
          }
          if (word.boundedEnd
              && end < text.length()
              && isWordChar(Character.codePointAt(text, end))) {
            continue;
          }
          sink.match(word.detector, start, end);
        }
      }
    }
  }
}
