package dev.kalkan.detect.accuracy;

import com.google.i18n.phonenumbers.NumberParseException;
import dev.kalkan.detect.accuracy.SyntheticValues.CardNetwork;
import java.util.List;
import java.util.Locale;

/**
 * Draws planted near misses: values shaped like a scored type that, by that type's definition, are
 * not one. Each is clearly invalid (a wrong check digit, an unissued range, a documentation
 * placeholder) or clearly something else (a tracking number, a timestamp, a hash).
 */
final class Decoys {
  private static final List<String> ENGLISH_MONTHS =
      List.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December");
  private static final List<String> TURKISH_MONTHS =
      List.of(
          "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
          "Ekim", "Kasım", "Aralık");

  private final SyntheticValues v;

  Decoys(SyntheticValues values) {
    this.v = values;
  }

  Fragment of(NearMiss kind) {
    return Fragment.decoy(kind, value(kind));
  }

  private String value(NearMiss kind) {
    return switch (kind) {
      case CARD_LUHN_INVALID ->
          v.cardFailingLuhn(
              v.pick(
                  CardNetwork.VISA, CardNetwork.MASTERCARD, CardNetwork.AMEX, CardNetwork.DISCOVER),
              v.cardLayout());
      case CARD_MASKED ->
          v.pick(
              "**** **** **** " + v.digits(4),
              "XXXX-XXXX-XXXX-" + v.digits(4),
              "************" + v.digits(4),
              "4" + v.digits(5) + "******" + v.digits(4),
              "5" + v.digits(3) + " " + v.digits(2) + "** **** " + v.digits(4));
      case IBAN_BAD_CHECK ->
          v.ibanFailingCheck(v.pick(SyntheticValues.IBAN_COUNTRIES), v.chance(0.6));
      case TC_BAD_CHECK -> v.tcFailingCheck();
      case SSN_UNISSUABLE -> v.ssnUnissuable();
      case EIN ->
          String.format(Locale.ROOT, "%02d-%07d", v.between(10, 98), v.between(0, 9_999_999));
      case VKN -> "1" + v.digits(9);
      case VAT_ID ->
          v.pick(
              "DE" + v.between(1, 9) + v.digits(8),
              "GB" + v.between(1, 9) + v.digits(8),
              "ATU" + v.digits(8));
      case PHONE_INVALID -> invalidPhone();
      case TRACKING_UPS ->
          "1Z"
              + v.chars("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6)
              + "0"
              + v.between(1, 3)
              + v.digits(8);
      case TRACKING_FEDEX -> failingLuhn(v.pick("7", "39", "96"), v.pick(12, 15));
      case TRACKING_USPS -> usps();
      case SKU -> sku();
      case FNSKU -> "X00" + v.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 7);
      case ORDER_ITEM_ID -> failingLuhn(Integer.toString(v.between(1, 9)), 14);
      case SETTLEMENT_ID -> settlementId();
      case ORDER_ID_WRONG_SHAPE ->
          v.chance(0.5)
              ? v.digits(3) + "-" + v.digits(3) + "-" + v.digits(7)
              : v.digits(3) + "-" + v.digits(7) + "-" + v.digits(6);
      case AWS_ACCOUNT_ID -> failingLuhn(Integer.toString(v.between(1, 9)), 12);
      case TIMESTAMP_ISO -> isoTimestamp();
      case EPOCH_SECONDS -> Long.toString(epochSeconds());
      case EPOCH_MILLIS -> Long.toString(epochSeconds() * 1000 + v.between(0, 999));
      case TIMESTAMP_COMPACT ->
          isoTimestamp().substring(0, 19).replaceAll("[-:]", "").replace("T", v.pick("", "T"));
      case DATE -> date();
      case PRICE -> price();
      case POSTAL_CODE -> postalCode(v.pick(SyntheticValues.PHONE_REGIONS));
      case VERSION_AFTER_WORD ->
          v.between(1, 9)
              + "."
              + v.between(0, 30)
              + "."
              + v.between(0, 20)
              + "."
              + v.between(0, 255);
      case UUID -> v.chance(0.2) ? v.uuid().toUpperCase() : v.uuid();
      case GIT_SHA1 -> v.hex(40);
      case SHA256_HEX, SIGV4_SIGNATURE -> v.hex(64);
      case INTEGRITY_HASH -> "sha512-" + v.base64(86) + "==";
      case EAN13 ->
          gs1(
              v.pick("400", "401", "405", "426", "869", "868", "500", "590", "300", "380", "890"),
              13);
      case UPC_A -> gs1(v.pick("0", "1", "6", "7", "8"), 12);
      case MAC_ADDRESS -> mac();
      case SCOPE_OPERATOR -> "::";
      case AWS_EXAMPLE_KEY -> v.chance(0.5) ? exampleAwsKeyId() : exampleAwsSecret();
      case CREDENTIAL_PLACEHOLDER ->
          placeholder(v.pick("REFRESH", "CLIENT_ID", "CLIENT_SECRET", "AKID", "MWS"));
      case SESSION_TOKEN -> "IQoJb3JpZ2luX2VjE" + v.base64(v.between(300, 380)) + "=";
      case NEXT_TOKEN -> v.base64(v.between(80, 160)) + "==";
      case BASE64_DOCUMENT ->
          v.pick("iVBORw0KGgoAAAANSUhEUgAA", "JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PC9UeXBl")
              + v.chars(SyntheticValues.BASE64, v.between(1500, 4000))
              + v.pick("", "=", "==");
      case SELLERAPPS_APP_ID -> "amzn1.sellerapps.app." + v.uuid();
      case PACKAGE_AT_VERSION ->
          v.pick("lodash", "express", "@babel/core", "@aws-sdk/client-sts", "axios", "left-pad")
              + "@"
              + v.pick("^", "~", "")
              + v.between(1, 9)
              + "."
              + v.between(0, 30)
              + "."
              + v.between(0, 20);
      case FILENAME_AT_SCALE ->
          v.pick("logo", "icon", "banner", "hero")
              + "@"
              + v.between(2, 3)
              + "x."
              + v.pick("png", "webp", "jpg");
      case URL_USER_INFO ->
          v.chance(0.5)
              ? "https://"
                  + v.hex(32)
                  + "@o"
                  + v.between(100000, 999999)
                  + ".ingest.sentry.io/"
                  + v.between(1000, 9999)
              : "https://"
                  + v.pick("deploy", "ci-bot", "jenkins")
                  + ":"
                  + v.hex(12)
                  + "@"
                  + v.pick("git.acme-tools.com", "gitlab.example.org", "bitbucket.org")
                  + "/"
                  + v.pick("ops", "sync")
                  + "/"
                  + v.pick("infra", "sp-api-sync")
                  + ".git";
      case SSH_REMOTE ->
          "git@"
              + v.pick("github.com", "gitlab.com", "bitbucket.org", "ssh.dev.azure.com")
              + ":"
              + v.pick("acme", "kalkan-ops", "team")
              + "/"
              + v.pick("sp-api-sync", "orders", "infra")
              + ".git";
      case UPPERCASE_ID ->
          "FBA" + v.between(15, 19) + v.chars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 7);
    };
  }

  /** An access key id from the AWS documentation. */
  String exampleAwsKeyId() {
    return v.pick("AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE", "ASIAIOSFODNN7EXAMPLE");
  }

  /** A secret access key from the AWS documentation. */
  String exampleAwsSecret() {
    return v.pick(
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY");
  }

  /** What sample configurations put where a credential of the slot kind belongs. */
  String placeholder(String credential) {
    return switch (credential) {
      case "REFRESH" ->
          v.pick("<YOUR_REFRESH_TOKEN>", "${LWA_REFRESH_TOKEN}", "Atzr|IwEBI...", "changeme");
      case "ACCESS" -> v.pick("Atza|...", "<ACCESS_TOKEN>");
      case "CLIENT_ID" ->
          v.pick("amzn1.application-oa2-client.<your-client-id>", "${LWA_CLIENT_ID}");
      case "CLIENT_SECRET" ->
          v.pick("amzn1.oa2-cs.v1.xxxxxxxxxxxxxxxx", "your-client-secret", "<LWA_CLIENT_SECRET>");
      case "AKID" -> v.pick("AKIAXXXXXXXXXXXXXXXX", "<AWS_ACCESS_KEY_ID>");
      case "MWS" -> "amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE";
      default -> throw new IllegalArgumentException("no placeholder for " + credential);
    };
  }

  /** A dotted version after the word "version", in one of the ways files write it. */
  List<Fragment> versionAfterWord() {
    String lead =
        v.pick(
            "version ",
            "Version: ",
            "version=",
            "\"version\": \"",
            "app version ",
            "kalkan-sync v");
    String tail = lead.endsWith("\"") ? "\"" : "";
    return List.of(Fragment.plain(lead), of(NearMiss.VERSION_AFTER_WORD), Fragment.plain(tail));
  }

  String isoTimestamp() {
    String base =
        String.format(
            "20%02d-%02d-%02dT%02d:%02d:%02d",
            v.between(19, 25),
            v.between(1, 12),
            v.between(1, 28),
            v.between(0, 23),
            v.between(0, 59),
            v.between(0, 59));
    return switch (v.between(0, 3)) {
      case 0 -> base + "Z";
      case 1 -> base + "." + v.digits(3) + "Z";
      case 2 -> base + "+00:00";
      default -> base + v.pick("+03:00", "+01:00", "+02:00", "-07:00");
    };
  }

  long epochSeconds() {
    return v.between(1_600_000_000, 1_760_000_000);
  }

  String date() {
    return date(v.pick(Lang.values()));
  }

  /** A date as people writing in the language write it. */
  String date(Lang lang) {
    int y = v.between(2019, 2025);
    int m = v.between(1, 12);
    int d = v.between(1, 28);
    return switch (lang) {
      case EN ->
          switch (v.between(0, 2)) {
            case 0 -> String.format(Locale.ROOT, "%d-%02d-%02d", y, m, d);
            case 1 -> String.format(Locale.ROOT, "%02d/%02d/%d", m, d, y);
            default -> d + " " + ENGLISH_MONTHS.get(m - 1) + " " + y;
          };
      case DE -> String.format(Locale.ROOT, "%02d.%02d.%d", d, m, y);
      case TR ->
          v.chance(0.5)
              ? String.format(Locale.ROOT, "%02d.%02d.%d", d, m, y)
              : d + " " + TURKISH_MONTHS.get(m - 1) + " " + y;
    };
  }

  String price() {
    return price(v.pick(SyntheticValues.PHONE_REGIONS));
  }

  /** An amount in the region's currency and notation. */
  String price(String region) {
    int units = v.chance(0.8) ? v.between(1, 299) : v.between(1000, 4999);
    int cents = v.between(0, 99);
    return switch (region) {
      case "US" -> String.format(Locale.ROOT, "$%,d.%02d", units, cents);
      case "GB" -> String.format(Locale.ROOT, "£%d.%02d", units, cents);
      case "TR" -> String.format(Locale.ROOT, "%s,%02d TL", grouped(units, '.'), cents);
      case "JP" -> String.format(Locale.ROOT, "¥%,d", units * 100);
      default ->
          v.chance(0.5)
              ? String.format(Locale.ROOT, "%s,%02d €", grouped(units, '.'), cents)
              : String.format(Locale.ROOT, "€%d,%02d", units, cents);
    };
  }

  private static String grouped(int units, char separator) {
    return units >= 1000
        ? units / 1000 + "" + separator + String.format(Locale.ROOT, "%03d", units % 1000)
        : Integer.toString(units);
  }

  String postalCode(String region) {
    return switch (region) {
      case "US" -> v.chance(0.5) ? v.digits(5) : v.digits(5) + "-" + v.digits(4);
      case "GB" -> v.pick("SW1A 1AA", "EC1A 1BB", "M1 1AE", "LS1 4DY", "BS1 6QH");
      case "JP" -> v.digits(3) + "-" + v.digits(4);
      case "TR" -> String.format(Locale.ROOT, "%02d%03d", v.between(1, 81), v.between(0, 999));
      default -> String.format(Locale.ROOT, "%05d", v.between(1000, 99999));
    };
  }

  private String invalidPhone() {
    while (true) {
      String candidate =
          switch (v.between(0, 3)) {
            case 0 -> "+1 1" + v.digits(2) + "-" + v.digits(3) + "-" + v.digits(4);
            case 1 ->
                "+90 1" + v.digits(2) + " " + v.digits(3) + " " + v.digits(2) + " " + v.digits(2);
            case 2 -> "+49 30 " + v.digits(2);
            default -> "+44 20 " + v.digits(3);
          };
      try {
        if (!SyntheticValues.PHONES.isValidNumber(SyntheticValues.PHONES.parse(candidate, "ZZ"))) {
          return candidate;
        }
      } catch (NumberParseException e) {
        return candidate;
      }
    }
  }

  private String failingLuhn(String prefix, int length) {
    while (true) {
      String s = prefix + v.digits(length - prefix.length());
      if (!Checksums.luhnValid(s)) {
        return s;
      }
    }
  }

  private String gs1(String prefix, int length) {
    while (true) {
      String payload = prefix + v.digits(length - 1 - prefix.length());
      String code = payload + Checksums.gs1CheckDigit(payload);
      if (!Checksums.luhnValid(code)) {
        return code;
      }
    }
  }

  private String usps() {
    String digits = v.pick("9400", "9205", "9261", "9270") + v.digits(v.pick(16, 18));
    if (v.chance(0.6)) {
      return digits;
    }
    StringBuilder spaced = new StringBuilder();
    for (int i = 0; i < digits.length(); i += 4) {
      if (i > 0) {
        spaced.append(' ');
      }
      spaced.append(digits, i, Math.min(digits.length(), i + 4));
    }
    return spaced.toString();
  }

  private String settlementId() {
    while (true) {
      String s = v.between(1, 2) + v.digits(10);
      if (!Checksums.tcValid(s)) {
        return s;
      }
    }
  }

  private String sku() {
    return switch (v.between(0, 3)) {
      case 0 ->
          v.pick("TSHIRT", "MUG", "LAMP", "TOWEL", "CASE", "BOTTLE")
              + "-"
              + v.pick("BLK", "WHT", "RED", "NAVY")
              + "-"
              + v.pick("S", "M", "L", "XL", "11OZ", "750ML");
      case 1 -> "KLK-" + v.digits(4) + "-" + v.chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 2);
      case 2 ->
          v.chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 3) + v.digits(3) + "-" + v.pick("NEW", "REF", "B2B");
      default -> "SKU-" + v.between(2019, 2025) + "-" + v.digits(5);
    };
  }

  private String mac() {
    String separator = v.pick(":", "-");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      if (i > 0) {
        out.append(separator);
      }
      out.append(v.hex(2));
    }
    return out.toString();
  }
}
