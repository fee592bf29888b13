package dev.kalkan.cli.report;

import dev.kalkan.detect.Finding;

/**
 * Where a finding sits, as a SARIF 2.1.0 text region: lines and columns 1-based, columns and
 * character offsets counted in code points (the run declares {@code columnKind unicodeCodePoints}),
 * {@code endColumn} the column just past the last character.
 *
 * <p>The end of a value on one line follows from its start and length. A value may span lines (a
 * street address, a PEM block), so the end is found by measuring the value in memory for line
 * breaks ({@code \r\n}, {@code \n} or {@code \r}, as SARIF counts them); nothing of the value is
 * kept.
 */
record SarifRegion(
    long startLine,
    long startColumn,
    long endLine,
    long endColumn,
    long charOffset,
    long charLength) {

  /** The region of {@code finding}. */
  static SarifRegion of(Finding finding) {
    String value = ClearValue.of(finding);
    long length = finding.end() - finding.start();
    int lastBreak = Math.max(value.lastIndexOf('\n'), value.lastIndexOf('\r'));
    long endLine = finding.line();
    long endColumn = finding.column() + length;
    if (lastBreak >= 0) {
      for (int i = 0; i <= lastBreak; i++) {
        char c = value.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= value.length() || value.charAt(i + 1) != '\n'))) {
          endLine++;
        }
      }
      endColumn = 1 + value.codePointCount(lastBreak + 1, value.length());
    }
    return new SarifRegion(
        finding.line(), finding.column(), endLine, endColumn, finding.start(), length);
  }
}
