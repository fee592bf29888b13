package dev.kalkan.inspect;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kalkan.detect.Finding;
import dev.kalkan.detect.ScannerSettings;

/**
 * A finding as the API returns it: the fields of {@code kalkan scan --format jsonl} without {@code
 * path} and never {@code value}.
 *
 * @param infoType the infoType
 * @param category its category
 * @param classification its classification (as the scanner's settings define it)
 * @param likelihood how likely it is real
 * @param start code-point offset of the start in the content
 * @param end code-point offset of the end, exclusive
 * @param line 1-based line
 * @param column 1-based column in code points
 * @param field the JSON Pointer or key, when known
 * @param preview a masked form that cannot reveal the value
 */
public record FindingView(
    String infoType,
    String category,
    String classification,
    String likelihood,
    long start,
    long end,
    long line,
    long column,
    @JsonInclude(JsonInclude.Include.NON_NULL) String field,
    String preview) {

  static FindingView of(Finding finding, ScannerSettings settings) {
    return new FindingView(
        finding.infoType().name(),
        finding.infoType().category().name(),
        settings.classificationOf(finding.infoType()).name(),
        finding.likelihood().name(),
        finding.start(),
        finding.end(),
        finding.line(),
        finding.column(),
        finding.field(),
        finding.preview());
  }
}
