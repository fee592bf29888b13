package dev.kalkan.detect;

import dev.kalkan.detect.edm.EdmMatch;
import dev.kalkan.detect.edm.EdmMatcher;
import dev.kalkan.detect.edm.RecordMatch;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Exact data match in the scan: registered values found by an {@link EdmMatcher} become {@code
 * VERY_LIKELY} candidates (raising a pattern candidate of the same span and type instead of
 * repeating it), and, at the end of each input, every registered record of which two or more fields
 * were found becomes one {@link RecordMatch#EDM_RECORD_MATCH} finding at its first value. Mutable:
 * one per input, created by {@link Scanner}.
 */
final class EdmCandidates {
  /** Values remembered per input for record matches; more are still reported, not grouped. */
  private static final int MAX_REMEMBERED = 10_000;

  private final EdmMatcher matcher;
  private final List<EdmMatch> remembered = new ArrayList<>();
  private final List<Finding> firstFindings = new ArrayList<>();

  /**
   * Absolute spans and types of the values this input's previous window reported that end past its
   * own range: the token scanner may find the same span again in the next window (an email whose
   * {@code @} lies beyond the window is found there, starting in the look-behind).
   */
  private final List<long[]> carried = new ArrayList<>();

  private final List<long[]> carrying = new ArrayList<>();
  private final List<InfoType> carriedTypes = new ArrayList<>();
  private final List<InfoType> carryingTypes = new ArrayList<>();

  EdmCandidates(EdmMatcher matcher) {
    this.matcher = matcher;
  }

  /**
   * Adds the registered values that start in the window's own range to {@code out}; {@code json}
   * when the input is JSON, whose string escapes are read as what they stand for.
   */
  void find(Window w, boolean json, List<Candidate> out) {
    byte[] buf = w.buf();
    int from = w.from();
    int until = w.until();
    long base = w.base();
    List<EdmMatch> matches = new ArrayList<>();
    matcher.find(
        buf,
        0,
        w.limit(),
        json,
        (start, end, type, record) -> {
          if (start >= from && start < until) {
            matches.add(new EdmMatch(start, end, type, record));
          }
        });
    carrying.clear();
    carryingTypes.clear();
    for (EdmMatch m : matches) {
      if (m.end() > until) {
        carrying.add(new long[] {base + m.start(), base + m.end()});
        carryingTypes.add(m.infoType());
      }
    }
    if (matches.isEmpty()) {
      return;
    }
    matches.sort(
        Comparator.comparingInt(EdmMatch::start)
            .thenComparingInt(EdmMatch::end)
            .thenComparing(m -> m.infoType().name()));
    PositionCounter position = w.start().copy();
    EdmMatch previous = null;
    for (EdmMatch m : matches) {
      position.advanceTo(buf, base, base + m.start());
      if (previous == null
          || previous.start() != m.start()
          || previous.end() != m.end()
          || !previous.infoType().equals(m.infoType())) {
        out.add(
            new Candidate(
                m.infoType(),
                Likelihood.VERY_LIKELY,
                m.start(),
                m.end(),
                position.codePoints(),
                position.line(),
                position.column()));
      }
      previous = m;
      if (remembered.size() < MAX_REMEMBERED) {
        remembered.add(
            new EdmMatch(clamp(base + m.start()), clamp(base + m.end()), m.infoType(), m.record()));
        String value = new String(buf, m.start(), m.end() - m.start(), StandardCharsets.UTF_8);
        long cp = position.codePoints();
        firstFindings.add(
            new Finding(
                RecordMatch.EDM_RECORD_MATCH,
                Likelihood.VERY_LIKELY,
                cp,
                cp + value.codePointCount(0, value.length()),
                position.line(),
                position.column(),
                null,
                value));
      }
    }
  }

  /** Reports one finding per registered record of which several fields were found. */
  void finish(FindingFilter filter, Consumer<Finding> sink) {
    if (!filter.reports(RecordMatch.EDM_RECORD_MATCH, Likelihood.VERY_LIKELY)) {
      return;
    }
    for (RecordMatch record : RecordMatch.group(remembered)) {
      EdmMatch first = record.matches().get(0);
      sink.accept(firstFindings.get(remembered.indexOf(first)));
    }
  }

  private static int clamp(long offset) {
    return (int) Math.min(offset, Integer.MAX_VALUE - 1);
  }

  /**
   * Ends a window: merges duplicates as {@link #mergeDuplicates} does, drops candidates that repeat
   * a value the previous window reported already, and remembers this window's values that end past
   * its own range for the next one. {@code candidates} must be sorted by start.
   */
  void endWindow(List<Candidate> candidates, long base) {
    mergeDuplicates(candidates);
    if (!carried.isEmpty()) {
      candidates.removeIf(c -> isCarried(base + c.start(), base + c.end(), c.type()));
    }
    carried.clear();
    carriedTypes.clear();
    carried.addAll(carrying);
    carriedTypes.addAll(carryingTypes);
    carrying.clear();
    carryingTypes.clear();
  }

  private boolean isCarried(long start, long end, InfoType type) {
    for (int i = 0; i < carried.size(); i++) {
      long[] span = carried.get(i);
      if (span[0] == start && span[1] == end && carriedTypes.get(i).equals(type)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Merges candidates of the same span and type, keeping the highest likelihood: an EDM match
   * confirms a pattern finding rather than repeating it. {@code candidates} must be sorted by
   * start.
   */
  static void mergeDuplicates(List<Candidate> candidates) {
    int w = 0;
    for (int r = 0; r < candidates.size(); r++) {
      Candidate c = candidates.get(r);
      if (w > 0) {
        Candidate last = candidates.get(w - 1);
        if (last.start() == c.start() && last.end() == c.end() && last.type().equals(c.type())) {
          if (c.likelihood().compareTo(last.likelihood()) > 0) {
            candidates.set(w - 1, c);
          }
          continue;
        }
      }
      candidates.set(w++, c);
    }
    candidates.subList(w, candidates.size()).clear();
  }
}
