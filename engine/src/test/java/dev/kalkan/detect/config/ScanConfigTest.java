package dev.kalkan.detect.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.Classification;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.ScannerSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScanConfigTest {
  private final ScanConfig config =
      new ScanConfig(
          ScannerSettings.defaults(),
          List.of("**/testdata/**"),
          Map.of("AMAZON_SELLER_ID", Classification.SENSITIVE));

  @Test
  void classificationOfWhenRaisedThenRaisedValue() {
    assertThat(config.classificationOf(InfoType.AMAZON_SELLER_ID))
        .isEqualTo(Classification.SENSITIVE);
  }

  @Test
  void classificationOfWhenNotRaisedThenTheTypesDefault() {
    assertThat(config.classificationOf(InfoType.ASIN)).isEqualTo(Classification.PUBLIC);
  }
}
