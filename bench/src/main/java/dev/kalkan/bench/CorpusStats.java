package dev.kalkan.bench;

import dev.kalkan.detect.InfoType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a generator run produced: file and byte totals, files per kind, and how many values of each
 * infoType were planted (every occurrence written, including public ones such as ASINs).
 */
public record CorpusStats(
    int files, long bytes, Map<DocumentKind, Integer> filesByKind, Map<InfoType, Long> planted) {

  /** Copies the maps; {@code planted} keeps the order of {@link InfoType#builtIns()}. */
  public CorpusStats {
    Map<DocumentKind, Integer> kinds = new EnumMap<>(DocumentKind.class);
    kinds.putAll(filesByKind);
    filesByKind = Collections.unmodifiableMap(kinds);
    Map<InfoType, Long> ordered = new LinkedHashMap<>();
    for (InfoType type : InfoType.builtIns()) {
      Long count = planted.get(type);
      if (count != null) {
        ordered.put(type, count);
      }
    }
    planted = Collections.unmodifiableMap(ordered);
  }

  /** The number of planted values of the type, 0 when none. */
  public long planted(InfoType type) {
    return planted.getOrDefault(type, 0L);
  }
}
