package dev.kalkan.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScanSummaryTest {

  @Test
  void findingsByInfoTypeIteratesInNameOrderAndIsACopy() {
    Map<String, Long> byType = new LinkedHashMap<>();
    byType.put("PHONE_NUMBER", 1L);
    byType.put("ASIN", 2L);
    ScanSummary summary = new ScanSummary(1, 0, 0, 10, 3, byType, Duration.ZERO);
    byType.put("IBAN_CODE", 1L);

    assertThat(summary.findingsByInfoType())
        .containsExactly(Map.entry("ASIN", 2L), Map.entry("PHONE_NUMBER", 1L));
    assertThatThrownBy(() -> summary.findingsByInfoType().put("X", 1L))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void constructorWhenCountsPerInfoTypeDoNotAddUpThenRejects() {
    assertThatThrownBy(() -> new ScanSummary(1, 0, 0, 10, 3, Map.of("ASIN", 2L), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("findings per infoType add up to 2, not to findings = 3");
  }

  @Test
  void constructorWhenCountNegativeThenRejects() {
    assertThatThrownBy(() -> new ScanSummary(1, -1, 0, 10, 0, Map.of(), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("filesSkipped is negative: -1");
  }

  @Test
  void constructorWhenElapsedNegativeThenRejects() {
    assertThatThrownBy(() -> new ScanSummary(1, 0, 0, 10, 0, Map.of(), Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
