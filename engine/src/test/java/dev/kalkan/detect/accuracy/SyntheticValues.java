package dev.kalkan.detect.accuracy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Random but valid values of every scored type, drawn from one seeded generator so that a corpus is
 * reproducible. Every value satisfies the definition of its type in {@code CONTRACTS.md}: cards
 * pass Luhn in a real IIN range, IBANs pass mod 97 (and the national check where the country has
 * one), phone numbers are valid for their region by libphonenumber, and so on.
 */
final class SyntheticValues {
  static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  /** The regions whose phone numbers the corpus plants. */
  static final List<String> PHONE_REGIONS = List.of("US", "GB", "DE", "TR", "FR", "IT", "ES", "JP");

  /** Amazon's published marketplace ids by country code (UK as GB). */
  static final Map<String, String> MARKETPLACES = marketplaces();

  /** Random strings are redrawn when they contain one of these by chance. */
  private static final Pattern HAZARD =
      Pattern.compile("B0[A-Z0-9]{8}|AKIA|ASIA|Atz|amzn|A[A-Z0-9]{12}|\\d{7}|@|EXAMPLE|::");

  private static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String HEX = "0123456789abcdef";
  private static final String ALNUM =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

  /** The base64 alphabet (RFC 4648 section 4). */
  static final String BASE64 = ALNUM + "+/";

  private static final List<String> ORDER_PREFIXES =
      List.of(
          "111", "112", "113", "114", "171", "202", "203", "204", "205", "206", "249", "250", "302",
          "303", "304", "305", "306", "402", "403", "404", "405", "406", "407", "408", "503", "701",
          "702", "026", "028");

  /** How a phone number is written. */
  enum PhoneStyle {
    INTERNATIONAL,
    NATIONAL,
    E164,
    /** {@code 201-555-0123}: US only. */
    DASHED,
    /** {@code +49 (0)30 123456}: DE and GB only. */
    TRUNK_IN_PARENS
  }

  /** Card networks with their IIN ranges and lengths. */
  enum CardNetwork {
    VISA,
    MASTERCARD,
    AMEX,
    DISCOVER,
    JCB,
    DINERS,
    UNIONPAY,
    TROY
  }

  /** How a card number is grouped. */
  enum CardLayout {
    SPACED,
    DASHED,
    COMPACT
  }

  final RandomGenerator rng;

  SyntheticValues(RandomGenerator rng) {
    this.rng = rng;
  }

  // ---- random primitives

  int between(int low, int highInclusive) {
    return rng.nextInt(low, highInclusive + 1);
  }

  boolean chance(double p) {
    return rng.nextDouble() < p;
  }

  <T> T pick(List<T> items) {
    return items.get(rng.nextInt(items.size()));
  }

  @SafeVarargs
  final <T> T pick(T... items) {
    return items[rng.nextInt(items.length)];
  }

  String digits(int n) {
    return chars("0123456789", n);
  }

