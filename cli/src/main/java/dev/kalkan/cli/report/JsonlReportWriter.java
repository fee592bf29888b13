package dev.kalkan.cli.report;

import dev.kalkan.detect.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * The {@code jsonl} format: one JSON object per finding, one per line, nothing else. Each object
 * has {@code path} followed by the members {@link FindingJson} writes. A skipped or failed file
 * produces no line of its own (the caller reports it on standard error), only lines for the
 * findings made before a failure.
 */
final class JsonlReportWriter implements ReportWriter {
  private final JsonOutput json;
  private final boolean showValues;

  JsonlReportWriter(Writer out, boolean showValues) {
    this.json = new JsonOutput(out);
    this.showValues = showValues;
  }

  @Override
  public void file(ScannedFile file) throws IOException {
    if (file.findings().isEmpty()) {
      return;
    }
    StringWriter head = new StringWriter();
    JsonOutput headJson = new JsonOutput(head);
    headJson.raw("{\"path\":");
    headJson.string(file.path());
    headJson.raw(",");
    headJson.flush();
    String pathMember = head.toString(); // escaped once per file, not once per finding
    for (Finding finding : file.findings()) {
      json.raw(pathMember);
      FindingJson.writeMembers(json, finding, showValues);
      json.raw("}\n");
    }
  }

  @Override
  public void finish(ScanSummary summary) throws IOException {
    json.flush();
  }
}
