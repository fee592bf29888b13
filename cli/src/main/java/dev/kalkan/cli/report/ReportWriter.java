package dev.kalkan.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes the report of one scan in one {@link ReportFormat}: {@link #file} once per file, then
 * {@link #finish} once. Not thread-safe: the caller serialises calls.
 *
 * <p>A writer flushes its output in {@code finish} and never closes it, so it may write to {@code
 * System.out}. I/O errors of the output propagate as {@link IOException}.
 */
public interface ReportWriter {

  /** Reports one file, in the order files complete. */
  void file(ScannedFile file) throws IOException;

  /** Reports the totals, completes the document and flushes the output. */
  void finish(ScanSummary summary) throws IOException;

  /**
   * Returns a writer of {@code format} that writes UTF-8 to {@code out}.
   *
   * @param showValues whether to include clear values ({@code --show-values}); SARIF ignores it and
   *     never includes them, since SARIF goes to code hosting
   */
  static ReportWriter create(ReportFormat format, OutputStream out, boolean showValues) {
    Objects.requireNonNull(format, "format");
    Writer writer = new Utf8Writer(Objects.requireNonNull(out, "out"));
    return switch (format) {
      case TEXT -> new TextReportWriter(writer, showValues);
      case JSON -> new JsonReportWriter(writer, showValues);
      case JSONL -> new JsonlReportWriter(writer, showValues);
      case SARIF -> new SarifReportWriter(writer, SarifReportWriter.toolVersion());
    };
  }
}
