package dev.kalkan.detect.custom;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.kalkan.detect.CustomDetector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the matches of operator-defined detectors in text, in time linear in its length. Immutable
 * and thread-safe once compiled.
 *
 * <p>Each regex detector runs its own RE2 search over the text, so matches of different detectors
 * may overlap and all are reported; the text is traversed once per regex detector. (RE2/J has no
 * DFA, so one alternation of all patterns would cost its NFA the same work per character, and it
 * would lose the literal-prefix skip each pattern gets alone.) A match whose group did not take
 * part, is empty, or fails the detector's validator is dropped. All dictionary detectors together
 * take one more pass; see {@link WordMatcher} for whole words and case folding.
 */
public final class CustomMatcher {
  private static final Set<String> VALIDATOR_NAMES = orderedValidatorNames();

  private final List<RegexRule> regexRules;
  private final WordMatcher words;

  private CustomMatcher(List<RegexRule> regexRules, WordMatcher words) {
    this.regexRules = List.copyOf(regexRules);
    this.words = words;
  }

  /**
   * Compiles the detectors once.
   *
   * @throws IllegalArgumentException when a pattern is not valid RE2, names a group it lacks, names
   *     a validator not in {@link #validatorNames()}, or a dictionary word is empty
   */
  public static CustomMatcher compile(List<CustomDetector> detectors) {
    List<RegexRule> rules = new ArrayList<>();
    List<CustomDetector.Dictionary> dictionaries = new ArrayList<>();
    for (CustomDetector detector : detectors) {
      switch (detector) {
        case CustomDetector.Regex regex -> rules.add(RegexRule.of(regex));
        case CustomDetector.Dictionary dictionary -> dictionaries.add(dictionary);
      }
    }
    return new CustomMatcher(rules, WordMatcher.build(dictionaries));
  }

  /**
   * The validator names a regex detector may use, in a fixed order: {@code luhn}, {@code iban},
   * {@code tr-national-id}, {@code us-ssn}.
   */
  public static Set<String> validatorNames() {
    return VALIDATOR_NAMES;
  }

  /**
   * Reports every match in {@code text} to {@code sink}, in no particular order, with UTF-16
   * offsets into {@code text}.
   */
  public void find(CharSequence text, MatchSink sink) {
    for (RegexRule rule : regexRules) {
      rule.find(text, sink);
    }
    words.find(text, sink);
  }

  private static Set<String> orderedValidatorNames() {
    Set<String> names = new LinkedHashSet<>();
    for (Validator validator : Validator.values()) {
      names.add(validator.configName());
    }
    return Collections.unmodifiableSet(names);
  }

  /** Compiles an RE2 pattern, reporting a syntax error as an {@link IllegalArgumentException}. */
  static Pattern compileRe2(String pattern) {
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("invalid RE2 pattern: " + e.getMessage(), e);
    }
  }

  private record RegexRule(CustomDetector.Regex detector, Pattern pattern, Validator validator) {

    static RegexRule of(CustomDetector.Regex detector) {
      Pattern pattern = compileRe2(detector.pattern());
      if (detector.group() > pattern.groupCount()) {
        throw new IllegalArgumentException(
            detector.infoType()
                + ": group "
                + detector.group()
                + " does not exist; the pattern has "
                + pattern.groupCount());
      }
      Validator validator = null;
      if (detector.validator() != null) {
        validator =
            Validator.named(detector.validator())
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            detector.infoType()
                                + ": unknown validator '"
                                + detector.validator()
                                + "', expected one of "
                                + validatorNames()));
      }
      return new RegexRule(detector, pattern, validator);
    }

    void find(CharSequence text, MatchSink sink) {
      Matcher m = pattern.matcher(text);
      int group = detector.group();
      while (m.find()) {
        int start = m.start(group);
        int end = m.end(group);
        if (start < 0 || end <= start) {
          continue;
        }
        if (validator == null || validator.accepts(text.subSequence(start, end))) {
          sink.match(detector, start, end);
        }
      }
    }
  }
}
