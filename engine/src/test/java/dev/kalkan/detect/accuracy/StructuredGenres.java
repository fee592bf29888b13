package dev.kalkan.detect.accuracy;

import static dev.kalkan.detect.accuracy.JsonTree.arr;
import static dev.kalkan.detect.accuracy.JsonTree.obj;

import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.accuracy.JsonTree.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SP-API payloads and flat-file reports, modelled on Amazon's Orders, Notifications, Tokens and
 * report schemas: JSON pretty or minified, and tab-separated reports with their real column names.
 */
final class StructuredGenres {
  private StructuredGenres() {}

  static void ordersJson(Draft x) {
    List<Node> orders = new ArrayList<>();
    for (int i = x.v.between(1, 4); i > 0; i--) {
      orders.add(order(x));
    }
    Node root =
        obj(
            "payload",
            obj(
                "Orders",
                arr(orders),
                "NextToken",
                x.v.chance(0.4) ? x.d.of(NearMiss.NEXT_TOKEN) : null,
                "LastUpdatedBefore",
                x.d.of(NearMiss.TIMESTAMP_ISO)));
    JsonTree.write(x.b, root, x.v.chance(0.65), x.v.chance(0.25));
  }

  static void orderDetailJson(Draft x) {
    Node root =
        switch (x.v.between(0, 4)) {
          case 0 ->
              obj(
                  "payload",
                  obj("AmazonOrderId", x.slot("ORDER"), "ShippingAddress", address(x, true)));
          case 1 ->
              obj(
                  "payload",
                  obj(
                      "AmazonOrderId",
                      x.slot("ORDER"),
                      "BuyerEmail",
                      buyerEmail(x),
                      "BuyerName",
                      person(x),
                      "PurchaseOrderNumber",
                      x.v.chance(0.3) ? "PO-" + x.v.digits(5) : null));
          case 2 -> orderItems(x);
          case 3 -> order2026(x);
          default -> shippingLabel(x);
        };
    JsonTree.write(x.b, root, x.v.chance(0.6), x.v.chance(0.25));
  }

  static void notificationJson(Draft x) {
    boolean orderChange = x.v.chance(0.5);
    Node payload =
        orderChange
            ? obj(
                "OrderChangeNotification",
                obj(
                    "NotificationLevel",
                    "OrderLevel",
                    "SellerId",
                    x.slot("SELLER"),
                    "AmazonOrderId",
                    x.slot("ORDER"),
                    "OrderChangeType",
                    "OrderStatusChange",
                    "OrderChangeTrigger",
                    obj(
                        "TimeOfOrderChange",
                        x.d.of(NearMiss.TIMESTAMP_ISO),
                        "ChangeReason",
                        "OrderStatusChange"),
                    "Summary",
                    obj(
                        "MarketplaceId",
                        x.slot("MKT"),
                        "OrderStatus",
                        x.v.pick("Unshipped", "Shipped", "Canceled"),
                        "PurchaseDate",
                        x.d.of(NearMiss.TIMESTAMP_ISO),
                        "DestinationPostalCode",
                        x.slot("POSTCODE"),
                        "FulfillmentType",
                        "MFN",
                        "OrderItems",
                        arr(
                            obj(
                                "OrderItemId",
                                x.d.of(NearMiss.ORDER_ITEM_ID),
                                "SellerSKU",
                                x.d.of(NearMiss.SKU),
                                "SupplySourceId",
                                x.d.of(NearMiss.UUID),
                                "Quantity",
                                x.v.between(1, 3))))))
            : obj(
                "AnyOfferChangedNotification",
                obj(
                    "SellerId",
                    x.slot("SELLER"),
                    "OfferChangeTrigger",
                    obj(
                        "MarketplaceId",
                        x.slot("MKT"),
                        "ASIN",
                        x.slot("ASIN"),
                        "ItemCondition",
                        "new",
                        "TimeOfOfferChange",
                        x.d.of(NearMiss.TIMESTAMP_ISO)),
                    "Offers",
                    arr(offer(x), offer(x))));
    Node root =
        obj(
            "NotificationVersion",
            "1.0",
            "NotificationType",
            orderChange ? "ORDER_CHANGE" : "ANY_OFFER_CHANGED",
            "PayloadVersion",
            "1.0",
            "EventTime",
            x.d.of(NearMiss.TIMESTAMP_ISO),
            "Payload",
            payload,
            "NotificationMetadata",
            obj(
                "ApplicationId",
                x.d.of(NearMiss.SELLERAPPS_APP_ID),
                "SubscriptionId",
                x.d.of(NearMiss.UUID),
                "PublishTime",
                x.d.of(NearMiss.TIMESTAMP_ISO),
                "NotificationId",
                x.d.of(NearMiss.UUID)));
    JsonTree.write(x.b, root, x.v.chance(0.5), x.v.chance(0.25));
  }

