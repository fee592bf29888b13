package dev.kalkan.detect.config;

import java.util.Collection;
import java.util.Locale;

/**
 * Finds the accepted name an operator most likely meant, for "did you mean" hints. Public for the
 * policy module's parser, which words its hints the same way.
 */
public final class Suggestion {
  private Suggestion() {}

  /**
   * Returns {@code " (did you mean NAME?)"} for the candidate closest to {@code input}, ignoring
   * case, or an empty string when none is close. Close means a few typing slips away (insertions,
   * deletions, substitutions, swaps of adjacent characters), or else starting with an input of at
   * least four characters ({@code PHONE} for {@code PHONE_NUMBER}).
   */
  public static String didYouMean(String input, Collection<String> candidates) {
    String typed = input.toUpperCase(Locale.ROOT);
    String best = null;
    int bestDistance = Math.max(1, Math.min(3, typed.length() / 3)) + 1;
    for (String candidate : candidates) {
      int distance = distance(typed, candidate.toUpperCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best == null && typed.length() >= 4) {
      best =
          candidates.stream()
              .filter(c -> c.toUpperCase(Locale.ROOT).startsWith(typed))
              .findFirst()
              .orElse(null);
    }
    return best == null ? "" : " (did you mean " + best + "?)";
  }

  /** Optimal string alignment distance: Levenshtein plus adjacent transpositions. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
