package dev.kalkan.cli.report;

import dev.kalkan.detect.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * The {@code jsonl} format: one JSON object per finding, one per line, nothing else. Each object
 * has {@code path} followed by the members {@link FindingJson} writes. A skipped or failed file
 * produces no line of its own (the caller reports it on standard error), only lines for the
 * findings made before a failure. A file or member not fully scanned adds, after its findings, one
 * line of another shape: {@code {"path":"a.zip!/b.zip","notScanned":"nested deeper than 10
 * containers","reason":"DEPTH_LIMIT"}} ({@code reason} is a {@code ScanGap.Reason}); readers tell
 * the two shapes apart by the {@code notScanned} member.
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
    if (file.findings().isEmpty() && file.gap() == null) {
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
    if (file.gap() != null) {
      json.raw(pathMember);
      json.raw("\"notScanned\":");
      json.string(file.gap().message());
      json.raw(",\"reason\":");
      json.string(file.gap().reason().name());
      json.raw("}\n");
    }
  }

  @Override
  public void finish(ScanSummary summary) throws IOException {
    json.flush();
  }
}