  static void tokenJson(Draft x) {
    Node root =
        switch (x.v.between(0, 3)) {
          case 0 ->
              obj(
                  "access_token",
                  x.slot("ACCESS"),
                  "refresh_token",
                  x.v.chance(0.5) ? x.slot("REFRESH") : null,
                  "token_type",
                  "bearer",
                  "expires_in",
                  3600,
                  "expires_at",
                  x.v.chance(0.5) ? JsonTree.number(x.d.of(NearMiss.EPOCH_SECONDS)) : null);
          case 1 ->
              obj(
                  "restrictedDataToken",
                  x.slot("RDT"),
                  "expiresIn",
                  3600,
                  "issuedAt",
                  x.v.chance(0.5) ? JsonTree.number(x.d.of(NearMiss.EPOCH_MILLIS)) : null);
          case 2 ->
              obj(
                  "restrictedResources",
                  arr(
                      obj(
                          "method",
                          "GET",
                          "path",
                          List.of(
                              Fragment.plain("/orders/v0/orders/"),
                              x.slot("ORDER"),
                              Fragment.plain("/address")),
                          "dataElements",
                          arr("buyerInfo", "shippingAddress"))),
                  "targetApplication",
                  x.d.of(NearMiss.SELLERAPPS_APP_ID));
          default ->
              obj(
                  "Credentials",
                  obj(
                      "AccessKeyId",
                      x.slot("AKID"),
                      "SecretAccessKey",
                      x.slot("AWS_SECRET"),
                      "SessionToken",
                      x.d.of(NearMiss.SESSION_TOKEN),
                      "Expiration",
                      x.d.of(NearMiss.TIMESTAMP_ISO)),
                  "AssumedRoleUser",
                  obj(
                      "Arn",
                      List.of(
                          Fragment.plain("arn:aws:sts::"),
                          x.d.of(NearMiss.AWS_ACCOUNT_ID),
                          Fragment.plain(":assumed-role/SellingPartnerRole/kalkan"))));
        };
    JsonTree.write(x.b, root, x.v.chance(0.5), x.v.chance(0.25));
  }

