package dev.kalkan.detect.structure;

import dev.kalkan.detect.Category;
import dev.kalkan.detect.Classification;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which fields of structured content hold personal data or Amazon Information, by field name: the
 * fields of Amazon's Selling Partner API models and reports, so that a value under {@code
 * BuyerName}, {@code recipient-name} or {@code ShippingAddress/Name} is a {@code PERSON_NAME} even
 * though no pattern says so. Immutable and thread-safe.
 *
 * <p>The catalog is data: {@link #builtIn()} reads the resource {@code spapi-fields.tsv} next to
 * this class, whose format {@code docs/SPAPI-FIELDS.md} describes; {@link #parse} reads another
 * catalog in the same format. A pattern matches the last named segments of a field (array indexes
 * left out), each segment compared in lower case with everything but letters and digits removed, so
 * {@code BuyerName}, {@code buyerName}, {@code buyer-name} and {@code buyer_name} are one name.
 */
public final class SpApiFieldCatalog {

  /**
   * What the catalog says of one field.
   *
   * @param pattern the catalog pattern that matched, as written in the catalog
   * @param type the type of the value
   * @param likelihood the likelihood that the field name alone justifies, or null when the field is
   *     only context: its value belongs to a record of that type without being one (a city is part
   *     of a street address; a seller order id is often an Amazon order id)
   * @param source the models or reports the pattern comes from
   * @param freeText whether the value is free text (a message, a comment, a note, a gift message)
   *     in which names and street lines are looked for as in prose; such a field is only context
   *     for its type
   */
  public record Match(
      String pattern, InfoType type, Likelihood likelihood, String source, boolean freeText) {
    public Match {
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(source, "source");
    }

    /** True when the field does not make its value a finding on its own. */
    public boolean contextOnly() {
      return likelihood == null;
    }
  }

  /** The named segments of a field, read from the last one backwards, already normalized. */
  interface Segments {
    /** The segment {@code i} places before the last one ({@code 0} is the last), or null. */
    String fromEnd(int i);
  }

  private static final String RESOURCE = "spapi-fields.tsv";
  private static final String HEADER = "field\tinfoType\tlikelihood\tsource\tnotes";
  private static final String CONTEXT = "context";
  private static final String FREE_TEXT = "text";

  private static volatile SpApiFieldCatalog builtIn;

  private final Map<String, List<Rule>> byLast;
  private final List<Match> entries;
  private final int maxSegments;

  private SpApiFieldCatalog(List<Rule> rules) {
    Map<String, List<Rule>> index = new HashMap<>();
    int max = 0;
    for (Rule r : rules) {
      index.computeIfAbsent(r.last(), k -> new ArrayList<>()).add(r);
      max = Math.max(max, r.segments().length);
    }
    Comparator<Rule> order =
        Comparator.comparingInt((Rule r) -> -r.segments().length).thenComparingInt(Rule::line);
    index.replaceAll((k, v) -> v.stream().sorted(order).toList());
    this.byLast = Map.copyOf(index);
    this.entries = rules.stream().map(Rule::match).toList();
    this.maxSegments = max;
  }

  /**
   * The catalog shipped with Kalkan.
   *
   * @throws IllegalStateException when the resource is missing or invalid (a build defect)
   */
  public static SpApiFieldCatalog builtIn() {
    SpApiFieldCatalog c = builtIn;
    if (c == null) {
      try (InputStream in = SpApiFieldCatalog.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("resource " + RESOURCE + " is missing");
        }
        c = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
      builtIn = c;
    }
    return c;
  }

  /**
   * Reads a catalog in the format of {@code docs/SPAPI-FIELDS.md}.
   *
   * @param origin names the text in error messages, such as a file name
   * @throws IllegalArgumentException naming the line and what is wrong with it
   */
  public static SpApiFieldCatalog parse(String text, String origin) {
    return new Parser(origin).parse(text);
  }

  /** Every pattern of the catalog, in catalog order. */
  public List<Match> entries() {
    return entries;
  }

  /**
   * The type of a value at this field, unless the field is only context.
   *
   * @param field a JSON Pointer ({@code /payload/ShippingAddress/Name}), a dotted key ({@code
   *     orders[0].buyer.name}), a column header ({@code recipient-name}) or a key
   */
  public Optional<InfoType> typeOf(String field) {
    return match(field).filter(m -> !m.contextOnly()).map(Match::type);
  }

  /** What the catalog says of this field, including context-only fields; see {@link #typeOf}. */
  public Optional<Match> match(String field) {
    List<String> segments = split(field);
    return Optional.ofNullable(
        match(i -> i < segments.size() ? segments.get(segments.size() - 1 - i) : null));
  }

  /** The match for already-normalized segments, or null. */
  Match match(Segments segments) {
    String last = segments.fromEnd(0);
    List<Rule> rules = last == null ? null : byLast.get(last);
    if (rules == null) {
      return null;
    }
    for (Rule r : rules) {
      if (r.matches(segments)) {
        return r.match();
      }
    }
    return null;
  }

  /**
   * The most segments of a pattern that ends with this normalized segment, 0 when none does: a
   * field ending with it can match only if this is positive, and only its last that many named
   * segments decide the match.
   */
  int depthEndingWith(String normalizedSegment) {
    List<Rule> rules = byLast.get(normalizedSegment);
    return rules == null ? 0 : rules.get(0).segments().length;
  }

  /** The most segments any pattern has: a matcher never needs to look further back. */
  int maxSegments() {
    return maxSegments;
  }

  /** Lower case, letters and digits only: the form in which segments compare. */
  static String normalize(CharSequence segment) {
    StringBuilder sb = new StringBuilder(segment.length());
    for (int i = 0; i < segment.length(); ) {
      int cp = Character.codePointAt(segment, i);
      if (Character.isLetterOrDigit(cp)) {
        sb.appendCodePoint(Character.toLowerCase(cp));
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /** The normalized named segments of a field: a JSON Pointer, or a dotted key or header. */
  private static List<String> split(String field) {
    List<String> out = new ArrayList<>();
    if (field.startsWith("/")) {
      for (String raw : field.substring(1).split("/", -1)) {
        addNamed(out, raw.replace("~1", "/").replace("~0", "~"));
      }
    } else {
      for (String raw : field.split("\\.", -1)) {
        int bracket = raw.indexOf('[');
        addNamed(out, bracket < 0 ? raw : raw.substring(0, bracket));
      }
    }
    return out;
  }

  private static void addNamed(List<String> out, String raw) {
    String n = normalize(raw);
    if (!n.isEmpty() && !n.chars().allMatch(c -> c >= '0' && c <= '9')) {
      out.add(n);
    }
  }

  /** One segment of a pattern. */
  private sealed interface SegmentPattern {
    boolean matches(String normalized);
  }

  private record Exact(String name) implements SegmentPattern {
    @Override
    public boolean matches(String normalized) {
      return name.equals(normalized);
    }
  }

  private record Suffix(String suffix) implements SegmentPattern {
    @Override
    public boolean matches(String normalized) {
      return normalized.endsWith(suffix);
    }
  }

  private record AnyOf(List<SegmentPattern> members) implements SegmentPattern {
    @Override
    public boolean matches(String normalized) {
      for (SegmentPattern p : members) {
        if (p.matches(normalized)) {
          return true;
        }
      }
      return false;
    }
  }

  /** A parsed pattern: segments from the last backwards; the last is always exact. */
  private record Rule(SegmentPattern[] segments, Match match, int line) {
    String last() {
      return ((Exact) segments[0]).name();
    }

    boolean matches(Segments s) {
      for (int i = 1; i < segments.length; i++) {
        String seg = s.fromEnd(i);
        if (seg == null || !segments[i].matches(seg)) {
          return false;
        }
      }
      return true;
    }
  }

  /** Reads the TSV format; one instance per text. */
  private static final class Parser {
    private final String origin;
    private final Map<String, InfoType> declared = new HashMap<>();
    private final Map<String, AnyOf> sets = new HashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private final List<Rule> rules = new ArrayList<>();
    private boolean headerSeen;
    private int line;

    Parser(String origin) {
      this.origin = Objects.requireNonNull(origin, "origin");
    }

    SpApiFieldCatalog parse(String text) {
      for (String raw : text.split("\r?\n", -1)) {
        line++;
        if (raw.isBlank() || raw.startsWith("#")) {
          continue;
        }
        String[] cols = raw.split("\t", -1);
        if (raw.startsWith("%type\t")) {
          declareType(cols);
        } else if (raw.startsWith("%set\t")) {
          declareSet(cols);
        } else if (!headerSeen) {
          if (!raw.equals(HEADER)) {
            throw error("expected the header line '" + HEADER.replace("\t", "<TAB>") + "'");
          }
          headerSeen = true;
        } else {
          addRule(cols);
        }
      }
      if (rules.isEmpty()) {
        throw new IllegalArgumentException(origin + ": no field patterns");
      }
      return new SpApiFieldCatalog(rules);
    }

    private void declareType(String[] cols) {
      if (cols.length < 4) {
        throw error("expected %type<TAB>NAME<TAB>CATEGORY<TAB>CLASSIFICATION[<TAB>description]");
      }
      InfoType type;
      try {
        type = new InfoType(cols[1], Category.valueOf(cols[2]), Classification.valueOf(cols[3]));
      } catch (IllegalArgumentException e) {
        throw error(e.getMessage());
      }
      Optional<InfoType> builtIn = InfoType.builtIn(type.name());
      if (builtIn.isPresent() && !builtIn.get().equals(type)) {
        throw error(
            "type "
                + type.name()
                + " is built in as "
                + builtIn.get().category()
                + " "
                + builtIn.get().classification());
      }
      if (declared.putIfAbsent(type.name(), builtIn.orElse(type)) != null) {
        throw error("type " + type.name() + " is declared twice");
      }
    }

    private void declareSet(String[] cols) {
      if (cols.length < 3 || !cols[1].startsWith("@") || cols[2].isBlank()) {
        throw error("expected %set<TAB>@name<TAB>segment segment ...[<TAB>notes]");
      }
      List<SegmentPattern> members = new ArrayList<>();
      for (String m : cols[2].trim().split(" +")) {
        if (m.startsWith("@")) {
          throw error("a set cannot contain another set: " + m);
        }
        members.add(segment(m));
      }
      if (sets.putIfAbsent(cols[1], new AnyOf(List.copyOf(members))) != null) {
        throw error("set " + cols[1] + " is declared twice");
      }
    }

    private void addRule(String[] cols) {
      if (cols.length != 5) {
        throw error("expected 5 tab-separated columns, found " + cols.length);
      }
      String[] parts = cols[0].split("/", -1);
      SegmentPattern[] segments = new SegmentPattern[parts.length];
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < parts.length; i++) {
        String p = parts[parts.length - 1 - i];
        segments[i] = p.startsWith("@") ? set(p) : segment(p);
        key.append(p.startsWith("@") ? p : normalize(p)).append('/');
      }
      if (!(segments[0] instanceof Exact)) {
        throw error("the last segment of '" + cols[0] + "' must be a plain name");
      }
      Integer previous = seen.putIfAbsent(key.toString(), line);
      if (previous != null) {
        throw error("'" + cols[0] + "' repeats the pattern of line " + previous);
      }
      InfoType type = declared.get(cols[1]);
      if (type == null) {
        type =
            InfoType.builtIn(cols[1])
                .orElseThrow(
                    () -> error("unknown infoType '" + cols[1] + "': not built in, not declared"));
      }
      Likelihood likelihood;
      boolean freeText = cols[2].equals(FREE_TEXT);
      if (cols[2].equals(CONTEXT) || freeText) {
        likelihood = null;
      } else {
        try {
          likelihood = Likelihood.valueOf(cols[2]);
        } catch (IllegalArgumentException e) {
          throw error(
              "likelihood '"
                  + cols[2]
                  + "' is neither a level nor '"
                  + CONTEXT
                  + "' nor '"
                  + FREE_TEXT
                  + "'");
        }
      }
      if (cols[3].isBlank()) {
        throw error("the source column is empty");
      }
      rules.add(new Rule(segments, new Match(cols[0], type, likelihood, cols[3], freeText), line));
    }

    private SegmentPattern set(String name) {
      AnyOf s = sets.get(name);
      if (s == null) {
        throw error("set " + name + " is not declared before its use");
      }
      return s;
    }

    private SegmentPattern segment(String p) {
      boolean wildcard = p.startsWith("*");
      String n = normalize(wildcard ? p.substring(1) : p);
      if (n.isEmpty() || p.indexOf('*', 1) >= 0) {
        throw error("bad segment '" + p + "': a name, or '*' followed by a name");
      }
      return wildcard ? new Suffix(n) : new Exact(n);
    }

    private IllegalArgumentException error(String message) {
      return new IllegalArgumentException(origin + " line " + line + ": " + message);
    }
  }
}