  String chars(String alphabet, int n) {
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append(alphabet.charAt(rng.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  String hex(int n) {
    return chars(HEX, n);
  }

  /** Random characters of an alphabet that contain no accidental look-alike of a scored value. */
  String cleanChars(String alphabet, int n) {
    while (true) {
      String s = chars(alphabet, n);
      if (!HAZARD.matcher(s).find()) {
        return s;
      }
    }
  }

  String uuid() {
    return hex(8)
        + "-"
        + hex(4)
        + "-4"
        + hex(3)
        + "-"
        + pick("8", "9", "a", "b")
        + hex(3)
        + "-"
        + hex(12);
  }

  // ---- Amazon

  String orderId() {
    return pick(ORDER_PREFIXES) + "-" + digits(7) + "-" + digits(7);
  }

  String asin() {
    while (true) {
      String tail = chars(UPPER_ALNUM, 8);
      if (tail.matches(".*[A-Z].*") && tail.matches(".*\\d.*")) {
        return "B0" + tail;
      }
    }
  }

  String sellerId() {
    while (true) {
      String id = "A" + chars(UPPER_ALNUM, between(12, 13));
      long digits = id.chars().filter(Character::isDigit).count();
      if (digits >= 2 && digits <= 6 && !MARKETPLACES.containsValue(id)) {
        return id;
      }
    }
  }

  String marketplaceId(String region) {
    return MARKETPLACES.getOrDefault(region, MARKETPLACES.get("US"));
  }

  String anyMarketplaceId() {
    return pick(List.copyOf(MARKETPLACES.values()));
  }

  /** The Amazon domain suffix of a region's marketplace, such as {@code co.uk}. */
  static String amazonTld(String region) {
    return switch (region) {
      case "GB" -> "co.uk";
      case "DE" -> "de";
      case "TR" -> "com.tr";
      case "FR" -> "fr";
      case "IT" -> "it";
      case "ES" -> "es";
      case "JP" -> "co.jp";
      default -> "com";
    };
  }

  String buyerRelayEmail(String region) {
    return chars(LOWER_ALNUM, between(14, 16)) + "@marketplace.amazon." + amazonTld(region);
  }

  // ---- people

  String personalEmail(Lang lang) {
    String first = Names.asciiFold(pick(Names.firstNames(lang))).toLowerCase();
    String last = Names.asciiFold(pick(Names.lastNames(lang))).toLowerCase();
    String local =
        switch (between(0, 5)) {
          case 0 -> first + "." + last;
          case 1 -> first + last;
          case 2 -> first + "_" + last;
          case 3 -> first.charAt(0) + "." + last;
          case 4 -> first + "." + last + between(10, 99);
          default -> first + between(1970, 2005);
        };
    String domain =
        switch (lang) {
          case DE ->
              pick(
                  "web.de",
                  "gmx.de",
                  "gmx.net",
                  "t-online.de",
                  "gmail.com",
                  "freenet.de",
                  "posteo.de");
          case TR ->
              pick(
                  "gmail.com",
                  "hotmail.com",
                  "yandex.com.tr",
                  "outlook.com",
                  "mynet.com",
                  "yahoo.com");
          case EN ->
              pick(
                  "gmail.com",
                  "yahoo.com",
                  "outlook.com",
                  "hotmail.co.uk",
                  "icloud.com",
                  "aol.com",
                  "protonmail.com",
                  "btinternet.com");
        };
    return local + "@" + domain;
  }

  String businessEmail() {
    return pick("support", "info", "orders", "service", "kundenservice", "destek", "billing", "ops")
        + "@"
        + pick(
            "brightgoods.co.uk",
            "anatolia-home.com.tr",
            "kuechenwelt24.de",
            "northpeak-outdoor.com",
            "istanbulbazaar.com.tr",
            "gartenfreude.de",
            "urbancraft.co",
            "pixelcases.com",
            "mail.kalkan-demo.dev");
  }

  // ---- phones

  String phone(String region, PhoneStyle style) {
    PhoneNumber number =
        validNumber(region, chance(0.5) ? PhoneNumberType.MOBILE : PhoneNumberType.FIXED_LINE);
    String nsn = PHONES.getNationalSignificantNumber(number);
    return switch (style) {
      case INTERNATIONAL -> PHONES.format(number, PhoneNumberFormat.INTERNATIONAL);
      case NATIONAL -> PHONES.format(number, PhoneNumberFormat.NATIONAL);
      case E164 -> PHONES.format(number, PhoneNumberFormat.E164);
      case DASHED -> {
        requireRegion(region, style, "US");
        yield nsn.substring(0, 3) + "-" + nsn.substring(3, 6) + "-" + nsn.substring(6);
      }
      case TRUNK_IN_PARENS -> {
        requireRegion(region, style, "DE", "GB");
        String international = PHONES.format(number, PhoneNumberFormat.INTERNATIONAL);
        int space = international.indexOf(' ');
        yield international.substring(0, space) + " (0)" + international.substring(space + 1);
      }
    };
  }

  /** A style suited to a region, weighted towards the formats people and systems write most. */
  PhoneStyle phoneStyle(String region) {
    double r = rng.nextDouble();
    if (r < 0.40) {
      return PhoneStyle.INTERNATIONAL;
    }
    if (r < 0.80) {
      return PhoneStyle.NATIONAL;
    }
    if (r < 0.92) {
      return PhoneStyle.E164;
    }
    return switch (region) {
      case "US" -> PhoneStyle.DASHED;
      case "DE", "GB" -> PhoneStyle.TRUNK_IN_PARENS;
      default -> PhoneStyle.INTERNATIONAL;
    };
  }

  private static void requireRegion(String region, PhoneStyle style, String... allowed) {
    if (!List.of(allowed).contains(region)) {
      throw new IllegalArgumentException(style + " is not a style of " + region);
    }
  }

  private PhoneNumber validNumber(String region, PhoneNumberType type) {
    PhoneNumber example = PHONES.getExampleNumberForType(region, type);
    PhoneNumberType expected = PHONES.getNumberType(example);
    String nsn = PHONES.getNationalSignificantNumber(example);
    int varied = Math.min(6, nsn.length() - 3);
    for (int attempt = 0; attempt < 200; attempt++) {
      String candidate = nsn.substring(0, nsn.length() - varied) + digits(varied);
      try {
        PhoneNumber n = PHONES.parse("+" + example.getCountryCode() + candidate, "ZZ");
        if (PHONES.isValidNumberForRegion(n, region) && PHONES.getNumberType(n) == expected) {
          return n;
        }
      } catch (NumberParseException e) {
        throw new IllegalStateException("cannot parse a varied example of " + region, e);
      }
    }
    throw new IllegalStateException("no valid variation of the " + region + " example number");
  }

  // ---- payment

  String card(CardNetwork network, CardLayout layout) {
    String prefix =
        switch (network) {
          case VISA -> "4";
          case MASTERCARD ->
              chance(0.7) ? "5" + between(1, 5) : Integer.toString(between(2221, 2720));
          case AMEX -> pick("34", "37");
          case DISCOVER -> pick("6011", "65", "64" + between(4, 9));
          case JCB -> Integer.toString(between(3528, 3589));
          case DINERS -> pick("36", "30" + between(0, 5), "38");
          case UNIONPAY -> "62" + between(10, 28);
          case TROY -> "9792";
        };
    int length =
        switch (network) {
          case AMEX -> 15;
          case DINERS -> 14;
          default -> 16;
        };
    String payload = prefix + digits(length - prefix.length() - 1);
    return layout(payload + Checksums.luhnCheckDigit(payload), layout);
  }

  /** A card-shaped number in a real IIN range whose Luhn check digit is wrong. */
  String cardFailingLuhn(CardNetwork network, CardLayout layout) {
    String valid = card(network, CardLayout.COMPACT);
    int last = valid.charAt(valid.length() - 1) - '0';
    String wrong = valid.substring(0, valid.length() - 1) + (last + between(1, 9)) % 10;
    return layout(wrong, layout);
  }

  CardNetwork cardNetwork() {
    double r = rng.nextDouble();
    if (r < 0.35) {
      return CardNetwork.VISA;
    }
    if (r < 0.65) {
      return CardNetwork.MASTERCARD;
    }
    if (r < 0.77) {
      return CardNetwork.AMEX;
    }
    return pick(
        CardNetwork.DISCOVER,
        CardNetwork.JCB,
        CardNetwork.DINERS,
        CardNetwork.UNIONPAY,
        CardNetwork.TROY);
  }

  CardLayout cardLayout() {
    double r = rng.nextDouble();
    return r < 0.5 ? CardLayout.SPACED : r < 0.7 ? CardLayout.DASHED : CardLayout.COMPACT;
  }

  static String layout(String digits, CardLayout layout) {
    if (layout == CardLayout.COMPACT) {
      return digits;
    }
    String separator = layout == CardLayout.SPACED ? " " : "-";
    int[] groups =
        switch (digits.length()) {
          case 15 -> new int[] {4, 6, 5};
          case 14 -> new int[] {4, 6, 4};
          default -> new int[] {4, 4, 4, 4};
        };
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (int g : groups) {
      if (at > 0) {
        out.append(separator);
      }
      out.append(digits, at, at + g);
      at += g;
    }
    return out.toString();
  }

  // ---- IBAN

  /** The countries whose IBANs the corpus plants. */
  static final List<String> IBAN_COUNTRIES =
      List.of("DE", "GB", "TR", "FR", "NL", "AT", "CH", "BE", "ES", "IT");

  String iban(String country, boolean spaced) {
    String bban = bban(country);
    return ibanLayout(country + Checksums.ibanCheckDigits(country, bban) + bban, spaced);
  }

  /** An IBAN of correct length and structure whose mod-97 check digits are wrong. */
  String ibanFailingCheck(String country, boolean spaced) {
    String bban = bban(country);
    int right = Integer.parseInt(Checksums.ibanCheckDigits(country, bban));
    int wrong = (right + between(1, 94)) % 97 + 2;
    String compact = country + (wrong < 10 ? "0" + wrong : Integer.toString(wrong)) + bban;
    return ibanLayout(compact, spaced);
  }

  static String ibanLayout(String compact, boolean spaced) {
    if (!spaced) {
      return compact;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < compact.length(); i += 4) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(compact, i, Math.min(compact.length(), i + 4));
    }
    return out.toString();
  }

  private String bban(String country) {
    return switch (country) {
      case "DE" -> digits(8) + digits(10);
      case "GB" -> pick("NWBK", "BARC", "HBUK", "LOYD", "MIDL") + digits(6) + digits(8);
      case "TR" -> digits(5) + "0" + digits(16);
      case "FR" -> frenchBban();
      case "NL" -> pick("ABNA", "INGB", "RABO", "TRIO", "SNSB") + digits(10);
      case "AT" -> digits(5) + digits(11);
      case "CH" -> digits(5) + digits(12);
      case "BE" -> belgianBban();
      case "ES" -> spanishBban();
      case "IT" -> italianBban();
      default -> throw new IllegalArgumentException("no BBAN layout for " + country);
    };
  }

  private String frenchBban() {
    String bank = digits(5);
    String branch = digits(5);
    String account = digits(11);
    BigInteger sum =
        new BigInteger(bank)
            .multiply(BigInteger.valueOf(89))
            .add(new BigInteger(branch).multiply(BigInteger.valueOf(15)))
            .add(new BigInteger(account).multiply(BigInteger.valueOf(3)));
    int key = 97 - sum.mod(BigInteger.valueOf(97)).intValue();
    return bank + branch + account + (key < 10 ? "0" + key : Integer.toString(key));
  }

  private String belgianBban() {
    String first = digits(10);
    long check = Long.parseLong(first) % 97;
    if (check == 0) {
      check = 97;
    }
    return first + (check < 10 ? "0" + check : Long.toString(check));
  }

  private String spanishBban() {
    String bank = digits(4);
    String branch = digits(4);
    String account = digits(10);
    return bank + branch + spanishControl("00" + bank + branch) + spanishControl(account) + account;
  }

  private static int spanishControl(String ten) {
    int[] weights = {1, 2, 4, 8, 5, 10, 9, 7, 3, 6};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += (ten.charAt(i) - '0') * weights[i];
    }
    int d = 11 - sum % 11;
    return d == 11 ? 0 : d == 10 ? 1 : d;
  }

  private String italianBban() {
    String rest = digits(5) + digits(5) + digits(12);
    return italianCin(rest) + rest;
  }

  /** The Italian CIN letter of ABI + CAB + account (22 characters). */
  static char italianCin(String rest) {
    int[] odd = {
      1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
    };
    int sum = 0;
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      int v = Character.isDigit(c) ? c - '0' : c - 'A';
      sum += i % 2 == 0 ? odd[v] : v;
    }
    return (char) ('A' + sum % 26);
  }

