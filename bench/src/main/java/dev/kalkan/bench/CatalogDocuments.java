package dev.kalkan.bench;

import dev.kalkan.bench.Prose.Language;
import dev.kalkan.bench.Prose.Product;

/**
 * Product-catalog JSON shaped like saved SP-API responses: Catalog Items 2022-04-01 {@code
 * searchCatalogItems} and Listings Items 2021-08-01 {@code searchListingsItems}. Public marketplace
 * data only (ASINs, SKUs, barcodes, prices, stock, timestamps, prose), plus the near misses a
 * detector must pass over: 13-digit EANs, dotted version strings, UUIDs and 40-hex revisions. A
 * listings file occasionally records the seller id it was fetched for, and a rare description gives
 * a support address.
 */
final class CatalogDocuments {
  private static final String[] STATUS = {"BUYABLE", "DISCOVERABLE"};
  private static final String[] CONDITIONS = {"new_new", "new_new", "new_new", "used_like_new"};
  private static final String[] IMAGE_VARIANTS = {"MAIN", "PT01", "PT02", "PT03", "PT04", "SWCH"};
  private static final String[] ISSUES = {
    "'size' is required but not supplied.",
    "The value for 'color' does not match the allowed values.",
    "Image resolution is below 1000 pixels on the longest side.",
    "Your price is significantly higher than recent prices for this item."
  };

  private CatalogDocuments() {}

  static void catalogItems(SyntheticValues values, StringBuilder out, int targetChars) {
    int end = out.length() + targetChars;
    JsonText json = new JsonText(out, values.chance(0.7));
    String[] marketplace = values.marketplace();
    json.beginObject().field("numberOfResults", values.between(1, 2000));
    json.name("pagination").beginObject().field("nextToken", values.hex(48)).endObject();
    responseMetadata(values, json);
    json.name("items").beginArray();
    do {
      catalogItem(values, json, marketplace);
    } while (json.length() < end);
    json.endArray().endObject();
  }

  static void listingsItems(SyntheticValues values, StringBuilder out, int targetChars) {
    int end = out.length() + targetChars;
    JsonText json = new JsonText(out, values.chance(0.7));
    String[] marketplace = values.marketplace();
    json.beginObject();
    if (values.chance(0.1)) {
      json.field("sellerId", values.sellerId());
    }
    json.field("numberOfResults", values.between(1, 5000));
    json.name("pagination").beginObject().field("nextToken", values.hex(48)).endObject();
    responseMetadata(values, json);
    json.name("items").beginArray();
    do {
      listingsItem(values, json, marketplace);
    } while (json.length() < end);
    json.endArray().endObject();
  }

  private static void responseMetadata(SyntheticValues values, JsonText json) {
    json.field("requestId", values.uuid())
        .field("fetchedAt", values.timestamp())
        .field("client", "catalog-sync/" + values.version());
  }

