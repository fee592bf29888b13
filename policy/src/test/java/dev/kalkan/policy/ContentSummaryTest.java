package dev.kalkan.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.detect.Classification;
import dev.kalkan.detect.Finding;
import dev.kalkan.detect.Scanner;
import dev.kalkan.detect.ScannerSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentSummaryTest {
  private static final String CLIENT_ID =
      "amzn1.application-oa2-client.0123456789abcdef0123456789abcdef";

  @Test
  void ofWhenFindingsThenCountsPerTypeAndHighestClassification() {
    ScannerSettings settings = ScannerSettings.defaults();
    List<Finding> findings =
        Scanner.create(settings)
            .scan("orders 112-1234567-1234567 and 113-7654321-7654321, client " + CLIENT_ID);

    ContentSummary summary = ContentSummary.of(findings, settings);

    assertThat(summary.infoTypeCounts())
        .containsExactlyInAnyOrderEntriesOf(Map.of("AMAZON_ORDER_ID", 2, "LWA_CLIENT_ID", 1));
    assertThat(summary.classification()).isEqualTo(Classification.SENSITIVE);
    assertThat(summary.fullyScanned()).isTrue();
    assertThat(summary.toString()).doesNotContain("112-1234567", CLIENT_ID);
  }

  @Test
  void ofWhenSettingsRaiseClassificationThenRaisedOneCounts() {
    ScannerSettings raised =
        ScannerSettings.builder()
            .raiseClassification("LWA_CLIENT_ID", Classification.SENSITIVE)
            .build();
    String text = "client " + CLIENT_ID;

    assertThat(
            ContentSummary.of(
                    Scanner.create(ScannerSettings.defaults()).scan(text),
                    ScannerSettings.defaults())
                .classification())
        .isEqualTo(Classification.INTERNAL);
    assertThat(ContentSummary.of(Scanner.create(raised).scan(text), raised).classification())
        .isEqualTo(Classification.SENSITIVE);
  }

  @Test
  void ofWhenNoFindingsThenPublic() {
    ContentSummary summary = ContentSummary.of(List.of(), ScannerSettings.defaults());

    assertThat(summary.classification()).isEqualTo(Classification.PUBLIC);
    assertThat(summary.infoTypeCounts()).isEmpty();
  }

  @Test
  void scannedWhenCountsGivenThenCopiedInNameOrder() {
    Map<String, Integer> counts = new HashMap<>(Map.of("PHONE_NUMBER", 1, "ASIN", 4));

    ContentSummary summary = ContentSummary.scanned(Classification.SENSITIVE, counts);
    counts.put("IBAN_CODE", 1);

    assertThat(summary.infoTypeCounts().keySet()).containsExactly("ASIN", "PHONE_NUMBER");
    assertThat(summary.count("IBAN_CODE")).isZero();
  }

  @Test
  void notFullyScannedWhenReasonGivenThenKeptWithCounts() {
    ContentSummary summary =
        ContentSummary.scanned(Classification.INTERNAL, Map.of("ASIN", 1))
            .notFullyScanned("encrypted archive");

    assertThat(summary.fullyScanned()).isFalse();
    assertThat(summary.notScannedReason()).isEqualTo("encrypted archive");
    assertThat(summary.count("ASIN")).isEqualTo(1);
  }

  @Test
  void newWhenInvalidThenRejected() {
    assertThatThrownBy(
            () -> ContentSummary.scanned(Classification.PUBLIC, Map.of("AMAZON_ORDER_ID", -1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ContentSummary.scanned(Classification.PUBLIC, Map.of("jane", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must match");
    assertThatThrownBy(() -> new ContentSummary(Classification.PUBLIC, Map.of(), false, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ContentSummary(Classification.PUBLIC, Map.of(), true, "why"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ContentSummary(null, Map.of(), true, null))
        .isInstanceOf(NullPointerException.class);
  }
}
