package dev.kalkan.bench;

import dev.kalkan.detect.InfoType;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes the values of a synthetic corpus from one random stream: identifiers that are public in
 * marketplace data (ASINs, SKUs, barcodes, prices) and sensitive values that are valid by their own
 * rules (Luhn, ISO 13616 mod 97, T.C. Kimlik and SSN ranges, dialable phone numbers).
 *
 * <p>Every value of a type named in {@code shared/CONTRACTS.md} is counted in {@code planted} as it
 * is made, so callers write each value they take exactly once. Check digits are computed here
 * rather than by the engine's validators so the corpus stays an independent ground truth. Not
 * thread-safe.
 */
final class SyntheticValues {
  private static final char[] DIGITS = "0123456789".toCharArray();
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final char[] UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
  private static final char[] UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();
  private static final char[] LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
  private static final char[] BASE64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
  private static final char[] TOKEN =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
  private static final char[] IMAGE_ID =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-".toCharArray();

  /** Amazon's published marketplace ids, with their country. */
  static final String[][] MARKETPLACES = {
    {"ATVPDKIKX0DER", "US"}, {"A1PA6795UKMFR9", "DE"}, {"A1F83G8C2ARO7P", "GB"},
    {"A33AVAJ2PDY3EV", "TR"}, {"A13V1IB3VIYZZH", "FR"}, {"APJ6JRA9NG5V4", "IT"},
    {"A1RKKUPIHCS9HS", "ES"}, {"A2EUQ1WTGCTBG2", "CA"}, {"A1805IZSGTT6HS", "NL"},
    {"A1C3SOZRARQ6R3", "PL"}, {"A2NODRKZP88ZB9", "SE"}, {"AMEN7PMS3EDWL", "BE"}
  };

  private static final String[] US_AREA_CODES = {
    "201", "202", "206", "212", "213", "303", "305", "312", "404", "415", "503", "512", "602",
    "617", "646", "702", "713", "718", "773", "808", "917", "929"
  };
  private static final String[] FIRST_NAMES = {
    "Emily",
    "James",
    "Olivia",
    "Michael",
    "Sophia",
    "Daniel",
    "Charlotte",
    "Henry",
    "Jürgen",
    "Anna",
    "Lukas",
    "Sabine",
    "Maximilian",
    "Katrin",
    "Ayşe",
    "Mehmet",
    "Zeynep",
    "Emre",
    "Elif",
    "Burak",
    "Şule",
    "Oğuz",
    "Camille",
    "Luca"
  };
  private static final String[] LAST_NAMES = {
    "Johnson",
    "Carter",
    "Hughes",
    "Bennett",
    "Walker",
    "Foster",
    "Müller",
    "Schneider",
    "Fischer",
    "Weber",
    "Hoffmann",
    "Schäfer",
    "Yılmaz",
    "Kaya",
    "Demir",
    "Çelik",
    "Şahin",
    "Öztürk",
    "Aydın",
    "Doğan",
    "Martin",
    "Rossi",
    "Clarke",
    "Evans"
  };
  private static final String[] STREETS_EN = {
    "Maple Avenue",
    "Oak Street",
    "Pine Road",
    "Cedar Lane",
    "Harbor Drive",
    "Elm Court",
    "Station Road",
    "High Street",
    "Mill Lane",
    "Church Road"
  };
  private static final String[] STREETS_DE = {
    "Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Gartenweg", "Lindenallee", "Bergstraße"
  };
  private static final String[] STREETS_TR = {
    "Atatürk Caddesi", "Cumhuriyet Caddesi", "Gül Sokak", "İstiklal Caddesi", "Bağdat Caddesi"
  };
  private static final String[] CITIES_US = {"Seattle", "Austin", "Denver", "Portland", "Boston"};
  private static final String[] CITIES_GB = {"London", "Leeds", "Bristol", "Manchester"};
  private static final String[] CITIES_DE = {"Berlin", "München", "Köln", "Hamburg", "Leipzig"};
  private static final String[] CITIES_TR = {"İstanbul", "Ankara", "İzmir", "Bursa", "Eskişehir"};
  private static final String[] MAIL_DOMAINS = {
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "web.de",
    "gmx.de",
    "hotmail.com",
    "icloud.com",
    "yandex.com.tr",
    "protonmail.com",
    "brightline-outdoor.com",
    "alpenfeld-shop.de"
  };
  private static final String[] RELAY_DOMAINS = {
    "marketplace.amazon.com",
    "marketplace.amazon.de",
    "marketplace.amazon.co.uk",
    "marketplace.amazon.com.tr",
    "marketplace.amazon.fr"
  };

