package dev.kalkan.cli.report;

import dev.kalkan.cli.report.ScannedFile.Status;
import dev.kalkan.detect.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The {@code json} format: one document, streamed file by file as files complete.
 *
 * <pre>{@code
 * {"files":[
 * {"path":"a.txt","status":"SCANNED","classification":"SENSITIVE","findings":[{…},…]},
 * {"path":"b.png","status":"SKIPPED_BINARY","message":"…","classification":"PUBLIC","findings":[]}
 * ],"summary":{"filesScanned":…,"filesSkipped":…,"filesWithErrors":…,"filesWithFindings":…,
 * "bytesScanned":…,"findings":…,"findingsByInfoType":{"EMAIL_ADDRESS":…},"elapsedMillis":…}}
 * }</pre>
 *
 * <p>{@code files} lists the files with findings and the skipped and failed files, one per line, in
 * the order they complete; scanned files without findings are left out (on a large tree they would
 * drown the rest) and count only in the summary. Finding objects are those of the {@code jsonl}
 * format without {@code path}. {@code message} is present only for skipped, failed and not fully
 * scanned files ({@code "status":"NOT_FULLY_SCANNED"}, which also carry {@code reason}, a {@code
 * ScanGap.Reason}); the summary has {@code filesNotFullyScanned} when there are any.
 */
final class JsonReportWriter implements ReportWriter {
  private final JsonOutput json;
  private final boolean showValues;
  private long filesListed;
  private long filesWithFindings;

  JsonReportWriter(Writer out, boolean showValues) {
    this.json = new JsonOutput(out);
    this.showValues = showValues;
  }

  @Override
  public void file(ScannedFile file) throws IOException {
    if (!file.findings().isEmpty()) {
      filesWithFindings++;
    } else if (file.status() == Status.SCANNED) {
      return;
    }
    json.raw(filesListed++ == 0 ? "{\"files\":[\n{\"path\":" : ",\n{\"path\":");
    json.string(file.path());
    json.raw(",\"status\":");
    json.string(file.status().name());
    if (file.message() != null) {
      json.raw(",\"message\":");
      json.string(file.message());
    }
    if (file.gap() != null) {
      json.raw(",\"reason\":");
      json.string(file.gap().reason().name());
    }
    json.raw(",\"classification\":");
    json.string(file.classification().name());
    json.raw(",\"findings\":[");
    boolean first = true;
    for (Finding finding : file.findings()) {
      json.raw(first ? "{" : ",{");
      FindingJson.writeMembers(json, finding, showValues);
      json.raw("}");
      first = false;
    }
    json.raw("]}");
  }

  @Override
  public void finish(ScanSummary summary) throws IOException {
    json.raw(filesListed == 0 ? "{\"files\":[" : "\n");
    json.raw("],\"summary\":{\"filesScanned\":");
    json.number(summary.filesScanned());
    json.raw(",\"filesSkipped\":");
    json.number(summary.filesSkipped());
    json.raw(",\"filesWithErrors\":");
    json.number(summary.filesWithErrors());
    if (summary.filesNotFullyScanned() > 0) {
      json.raw(",\"filesNotFullyScanned\":");
      json.number(summary.filesNotFullyScanned());
    }
    json.raw(",\"filesWithFindings\":");
    json.number(filesWithFindings);
    json.raw(",\"bytesScanned\":");
    json.number(summary.bytesScanned());
    json.raw(",\"findings\":");
    json.number(summary.findings());
    json.raw(",\"findingsByInfoType\":{");
    boolean first = true;
    for (Map.Entry<String, Long> entry : summary.findingsByInfoType().entrySet()) {
      json.raw(first ? "" : ",");
      json.string(entry.getKey());
      json.raw(":");
      json.number(entry.getValue());
      first = false;
    }
    json.raw("},\"elapsedMillis\":");
    json.number(summary.elapsed().toMillis());
    json.raw("}}\n");
    json.flush();
  }
}
