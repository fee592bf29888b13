package dev.kalkan.detect;

import java.util.Arrays;
import java.util.Locale;

/** How likely a finding is to be a real value of its infoType, lowest first. */
public enum Likelihood {
  VERY_UNLIKELY,
  UNLIKELY,
  POSSIBLE,
  LIKELY,
  VERY_LIKELY;

  private static final Likelihood[] LEVELS = values();

  /** Returns the level {@code steps} above this one (below for negative steps), clamped. */
  public Likelihood shift(int steps) {
    int level = Math.max(0, Math.min(LEVELS.length - 1, ordinal() + steps));
    return LEVELS[level];
  }

  /** True when this level is at least {@code minimum}. */
  public boolean atLeast(Likelihood minimum) {
    return compareTo(minimum) >= 0;
  }

  /**
   * Parses a level name, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted levels when {@code text} is none of them
   */
  public static Likelihood parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown likelihood '" + text + "': expected one of " + Arrays.toString(LEVELS));
    }
  }
}
