package dev.kalkan.detect.accuracy;

import dev.kalkan.detect.InfoType;
import java.util.Objects;

/**
 * A piece of document text: plain, a planted value of a type, or a planted near miss. Exactly one
 * of {@link #type} and {@link #nearMiss} is set for planted pieces, neither for plain text.
 */
record Fragment(String text, InfoType type, NearMiss nearMiss) {
  Fragment {
    Objects.requireNonNull(text, "text");
    if (type != null && nearMiss != null) {
      throw new IllegalArgumentException("a fragment is a value or a near miss, not both");
    }
  }

  static Fragment plain(String text) {
    return new Fragment(text, null, null);
  }

  static Fragment value(InfoType type, String text) {
    return new Fragment(text, Objects.requireNonNull(type), null);
  }

  static Fragment decoy(NearMiss kind, String text) {
    return new Fragment(text, null, Objects.requireNonNull(kind));
  }
}
