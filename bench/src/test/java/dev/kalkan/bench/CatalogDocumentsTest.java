package dev.kalkan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.InfoType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CatalogDocumentsTest {
  private final Map<InfoType, Long> planted = new HashMap<>();
  private final SyntheticValues values = new SyntheticValues(new SplittableRandom(11), planted);

  @Test
  void catalogItemsWhenWrittenThenSearchCatalogItemsResponseOfAtLeastTarget() {
    for (int i = 0; i < 50; i++) {
      StringBuilder out = new StringBuilder();
      CatalogDocuments.catalogItems(values, out, 12_000);

      assertThat(out.length()).isGreaterThanOrEqualTo(12_000);
      JsonNode response = Json.parse(out);
      JsonNode item = response.get("items").get(0);
      assertThat(item.get("asin").asString()).matches("B0[0-9A-Z]{8}");
      assertThat(item.get("summaries").get(0).get("marketplaceId").asString())
          .isIn(marketplaceIds());
      assertThat(item.at("/identifiers/0/identifiers/0/identifier").asString()).matches("\\d{13}");
      assertThat(item.at("/_sync/revision").asString()).matches("[0-9a-f]{40}");
    }
  }

  @Test
  void listingsItemsWhenWrittenThenSearchListingsItemsResponse() {
    for (int i = 0; i < 50; i++) {
      StringBuilder out = new StringBuilder();
      CatalogDocuments.listingsItems(values, out, 8_000);

      JsonNode item = Json.parse(out).get("items").get(0);
      assertThat(item.get("sku").asString()).isNotBlank();
      assertThat(item.at("/summaries/0/asin").asString()).matches("B0[0-9A-Z]{8}");
      assertThat(item.at("/offers/0/price/amount").asString()).matches("\\d+\\.\\d{2}");
    }
  }

  @Test
  void catalogWhenWrittenThenPlantedCountsMatchOccurrences() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      CatalogDocuments.catalogItems(values, out, 10_000);
      CatalogDocuments.listingsItems(values, out, 10_000);
    }
    String text = out.toString();

    assertThat(count(text, "\"B0[0-9A-Z]{8}\"")).isEqualTo(planted.get(InfoType.ASIN));
    long marketplaces =
        marketplaceIds().stream().mapToLong(id -> count(text, Pattern.quote(id))).sum();
    assertThat(marketplaces).isEqualTo(planted.get(InfoType.AMAZON_MARKETPLACE_ID));
  }

  static List<String> marketplaceIds() {
    return Arrays.stream(SyntheticValues.MARKETPLACES).map(m -> m[0]).toList();
  }

  static long count(String text, String regex) {
    return Pattern.compile(regex).matcher(text).results().count();
  }
}