  static void orderReportTsv(Draft x) {
    boolean allOrders = x.v.chance(0.5);
    List<String> header =
        allOrders
            ? List.of(
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
                "ship-city",
                "ship-postal-code",
                "ship-country",
                "is-business-order",
                "buyer-email",
                "buyer-phone-number")
            : List.of(
                "order-id",
                "order-item-id",
                "purchase-date",
                "payments-date",
                "buyer-email",
                "buyer-name",
                "buyer-phone-number",
                "sku",
                "product-name",
                "quantity-purchased",
                "currency",
                "item-price",
                "ship-service-level",
                "recipient-name",
                "ship-address-1",
                "ship-city",
                "ship-postal-code",
                "ship-country",
                "ship-phone-number");
    x.text(String.join("\t", header) + "\n");
    for (int i = x.v.between(2, 8); i > 0; i--) {
      Map<String, Fragment> row = new LinkedHashMap<>();
      Fragment order = x.fresh("ORDER");
      row.put(allOrders ? "amazon-order-id" : "order-id", order);
      row.put(
          "merchant-order-id",
          x.v.chance(0.5) ? Fragment.plain("") : Fragment.plain("MO-" + x.v.digits(5)));
      row.put("order-item-id", x.d.of(NearMiss.ORDER_ITEM_ID));
      row.put("purchase-date", x.d.of(NearMiss.TIMESTAMP_ISO));
      row.put("payments-date", x.d.of(NearMiss.TIMESTAMP_ISO));
      row.put("last-updated-date", x.d.of(NearMiss.TIMESTAMP_ISO));
      row.put("order-status", Fragment.plain(x.v.pick("Pending", "Shipped", "Unshipped")));
      row.put("fulfillment-channel", Fragment.plain(x.v.pick("Amazon", "Merchant")));
      row.put("sales-channel", Fragment.plain("Amazon." + SyntheticValues.amazonTld(x.region)));
      row.put("ship-service-level", Fragment.plain(x.v.pick("Standard", "Expedited")));
      row.put("product-name", Fragment.plain(x.v.pick(Names.PRODUCTS)));
      row.put("sku", x.d.of(NearMiss.SKU));
      row.put("asin", x.fresh("ASIN"));
      row.put("item-status", Fragment.plain("Unshipped"));
      row.put("quantity", Fragment.plain(Integer.toString(x.v.between(1, 3))));
      row.put("quantity-purchased", Fragment.plain(Integer.toString(x.v.between(1, 3))));
      row.put("currency", Fragment.plain(currency(x.region)));
      row.put("item-price", Fragment.decoy(NearMiss.PRICE, amount(x)));
      row.put("buyer-email", x.fresh("RELAY"));
      row.put("buyer-name", person(x));
      row.put("recipient-name", person(x));
      row.put("ship-address-1", street(x));
      row.put("ship-city", x.fresh("CITY"));
      row.put("ship-postal-code", x.fresh("POSTCODE"));
      row.put("ship-country", Fragment.plain(x.region));
      row.put("is-business-order", Fragment.plain(x.v.pick("true", "false")));
      row.put("buyer-phone-number", x.v.chance(0.7) ? x.fresh("PHONE") : Fragment.plain(""));
      row.put("ship-phone-number", x.v.chance(0.5) ? x.fresh("PHONE") : Fragment.plain(""));
      for (int c = 0; c < header.size(); c++) {
        x.text(c == 0 ? "" : "\t").add(row.get(header.get(c)));
      }
      x.text("\n");
    }
  }

