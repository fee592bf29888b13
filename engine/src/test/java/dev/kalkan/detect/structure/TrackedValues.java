package dev.kalkan.detect.structure;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads back what a tracker recorded, for table-driven tests. */
final class TrackedValues {
  /** One recorded value: its field and its text. */
  record Value(String field, String text) {
    @Override
    public String toString() {
      return field + "=" + text;
    }
  }

  private TrackedValues() {}

  /** Tracks {@code text} fed in one piece, without a catalog, as {@code field=value} lines. */
  static List<String> of(StructuredFormat format, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return values(fedInPieces(FieldTracker.create(format, null), bytes), bytes).stream()
        .map(Value::toString)
        .toList();
  }

  /** Feeds {@code bytes} cut before each of {@code cuts} (ascending), then finishes. */
  static FieldTracker fedInPieces(FieldTracker tracker, byte[] bytes, int... cuts) {
    int from = 0;
    for (int cut : cuts) {
      tracker.feed(bytes, from, cut, 0);
      from = cut;
    }
    tracker.feed(bytes, from, bytes.length, 0);
    tracker.finish();
    return tracker;
  }

  /**
   * Every recorded value, in order. Values are told apart by the bytes between them, which every
   * format has (quotes, separators, line ends).
   */
  static List<Value> values(FieldTracker tracker, byte[] bytes) {
    List<Value> out = new ArrayList<>();
    int start = -1;
    String current = null;
    for (int i = 0; i <= bytes.length; i++) {
      String field = i < bytes.length ? tracker.fieldAt(i) : null;
      if (field != null && field.equals(current)) {
        continue;
      }
      if (current != null) {
        out.add(new Value(current, new String(bytes, start, i - start, StandardCharsets.UTF_8)));
      }
      current = field;
      start = i;
    }
    return out;
  }
}
