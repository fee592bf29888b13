package dev.kalkan.bench;

import static dev.kalkan.bench.CatalogDocumentsTest.count;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.InfoType;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrderDocumentsTest {
  private final Map<InfoType, Long> planted = new HashMap<>();
  private final SyntheticValues values = new SyntheticValues(new SplittableRandom(5), planted);

  @Test
  void ordersJsonWhenWrittenThenEveryOrderHasIdAndRelayEmail() {
    StringBuilder out = new StringBuilder();
    OrderDocuments.ordersJson(values, out, 30_000);

    JsonNode orders = Json.parse(out).at("/payload/Orders");
    assertThat(orders.size()).isGreaterThan(10);
    for (JsonNode order : orders) {
      assertThat(order.get("AmazonOrderId").asString()).matches("\\d{3}-\\d{7}-\\d{7}");
      assertThat(order.at("/BuyerInfo/BuyerEmail").asString()).contains("@marketplace.amazon.");
    }
    assertThat(planted.get(InfoType.AMAZON_ORDER_ID)).isEqualTo(orders.size());
    assertThat(planted.get(InfoType.AMAZON_BUYER_EMAIL)).isEqualTo(orders.size());
  }

  @Test
  void orderReportWhenWrittenThenEveryRowHasTheHeaderColumns() {
    StringBuilder out = new StringBuilder();
    OrderDocuments.orderReport(values, out, 30_000);

    String[] lines = out.toString().split("\n");
    assertThat(lines[0]).startsWith("amazon-order-id\tmerchant-order-id\t");
    int columns = lines[0].split("\t", -1).length;
    for (int i = 1; i < lines.length; i++) {
      assertThat(lines[i].split("\t", -1)).hasSize(columns);
    }
    assertThat(count(out.toString(), "\\d{3}-\\d{7}-\\d{7}"))
        .isEqualTo(lines.length - 1)
        .isEqualTo(planted.get(InfoType.AMAZON_ORDER_ID));
  }

  @Test
  void ordersWhenTurkishThenSomeCarryNationalIds() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      OrderDocuments.ordersJson(values, out, 20_000);
      OrderDocuments.orderReport(values, out, 20_000);
    }

    assertThat(planted.get(InfoType.TR_NATIONAL_ID)).isPositive();
    assertThat(planted.get(InfoType.PHONE_NUMBER)).isPositive();
    assertThat(planted.get(InfoType.STREET_ADDRESS)).isPositive();
  }
}