  static void settlementReportTsv(Draft x) {
    List<String> header =
        List.of(
            "settlement-id",
            "settlement-start-date",
            "settlement-end-date",
            "deposit-date",
            "total-amount",
            "currency",
            "transaction-type",
            "order-id",
            "merchant-order-id",
            "shipment-id",
            "marketplace-name",
            "amount-type",
            "amount-description",
            "amount",
            "fulfillment-id",
            "posted-date",
            "order-item-code",
            "sku",
            "quantity-purchased");
    x.text(String.join("\t", header) + "\n");
    Fragment settlement = x.d.of(NearMiss.SETTLEMENT_ID);
    x.add(settlement)
        .text("\t")
        .add(x.d.of(NearMiss.DATE))
        .text("\t")
        .add(x.d.of(NearMiss.DATE))
        .text("\t")
        .add(x.d.of(NearMiss.DATE))
        .text("\t")
        .add(Fragment.decoy(NearMiss.PRICE, amount(x)))
        .text("\t" + currency(x.region) + "\t".repeat(header.size() - 6) + "\n");
    for (int i = x.v.between(2, 8); i > 0; i--) {
      Fragment order = x.fresh("ORDER");
      Fragment merchantOrder = x.v.chance(0.2) ? order : Fragment.plain("");
      String shipment =
          x.v.cleanChars("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789", 9);
      Fragment item = x.d.of(NearMiss.ORDER_ITEM_ID);
      Fragment sku = x.d.of(NearMiss.SKU);
      List<String> descriptions =
          x.v.chance(0.5) ? List.of("Principal", "Commission") : List.of("Principal");
      for (String description : descriptions) {
        x.add(settlement)
            .text("\t\t\t\t\t\tOrder\t")
            .add(order)
            .text("\t")
            .add(merchantOrder)
            .text("\t" + shipment + "\tAmazon." + SyntheticValues.amazonTld(x.region) + "\t")
            .text(description.equals("Commission") ? "ItemFees" : "ItemPrice")
            .text("\t" + description + "\t")
            .add(
                Fragment.decoy(
                    NearMiss.PRICE, (description.equals("Commission") ? "-" : "") + amount(x)))
            .text("\t" + x.v.pick("AFN", "MFN") + "\t")
            .add(x.d.of(NearMiss.DATE))
            .text("\t")
            .add(item)
            .text("\t")
            .add(sku)
            .text("\t" + x.v.between(1, 3) + "\n");
      }
    }
  }

  private static Node order(Draft x) {
    Fragment id = x.fresh("ORDER");
    return obj(
        "AmazonOrderId",
        id,
        "SellerOrderId",
        x.v.chance(0.4) ? Fragment.value(InfoType.AMAZON_ORDER_ID, id.text()) : null,
        "PurchaseDate",
        x.d.of(NearMiss.TIMESTAMP_ISO),
        "LastUpdateDate",
        x.d.of(NearMiss.TIMESTAMP_ISO),
        "OrderStatus",
        x.v.pick("Unshipped", "Shipped", "Pending", "Canceled"),
        "FulfillmentChannel",
        x.v.pick("MFN", "AFN"),
        "SalesChannel",
        "Amazon." + SyntheticValues.amazonTld(x.region),
        "ShipServiceLevel",
        x.v.pick("Std US D2D Dom", "Expedited", "Std DE Dom", "Standard"),
        "OrderTotal",
        obj(
            "CurrencyCode",
            currency(x.region),
            "Amount",
            Fragment.decoy(NearMiss.PRICE, amount(x))),
        "NumberOfItemsShipped",
        0,
        "NumberOfItemsUnshipped",
        x.v.between(1, 3),
        "PaymentMethod",
        "Other",
        "MarketplaceId",
        x.fresh("MKT"),
        "BuyerInfo",
        x.v.chance(0.7) ? obj("BuyerEmail", buyerEmail(x)) : null,
        "ShippingAddress",
        x.v.chance(0.6) ? address(x, x.v.chance(0.7)) : null,
        "EarliestShipDate",
        x.d.of(NearMiss.TIMESTAMP_ISO),
        "IsBusinessOrder",
        false,
        "IsPrime",
        x.v.chance(0.5));
  }

  private static Node orderItems(Draft x) {
    List<Node> items = new ArrayList<>();
    for (int i = x.v.between(1, 3); i > 0; i--) {
      items.add(
          obj(
              "ASIN",
              x.fresh("ASIN"),
              "SellerSKU",
              x.d.of(NearMiss.SKU),
              "OrderItemId",
              x.d.of(NearMiss.ORDER_ITEM_ID),
              "Title",
              x.v.pick(Names.PRODUCTS),
              "QuantityOrdered",
              x.v.between(1, 3),
              "ItemPrice",
              obj(
                  "CurrencyCode",
                  currency(x.region),
                  "Amount",
                  Fragment.decoy(NearMiss.PRICE, amount(x))),
              "ConditionId",
              "New",
              "IsGift",
              "false"));
    }
    return obj("payload", obj("AmazonOrderId", x.slot("ORDER"), "OrderItems", arr(items)));
  }

