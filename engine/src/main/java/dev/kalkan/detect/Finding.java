package dev.kalkan.detect;

import java.util.Objects;

/**
 * One detected value. Offsets are code-point offsets in the scanned text (end exclusive); line and
 * column are 1-based, the column counted in code points. Immutable and thread-safe.
 *
 * <p>The clear value is kept in memory only; {@link #toString()} and {@link #preview()} never
 * reveal it, and reading it needs {@link PlaintextAccess}.
 */
public final class Finding {
  private final InfoType infoType;
  private final Likelihood likelihood;
  private final long start;
  private final long end;
  private final long line;
  private final long column;
  private final String field;
  private final String value;
  private final String decoding;

  /**
   * Creates a finding.
   *
   * @param field where in a structured document the value sits (JSON Pointer, column header or
   *     key), or null for unstructured text
   * @throws IllegalArgumentException when offsets or positions are inconsistent
   */
  public Finding(
      InfoType infoType,
      Likelihood likelihood,
      long start,
      long end,
      long line,
      long column,
      String field,
      String value) {
    this(infoType, likelihood, start, end, line, column, field, value, null);
  }

  private Finding(
      InfoType infoType,
      Likelihood likelihood,
      long start,
      long end,
      long line,
      long column,
      String field,
      String value,
      String decoding) {
    this.infoType = Objects.requireNonNull(infoType, "infoType");
    this.likelihood = Objects.requireNonNull(likelihood, "likelihood");
    this.value = Objects.requireNonNull(value, "value");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
    }
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
    this.start = start;
    this.end = end;
    this.line = line;
    this.column = column;
    this.field = field;
    this.decoding = decoding;
  }

  /**
   * This finding as made in content decoded from an encoded span of the scanned text: located at
   * that span, and naming the encodings removed to reach it. It has no {@link #field()}: a field of
   * the decoded content names no place in the scanned text.
   *
   * @param encoding the encodings of the span, outermost first, joined with {@code >} (such as
   *     {@code base64>gzip}); this finding's own {@link #decoding()} is appended
   * @throws IllegalArgumentException when the span's offsets or position are inconsistent
   */
  public Finding decodedFrom(String encoding, long start, long end, long line, long column) {
    Objects.requireNonNull(encoding, "encoding");
    String chain = decoding == null ? encoding : encoding + ">" + decoding;
    return new Finding(infoType, likelihood, start, end, line, column, null, value, chain);
  }

  /**
   * The encodings that hid the value, outermost first, joined with {@code >} (such as {@code
   * base64>gzip}); null when the value stands in the scanned text as it is.
   */
  public String decoding() {
    return decoding;
  }

  public InfoType infoType() {
    return infoType;
  }

  public Likelihood likelihood() {
    return likelihood;
  }

  /** Code-point offset of the first character. */
  public long start() {
    return start;
  }

  /** Code-point offset just past the last character. */
  public long end() {
    return end;
  }

  public long line() {
    return line;
  }

  public long column() {
    return column;
  }

  /** The structured field (JSON Pointer, column header or key), or null. */
  public String field() {
    return field;
  }

  /** A masked form of the value that cannot reveal it, such as {@code j***@g***.com}. */
  public String preview() {
    return Preview.of(infoType, value);
  }

  /** The clear value. Only for callers that hold the capability. */
  public String value(PlaintextAccess access) {
    Objects.requireNonNull(access, "access");
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f
        && infoType.equals(f.infoType)
        && likelihood == f.likelihood
        && start == f.start
        && end == f.end
        && line == f.line
        && column == f.column
        && Objects.equals(field, f.field)
        && Objects.equals(decoding, f.decoding)
        && value.equals(f.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(infoType, likelihood, start, end, field);
  }

  @Override
  public String toString() {
    return infoType
        + "@"
        + line
        + ":"
        + column
        + "["
        + start
        + ","
        + end
        + ")"
        + " "
        + likelihood
        + " "
        + preview()
        + (decoding == null ? "" : " decoded=" + decoding);
  }
}
