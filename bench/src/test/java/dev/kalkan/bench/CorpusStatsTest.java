package dev.kalkan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.InfoType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorpusStatsTest {

  @Test
  void plantedWhenBuiltThenInBuiltInOrderAndZeroForAbsentTypes() {
    Map<InfoType, Long> planted = new HashMap<>();
    planted.put(InfoType.AMAZON_MWS_AUTH_TOKEN, 2L);
    planted.put(InfoType.EMAIL_ADDRESS, 5L);
    planted.put(InfoType.ASIN, 9L);

    CorpusStats stats = new CorpusStats(3, 30, Map.of(DocumentKind.LOGS, 3), planted);

    assertThat(stats.planted().keySet())
        .containsExactly(InfoType.EMAIL_ADDRESS, InfoType.ASIN, InfoType.AMAZON_MWS_AUTH_TOKEN);
    assertThat(stats.planted(InfoType.IBAN_CODE)).isZero();
    assertThat(stats.planted(InfoType.ASIN)).isEqualTo(9);
  }

  @Test
  void mapsWhenSourceChangesThenStatsDoNot() {
    Map<InfoType, Long> planted = new HashMap<>(Map.of(InfoType.ASIN, 1L));
    Map<DocumentKind, Integer> kinds = new HashMap<>(Map.of(DocumentKind.LOGS, 1));
    CorpusStats stats = new CorpusStats(1, 10, kinds, planted);

    planted.put(InfoType.ASIN, 5L);
    kinds.put(DocumentKind.ORDERS, 4);

    assertThat(stats.planted(InfoType.ASIN)).isEqualTo(1);
    assertThat(stats.filesByKind()).containsOnlyKeys(DocumentKind.LOGS);
  }
}