  private static Node order2026(Draft x) {
    return obj(
        "order",
        obj(
            "orderId",
            x.slot("ORDER"),
            "createdTime",
            x.d.of(NearMiss.TIMESTAMP_ISO),
            "salesChannel",
            obj(
                "channelName",
                "AMAZON",
                "marketplaceId",
                x.slot("MKT"),
                "marketplaceName",
                "Amazon." + SyntheticValues.amazonTld(x.region)),
            "buyer",
            obj("buyerName", person(x), "buyerEmail", x.slot("RELAY")),
            "recipient",
            obj("deliveryAddress", address(x, true)),
            "orderItems",
            arr(
                obj(
                    "orderItemId",
                    x.d.of(NearMiss.ORDER_ITEM_ID),
                    "quantityOrdered",
                    1,
                    "product",
                    obj(
                        "asin",
                        x.slot("ASIN"),
                        "title",
                        x.v.pick(Names.PRODUCTS),
                        "sellerSku",
                        x.d.of(NearMiss.SKU))))));
  }

  private static Node shippingLabel(Draft x) {
    return obj(
        "payload",
        obj(
            "shipmentId",
            x.d.of(NearMiss.UUID),
            "packageDocumentDetails",
            arr(
                obj(
                    "packageClientReferenceId",
                    x.slot("ORDER"),
                    "packageDocuments",
                    arr(
                        obj(
                            "type",
                            "LABEL",
                            "format",
                            x.v.pick("PNG", "PDF"),
                            "contents",
                            x.d.of(NearMiss.BASE64_DOCUMENT))),
                    "trackingId",
                    x.slot("TRACKING"))),
            "promise",
            obj(
                "deliveryWindow",
                obj(
                    "start",
                    x.d.of(NearMiss.TIMESTAMP_ISO),
                    "end",
                    x.d.of(NearMiss.TIMESTAMP_ISO)))));
  }

  private static Node offer(Draft x) {
    return obj(
        "SellerId",
        x.fresh("SELLER"),
        "SubCondition",
        "new",
        "ListingPrice",
        obj(
            "Amount",
            JsonTree.number(Fragment.decoy(NearMiss.PRICE, amount(x))),
            "CurrencyCode",
            currency(x.region)),
        "IsFulfilledByAmazon",
        x.v.chance(0.5));
  }

  private static Node address(Draft x, boolean withPhone) {
    return obj(
        "Name",
        person(x),
        "AddressLine1",
        street(x),
        "City",
        x.fresh("CITY"),
        "PostalCode",
        x.fresh("POSTCODE"),
        "CountryCode",
        x.region,
        "Phone",
        withPhone ? x.fresh("PHONE") : null,
        "AddressType",
        x.v.pick("Residential", "Commercial"));
  }

  /** A name in a field the SP-API catalog types as PERSON_NAME: a labelled value. */
  private static Fragment person(Draft x) {
    return Fragment.value(InfoType.PERSON_NAME, x.name());
  }

  /** A street line in a field the catalog types as STREET_ADDRESS: a labelled value. */
  private static Fragment street(Draft x) {
    return Fragment.value(InfoType.STREET_ADDRESS, x.fresh("STREET").text());
  }

  private static Fragment buyerEmail(Draft x) {
    return x.v.chance(0.85) ? x.fresh("RELAY") : x.fresh("EMAIL");
  }

  private static String amount(Draft x) {
    return String.format(Locale.ROOT, "%d.%02d", x.v.between(3, 400), x.v.between(0, 99));
  }

  static String currency(String region) {
    return switch (region) {
      case "GB" -> "GBP";
      case "DE", "FR", "IT", "ES" -> "EUR";
      case "TR" -> "TRY";
      case "JP" -> "JPY";
      default -> "USD";
    };
  }
}
