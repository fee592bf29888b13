package dev.kalkan.bench;

import dev.kalkan.bench.Prose.Language;
import dev.kalkan.bench.Prose.Product;

/**
 * Order data as an integrator stores it: Orders API v0 {@code getOrders} JSON with buyer and
 * shipping details (as returned under a restricted data token), and the tab-separated flat-file
 * order report ({@code GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL}). Every order carries
 * an order id and a buyer relay address; names, street lines, phones and Turkish national ids
 * appear as often as in real exports.
 */
final class OrderDocuments {
  private static final String[][] ORDER_MARKETPLACES = {
    {"ATVPDKIKX0DER", "US"},
    {"A1PA6795UKMFR9", "DE"},
    {"A1F83G8C2ARO7P", "GB"},
    {"A33AVAJ2PDY3EV", "TR"}
  };
  private static final String[] ORDER_STATUS = {
    "Shipped", "Shipped", "Unshipped", "Pending", "Canceled"
  };
  private static final String[] REPORT_COLUMNS = {
    "amazon-order-id",
    "merchant-order-id",
    "purchase-date",
    "last-updated-date",
    "order-status",
    "fulfillment-channel",
    "sales-channel",
    "ship-service-level",
    "product-name",
    "sku",
    "asin",
    "item-status",
    "quantity",
    "currency",
    "item-price",
    "item-tax",
    "shipping-price",
    "buyer-email",
    "buyer-name",
    "buyer-phone-number",
    "recipient-name",
    "ship-address-1",
    "ship-city",
    "ship-postal-code",
    "ship-country",
    "buyer-tax-registration-id",
    "is-business-order"
  };

  private OrderDocuments() {}

  static void ordersJson(SyntheticValues values, StringBuilder out, int targetChars) {
    int end = out.length() + targetChars;
    JsonText json = new JsonText(out, values.chance(0.8));
    json.beginObject().name("payload").beginObject();
    json.field("NextToken", values.hex(64)).field("LastUpdatedBefore", values.timestamp());
    json.name("Orders").beginArray();
    do {
      order(values, json);
    } while (json.length() < end);
    json.endArray().endObject().endObject();
  }

  private static void order(SyntheticValues values, JsonText json) {
    String[] marketplace = values.pick(ORDER_MARKETPLACES);
    String country = marketplace[1];
    json.beginObject()
        .field("AmazonOrderId", values.orderId())
        .field("SellerOrderId", "SO-" + values.digits(9))
        .field("PurchaseDate", values.timestamp())
        .field("LastUpdateDate", values.timestamp())
        .field("OrderStatus", values.pick(ORDER_STATUS))
        .field("FulfillmentChannel", values.chance(0.6) ? "AFN" : "MFN")
        .field("SalesChannel", salesChannel(country))
        .field("ShipServiceLevel", "Std " + country + " D2D Dom");
    json.name("OrderTotal")
        .beginObject()
        .field("CurrencyCode", CatalogDocuments.currency(country))
        .field("Amount", values.price())
        .endObject();
    json.field("NumberOfItemsShipped", values.between(0, 3))
        .field("NumberOfItemsUnshipped", values.between(0, 1))
        .field("PaymentMethod", "Other");
    json.name("PaymentMethodDetails").beginArray().value("Standard").endArray();
    json.field("MarketplaceId", values.marketplaceId(marketplace))
        .field("ShipmentServiceLevelCategory", "Standard")
        .field("OrderType", "StandardOrder")
        .field("EarliestShipDate", values.timestamp())
        .field("LatestShipDate", values.timestamp())
        .field("IsBusinessOrder", false)
        .field("IsPrime", values.chance(0.4))
        .field("IsGlobalExpressEnabled", false)
        .field("IsReplacementOrder", false)
        .field("IsSoldByAB", false);
    json.name("BuyerInfo").beginObject().field("BuyerEmail", values.buyerRelayEmail());
    if (values.chance(0.5)) {
      json.field("BuyerName", values.personName());
    }
    if (country.equals("TR") && values.chance(0.6)) {
      json.name("BuyerTaxInfo")
          .beginObject()
          .field("TaxingRegion", "TR")
          .name("TaxClassifications")
          .beginArray()
          .beginObject()
          .field("Name", "TCKN")
          .field("Value", values.turkishNationalId())
          .endObject()
          .endArray()
          .endObject();
    }
    json.endObject();
    if (values.chance(0.7)) {
      json.name("ShippingAddress")
          .beginObject()
          .field("Name", values.personName())
          .field("AddressLine1", values.streetLine(country))
          .field("City", values.city(country))
          .field("PostalCode", values.digits(5))
          .field("CountryCode", country);
      if (values.chance(0.6)) {
        json.field("Phone", values.phone(country));
      }
      json.field("AddressType", "Residential").endObject();
    }
    json.name("AutomatedShippingSettings")
        .beginObject()
        .field("HasAutomatedShippingSettings", false)
        .endObject();
    json.endObject();
  }

  static void orderReport(SyntheticValues values, StringBuilder out, int targetChars) {
    int end = out.length() + targetChars;
    out.append(String.join("\t", REPORT_COLUMNS)).append('\n');
    do {
      reportRow(values, out);
    } while (out.length() < end);
  }

  private static void reportRow(SyntheticValues values, StringBuilder out) {
    String[] marketplace = values.pick(ORDER_MARKETPLACES);
    String country = marketplace[1];
    Product product = values.pick(Prose.PRODUCTS);
    boolean business = values.chance(0.1);
    String[] row = {
      values.orderId(),
      "SO-" + values.digits(9),
      values.timestamp(),
      values.timestamp(),
      values.pick(ORDER_STATUS),
      values.chance(0.6) ? "Amazon" : "Merchant",
      salesChannel(country),
      "Standard",
      Prose.title(values, values.pick(Prose.BRANDS), product, Language.of(country)),
      values.sku(),
      values.asin(),
      "Shipped",
      Integer.toString(values.between(1, 4)),
      CatalogDocuments.currency(country),
      values.price(),
      values.decimal(9),
      values.decimal(9),
      values.buyerRelayEmail(),
      values.personName(),
      values.chance(0.4) ? values.phone(country) : "",
      values.personName(),
      values.streetLine(country),
      values.city(country),
      values.digits(5),
      country,
      country.equals("TR") && values.chance(0.5) ? values.turkishNationalId() : "",
      Boolean.toString(business)
    };
    out.append(String.join("\t", row)).append('\n');
  }

  private static String salesChannel(String country) {
    return switch (country) {
      case "DE" -> "Amazon.de";
      case "GB" -> "Amazon.co.uk";
      case "TR" -> "Amazon.com.tr";
      default -> "Amazon.com";
    };
  }
}
