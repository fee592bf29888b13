package dev.kalkan.deid;

import java.util.List;
import java.util.Map;

/**
 * The result of {@link Redactor#redact}: the rewritten text, the format it was treated as, how many
 * findings of each infoType were transformed, and notes for the user (a value that could not be
 * tokenized and was replaced instead), each with a line and column and never a value.
 */
public record Redaction(
    String text, ContentFormat format, Map<String, Long> transformed, List<String> notes) {
  public Redaction {
    transformed = Map.copyOf(transformed);
    notes = List.copyOf(notes);
  }
}
