package dev.kalkan.cli.report;

import dev.kalkan.cli.report.ScannedFile.Status;
import dev.kalkan.detect.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The {@code text} format, for people: one line per finding, a note per skipped file and a summary
 * line at the end.
 *
 * <pre>{@code
 * src/orders.csv:3:15  EMAIL_ADDRESS  VERY_LIKELY  j***@e***.com  field=buyer_email
 * note: assets/logo.png: skipped: binary content
 * 7 findings in 3 files (4 files scanned, 1 skipped, 1 error, 0.1 MB in 1.53 s)
 * }</pre>
 *
 * <p>A finding in decoded content has {@code decoded=base64>gzip} (the encodings removed). With
 * values shown, a finding line ends with {@code value=…}. Failed files and files not fully scanned
 * count in the summary only: the caller reports them on standard error. Scanned text goes through
 * {@link Escaper#TERMINAL}, so it cannot break a line or drive the terminal. Lines end with {@code
 * \n} on every platform; MB are 10<sup>6</sup> bytes.
 */
final class TextReportWriter implements ReportWriter {
  private static final String SEPARATOR = "  ";

  private final Writer out;
  private final boolean showValues;
  private long filesWithFindings;

  TextReportWriter(Writer out, boolean showValues) {
    this.out = out;
    this.showValues = showValues;
  }

  @Override
  public void file(ScannedFile file) throws IOException {
    if (!file.findings().isEmpty()) {
      filesWithFindings++;
    }
    for (Finding finding : file.findings()) {
      Escaper.TERMINAL.write(out, file.path());
      out.write(':');
      out.write(Long.toString(finding.line()));
      out.write(':');
      out.write(Long.toString(finding.column()));
      out.write(SEPARATOR);
      out.write(finding.infoType().name());
      out.write(SEPARATOR);
      out.write(finding.likelihood().name());
      out.write(SEPARATOR);
      Escaper.TERMINAL.write(out, finding.preview());
      if (finding.field() != null) {
        out.write(SEPARATOR + "field=");
        Escaper.TERMINAL.write(out, finding.field());
      }
      if (finding.decoding() != null) {
        out.write(SEPARATOR + "decoded=");
        Escaper.TERMINAL.write(out, finding.decoding());
      }
      if (showValues) {
        out.write(SEPARATOR + "value=");
        Escaper.TERMINAL.write(out, ClearValue.of(finding));
      }
      out.write('\n');
    }
    if (file.status() == Status.SKIPPED_BINARY) {
      out.write("note: ");
      Escaper.TERMINAL.write(out, file.path());
      out.write(": skipped: ");
      Escaper.TERMINAL.write(out, file.message());
      out.write('\n');
    }
  }

  @Override
  public void finish(ScanSummary summary) throws IOException {
    out.write(
        String.format(
            Locale.ROOT,
            "%s in %s (%s scanned, %s%d skipped, %s, %.1f MB in %.2f s)\n",
            count(summary.findings(), "finding"),
            count(filesWithFindings, "file"),
            count(summary.filesScanned(), "file"),
            summary.filesNotFullyScanned() == 0
                ? ""
                : summary.filesNotFullyScanned() + " not fully scanned, ",
            summary.filesSkipped(),
            count(summary.filesWithErrors(), "error"),
            summary.bytesScanned() / 1e6,
            summary.elapsed().toNanos() / 1e9));
    out.flush();
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
