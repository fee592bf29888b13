package dev.kalkan.detect;

import java.util.List;
import java.util.Objects;

/**
 * A detector an operator defines in the configuration: a regular expression (with an optional
 * validator) or a dictionary of words. Matching is linear in the input (RE2 semantics: no
 * backtracking).
 */
public sealed interface CustomDetector {

  /** The type every finding of this detector has. */
  InfoType infoType();

  /** Likelihood of a match without context; a hotword nearby raises it one level. */
  Likelihood likelihood();

  /** Words that raise the likelihood when they appear near a match (case-insensitive). */
  List<String> hotwords();

  /**
   * A regular expression detector.
   *
   * @param pattern an RE2 pattern (no back-references or look-around)
   * @param group the capturing group that holds the value (0 for the whole match)
   * @param validator a built-in validator the value must pass, or null: {@code luhn}, {@code iban},
   *     {@code tr-national-id}, {@code us-ssn}
   */
  record Regex(
      InfoType infoType,
      String pattern,
      int group,
      String validator,
      Likelihood likelihood,
      List<String> hotwords)
      implements CustomDetector {
    public Regex {
      Objects.requireNonNull(infoType, "infoType");
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(likelihood, "likelihood");
      hotwords = List.copyOf(hotwords);
      if (group < 0) {
        throw new IllegalArgumentException("group must be >= 0, was " + group);
      }
    }
  }

  /**
   * A dictionary detector: any of {@code words}, on word boundaries.
   *
   * @param caseSensitive whether case must match (otherwise compared after Unicode lower-casing)
   */
  record Dictionary(
      InfoType infoType,
      List<String> words,
      boolean caseSensitive,
      Likelihood likelihood,
      List<String> hotwords)
      implements CustomDetector {
    public Dictionary {
      Objects.requireNonNull(infoType, "infoType");
      Objects.requireNonNull(likelihood, "likelihood");
      words = List.copyOf(words);
      hotwords = List.copyOf(hotwords);
      if (words.isEmpty()) {
        throw new IllegalArgumentException("a dictionary needs at least one word");
      }
    }
  }
}