  private static void catalogItem(SyntheticValues values, JsonText json, String[] marketplace) {
    Language language = Language.of(marketplace[1]);
    Product product = values.pick(Prose.PRODUCTS);
    String brand = values.pick(Prose.BRANDS);
    String title = Prose.title(values, brand, product, language);
    String ean = values.gtin(13);
    String model = values.sku();
    String color = values.pick(Prose.COLORS);

    json.beginObject().field("asin", values.asin());
    json.name("attributes").beginObject();
    localized(json, "item_name", title, language, values.marketplaceId(marketplace));
    localized(json, "brand", brand, language, values.marketplaceId(marketplace));
    json.name("bullet_point").beginArray();
    for (int i = values.between(3, 5); i > 0; i--) {
      json.beginObject()
          .field("value", Prose.sentences(values, language, 1))
          .field("language_tag", language.tag)
          .endObject();
    }
    json.endArray();
    String description = Prose.sentences(values, language, values.between(2, 7));
    if (values.chance(0.003)) {
      description += " Support: " + values.email();
    }
    json.name("product_description")
        .beginArray()
        .beginObject()
        .field("value", description)
        .field("language_tag", language.tag)
        .endObject()
        .endArray();
    json.name("list_price")
        .beginArray()
        .beginObject()
        .numberField("value", values.price())
        .field("currency", currency(marketplace[1]))
        .field("marketplace_id", values.marketplaceId(marketplace))
        .endObject()
        .endArray();
    json.name("externally_assigned_product_identifier")
        .beginArray()
        .beginObject()
        .field("type", "ean")
        .field("value", ean)
        .endObject()
        .endArray();
    json.name("item_package_weight")
        .beginArray()
        .beginObject()
        .numberField("value", values.decimal(12))
        .field("unit", "kilograms")
        .endObject()
        .endArray();
    single(json, "model_number", model);
    single(json, "color", color);
    if (product.productType().equals("HEADPHONES")
        || product.productType().equals("CHARGING_ADAPTER")) {
      single(json, "firmware_version", values.version());
    }
    json.endObject();

    json.name("dimensions").beginArray().beginObject();
    json.field("marketplaceId", values.marketplaceId(marketplace));
    dimensions(values, json, "item");
    dimensions(values, json, "package");
    json.endObject().endArray();

    json.name("identifiers").beginArray().beginObject();
    json.field("marketplaceId", values.marketplaceId(marketplace));
    json.name("identifiers").beginArray();
    json.beginObject().field("identifierType", "EAN").field("identifier", ean).endObject();
    if (values.chance(0.4)) {
      json.beginObject()
          .field("identifierType", "UPC")
          .field("identifier", values.gtin(12))
          .endObject();
    }
    json.endArray().endObject().endArray();

    json.name("images").beginArray().beginObject();
    json.field("marketplaceId", values.marketplaceId(marketplace));
    json.name("images").beginArray();
    for (int i = 0, n = values.between(1, IMAGE_VARIANTS.length); i < n; i++) {
      int side = values.pick(new Integer[] {500, 1000, 1500, 2000});
      json.beginObject()
          .field("variant", IMAGE_VARIANTS[i])
          .field("link", values.imageUrl())
          .field("height", side)
          .field("width", side)
          .endObject();
    }
    json.endArray().endObject().endArray();

    json.name("productTypes")
        .beginArray()
        .beginObject()
        .field("marketplaceId", values.marketplaceId(marketplace))
        .field("productType", product.productType())
        .endObject()
        .endArray();

    json.name("relationships").beginArray().beginObject();
    json.field("marketplaceId", values.marketplaceId(marketplace));
    json.name("relationships").beginArray();
    if (values.chance(0.35)) {
      json.beginObject().name("childAsins").beginArray();
      for (int i = values.between(2, 8); i > 0; i--) {
        json.value(values.asin());
      }
      json.endArray().field("type", "VARIATION");
      json.name("variationTheme")
          .beginObject()
          .name("attributes")
          .beginArray()
          .value("color")
          .value("size")
          .endArray()
          .field("theme", "SIZE_NAME/COLOR_NAME")
          .endObject()
          .endObject();
    }
    json.endArray().endObject().endArray();

    String classificationId = values.digits(8);
    json.name("salesRanks").beginArray().beginObject();
    json.field("marketplaceId", values.marketplaceId(marketplace));
    json.name("classificationRanks")
        .beginArray()
        .beginObject()
        .field("classificationId", classificationId)
        .field("title", product.name(language))
        .field("link", "https://www.amazon.com/gp/bestsellers/" + classificationId)
        .field("rank", values.between(1, 250_000))
        .endObject()
        .endArray();
    json.endObject().endArray();

    json.name("summaries").beginArray().beginObject();
    json.field("marketplaceId", values.marketplaceId(marketplace))
        .field("adultProduct", false)
        .field("autographed", false)
        .field("brand", brand);
    json.name("browseClassification")
        .beginObject()
        .field("displayName", product.name(language))
        .field("classificationId", classificationId)
        .endObject();
    json.field("color", color)
        .field("itemClassification", values.chance(0.8) ? "BASE_PRODUCT" : "VARIATION_PARENT")
        .field("itemName", title)
        .field("manufacturer", brand)
        .field("memorabilia", false)
        .field("modelNumber", model)
        .field("packageQuantity", values.between(1, 4))
        .field("partNumber", model)
        .field("releaseDate", values.timestamp().substring(0, 10))
        .field("tradeInEligible", false)
        .endObject()
        .endArray();

    sync(values, json);
    json.endObject();
  }

