package dev.kalkan.detect.accuracy;

import static dev.kalkan.detect.InfoType.AMAZON_BUYER_EMAIL;
import static dev.kalkan.detect.InfoType.AMAZON_MARKETPLACE_ID;
import static dev.kalkan.detect.InfoType.AMAZON_MWS_AUTH_TOKEN;
import static dev.kalkan.detect.InfoType.AMAZON_ORDER_ID;
import static dev.kalkan.detect.InfoType.AMAZON_SELLER_ID;
import static dev.kalkan.detect.InfoType.ASIN;
import static dev.kalkan.detect.InfoType.AWS_ACCESS_KEY_ID;
import static dev.kalkan.detect.InfoType.AWS_SECRET_ACCESS_KEY;
import static dev.kalkan.detect.InfoType.CREDIT_CARD_NUMBER;
import static dev.kalkan.detect.InfoType.EMAIL_ADDRESS;
import static dev.kalkan.detect.InfoType.IBAN_CODE;
import static dev.kalkan.detect.InfoType.IP_ADDRESS;
import static dev.kalkan.detect.InfoType.LWA_ACCESS_TOKEN;
import static dev.kalkan.detect.InfoType.LWA_CLIENT_ID;
import static dev.kalkan.detect.InfoType.LWA_CLIENT_SECRET;
import static dev.kalkan.detect.InfoType.LWA_REFRESH_TOKEN;
import static dev.kalkan.detect.InfoType.PHONE_NUMBER;
import static dev.kalkan.detect.InfoType.SPAPI_RESTRICTED_DATA_TOKEN;
import static dev.kalkan.detect.InfoType.TR_NATIONAL_ID;
import static dev.kalkan.detect.InfoType.US_SOCIAL_SECURITY_NUMBER;

