package dev.kalkan.detect.edm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What building an index did, for the operator; it holds counts and headers, never values.
 *
 * @param records records read
 * @param values (value, record) entries written, including the several forms of a phone number and
 *     of a name
 * @param valuesByInfoType entries per infoType name, in the order the types were first seen
 * @param skipped values left out per reason, such as {@code "not a phone number"}
 * @param columns each header seen, in order, with the infoType it was indexed as or {@code IGNORE}
 * @param indexBytes the size of the index file
 */
public record EdmBuildSummary(
    long records,
    long values,
    Map<String, Long> valuesByInfoType,
    Map<String, Long> skipped,
    Map<String, String> columns,
    long indexBytes) {

  public EdmBuildSummary {
    valuesByInfoType = ordered(valuesByInfoType);
    skipped = ordered(skipped);
    columns = ordered(columns);
  }

  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