  private final SplittableRandom random;
  private final Map<InfoType, Long> planted;

  /**
   * @param random the stream every value is drawn from
   * @param planted receives one count per sensitive or identifying value made
   */
  SyntheticValues(SplittableRandom random, Map<InfoType, Long> planted) {
    this.random = random;
    this.planted = planted;
  }

  int between(int fromInclusive, int toInclusive) {
    return random.nextInt(fromInclusive, toInclusive + 1);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  <T> T pick(T[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** An exponentially distributed size with the given mean, clamped to the bounds. */
  int size(int min, int mean, int max) {
    double drawn = min - Math.log(1 - random.nextDouble()) * (mean - min);
    return (int) Math.min(max, drawn);
  }

  private String chars(char[] alphabet, int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = alphabet[random.nextInt(alphabet.length)];
    }
    return new String(out);
  }

  String digits(int length) {
    return chars(DIGITS, length);
  }

  String hex(int length) {
    return chars(HEX, length);
  }

  private String counted(InfoType type, String value) {
    planted.merge(type, 1L, Long::sum);
    return value;
  }

  String asin() {
    return counted(InfoType.ASIN, "B0" + chars(UPPER_ALNUM, 8));
  }

  /**
   * A marketplace id and its country, e.g. {@code {"A1PA6795UKMFR9", "DE"}}; not counted until
   * written through {@link #marketplaceId}.
   */
  String[] marketplace() {
    return pick(MARKETPLACES);
  }

  /** The id of the marketplace, counted once per call: call it for every copy written. */
  String marketplaceId(String[] marketplace) {
    return counted(InfoType.AMAZON_MARKETPLACE_ID, marketplace[0]);
  }

  String sku() {
    return switch (random.nextInt(3)) {
      case 0 -> chars(UPPER, 2) + "-" + chars(UPPER, 4) + "-" + chars(UPPER_ALNUM, 4);
      case 1 -> chars(UPPER, 3) + "-" + digits(4) + "-" + pick(new String[] {"BLK", "WHT", "RED"});
      default -> "sku_" + chars(LOWER_ALNUM, 10);
    };
  }

  /** A GTIN (EAN-13 or UPC-A) with its GS1 check digit. */
  String gtin(int length) {
    char[] digits = new char[length];
    digits[0] = (char) ('0' + between(length == 13 ? 4 : 0, 9));
    for (int i = 1; i < length - 1; i++) {
      digits[i] = DIGITS[random.nextInt(10)];
    }
    int sum = 0;
    for (int i = length - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
      sum += (digits[i] - '0') * weight;
    }
    digits[length - 1] = (char) ('0' + (10 - sum % 10) % 10);
    return new String(digits);
  }

  String price() {
    int whole = chance(0.8) ? between(3, 99) : between(100, 1499);
    return whole + "." + pick(new String[] {"99", "95", "49", "00", "90", "89"});
  }

  String decimal(int maxWhole) {
    return random.nextInt(maxWhole + 1) + "." + digits(2);
  }

  String timestamp() {
    return String.format(
        Locale.ROOT,
        "%04d-%02d-%02dT%02d:%02d:%02d%s",
        between(2019, 2025),
        between(1, 12),
        between(1, 28),
        between(0, 23),
        between(0, 59),
        between(0, 59),
        chance(0.5) ? "Z" : "." + digits(3) + "Z");
  }

  String uuid() {
    return hex(8)
        + "-"
        + hex(4)
        + "-4"
        + hex(3)
        + "-"
        + "89ab".charAt(random.nextInt(4))
        + hex(3)
        + "-"
        + hex(12);
  }

  String gitHash() {
    return hex(40);
  }

  String imageUrl() {
    return "https://m.media-amazon.com/images/I/"
        + between(31, 91)
        + chars(IMAGE_ID, 9)
        + "L."
        + (chance(0.4) ? "_AC_SL1500_." : "")
        + "jpg";
  }

  String version() {
    return between(0, 12)
        + "."
        + between(0, 40)
        + "."
        + between(0, 300)
        + (chance(0.3) ? "." + between(0, 2000) : "");
  }

  String personName() {
    return counted(InfoType.PERSON_NAME, pick(FIRST_NAMES) + " " + pick(LAST_NAMES));
  }

  /** A street line in the address style of the country ({@code US}, {@code DE}, {@code TR}...). */
  String streetLine(String country) {
    String line =
        switch (country) {
          case "DE" -> pick(STREETS_DE) + " " + between(1, 180);
          case "TR" -> pick(STREETS_TR) + " No: " + between(1, 120) + " D: " + between(1, 24);
          case "GB" -> between(1, 240) + " " + pick(STREETS_EN);
          default ->
              between(100, 9999)
                  + " "
                  + pick(STREETS_EN)
                  + (chance(0.3) ? " Apt " + between(1, 40) : "");
        };
    return counted(InfoType.STREET_ADDRESS, line);
  }

  /** A city of the country; not a finding on its own. */
  String city(String country) {
    return switch (country) {
      case "DE" -> pick(CITIES_DE);
      case "TR" -> pick(CITIES_TR);
      case "GB" -> pick(CITIES_GB);
      default -> pick(CITIES_US);
    };
  }

  String email() {
    String local =
        switch (random.nextInt(3)) {
          case 0 -> ascii(pick(FIRST_NAMES)) + "." + ascii(pick(LAST_NAMES));
          case 1 -> ascii(pick(FIRST_NAMES)).charAt(0) + ascii(pick(LAST_NAMES)) + between(1, 99);
          default -> chars(LOWER_ALNUM, between(5, 12));
        };
    return counted(InfoType.EMAIL_ADDRESS, local + "@" + pick(MAIL_DOMAINS));
  }

  String buyerRelayEmail() {
    return counted(
        InfoType.AMAZON_BUYER_EMAIL,
        chars(LOWER_ALNUM, between(12, 16)) + "@" + pick(RELAY_DOMAINS));
  }

  /** A dialable number of the country (US, GB, DE or TR) in one of its common written forms. */
  String phone(String country) {
    String phone =
        switch (country) {
          case "GB" -> gbPhone();
          case "DE" -> dePhone();
          case "TR" -> trPhone();
          default -> usPhone();
        };
    return counted(InfoType.PHONE_NUMBER, phone);
  }

  private String usPhone() {
    String area = pick(US_AREA_CODES);
    String exchange;
    do {
      exchange = between(2, 9) + digits(2);
    } while (exchange.equals("555") || exchange.endsWith("11"));
    String line = digits(4);
    return switch (random.nextInt(5)) {
      case 0 -> "+1 " + area + "-" + exchange + "-" + line;
      case 1 -> "+1 (" + area + ") " + exchange + "-" + line;
      case 2 -> "+1" + area + exchange + line;
      case 3 -> "(" + area + ") " + exchange + "-" + line;
      default -> area + "." + exchange + "." + line;
    };
  }

  private String gbPhone() {
    if (chance(0.5)) {
      String rest = pick(new String[] {"3", "7", "8"}) + digits(3) + " " + digits(4);
      return chance(0.7) ? "+44 20 " + rest : "020 " + rest;
    }
    String mobile = "7" + between(1, 3) + digits(2) + " " + digits(6);
    return chance(0.8) ? "+44 " + mobile : "+44" + mobile.replace(" ", "");
  }

  private String dePhone() {
    if (chance(0.5)) {
      String rest = between(2, 9) + digits(7);
      return chance(0.7) ? "+49 30 " + rest : "030 " + rest;
    }
    String mobile = pick(new String[] {"151", "152", "157", "160", "170", "171", "176"});
    String rest =
        switch (mobile) {
          case "170", "171" -> digits(7);
          case "160", "176" -> digits(between(7, 8));
          default -> digits(8);
        };
    return chance(0.8) ? "+49 " + mobile + " " + rest : "0" + mobile + " " + rest;
  }

  private String trPhone() {
    String prefix;
    String first;
    if (chance(0.7)) {
      prefix = pick(new String[] {"532", "533", "535", "542", "544", "505", "506", "555"});
      first = digits(1);
    } else {
      prefix = pick(new String[] {"212", "216", "312", "232"});
      first = Integer.toString(between(2, 8));
    }
    String rest = first + digits(2) + " " + digits(2) + " " + digits(2);
    return switch (random.nextInt(3)) {
      case 0 -> "+90 " + prefix + " " + rest;
      case 1 -> "+90 (" + prefix + ") " + rest;
      default -> "0" + prefix + " " + rest;
    };
  }

  /** A Luhn-valid Visa, Mastercard, American Express or Discover number, sometimes grouped. */
  String cardNumber() {
    String prefix;
    int length = 16;
    switch (random.nextInt(4)) {
      case 0 -> prefix = "4";
      case 1 -> prefix = chance(0.7) ? "5" + between(1, 5) : Integer.toString(between(2221, 2720));
      case 2 -> {
        prefix = chance(0.5) ? "34" : "37";
        length = 15;
      }
      default -> prefix = chance(0.5) ? "6011" : "65";
    }
    char[] digits = new char[length];
    prefix.getChars(0, prefix.length(), digits, 0);
    for (int i = prefix.length(); i < length - 1; i++) {
      digits[i] = DIGITS[random.nextInt(10)];
    }
    digits[length - 1] = (char) ('0' + luhnCheckDigit(digits, length - 1));
    String number = new String(digits);
    String grouped =
        switch (random.nextInt(3)) {
          case 0 -> number;
          case 1 -> group(number, length == 15 ? new int[] {4, 6, 5} : new int[] {4, 4, 4, 4}, ' ');
          default ->
              group(number, length == 15 ? new int[] {4, 6, 5} : new int[] {4, 4, 4, 4}, '-');
        };
    return counted(InfoType.CREDIT_CARD_NUMBER, grouped);
  }

  private static int luhnCheckDigit(char[] payload, int length) {
    int sum = 0;
    boolean doubled = true;
    for (int i = length - 1; i >= 0; i--) {
      int digit = payload[i] - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
  }

  private static String group(String value, int[] sizes, char separator) {
    StringBuilder out = new StringBuilder(value.length() + sizes.length);
    int at = 0;
    for (int size : sizes) {
      if (at > 0) {
        out.append(separator);
      }
      out.append(value, at, at + size);
      at += size;
    }
    return out.toString();
  }

  /** An IBAN of DE, GB, TR, FR, NL or ES with valid check digits, compact or in groups of four. */
  String iban() {
    String country = pick(new String[] {"DE", "GB", "TR", "FR", "NL", "ES"});
    String bban =
        switch (country) {
          case "DE" -> digits(18);
          case "GB" -> chars(UPPER, 4) + digits(14);
          case "TR" -> digits(5) + "0" + digits(16);
          case "FR" -> digits(10) + chars(UPPER_ALNUM, 11) + digits(2);
          case "NL" -> chars(UPPER, 4) + digits(10);
          default -> digits(20);
        };
    int remainder = mod97(bban + country + "00");
    String checkDigits = String.format(Locale.ROOT, "%02d", 98 - remainder);
    String iban = country + checkDigits + bban;
    if (chance(0.3)) {
      StringBuilder grouped = new StringBuilder(iban.length() + iban.length() / 4);
      for (int i = 0; i < iban.length(); i += 4) {
        if (i > 0) {
          grouped.append(' ');
        }
        grouped.append(iban, i, Math.min(iban.length(), i + 4));
      }
      iban = grouped.toString();
    }
    return counted(InfoType.IBAN_CODE, iban);
  }

  private static int mod97(String alphanumeric) {
    int remainder = 0;
    for (int i = 0; i < alphanumeric.length(); i++) {
      int value = Character.digit(alphanumeric.charAt(i), 36);
      remainder = (value < 10 ? remainder * 10 : remainder * 100) + value;
      remainder %= 97;
    }
    return remainder;
  }

  /** A US SSN in an issuable range: area 001-899 but not 666, group 01-99, serial 0001-9999. */
  String ssn() {
    int area;
    do {
      area = between(1, 899);
    } while (area == 666);
    return counted(
        InfoType.US_SOCIAL_SECURITY_NUMBER,
        String.format(Locale.ROOT, "%03d-%02d-%04d", area, between(1, 99), between(1, 9999)));
  }

  /** A T.C. Kimlik No: 11 digits, first non-zero, digits 10 and 11 the official checksums. */
  String turkishNationalId() {
    int[] d = new int[11];
    d[0] = between(1, 9);
    for (int i = 1; i < 9; i++) {
      d[i] = random.nextInt(10);
    }
    int odd = d[0] + d[2] + d[4] + d[6] + d[8];
    int even = d[1] + d[3] + d[5] + d[7];
    d[9] = Math.floorMod(odd * 7 - even, 10);
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += d[i];
    }
    d[10] = sum % 10;
    StringBuilder out = new StringBuilder(11);
    for (int digit : d) {
      out.append(digit);
    }
    return counted(InfoType.TR_NATIONAL_ID, out.toString());
  }

  String ipv4() {
    String address =
        switch (random.nextInt(3)) {
          case 0 -> "10." + between(0, 255) + "." + between(0, 255) + "." + between(1, 254);
          case 1 -> "192.168." + between(0, 255) + "." + between(1, 254);
          default ->
              pick(new String[] {"52", "54", "18", "3", "34", "88", "85", "78", "176"})
                  + "."
                  + between(0, 255)
                  + "."
                  + between(0, 255)
                  + "."
                  + between(1, 254);
        };
    return counted(InfoType.IP_ADDRESS, address);
  }

  String ipv6() {
    String prefix = pick(new String[] {"2a02", "2600", "2a01", "2003", "2405", "2001"});
    String address;
    if (chance(0.6)) {
      address = prefix + ":" + shortHex() + ":" + shortHex() + ":" + shortHex() + "::" + shortHex();
    } else {
      StringBuilder full = new StringBuilder(prefix);
      for (int i = 0; i < 7; i++) {
        full.append(':').append(shortHex());
      }
      address = full.toString();
    }
    return counted(InfoType.IP_ADDRESS, address);
  }

  private String shortHex() {
    return Integer.toHexString(random.nextInt(1, 0x10000));
  }

  /** An Amazon order id, 3-7-7 digits, as Amazon issues them (first group 1xx..4xx, 7xx..9xx). */
  String orderId() {
    String first =
        pick(
            new String[] {
              "111", "112", "113", "114", "171", "202", "203", "302", "402", "404", "405", "406",
              "407", "408", "701", "702", "026", "028", "305", "306"
            });
    return counted(InfoType.AMAZON_ORDER_ID, first + "-" + digits(7) + "-" + digits(7));
  }

  String sellerId() {
    return counted(InfoType.AMAZON_SELLER_ID, "A" + chars(UPPER_ALNUM, between(12, 13)));
  }

  String lwaClientId() {
    return counted(InfoType.LWA_CLIENT_ID, "amzn1.application-oa2-client." + hex(32));
  }

  /** A client secret in the current prefixed form, or a bare 64-hex one (to be put in context). */
  String lwaClientSecret(boolean prefixed) {
    return counted(InfoType.LWA_CLIENT_SECRET, (prefixed ? "amzn1.oa2-cs.v1." : "") + hex(64));
  }

  String lwaRefreshToken() {
    return counted(InfoType.LWA_REFRESH_TOKEN, "Atzr|IwEBI" + chars(TOKEN, between(300, 360)));
  }

  String lwaAccessToken() {
    return counted(InfoType.LWA_ACCESS_TOKEN, "Atza|IwEBI" + chars(TOKEN, between(330, 400)));
  }

  String restrictedDataToken() {
    return counted(
        InfoType.SPAPI_RESTRICTED_DATA_TOKEN, "Atz.sprdt|AYABe" + chars(TOKEN, between(380, 460)));
  }

  String awsAccessKeyId() {
    return counted(
        InfoType.AWS_ACCESS_KEY_ID, (chance(0.85) ? "AKIA" : "ASIA") + chars(BASE32, 16));
  }

  String awsSecretAccessKey() {
    return counted(InfoType.AWS_SECRET_ACCESS_KEY, chars(BASE64, 40));
  }

  String mwsAuthToken() {
    return counted(InfoType.AMAZON_MWS_AUTH_TOKEN, "amzn.mws." + uuidBody());
  }

  private String uuidBody() {
    return hex(8) + "-" + hex(4) + "-" + hex(4) + "-" + hex(4) + "-" + hex(12);
  }

  private static String ascii(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = Character.toLowerCase(name.charAt(i));
      out.append(
          switch (c) {
            case 'ä' -> "ae";
            case 'ö' -> "oe";
            case 'ü' -> "ue";
            case 'ß' -> "ss";
            case 'ş' -> "s";
            case 'ç' -> "c";
            case 'ğ' -> "g";
            case 'ı' -> "i";
            default -> String.valueOf(c);
          });
    }
    return out.toString();
  }
}
