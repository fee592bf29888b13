package dev.kalkan.deid;

import dev.kalkan.deid.Literals.Kind;
import dev.kalkan.deid.Literals.Literal;
import dev.kalkan.detect.Finding;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Scanner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Rewrites content with every finding transformed as its {@link DeidPolicy} says, keeping the
 * structure of the format: plain text keeps every other byte; JSON stays valid JSON of the same
 * shape (a replacement inside a string is escaped; a number whose replacement is not a number
 * becomes a string); delimited values keep their columns (a field is quoted when its replacement
 * needs it).
 *
 * <p>A finding that spans syntax (a value across two JSON strings or two fields) is written in full
 * into its first literal and removed from the others, the syntax between them kept; such a finding,
 * and one whose value holds a character that would need escaping, is replaced rather than
 * tokenized, with a note, because its token could not be written back byte for byte. Overlapping
 * findings are merged and replaced as the first. Documents Kalkan cannot rewrite (PDF, Office,
 * archives, binary, not UTF-8) are refused with a {@link DeidException}. Thread-safe.
 */
public final class Redactor {
  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null");

  private final Scanner scanner;
  private final DeidPolicy policy;
  private final DeidKey key;
  private final ShapeCheck shapes;

  private Redactor(Scanner scanner, DeidPolicy policy, DeidKey key) {
    this.scanner = scanner;
    this.policy = policy;
    this.key = key;
    this.shapes = new ShapeCheck(scanner.settings());
  }

  /**
   * A redactor that finds values with {@code scanner} and transforms them by {@code policy}.
   *
   * @param key the key for {@code hash} and {@code tokenize}; may be null when the policy uses
   *     neither
   * @throws IllegalArgumentException when the policy needs a key and there is none
   */
  public static Redactor create(Scanner scanner, DeidPolicy policy, DeidKey key) {
    Objects.requireNonNull(scanner, "scanner");
    Objects.requireNonNull(policy, "policy");
    if (key == null && policy.needsKey()) {
      throw new IllegalArgumentException("hash and tokenize need a key");
    }
    return new Redactor(scanner, policy, key);
  }

  /**
   * Redacts UTF-8 {@code content}.
   *
   * @param format the structure to keep, or null to {@link ContentFormat#detect detect} it
   * @param name the content's file name for detection, or null
   * @throws DeidException when the content is not text Kalkan can rewrite
   */
  public Redaction redact(byte[] content, ContentFormat format, String name) throws DeidException {
    String text = ContentProbe.text(content, "redact");
    ContentFormat used = format != null ? format : ContentFormat.detect(name, text);
    List<Literal> literals =
        switch (used) {
          case TEXT -> Literals.text(text);
          case JSON -> Literals.json(text);
          case CSV -> Literals.csv(text);
        };
    Run run = new Run(text, literals, used == ContentFormat.CSV ? Literals.delimiter(text) : ',');
    List<Span> spans = spans(content, text);
    if (used == ContentFormat.JSON) {
      spans = withEscapedStrings(text, literals, spans);
    }
    for (Span span : spans) {
      run.edit(span);
    }
    return new Redaction(run.render(), used, run.counts, run.notes);
  }

  /**
   * A finding to transform, in char indices of the text.
   *
   * @param noToken why the span must not be tokenized even if its type is, or null
   */
  private record Span(int start, int end, Finding finding, Transform transform, String noToken) {}