  // ---- national ids

  String ssn() {
    while (true) {
      int area = between(1, 899);
      if (area != 666) {
        return String.format(Locale.ROOT, "%03d-%02d-%04d", area, between(1, 99), between(1, 9999));
      }
    }
  }

  /** An SSN-shaped number outside the issuable ranges. */
  String ssnUnissuable() {
    return switch (between(0, 4)) {
      case 0 ->
          String.format(
              Locale.ROOT, "%03d-%02d-%04d", between(900, 999), between(1, 99), between(1, 9999));
      case 1 -> String.format(Locale.ROOT, "000-%02d-%04d", between(1, 99), between(1, 9999));
      case 2 -> String.format(Locale.ROOT, "666-%02d-%04d", between(1, 99), between(1, 9999));
      case 3 -> String.format(Locale.ROOT, "%03d-00-%04d", between(1, 665), between(1, 9999));
      default -> String.format(Locale.ROOT, "%03d-%02d-0000", between(1, 665), between(1, 99));
    };
  }

  String tcId() {
    return Checksums.tcComplete(between(1, 9) + digits(8));
  }

  /** Eleven digits without a leading zero that fail the T.C. Kimlik No check. */
  String tcFailingCheck() {
    while (true) {
      String s = between(1, 9) + digits(10);
      if (!Checksums.tcValid(s)) {
        return s;
      }
    }
  }

