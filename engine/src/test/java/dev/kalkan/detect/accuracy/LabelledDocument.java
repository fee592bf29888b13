package dev.kalkan.detect.accuracy;

import java.util.List;
import java.util.Objects;

/**
 * One generated document with its ground truth: every value the scanner should report ({@link
 * #labels}) and the planted near misses it should not ({@link #decoys}), both in document order.
 */
record LabelledDocument(
    String id, Genre genre, String text, List<Label> labels, List<Decoy> decoys) {
  LabelledDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(genre, "genre");
    Objects.requireNonNull(text, "text");
    labels = List.copyOf(labels);
    decoys = List.copyOf(decoys);
  }

  /** The text between two code-point offsets. */
  String slice(int start, int end) {
    int from = text.offsetByCodePoints(0, start);
    return text.substring(from, text.offsetByCodePoints(from, end - start));
  }

  /** The number of code points in the text. */
  int length() {
    return text.codePointCount(0, text.length());
  }
}