  private List<Span> spans(byte[] content, String text) {
    OffsetMap offsets = new OffsetMap(text);
    List<Span> out = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    scanner.scan(content, findings::add);
    // An exact data match index adds one finding per matched record after the others, at the
    // record's first value, which its own finding already covers.
    findings.removeIf(f -> f.infoType().name().equals("EDM_RECORD_MATCH"));
    findings.sort(
        java.util.Comparator.comparingLong(Finding::start).thenComparingLong(Finding::end));
    for (Finding f : findings) {
      int s = offsets.charIndex(f.start());
      int e = offsets.charIndex(f.end());
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && s < last.end) {
        if (e > last.end) {
          out.set(
              out.size() - 1,
              new Span(
                  last.start,
                  e,
                  last.finding,
                  Transform.replace(null),
                  "it overlaps another finding"));
        }
        continue;
      }
      Transform t = policy.transformFor(f.infoType());
      if (t.kind() != Transform.Kind.KEEP) {
        out.add(new Span(s, e, f, t, null));
      }
    }
    return out;
  }

  /**
   * {@code spans} and the findings of the decoded content of every JSON string that holds an escape
   * sequence, where the scanner, which reads raw text, can miss a value next to an escape ({@code
   * "call\n+44 20 7946 0958"}). Those spans are never tokenized: detokenization scans raw text and
   * could not find their tokens again.
   */
  private List<Span> withEscapedStrings(String text, List<Literal> literals, List<Span> spans) {
    TreeMap<Integer, Integer> taken = new TreeMap<>();
    spans.forEach(s -> taken.put(s.start, s.end));
    List<Span> extra = new ArrayList<>();
    for (Literal lit : literals) {
      if (lit.kind() != Kind.JSON_STRING || !hasEscape(text, lit)) {
        continue;
      }
      JsonStringDecoding decoded = JsonStringDecoding.of(text, lit.start(), lit.end());
      OffsetMap offsets = new OffsetMap(decoded.text());
      for (Finding f : scanner.scan(decoded.text())) {
        int s = decoded.rawStart(offsets.charIndex(f.start()));
        int e = decoded.rawEnd(offsets.charIndex(f.end()) - 1);
        Map.Entry<Integer, Integer> before = taken.lowerEntry(e);
        Transform t = policy.transformFor(f.infoType());
        if (t.kind() == Transform.Kind.KEEP || (before != null && before.getValue() > s)) {
          continue;
        }
        taken.put(s, e);
        extra.add(new Span(s, e, f, t, "it is next to an escape sequence"));
      }
    }
    if (extra.isEmpty()) {
      return spans;
    }
    List<Span> all = new ArrayList<>(spans);
    all.addAll(extra);
    all.sort(java.util.Comparator.comparingInt(Span::start));
    return all;
  }

  private static boolean hasEscape(String text, Literal lit) {
    for (int i = lit.start(); i < lit.end(); i++) {
      if (text.charAt(i) == '\\') {
        return true;
      }
    }
    return false;
  }

  /** The state of one redaction: edits grouped by literal, counts and notes. */
  private final class Run {
    private final String text;
    private final List<Literal> literals;
    private final char delimiter;
    private final List<List<Edit>> edits = new ArrayList<>();
    private final Map<String, Long> counts = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();
    private Tokenizer tokenizer;

    Run(String text, List<Literal> literals, char delimiter) {
      this.text = text;
      this.literals = literals;
      this.delimiter = delimiter;
      for (int i = 0; i < literals.size(); i++) {
        edits.add(null);
      }
    }

    /** A replacement of {@code [start, end)}; {@code raw} ones are written without escaping. */
    private record Edit(int start, int end, String out, boolean raw) {}

    void edit(Span span) {
      InfoType type = span.finding.infoType();
      counts.merge(type.name(), 1L, Long::sum);
      int first = firstLiteralEndingAfter(span.start);
      if (first < 0) {
        return; // only syntax: nothing of a value to remove
      }
      Literal lit = literals.get(first);
      boolean single = lit.start() <= span.start && span.end <= lit.end();
      if (single) {
        int s = unitStart(lit, span.start);
        int e = unitEnd(lit, span.end);
        String raw = text.substring(s, e);
        if (span.transform.kind() == Transform.Kind.TOKENIZE) {
          String token = tokenFor(span, lit, s, e, raw);
          if (token != null) {
            add(first, new Edit(s, e, token, true));
            return;
          }
          add(first, new Edit(s, e, "[" + type.name() + "]", false));
          return;
        }
        add(first, new Edit(s, e, apply(span.transform, type, raw), false));
        return;
      }
      Transform t = span.transform;
      if (t.kind() == Transform.Kind.TOKENIZE) {
        note(span, "it spans the syntax of the format");
        t = Transform.replace(null);
      }
      String out = apply(t, type, text.substring(span.start, span.end));
      boolean placed = false;
      for (int i = first; i < literals.size() && literals.get(i).start() < span.end; i++) {
        Literal l = literals.get(i);
        int s = unitStart(l, Math.max(span.start, l.start()));
        int e = unitEnd(l, Math.min(span.end, l.end()));
        add(i, new Edit(s, e, placed ? "" : out, false));
        placed = true;
      }
    }

    private String tokenFor(Span span, Literal lit, int s, int e, String raw) {
      if (span.noToken != null) {
        note(span, span.noToken);
        return null;
      }
      if (s != span.start || e != span.end || !rawSafe(lit.kind(), raw)) {
        note(span, "its value holds characters the format escapes");
        return null;
      }
      if (tokenizer == null) {
        tokenizer = new Tokenizer(key, shapes);
      }
      Tokenizer.Outcome outcome = tokenizer.tokenize(span.finding.infoType(), raw);
      if (outcome.token() == null) {
        note(span, outcome.failure());
        return null;
      }
      if (lit.kind() == Kind.JSON_BARE) {
        String after =
            text.substring(lit.start(), s) + outcome.token() + text.substring(e, lit.end());
        if (!JSON_NUMBER.matcher(after).matches()) {
          note(span, "its token would not be a JSON number");
          return null;
        }
      }
      return outcome.token();
    }

    private boolean rawSafe(Kind kind, String raw) {
      return switch (kind) {
        case JSON_STRING, JSON_BARE -> raw.indexOf('\\') < 0 && raw.indexOf('"') < 0;
        case CSV_QUOTED, CSV_UNQUOTED, CSV_TRAILING -> raw.indexOf('"') < 0;
        case TEXT -> true;
      };
    }

    private void note(Span span, String why) {
      Finding f = span.finding;
      int lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
      long line = 1 + text.chars().limit(lineStart).filter(c -> c == '\n').count();
      long column = 1 + text.codePointCount(lineStart, span.start);
      notes.add(
          "line "
              + line
              + ", column "
              + column
              + ": "
              + f.infoType().name()
              + " not tokenized ("
              + why
              + "); replaced with ["
              + f.infoType().name()
              + "]");
    }

    private void add(int literal, Edit edit) {
      List<Edit> list = edits.get(literal);
      if (list == null) {
        list = new ArrayList<>(2);
        edits.set(literal, list);
      }
      if (!list.isEmpty()) {
        Edit prev = list.get(list.size() - 1);
        if (edit.start < prev.end) {
          edit = new Edit(prev.end, Math.max(prev.end, edit.end), edit.out, edit.raw);
        }
      }
      list.add(edit);
    }

    /** Index of the first literal whose end is after {@code pos}, or -1. */
    private int firstLiteralEndingAfter(int pos) {
      int lo = 0;
      int hi = literals.size() - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (literals.get(mid).end() > pos) {
          found = mid;
          hi = mid - 1;
        } else {
          lo = mid + 1;
        }
      }
      return found;
    }

    /** {@code pos} moved back to the start of the escape sequence it falls inside, if any. */
    private int unitStart(Literal lit, int pos) {
      int[] unit = unitAround(lit, pos);
      return unit == null ? pos : unit[0];
    }

    /** {@code pos} moved forward to the end of the escape sequence it falls inside, if any. */
    private int unitEnd(Literal lit, int pos) {
      int[] unit = unitAround(lit, pos);
      return unit == null ? pos : unit[1];
    }

    /** The escape sequence {@code [a, b)} with {@code a < pos < b}, or null. */
    private int[] unitAround(Literal lit, int pos) {
      if (lit.kind() != Kind.JSON_STRING && lit.kind() != Kind.CSV_QUOTED) {
        return null;
      }
      char escape = lit.kind() == Kind.JSON_STRING ? '\\' : '"';
      int i = lit.start();
      while (i < pos) {
        int len = 1;
        if (text.charAt(i) == escape) {
          len = escape == '\\' && i + 1 < lit.end() && text.charAt(i + 1) == 'u' ? 6 : 2;
        }
        int end = Math.min(i + len, lit.end());
        if (i < pos && pos < end) {
          return new int[] {i, end};
        }
        i = end;
      }
      return null;
    }

    String render() {
      StringBuilder out = new StringBuilder(text.length() + 64);
      int copied = 0;
      for (int i = 0; i < literals.size(); i++) {
        List<Edit> list = edits.get(i);
        if (list == null) {
          continue;
        }
        Literal lit = literals.get(i);
        out.append(text, copied, lit.start());
        renderLiteral(lit, list, out);
        copied = lit.end();
      }
      out.append(text, copied, text.length());
      return out.toString();
    }

    private void renderLiteral(Literal lit, List<Edit> list, StringBuilder out) {
      switch (lit.kind()) {
        case TEXT -> spliced(lit, list, out, Kind.TEXT);
        case JSON_STRING -> spliced(lit, list, out, Kind.JSON_STRING);
        case CSV_QUOTED -> spliced(lit, list, out, Kind.CSV_QUOTED);
        case CSV_TRAILING -> spliced(lit, list, out, Kind.CSV_TRAILING);
        case JSON_BARE -> {
          StringBuilder content = new StringBuilder();
          spliced(lit, list, content, Kind.TEXT);
          if (JSON_NUMBER.matcher(content).matches()) {
            out.append(content);
          } else {
            out.append('"').append(jsonEscaped(content.toString())).append('"');
          }
        }
        case CSV_UNQUOTED -> {
          StringBuilder content = new StringBuilder();
          spliced(lit, list, content, Kind.TEXT);
          if (needsQuotes(content)) {
            out.append('"').append(content.toString().replace("\"", "\"\"")).append('"');
          } else {
            out.append(content);
          }
        }
      }
    }

    private void spliced(Literal lit, List<Edit> list, StringBuilder out, Kind escaping) {
      int at = lit.start();
      for (Edit e : list) {
        out.append(text, at, e.start);
        out.append(e.raw ? e.out : escaped(e.out, escaping));
        at = Math.max(at, e.end);
      }
      out.append(text, at, lit.end());
    }

    private String escaped(String s, Kind kind) {
      return switch (kind) {
        case JSON_STRING -> jsonEscaped(s);
        case CSV_QUOTED -> s.replace("\"", "\"\"");
        case CSV_TRAILING ->
            s.replace("\"", "")
                .replace(String.valueOf(delimiter), "")
                .replace("\r", "")
                .replace("\n", "");
        default -> s;
      };
    }

    private boolean needsQuotes(CharSequence s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
          return true;
        }
      }
      return false;
    }
  }

  /** The result of a transform other than {@code tokenize} on a value of {@code type}. */
  String apply(Transform t, InfoType type, String value) {
    return switch (t.kind()) {
      case KEEP -> value;
      case REDACT -> "";
      case REPLACE -> t.text() != null ? t.text() : "[" + type.name() + "]";
      case MASK -> masked(value, t.mask(), t.kept());
      case HASH -> hashed(type, value, t.hexDigits());
      case TOKENIZE -> "[" + type.name() + "]";
    };
  }

  private static String masked(String value, int mask, int keep) {
    int symbols = 0;
    for (int i = 0; i < value.length(); i += Character.charCount(value.codePointAt(i))) {
      if (Character.isLetterOrDigit(value.codePointAt(i))) {
        symbols++;
      }
    }
    StringBuilder out = new StringBuilder(value.length());
    int seen = 0;
    for (int i = 0; i < value.length(); i += Character.charCount(value.codePointAt(i))) {
      int cp = value.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        seen++;
        out.appendCodePoint(seen > symbols - keep ? cp : mask);
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  private String hashed(InfoType type, String value, int hexDigits) {
    byte[] mac =
        key.derive(
            "kalkan-deid/v1/hash", (type.name() + "\0" + value).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(mac, 0, hexDigits / 2);
  }

  static String jsonEscaped(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