  // ---- network

  String ipv4() {
    return switch (between(0, 5)) {
      case 0 -> "10." + between(0, 255) + "." + between(0, 255) + "." + between(1, 254);
      case 1 -> "192.168." + between(0, 255) + "." + between(1, 254);
      case 2 -> "172." + between(16, 31) + "." + between(0, 255) + "." + between(1, 254);
      default -> {
        int first;
        do {
          first = between(1, 223);
        } while (first == 10 || first == 127 || first == 172 || first == 192 || first == 169);
        yield first + "." + between(0, 255) + "." + between(0, 255) + "." + between(1, 254);
      }
    };
  }

  String ipv6() {
    int[] g = new int[8];
    switch (between(0, 4)) {
      case 0 -> {
        g[0] = 0x2001;
        g[1] = 0x0db8;
      }
      case 1 -> {
        g[0] = 0x2a02;
        g[1] = between(0x100, 0xffff);
      }
      case 2 -> {
        g[0] = 0x2600;
        g[1] = 0x1f18;
      }
      case 3 -> g[0] = 0xfe80;
      default -> {
        g[0] = 0x2a00;
        g[1] = 0x1450;
      }
    }
    int from = g[0] == 0xfe80 ? 4 : 2;
    for (int i = from; i < 8; i++) {
      g[i] = chance(0.15) ? 0 : between(1, 0xffff);
    }
    if (g[0] != 0xfe80 && chance(0.5)) {
      int start = between(2, 5);
      int end = Math.min(8, start + between(2, 4));
      for (int i = start; i < end; i++) {
        g[i] = 0;
      }
    }
    return formatIpv6(g);
  }

