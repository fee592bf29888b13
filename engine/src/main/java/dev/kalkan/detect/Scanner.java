package dev.kalkan.detect;

import dev.kalkan.detect.edm.EdmMatcher;
import dev.kalkan.detect.people.PeopleRecognizer;
import dev.kalkan.detect.structure.SpApiFieldCatalog;
import dev.kalkan.detect.structure.StructuredFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Finds sensitive data in text. Thread-safe and reusable: build one per configuration and share it.
 *
 * <p>Input is UTF-8. Findings come in order of their start offset, with code-point offsets, lines
 * and columns counted from the start of the input. Memory use is bounded whatever the input size:
 * streams are scanned in windows of {@value #WINDOW} bytes that overlap by enough bytes for the
 * longest candidate and its context, so a value that straddles two windows is found once.
 *
 * <p>Structured content (JSON, NDJSON, CSV, TSV, YAML, {@code .env}, {@code .properties}; {@link
 * StructuredFormat#detect} decides from the file name, else from the first {@value
 * StructuredFields#SNIFF_BYTES} bytes) is read for its fields as well: each finding there carries
 * its {@link Finding#field() field}, a pattern finding under a field that the {@link
 * SpApiFieldCatalog} types as its own type (an e-mail address under {@code buyer-email}) is one
 * likelihood level higher, and a value under a field that holds a {@code PERSON_NAME} or {@code
 * STREET_ADDRESS} ({@code BuyerName}, {@code recipient-name}, {@code ShippingAddress/Name}, {@code
 * AddressLine1}, {@code ship-address-1}, …) is a finding of that type when the {@link
 * FieldValueJudge} accepts it. The methods without a file name decide the format from the content.
 *
 * <p>In free text (content of no structured format: mail, notes, logs) person names and street
 * lines come from {@link PeopleRecognizer}: lexicons of given names, surnames and street words,
 * with salutations and labels as context.
 */
public final class Scanner {
  /** Bytes scanned per window when streaming. */
  static final int WINDOW = 1 << 20;

  /** Bytes at the end of a window read only as look-ahead; scanning resumes there next window. */
  static final int LOOK_AHEAD = 2 * TokenScanner.MAX_CANDIDATE;

  /** Bytes kept before a window for context words and email local parts. */
  static final int LOOK_BEHIND = 256;

  private final ScannerSettings settings;
  private final Vocabularies vocabularies;
  private final FindingFilter filter;
  private final CustomCandidates custom;
  private final EdmMatcher edm;
  private final FieldValueJudge judge;
  private final ProseCandidates prose;
  private final StructuredFields.Trackers trackers;
  private final Map<InfoType, InfoType> raised = new HashMap<>();

  private Scanner(ScannerSettings settings, EdmMatcher edm, FieldValueJudge judge) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.edm = edm;
    this.judge = Objects.requireNonNull(judge, "judge");
    this.trackers = new StructuredFields.Trackers(SpApiFieldCatalog.builtIn());
    this.vocabularies = Vocabularies.of(settings.extraHotwords());
    this.filter = new FindingFilter(settings);
    this.custom = CustomCandidates.of(settings.customDetectors());
    this.prose =
        filter.reports(InfoType.PERSON_NAME, Likelihood.VERY_LIKELY)
                || filter.reports(InfoType.STREET_ADDRESS, Likelihood.VERY_LIKELY)
            ? new ProseCandidates(PeopleRecognizer.defaults())
            : null;
    for (InfoType type : InfoType.builtIns()) {
      Classification c = settings.classificationOf(type);
      if (c != type.classification()) {
        raised.put(type, new InfoType(type.name(), type.category(), c));
      }
    }
  }

  /**
   * A scanner for these settings.
   *
   * @throws IllegalArgumentException when a pattern or validator in the settings is invalid
   */
  public static Scanner create(ScannerSettings settings) {
    return new Scanner(settings, null, defaultJudge());
  }

  /**
   * A scanner for these settings that also reports the values of an exact data match index: each
   * registered value found as a {@code VERY_LIKELY} finding of its field's type, and, after the
   * findings of an input, one {@code EDM_RECORD_MATCH} finding per registered record of which
   * several fields were found (located at the record's first value).
   *
   * @throws IllegalArgumentException when a pattern or validator in the settings is invalid
   */
  public static Scanner create(ScannerSettings settings, EdmMatcher edm) {
    return new Scanner(settings, Objects.requireNonNull(edm, "edm"), defaultJudge());
  }

  /** A scanner for every built-in type at the default minimum likelihood. */
  public static Scanner withDefaults() {
    return new Scanner(ScannerSettings.defaults(), null, defaultJudge());
  }

  /**
   * The default judge of name and street fields: {@link FieldValueJudge#placeholderAware()}, then
   * weighed by what {@link PeopleRecognizer} makes of the value (a lexicon name in {@code
   * BuyerName} rises a level, a company drops one), but never below {@code POSSIBLE}: a field the
   * catalog names as personal is reported whatever its value looks like, unless it is empty or a
   * placeholder.
   */
  static FieldValueJudge defaultJudge() {
    PeopleRecognizer people = PeopleRecognizer.defaults();
    FieldValueJudge weighed =
        FieldValueJudge.placeholderAware()
            .weighing(InfoType.PERSON_NAME, people::nameLikelihood)
            .weighing(InfoType.STREET_ADDRESS, people::streetLikelihood);
    return (type, value, fieldLikelihood) -> {
      Likelihood l = weighed.judge(type, value, fieldLikelihood);
      return l == null || l.compareTo(Likelihood.POSSIBLE) >= 0 ? l : Likelihood.POSSIBLE;
    };
  }

  /**
   * This scanner with another judge of the values of {@code PERSON_NAME} and {@code STREET_ADDRESS}
   * fields (the default is {@link FieldValueJudge#placeholderAware()} weighed by the built-in
   * people lexicons).
   */
  public Scanner withFieldValueJudge(FieldValueJudge judge) {
    return new Scanner(settings, edm, judge);
  }

  public ScannerSettings settings() {
    return settings;
  }

  /** Scans text held in memory and returns its findings in order. */
  public List<Finding> scan(CharSequence text) {
    return scan(null, text);
  }

  /**
   * Scans text held in memory, named {@code fileName} (a path, with {@code !} before archive
   * members; null when unknown) for its format, and returns its findings in order.
   */
  public List<Finding> scan(String fileName, CharSequence text) {
    List<Finding> out = new ArrayList<>();
    byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
    scan(fileName, utf8, utf8.length, out::add);
    return out;
  }

  /** Scans UTF-8 bytes held in memory. */
  public void scan(byte[] utf8, Consumer<Finding> sink) {
    scan(null, utf8, utf8.length, sink);
  }

  /** Scans the first {@code length} bytes of {@code utf8}. */
  public void scan(byte[] utf8, int length, Consumer<Finding> sink) {
    scan(null, utf8, length, sink);
  }

  /**
   * Scans the first {@code length} bytes of {@code utf8}, named {@code fileName} (null when
   * unknown) for its format.
   */
  public void scan(String fileName, byte[] utf8, int length, Consumer<Finding> sink) {
    Objects.requireNonNull(sink, "sink");
    Objects.checkFromIndexSize(0, length, utf8.length);
    List<Candidate> candidates = new ArrayList<>();
    new TokenScanner(utf8, 0, length, 0, new TextPosition(), vocabularies, candidates)
        .run(0, length);
    EdmCandidates exact = edm == null ? null : new EdmCandidates(edm);
    Window window = new Window(utf8, length, 0, length, 0, new PositionCounter());
    try (StructuredFields fields = StructuredFields.open(trackers, fileName, utf8, length, judge)) {
      addOptional(exact, fields, window, true, candidates);
      deliver(utf8, 0, fields, candidates, sink);
    }
    if (exact != null) {
      exact.finish(filter, sink);
    }
  }

  /**
   * Scans a stream to its end in bounded memory. The stream is not closed.
   *
   * @return the number of bytes read
   * @throws IOException when reading fails; findings already passed to {@code sink} stand
   */
  public long scan(InputStream in, Consumer<Finding> sink) throws IOException {
    return scan(in, new byte[WINDOW + LOOK_AHEAD + LOOK_BEHIND], sink);
  }

  /**
   * Scans a stream using {@code buffer} (at least {@code 4 * LOOK_AHEAD} bytes), which callers may
   * reuse across calls from one thread to avoid allocating a window per input.
   */
  public long scan(InputStream in, byte[] buffer, Consumer<Finding> sink) throws IOException {
    return scan(null, in, buffer, sink);
  }

  /**
   * Scans a stream named {@code fileName} (null when unknown) for its format, using {@code buffer}
   * as {@link #scan(InputStream, byte[], Consumer)} does.
   */
  public long scan(String fileName, InputStream in, byte[] buffer, Consumer<Finding> sink)
      throws IOException {
    Objects.requireNonNull(sink, "sink");
    if (buffer.length < 4 * LOOK_AHEAD) {
      throw new IllegalArgumentException("buffer too small: " + buffer.length);
    }
    List<Candidate> candidates = new ArrayList<>();
    TextPosition position = new TextPosition();
    EdmCandidates exact = edm == null ? null : new EdmCandidates(edm);
    long base = 0;
    int filled = 0;
    int from = 0;
    boolean eof = false;
    StructuredFields fields = null;
    PositionCounter windowStart = null;
    try {
      while (true) {
        while (filled < buffer.length) {
          int n = in.read(buffer, filled, buffer.length - filled);
          if (n < 0) {
            eof = true;
            break;
          }
          filled += n;
        }
        if (base == 0 && from == 0) {
          fields = StructuredFields.open(trackers, fileName, buffer, filled, judge);
          if (custom != null || edm != null || fields != null || prose != null) {
            windowStart = new PositionCounter();
          }
        }
        int stopAt = eof ? filled : filled - LOOK_AHEAD;
        candidates.clear();
        int resume =
            new TokenScanner(buffer, 0, filled, base, position, vocabularies, candidates)
                .run(from, stopAt);
        addOptional(
            exact,
            fields,
            new Window(buffer, filled, from, eof ? filled : resume, base, windowStart),
            eof,
            candidates);
        deliver(buffer, base, fields, candidates, sink);
        if (eof) {
          if (exact != null) {
            exact.finish(filter, sink);
          }
          return base + filled;
        }
        int keepFrom = Math.max(0, resume - LOOK_BEHIND);
        if (windowStart != null) {
          windowStart.advanceTo(buffer, base, base + keepFrom);
        }
        if (fields != null) {
          fields.forgetBefore(base + resume);
        }
        System.arraycopy(buffer, keepFrom, buffer, 0, filled - keepFrom);
        base += keepFrom;
        filled -= keepFrom;
        from = resume - keepFrom;
      }
    } finally {
      if (fields != null) {
        fields.close();
      }
    }
  }

  /**
   * Adds the candidates of the operator's detectors, of an EDM index and of fields that hold names
   * and street lines, when there are any, and puts the candidates in order.
   */
  private void addOptional(
      EdmCandidates exact,
      StructuredFields fields,
      Window window,
      boolean eof,
      List<Candidate> candidates) {
    int patterns = candidates.size();
    if (custom != null) {
      custom.find(window, candidates);
    }
    if (exact != null) {
      exact.find(window, fields != null && fields.isJson(), candidates);
    }
    if (fields != null) {
      fields.interest(candidates, window);
      fields.feed(window.buf(), window.limit(), window.base(), eof);
      fields.addTypedValues(window, window.start().copy(), prose, candidates);
    }
    if (fields == null && prose != null) {
      prose.find(window, candidates);
    }
    if (candidates.size() != patterns) { // the token scanner's candidates alone are in order
      candidates.sort(
          Comparator.comparingInt(Candidate::start)
              .thenComparingInt(Candidate::end)
              .thenComparing(c -> c.type().name()));
    }
    if (exact != null) {
      exact.endWindow(candidates, window.base());
    }
  }

  private void deliver(
      byte[] buf,
      long base,
      StructuredFields fields,
      List<Candidate> candidates,
      Consumer<Finding> sink) {
    for (Candidate c : candidates) {
      Likelihood likelihood =
          fields == null
              ? c.likelihood()
              : fields.raise(c.type(), c.likelihood(), base + c.start());
      if (!filter.reports(c.type(), likelihood)) {
        continue;
      }
      String value = new String(buf, c.start(), c.length(), StandardCharsets.UTF_8);
      if (!filter.reportsValue(value)) {
        continue;
      }
      long end = c.codePoint() + value.codePointCount(0, value.length());
      InfoType type = raised.isEmpty() ? c.type() : raised.getOrDefault(c.type(), c.type());
      String field = fields == null ? null : fields.fieldAt(base + c.start());
      sink.accept(
          new Finding(type, likelihood, c.codePoint(), end, c.line(), c.column(), field, value));
    }
  }
}
