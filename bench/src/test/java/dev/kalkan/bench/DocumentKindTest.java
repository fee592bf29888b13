package dev.kalkan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentKindTest {

  @Test
  void forRollWhenEveryRollThenSharesMatchAndCatalogIsNinetyFivePercent() {
    Map<DocumentKind, Integer> counts = new EnumMap<>(DocumentKind.class);
    for (int roll = 0; roll < DocumentKind.shareTotal(); roll++) {
      counts.merge(DocumentKind.forRoll(roll), 1, Integer::sum);
    }

    assertThat(counts).containsOnlyKeys(DocumentKind.values());
    assertThat(counts.get(DocumentKind.CATALOG_ITEMS) + counts.get(DocumentKind.LISTINGS_ITEMS))
        .isEqualTo(9500);
  }

  @Test
  void forRollWhenOutsideRangeThenRejects() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DocumentKind.forRoll(DocumentKind.shareTotal()))
        .withMessageContaining("outside");
  }

  @Test
  void sizesWhenDocumentThenBetweenOneAndSixtyKilobytes() {
    DocumentKind.Sizes sizes = DocumentKind.CATALOG_ITEMS.sizes();

    assertThat(sizes.min()).isEqualTo(1024);
    assertThat(sizes.max()).isEqualTo(60 * 1024);
    assertThat(sizes.mean()).isBetween(sizes.min(), sizes.max());
  }
}
