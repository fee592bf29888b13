package dev.kalkan.detect.edm;

import dev.kalkan.detect.Category;
import dev.kalkan.detect.Classification;
import dev.kalkan.detect.InfoType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Several fields of one registered record found together in one document: the strongest evidence
 * that the document holds that record.
 *
 * @param record the 1-based record number
 * @param matches the record's matches in the document, ordered by start
 */
public record RecordMatch(int record, List<EdmMatch> matches) {
  /** The infoType proposed for a finding that reports a record match. */
  public static final InfoType EDM_RECORD_MATCH =
      new InfoType("EDM_RECORD_MATCH", Category.PII, Classification.SENSITIVE);

  public RecordMatch {
    matches = List.copyOf(matches);
  }

  /** The distinct types of the record's fields that were found, in order of first appearance. */
  public Set<InfoType> infoTypes() {
    Set<InfoType> types = new LinkedHashSet<>();
    matches.forEach(m -> types.add(m.infoType()));
    return types;
  }

  /**
   * Groups the matches of one document by record and returns the records of which at least two
   * fields of different types were found in separate places (two matches of different types that do
   * not overlap), ordered by their first match. The same text registered under two types of one
   * record, or one value found twice, does not make a record match.
   */
  public static List<RecordMatch> group(List<EdmMatch> matches) {
    Map<Integer, List<EdmMatch>> byRecord = new LinkedHashMap<>();
    matches.stream()
        .sorted(Comparator.comparingInt(EdmMatch::start).thenComparingInt(EdmMatch::end))
        .forEach(m -> byRecord.computeIfAbsent(m.record(), r -> new ArrayList<>()).add(m));
    List<RecordMatch> out = new ArrayList<>();
    byRecord.forEach(
        (record, ms) -> {
          if (hasSeparateTypes(ms)) {
            out.add(new RecordMatch(record, ms));
          }
        });
    return out;
  }

  /**
   * Whether two matches of different types do not overlap: for types A and B such a pair exists
   * exactly when the earliest end of an A match is at or before the latest start of a B match, or
   * the other way round, so it takes one pass and a comparison per pair of types.
   */
  private static boolean hasSeparateTypes(List<EdmMatch> ms) {
    Map<InfoType, int[]> spread = new LinkedHashMap<>();
    for (EdmMatch m : ms) {
      int[] s = spread.computeIfAbsent(m.infoType(), t -> new int[] {Integer.MAX_VALUE, -1});
      s[0] = Math.min(s[0], m.end());
      s[1] = Math.max(s[1], m.start());
    }
    List<int[]> types = List.copyOf(spread.values());
    for (int i = 0; i < types.size(); i++) {
      for (int j = i + 1; j < types.size(); j++) {
        int[] a = types.get(i);
        int[] b = types.get(j);
        if (a[0] <= b[1] || b[0] <= a[1]) {
          return true;
        }
      }
    }
    return false;
  }
}