  private static void listingsItem(SyntheticValues values, JsonText json, String[] marketplace) {
    Language language = Language.of(marketplace[1]);
    Product product = values.pick(Prose.PRODUCTS);
    String brand = values.pick(Prose.BRANDS);
    String title = Prose.title(values, brand, product, language);
    String price = values.price();
    int quantity = values.chance(0.15) ? 0 : values.between(1, 900);

    json.beginObject().field("sku", values.sku());
    json.name("summaries").beginArray().beginObject();
    json.field("marketplaceId", values.marketplaceId(marketplace))
        .field("asin", values.asin())
        .field("productType", product.productType())
        .field("conditionType", values.pick(CONDITIONS));
    json.name("status").beginArray();
    for (int i = quantity == 0 ? 1 : 2; i > 0; i--) {
      json.value(STATUS[2 - i]);
    }
    json.endArray();
    json.field("itemName", title)
        .field("createdDate", values.timestamp())
        .field("lastUpdatedDate", values.timestamp());
    json.name("mainImage")
        .beginObject()
        .field("link", values.imageUrl())
        .field("height", 500)
        .field("width", 500)
        .endObject();
    json.endObject().endArray();

    json.name("attributes").beginObject();
    localized(json, "item_name", title, language, values.marketplaceId(marketplace));
    json.name("purchasable_offer")
        .beginArray()
        .beginObject()
        .field("currency", currency(marketplace[1]))
        .name("our_price")
        .beginArray()
        .beginObject()
        .name("schedule")
        .beginArray()
        .beginObject()
        .numberField("value_with_tax", price)
        .endObject()
        .endArray()
        .endObject()
        .endArray()
        .field("marketplace_id", values.marketplaceId(marketplace))
        .endObject()
        .endArray();
    json.name("fulfillment_availability")
        .beginArray()
        .beginObject()
        .field("fulfillment_channel_code", "DEFAULT")
        .field("quantity", quantity)
        .endObject()
        .endArray();
    json.name("bullet_point").beginArray();
    for (int i = values.between(2, 5); i > 0; i--) {
      json.beginObject()
          .field("value", Prose.sentences(values, language, 1))
          .field("language_tag", language.tag)
          .endObject();
    }
    json.endArray();
    json.name("externally_assigned_product_identifier")
        .beginArray()
        .beginObject()
        .field("type", "ean")
        .field("value", values.gtin(13))
        .endObject()
        .endArray();
    json.endObject();

    json.name("issues").beginArray();
    if (values.chance(0.2)) {
      json.beginObject()
          .field("code", Integer.toString(values.between(8000, 99999)))
          .field("message", values.pick(ISSUES))
          .field("severity", values.chance(0.5) ? "ERROR" : "WARNING")
          .name("attributeNames")
          .beginArray()
          .value(values.chance(0.5) ? "size" : "color")
          .endArray()
          .endObject();
    }
    json.endArray();

    json.name("offers")
        .beginArray()
        .beginObject()
        .field("marketplaceId", values.marketplaceId(marketplace))
        .field("offerType", values.chance(0.9) ? "B2C" : "B2B")
        .name("price")
        .beginObject()
        .field("currencyCode", currency(marketplace[1]))
        .field("amount", price)
        .endObject()
        .endObject()
        .endArray();
    json.name("fulfillmentAvailability")
        .beginArray()
        .beginObject()
        .field("fulfillmentChannelCode", "DEFAULT")
        .field("quantity", quantity)
        .endObject()
        .endArray();
    sync(values, json);
    json.endObject();
  }

  private static void localized(
      JsonText json, String name, String value, Language language, String marketplaceId) {
    json.name(name)
        .beginArray()
        .beginObject()
        .field("value", value)
        .field("language_tag", language.tag)
        .field("marketplace_id", marketplaceId)
        .endObject()
        .endArray();
  }

  private static void single(JsonText json, String name, String value) {
    json.name(name).beginArray().beginObject().field("value", value).endObject().endArray();
  }

  private static void dimensions(SyntheticValues values, JsonText json, String name) {
    json.name(name).beginObject();
    for (String side : new String[] {"height", "length", "width"}) {
      json.name(side)
          .beginObject()
          .field("unit", "centimeters")
          .numberField("value", values.decimal(80))
          .endObject();
    }
    json.name("weight")
        .beginObject()
        .field("unit", "kilograms")
        .numberField("value", values.decimal(15))
        .endObject();
    json.endObject();
  }

  private static void sync(SyntheticValues values, JsonText json) {
    json.name("_sync")
        .beginObject()
        .field("revision", values.gitHash())
        .field("syncedAt", values.timestamp())
        .field("syncId", values.uuid())
        .endObject();
  }

  static String currency(String country) {
    return switch (country) {
      case "US" -> "USD";
      case "GB" -> "GBP";
      case "TR" -> "TRY";
      case "CA" -> "CAD";
      case "PL" -> "PLN";
      case "SE" -> "SEK";
      default -> "EUR";
    };
  }
}