import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.accuracy.SyntheticValues.PhoneStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One document being written: the random source, the value generators, the builder, and the region
 * and language the document is set in. {@link #fill} expands templates whose {@code {SLOT}}s name a
 * value; within one draft a slot name always stands for the same value, so a template can repeat an
 * order id, and {@code {ORDER2}} names a second one.
 */
final class Draft {
  private static final Pattern SLOT = Pattern.compile("\\{([A-Z_0-9]+)}");
  private static final Set<String> VALUE_KINDS =
      Set.of(
          "ORDER",
          "ASIN",
          "SELLER",
          "MKT",
          "ANYMKT",
          "EMAIL",
          "BIZMAIL",
          "RELAY",
          "PHONE",
          "PHONEINTL",
          "IBAN",
          "CARD",
          "SSN",
          "TC",
          "IP",
          "IPV6",
          "CLIENT_ID",
          "CLIENT_SECRET",
          "BARE_SECRET",
          "REFRESH",
          "ACCESS",
          "RDT",
          "AKID",
          "AWS_SECRET",
          "MWS",
          "TRACKING",
          "POSTCODE",
          "NAME",
          "FIRST",
          "STORE",
          "CITY",
          "STREET",
          "ITEM",
          "QTY",
          "BIC",
          "EMOJI");
  private static final Set<String> KINDS =
      Stream.concat(VALUE_KINDS.stream(), Arrays.stream(NearMiss.values()).map(Enum::name))
          .collect(Collectors.toUnmodifiableSet());

  final SyntheticValues v;
  final Decoys d;
  final DocumentBuilder b = new DocumentBuilder();
  final String region;
  final Lang lang;
  private final Map<String, Fragment> memo = new HashMap<>();

  Draft(RandomGenerator rng, String region) {
    this.v = new SyntheticValues(rng);
    this.d = new Decoys(v);
    this.region = region;
    this.lang = Lang.of(region);
  }

  Draft text(String plain) {
    b.text(plain);
    return this;
  }

  Draft add(Fragment fragment) {
    b.append(fragment);
    return this;
  }

  Draft add(List<Fragment> fragments) {
    b.append(fragments);
    return this;
  }

  /** Appends a template with its slots expanded. */
  Draft fill(String template) {
    Matcher m = SLOT.matcher(template);
    int at = 0;
    while (m.find()) {
      b.text(template.substring(at, m.start()));
      b.append(slot(m.group(1)));
      at = m.end();
    }
    b.text(template.substring(at));
    return this;
  }

  /** Appends one template picked at random. */
  Draft fillAny(String... templates) {
    return fill(v.pick(templates));
  }

  /** The value a slot name stands for in this draft. */
  Fragment slot(String name) {
    Fragment known = memo.get(name);
    if (known == null) {
      known = fresh(KINDS.contains(name) ? name : name.replaceFirst("\\d+$", ""));
      memo.put(name, known);
    }
    return known;
  }

  /** Forgets slot values, so the next use of a slot name draws a new value. */
  Draft forget() {
    memo.clear();
    return this;
  }

  /** A new value for a slot kind, not remembered. */
  Fragment fresh(String kind) {
    return switch (kind) {
      case "ORDER" -> Fragment.value(AMAZON_ORDER_ID, v.orderId());
      case "ASIN" -> Fragment.value(ASIN, v.asin());
      case "SELLER" -> Fragment.value(AMAZON_SELLER_ID, v.sellerId());
      case "MKT" -> Fragment.value(AMAZON_MARKETPLACE_ID, v.marketplaceId(region));
      case "ANYMKT" -> Fragment.value(AMAZON_MARKETPLACE_ID, v.anyMarketplaceId());
      case "EMAIL" -> Fragment.value(EMAIL_ADDRESS, v.personalEmail(lang));
      case "BIZMAIL" -> Fragment.value(EMAIL_ADDRESS, v.businessEmail());
      case "RELAY" -> Fragment.value(AMAZON_BUYER_EMAIL, v.buyerRelayEmail(region));
      case "PHONE" -> Fragment.value(PHONE_NUMBER, v.phone(region, v.phoneStyle(region)));
      case "PHONEINTL" ->
          Fragment.value(
              PHONE_NUMBER,
              v.phone(v.pick(SyntheticValues.PHONE_REGIONS), PhoneStyle.INTERNATIONAL));
      case "IBAN" -> Fragment.value(IBAN_CODE, v.iban(ibanCountry(), v.chance(0.6)));
      case "CARD" -> Fragment.value(CREDIT_CARD_NUMBER, v.card(v.cardNetwork(), v.cardLayout()));
      case "SSN" -> Fragment.value(US_SOCIAL_SECURITY_NUMBER, v.ssn());
      case "TC" -> Fragment.value(TR_NATIONAL_ID, v.tcId());
      case "IP" -> Fragment.value(IP_ADDRESS, v.ipv4());
      case "IPV6" -> Fragment.value(IP_ADDRESS, v.ipv6());
      case "CLIENT_ID" -> Fragment.value(LWA_CLIENT_ID, v.lwaClientId());
      case "CLIENT_SECRET" -> Fragment.value(LWA_CLIENT_SECRET, v.lwaClientSecret());
      case "BARE_SECRET" -> Fragment.value(LWA_CLIENT_SECRET, v.hex(64));
      case "REFRESH" -> Fragment.value(LWA_REFRESH_TOKEN, v.refreshToken());
      case "REFRESH_URLENCODED" ->
          Fragment.value(LWA_REFRESH_TOKEN, v.refreshToken().replace("|", "%7C"));
      case "ACCESS" -> Fragment.value(LWA_ACCESS_TOKEN, v.accessToken());
      case "RDT" -> Fragment.value(SPAPI_RESTRICTED_DATA_TOKEN, v.restrictedDataToken());
      case "AKID" -> Fragment.value(AWS_ACCESS_KEY_ID, v.awsAccessKeyId());
      case "AWS_SECRET" -> Fragment.value(AWS_SECRET_ACCESS_KEY, v.awsSecretAccessKey());
      case "MWS" -> Fragment.value(AMAZON_MWS_AUTH_TOKEN, v.mwsAuthToken());
      case "TRACKING" ->
          d.of(v.pick(NearMiss.TRACKING_UPS, NearMiss.TRACKING_FEDEX, NearMiss.TRACKING_USPS));
      case "POSTCODE" -> Fragment.decoy(NearMiss.POSTAL_CODE, d.postalCode(region));
      case "DATE" -> Fragment.decoy(NearMiss.DATE, d.date(lang));
      case "EXAMPLE_KEY_ID" -> Fragment.decoy(NearMiss.AWS_EXAMPLE_KEY, d.exampleAwsKeyId());
      case "EXAMPLE_SECRET" -> Fragment.decoy(NearMiss.AWS_EXAMPLE_KEY, d.exampleAwsSecret());
      case "PLACEHOLDER_REFRESH",
          "PLACEHOLDER_CLIENT_ID",
          "PLACEHOLDER_CLIENT_SECRET",
          "PLACEHOLDER_AKID",
          "PLACEHOLDER_MWS" ->
          Fragment.decoy(
              NearMiss.CREDENTIAL_PLACEHOLDER,
              d.placeholder(kind.substring("PLACEHOLDER_".length())));
      case "PRICE" -> Fragment.decoy(NearMiss.PRICE, d.price(region));
      case "NAME" -> Fragment.value(InfoType.PERSON_NAME, name());
      case "FIRST" -> Fragment.value(InfoType.PERSON_NAME, v.pick(Names.firstNames(lang)));
      case "STORE" -> Fragment.plain(v.pick(Names.STORES));
      case "CITY" -> Fragment.plain(v.pick(Names.cities(region)));
      case "STREET" ->
          Fragment.value(
              InfoType.STREET_ADDRESS, v.pick(Names.streets(region)) + " " + v.between(1, 180));
      case "ITEM" -> Fragment.plain(v.pick(Names.PRODUCTS));
      case "QTY" -> Fragment.plain(Integer.toString(v.between(1, 4)));
      case "BIC" ->
          Fragment.plain(
              v.pick("DEUTDEFFXXX", "COBADEFFXXX", "TGBATRISXXX", "ISBKTRIS", "NWBKGB2L"));
      case "EMOJI" -> Fragment.plain(v.pick("🙏", "😊", "📦", "😡", "👍"));
      default -> {
        if (!KINDS.contains(kind)) {
          throw new IllegalArgumentException("no slot kind " + kind);
        }
        yield d.of(NearMiss.valueOf(kind));
      }
    };
  }

  String name() {
    return v.pick(Names.firstNames(lang)) + " " + v.pick(Names.lastNames(lang));
  }

  private String ibanCountry() {
    return SyntheticValues.IBAN_COUNTRIES.contains(region)
        ? region
        : v.pick(SyntheticValues.IBAN_COUNTRIES);
  }
}
