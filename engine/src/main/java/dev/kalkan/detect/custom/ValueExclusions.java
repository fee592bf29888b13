package dev.kalkan.detect.custom;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * The values an operator excluded from reporting: a value is excluded when one of the RE2 patterns
 * matches it entirely. Immutable and thread-safe.
 */
public final class ValueExclusions {
  private final List<Pattern> patterns;

  private ValueExclusions(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /**
   * Compiles the patterns once.
   *
   * @param re2Patterns patterns in RE2 syntax; an empty list excludes nothing
   * @throws IllegalArgumentException naming the pattern and the syntax error when one is invalid
   */
  public static ValueExclusions compile(List<String> re2Patterns) {
    List<Pattern> compiled = new ArrayList<>(re2Patterns.size());
    for (String pattern : re2Patterns) {
      compiled.add(CustomMatcher.compileRe2(pattern));
    }
    return new ValueExclusions(compiled);
  }

  /** True when some pattern matches the whole of {@code value}. */
  public boolean excludes(CharSequence value) {
    for (Pattern pattern : patterns) {
      if (pattern.matcher(value).matches()) {
        return true;
      }
    }
    return false;
  }
}
