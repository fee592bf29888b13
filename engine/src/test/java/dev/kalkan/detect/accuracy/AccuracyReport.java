package dev.kalkan.detect.accuracy;

import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The outcome of scoring: strict and relaxed counts per type, per genre and in total, what the
 * planted near misses drew, and every false positive and false negative with its probable cause.
 * {@link #render()} lays it out for people; the corpus is synthetic, so values are shown in clear.
 */
final class AccuracyReport {
  /** Whether an error is a wrong finding or a missed value. */
  enum Kind {
    FALSE_POSITIVE,
    FALSE_NEGATIVE
  }

  /**
   * One error: its type, where it is, what probably caused it, and for a false positive the
   * likelihood the scanner gave it (null for a false negative).
   */
  record Miss(
      Kind kind,
      InfoType type,
      LabelledDocument document,
      int start,
      int end,
      String cause,
      Likelihood likelihood) {
    String value() {
      return document.slice(start, end);
    }

    /** The value between guillemets with up to 40 code points either side, on one line. */
    String context() {
      int from = Math.max(0, start - 40);
      int to = Math.min(document.length(), end + 40);
      return oneLine(document.slice(from, start))
          + "«"
          + oneLine(value())
          + "»"
          + oneLine(document.slice(end, to));
    }

    /** Up to ten code points before the value, digit runs as one {@code 9}, on one line. */
    String precededBy() {
      return oneLine(document.slice(Math.max(0, start - 10), start)).replaceAll("\\d+", "9");
    }

    private static String oneLine(String s) {
      return s.replace("\n", "⏎").replace("\t", "⇥");
    }
  }

  /** True positives, false positives and false negatives. */
  record Counts(int tp, int fp, int fn) {
    static final Counts ZERO = new Counts(0, 0, 0);

    Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** Precision; 1 when nothing was reported. */
    double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    /** Recall; 1 when there was nothing to find. */
    double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final int documents;
  private final Map<InfoType, Counts> strict;
  private final Map<InfoType, Counts> relaxed;
  private final Map<Genre, Counts> byGenre;
  private final Map<NearMiss, int[]> decoys;
  private final Map<NearMiss, Map<InfoType, Integer>> decoyHitTypes;
  private final List<Miss> misses;
  private final int ignoredFindings;
  private final int duplicateFindings;

  private AccuracyReport(Builder b, int documents) {
    this.documents = documents;
    this.strict = b.strict;
    this.relaxed = b.relaxed;
    this.byGenre = b.byGenre;
    this.decoys = b.decoys;
    this.decoyHitTypes = b.decoyHitTypes;
    this.misses = List.copyOf(b.misses);
    this.ignoredFindings = b.ignored;
    this.duplicateFindings = b.duplicates;
  }

  Counts strict(InfoType type) {
    return strict.getOrDefault(type, Counts.ZERO);
  }

  Counts relaxed(InfoType type) {
    return relaxed.getOrDefault(type, Counts.ZERO);
  }

  Counts micro() {
    return strict.values().stream().reduce(Counts.ZERO, Counts::plus);
  }

  Counts microRelaxed() {
    return relaxed.values().stream().reduce(Counts.ZERO, Counts::plus);
  }

  Counts genre(Genre genre) {
    return byGenre.getOrDefault(genre, Counts.ZERO);
  }

  List<Miss> misses() {
    return misses;
  }

  String render() {
    StringBuilder out = new StringBuilder();
    Counts micro = micro();
    Counts microRelaxed = microRelaxed();
    out.append(String.format(Locale.ROOT, "Accuracy on %d labelled documents%n%n", documents));
    out.append(
        String.format(
            Locale.ROOT,
            "%-28s %7s %7s %6s %6s %7s %7s %7s   %s%n",
            "type",
            "support",
            "TP",
            "FP",
            "FN",
            "prec",
            "recall",
            "F1",
            "relaxed P/R/F1"));
    for (InfoType type : AccuracyScorer.SCORED) {
      out.append(row(type.name(), strict(type), relaxed(type)));
    }
    out.append(row("MICRO", micro, microRelaxed));
    out.append(
        String.format(
            Locale.ROOT,
            "%nignored findings (out-of-scope types%s): %d; duplicate findings: %d%n",
            AccuracyScorer.FREE_TEXT_PEOPLE_SCORED ? "" : ", names and streets in free text",
            ignoredFindings,
            duplicateFindings));
    out.append(
        String.format(
            Locale.ROOT,
            "names and street lines in structured fields: PERSON_NAME F1 %.4f, STREET_ADDRESS F1"
                + " %.4f%s%n",
            strict(InfoType.PERSON_NAME).f1(),
            strict(InfoType.STREET_ADDRESS).f1(),
            AccuracyScorer.FREE_TEXT_PEOPLE_SCORED
                ? " (free text scored too)"
                : " (free text not scored: AccuracyScorer.FREE_TEXT_PEOPLE_SCORED is false)"));

    out.append(
        String.format(
            Locale.ROOT,
            "%nBy genre (strict)%n%-24s %7s %6s %6s %7s %7s %7s%n",
            "genre",
            "TP",
            "FP",
            "FN",
            "prec",
            "recall",
            "F1"));
    for (Genre g : Genre.values()) {
      Counts c = genre(g);
      out.append(
          String.format(
              Locale.ROOT,
              "%-24s %7d %6d %6d %7.4f %7.4f %7.4f%n",
              g,
              c.tp(),
              c.fp(),
              c.fn(),
              c.precision(),
              c.recall(),
              c.f1()));
    }

    out.append(
        String.format(
            Locale.ROOT, "%nNear misses (planted negatives) and findings overlapping them%n"));
    out.append(
        String.format(Locale.ROOT, "%-26s %7s %7s  %s%n", "kind", "planted", "hit", "hit as"));
    for (Map.Entry<NearMiss, int[]> e : decoys.entrySet()) {
      Map<InfoType, Integer> types = decoyHitTypes.getOrDefault(e.getKey(), Map.of());
      out.append(
          String.format(
              Locale.ROOT,
              "%-26s %7d %7d  %s%n",
              e.getKey(),
              e.getValue()[0],
              e.getValue()[1],
              types.entrySet().stream()
                  .map(t -> t.getKey() + "=" + t.getValue())
                  .collect(Collectors.joining(", "))));
    }

    for (InfoType type : AccuracyScorer.SCORED) {
      List<Miss> ofType = misses.stream().filter(m -> m.type().equals(type)).toList();
      if (ofType.isEmpty()) {
        continue;
      }
      out.append(String.format(Locale.ROOT, "%n==== %s ====%n", type));
      for (Kind kind : Kind.values()) {
        List<Miss> errors = ofType.stream().filter(m -> m.kind() == kind).toList();
        if (errors.isEmpty()) {
          continue;
        }
        out.append(
            String.format(
                Locale.ROOT,
                "%s: %d%n",
                kind == Kind.FALSE_POSITIVE ? "False positives" : "False negatives",
                errors.size()));
        out.append("  by cause:\n");
        patterns(errors).entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(15)
            .forEach(
                e ->
                    out.append(
                        String.format(Locale.ROOT, "    %5d  %s%n", e.getValue(), e.getKey())));
        out.append("  by genre: ")
            .append(histogram(errors, m -> m.document().genre()))
            .append('\n');
        out.append("  by preceding text: ")
            .append(
                errors.stream()
                    .collect(Collectors.groupingBy(Miss::precededBy, Collectors.counting()))
                    .entrySet()
                    .stream()
                    .sorted(
                        Map.Entry.<String, Long>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(8)
                    .map(e -> "'" + e.getKey() + "'=" + e.getValue())
                    .collect(Collectors.joining(", ")))
            .append('\n');
        if (kind == Kind.FALSE_POSITIVE) {
          out.append("  by likelihood: ").append(histogram(errors, Miss::likelihood)).append('\n');
        }
        out.append("  examples (a few per cause):\n");
        for (Miss m : examples(errors, 20)) {
          out.append(
              String.format(
                  Locale.ROOT,
                  "    [%s @%d] %s%s%n        %s%n",
                  m.document().id(),
                  m.start(),
                  m.cause(),
                  m.likelihood() == null ? "" : " (" + m.likelihood() + ")",
                  m.context()));
        }
      }
    }
    return out.toString();
  }

  private static <K extends Comparable<K>> String histogram(
      List<Miss> errors, Function<Miss, K> key) {
    return errors.stream()
        .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()))
        .entrySet()
        .stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /** Up to {@code limit} errors, taken round-robin over causes from the most frequent down. */
  private static List<Miss> examples(List<Miss> errors, int limit) {
    Map<String, List<Miss>> byCause = new LinkedHashMap<>();
    patterns(errors).entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> byCause.put(e.getKey(), new ArrayList<>()));
    errors.forEach(m -> byCause.get(m.cause()).add(m));
    List<Miss> out = new ArrayList<>();
    for (int round = 0; out.size() < Math.min(limit, errors.size()); round++) {
      for (List<Miss> ofCause : byCause.values()) {
        if (round < ofCause.size() && out.size() < limit) {
          out.add(ofCause.get(round));
        }
      }
    }
    return out;
  }

  private static Map<String, Integer> patterns(List<Miss> errors) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Miss m : errors) {
      counts.merge(m.cause(), 1, Integer::sum);
    }
    return counts;
  }

  private static String row(String name, Counts s, Counts r) {
    return String.format(
        Locale.ROOT,
        "%-28s %7d %7d %6d %6d %7.4f %7.4f %7.4f   %.3f/%.3f/%.3f%n",
        name,
        s.tp() + s.fn(),
        s.tp(),
        s.fp(),
        s.fn(),
        s.precision(),
        s.recall(),
        s.f1(),
        r.precision(),
        r.recall(),
        r.f1());
  }

  /** Accumulates counts while documents are scored. Not thread-safe. */
  static final class Builder {
    private final Map<InfoType, Counts> strict = new LinkedHashMap<>();
    private final Map<InfoType, Counts> relaxed = new LinkedHashMap<>();
    private final Map<Genre, Counts> byGenre = new EnumMap<>(Genre.class);
    private final Map<NearMiss, int[]> decoys = new EnumMap<>(NearMiss.class);
    private final Map<NearMiss, Map<InfoType, Integer>> decoyHitTypes =
        new EnumMap<>(NearMiss.class);
    private final List<Miss> misses = new ArrayList<>();
    private int ignored;
    private int duplicates;

    void truth(Genre genre, InfoType type, boolean strictHit, boolean relaxedHit) {
      strict.merge(type, strictHit ? new Counts(1, 0, 0) : new Counts(0, 0, 1), Counts::plus);
      relaxed.merge(type, relaxedHit ? new Counts(1, 0, 0) : new Counts(0, 0, 1), Counts::plus);
      byGenre.merge(genre, strictHit ? new Counts(1, 0, 0) : new Counts(0, 0, 1), Counts::plus);
    }

    /** Records a finding; a true positive was already counted with its label. */
    void detection(Genre genre, InfoType type, boolean strictHit, boolean relaxedHit) {
      if (!strictHit) {
        strict.merge(type, new Counts(0, 1, 0), Counts::plus);
        byGenre.merge(genre, new Counts(0, 1, 0), Counts::plus);
      }
      if (!relaxedHit) {
        relaxed.merge(type, new Counts(0, 1, 0), Counts::plus);
      }
    }

    void decoy(NearMiss kind, Set<InfoType> hitBy) {
      int[] c = decoys.computeIfAbsent(kind, k -> new int[2]);
      c[0]++;
      if (!hitBy.isEmpty()) {
        c[1]++;
        Map<InfoType, Integer> types =
            decoyHitTypes.computeIfAbsent(
                kind, k -> new TreeMap<>(Comparator.comparing(InfoType::name)));
        hitBy.forEach(t -> types.merge(t, 1, Integer::sum));
      }
    }

    void miss(Miss miss) {
      misses.add(miss);
    }

    void ignored() {
      ignored++;
    }

    void duplicate() {
      duplicates++;
    }

    AccuracyReport build(int documents) {
      return new AccuracyReport(this, documents);
    }
  }
}