  /** RFC 5952 text: lower case, no leading zeros, the longest run of two or more zeros as ::. */
  static String formatIpv6(int[] groups) {
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (groups[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out.append("::");
        i += bestLength - 1;
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
        out.append(':');
      }
      out.append(Integer.toHexString(groups[i]));
    }
    return out.toString();
  }

  // ---- credentials

  String lwaClientId() {
    return "amzn1.application-oa2-client." + hex(32);
  }

  String lwaClientSecret() {
    return "amzn1.oa2-cs.v1." + hex(64);
  }

  String refreshToken() {
    return "Atzr|IwEBI" + tokenBody(between(300, 400));
  }

  String accessToken() {
    return "Atza|IwEBI" + tokenBody(between(280, 360));
  }

  String restrictedDataToken() {
    return "Atz.sprdt|AYABe" + tokenBody(between(300, 420));
  }

  private String tokenBody(int length) {
    String body = cleanChars(ALNUM, length);
    char[] c = body.toCharArray();
    for (int i = 8; i < c.length - 8; i += between(40, 120)) {
      c[i] = pick('-', '_');
    }
    return new String(c);
  }

  String awsAccessKeyId() {
    return pick("AKIA", "AKIA", "AKIA", "ASIA") + cleanChars(BASE32, 16);
  }

  String awsSecretAccessKey() {
    while (true) {
      String s = cleanChars(ALNUM + "/+", 40);
      if (s.matches(".*[a-z].*") && s.matches(".*[A-Z].*") && s.matches(".*\\d.*")) {
        return s;
      }
    }
  }

  String mwsAuthToken() {
    return "amzn.mws." + uuid();
  }

  /** A base64 text of a given length without accidental look-alikes (padding not included). */
  String base64(int length) {
    return cleanChars(BASE64, length);
  }

  private static Map<String, String> marketplaces() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("US", "ATVPDKIKX0DER");
    m.put("CA", "A2EUQ1WTGCTBG2");
    m.put("MX", "A1AM78C64UM0Y8");
    m.put("BR", "A2Q3Y263D00KWC");
    m.put("DE", "A1PA6795UKMFR9");
    m.put("ES", "A1RKKUPIHCS9HS");
    m.put("FR", "A13V1IB3VIYZZH");
    m.put("IT", "APJ6JRA9NG5V4");
    m.put("GB", "A1F83G8C2ARO7P");
    m.put("NL", "A1805IZSGTT6HS");
    m.put("SE", "A2NODRKZP88ZB9");
    m.put("PL", "A1C3SOZRARQ6R3");
    m.put("TR", "A33AVAJ2PDY3EV");
    m.put("SA", "A17E79C6D8DWNP");
    m.put("AE", "A2VIGQ35RCS4UG");
    m.put("EG", "ARBP9OOSHTCHU");
    m.put("IN", "A21TJRUUN4KGV");
    m.put("JP", "A1VC38T7YXB528");
    m.put("AU", "A39IBJ37TRP1C6");
    m.put("SG", "A19VAU5U5O7RUS");
    m.put("BE", "AMEN7PMS3EDWL");
    m.put("IE", "A28R8C7NBKEWEA");
    return Collections.unmodifiableMap(m);
  }
}
