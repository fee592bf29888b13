package dev.kalkan.detect.accuracy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a corpus to a directory for inspection with other tools (the {@code kalkan scan} command,
 * an editor): one {@code <id>.txt} per document, and {@code truth.tsv} with one line per planted
 * value ({@code value}) or near miss ({@code near-miss}): document id, kind, type or near-miss
 * kind, code-point start, end, and the value with tabs and line breaks escaped.
 */
final class CorpusFiles {
  private CorpusFiles() {}

  static void write(List<LabelledDocument> documents, Path dir) throws IOException {
    Files.createDirectories(dir);
    StringBuilder truth = new StringBuilder("document\tkind\ttype\tstart\tend\tvalue\n");
    for (LabelledDocument doc : documents) {
      Files.writeString(dir.resolve(doc.id() + ".txt"), doc.text(), StandardCharsets.UTF_8);
      for (Label l : doc.labels()) {
        truth.append(line(doc.id(), "value", l.type().name(), l.start(), l.end(), l.value()));
      }
      for (Decoy d : doc.decoys()) {
        truth.append(line(doc.id(), "near-miss", d.kind().name(), d.start(), d.end(), d.value()));
      }
    }
    Files.writeString(dir.resolve("truth.tsv"), truth, StandardCharsets.UTF_8);
  }

  private static String line(
      String id, String kind, String type, int start, int end, String value) {
    String escaped = value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    return String.format(
        Locale.ROOT, "%s\t%s\t%s\t%d\t%d\t%s%n", id, kind, type, start, end, escaped);
  }
}
