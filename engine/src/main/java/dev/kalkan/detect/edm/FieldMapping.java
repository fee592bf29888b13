package dev.kalkan.detect.edm;

import dev.kalkan.detect.Category;
import dev.kalkan.detect.Classification;
import dev.kalkan.detect.InfoType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides from a column header (CSV) or key (JSON lines) what a field of the records holds. The
 * header is split into lower-case words at punctuation, spaces, digits and camel-case humps ({@code
 * AmazonOrderId} → amazon, order, id; {@code buyer-email} → buyer, email) and the first rule that
 * fits decides:
 *
 * <ol>
 *   <li>a word for a place shared by many people ({@code city town state county province region
 *       district zip postal postcode plz country il ilce sehir ulke stadt land ort}): ignored, as
 *       such values would match far more text than the record's;
 *   <li>{@code email}, {@code mail}, {@code eposta}: {@code EMAIL_ADDRESS};
 *   <li>{@code phone telephone tel mobile cell gsm fax telefon cep handy}: {@code PHONE_NUMBER};
 *   <li>{@code order}, {@code siparis} or {@code bestellung} with {@code id number no nr num}, or
 *       {@code bestellnummer}: {@code AMAZON_ORDER_ID};
 *   <li>first or given name ({@code first_name givenName forename vorname ad adi isim}): the first
 *       part of {@code PERSON_NAME};
 *   <li>last or family name ({@code last_name surname familyName nachname soyad soyadi}): the last
 *       part of {@code PERSON_NAME};
 *   <li>{@code address addr street adres anschrift strasse}: {@code STREET_ADDRESS};
 *   <li>{@code name} ({@code buyer-name}, {@code recipient_name}, {@code adsoyad}, {@code
 *       fullname}) unless a company, product, user, brand, item, shop, seller, bank, account, file
 *       or host name: {@code PERSON_NAME};
 *   <li>anything else: ignored (dates, prices, quantities and SKUs are no evidence of a record).
 * </ol>
 *
 * <p>{@link #withOverride} sets a header's type explicitly; a type other than the five above
 * indexes the column as generic words (see {@link EdmIndexBuilder}), reported as that type, with
 * {@link #EDM_VALUE} for a generic value. Immutable and thread-safe.
 */
public final class FieldMapping {
  /** The infoType of a value from a column mapped to no specific type. */
  public static final InfoType EDM_VALUE =
      new InfoType("EDM_VALUE", Category.PII, Classification.SENSITIVE);

  /** The override target that leaves a column out of the index. */
  public static final String IGNORE = "IGNORE";

  private static final Set<String> PLACE =
      Set.of(
          "city",
          "town",
          "state",
          "county",
          "province",
          "region",
          "district",
          "zip",
          "zipcode",
          "postal",
          "postcode",
          "plz",
          "country",
          "il",
          "ilce",
          "sehir",
          "ulke",
          "stadt",
          "land",
          "ort");
  private static final Set<String> EMAIL = Set.of("email", "mail", "eposta");
  private static final Set<String> PHONE =
      Set.of(
          "phone",
          "telephone",
          "tel",
          "mobile",
          "cell",
          "cellphone",
          "gsm",
          "fax",
          "telefon",
          "cep",
          "handy");
  private static final Set<String> ORDER = Set.of("order", "siparis", "bestellung");
  private static final Set<String> NUMBER =
      Set.of("id", "number", "no", "nr", "num", "numarasi", "numara");
  private static final Set<String> FIRST_NAMES =
      Set.of("firstname", "givenname", "forename", "vorname", "ad", "adi", "isim");
  private static final Set<String> LAST_NAMES =
      Set.of("lastname", "surname", "familyname", "nachname", "soyad", "soyadi", "soyisim");
  private static final Set<String> ADDRESS =
      Set.of("address", "addr", "street", "adres", "adresi", "anschrift", "strasse");
  private static final Set<String> FULL_NAMES =
      Set.of("name", "fullname", "adsoyad", "adisoyadi", "isimsoyisim");
  private static final Set<String> NOT_PEOPLE =
      Set.of(
          "company",
          "product",
          "user",
          "username",
          "brand",
          "item",
          "business",
          "file",
          "host",
          "sku",
          "shop",
          "store",
          "seller",
          "bank",
          "account",
          "domain",
          "firma",
          "urun",
          "title");

  /** A field's kind and the type its matches are reported as. */
  record Target(FieldKind kind, InfoType infoType) {}

  private final Map<String, Target> overrides;

  private FieldMapping(Map<String, Target> overrides) {
    this.overrides = Map.copyOf(overrides);
  }

  /** The mapping by header words alone. */
  public static FieldMapping defaults() {
    return new FieldMapping(Map.of());
  }

  /**
   * Returns a mapping that maps {@code header} (compared ignoring case and surrounding spaces) to
   * {@code target}: an infoType name, or {@value #IGNORE}.
   *
   * @throws IllegalArgumentException when the target is not an infoType name
   */
  public FieldMapping withOverride(String header, String target) {
    Objects.requireNonNull(header, "header");
    String name = target.strip();
    Target t;
    if (name.equals(IGNORE)) {
      t = new Target(FieldKind.IGNORED, null);
    } else {
      InfoType type =
          InfoType.builtIn(name)
              .orElseGet(() -> new InfoType(name, Category.PII, Classification.SENSITIVE));
      t = new Target(kindFor(type), type);
    }
    Map<String, Target> all = new LinkedHashMap<>(overrides);
    all.put(normalizedHeader(header), t);
    return new FieldMapping(all);
  }

  private static FieldKind kindFor(InfoType type) {
    if (type.equals(InfoType.EMAIL_ADDRESS) || type.equals(InfoType.AMAZON_BUYER_EMAIL)) {
      return FieldKind.EMAIL;
    }
    if (type.equals(InfoType.PHONE_NUMBER)) {
      return FieldKind.PHONE;
    }
    if (type.equals(InfoType.PERSON_NAME)) {
      return FieldKind.PERSON_NAME;
    }
    if (type.equals(InfoType.STREET_ADDRESS)) {
      return FieldKind.ADDRESS;
    }
    if (type.equals(InfoType.AMAZON_ORDER_ID)) {
      return FieldKind.ORDER_ID;
    }
    return FieldKind.GENERIC;
  }

  /** What the column with this header holds. */
  Target targetOf(String header) {
    Target t = overrides.get(normalizedHeader(header));
    if (t != null) {
      return t;
    }
    FieldKind kind = guess(header);
    return new Target(kind, kind.defaultInfoType());
  }

  private static String normalizedHeader(String header) {
    return header.strip().toLowerCase(Locale.ROOT);
  }

  static FieldKind guess(String header) {
    List<String> words = headerWords(header);
    String joined = String.join("", words);
    if (words.stream().anyMatch(PLACE::contains)) {
      return FieldKind.IGNORED;
    }
    if (words.stream().anyMatch(EMAIL::contains)
        || joined.contains("email")
        || joined.contains("eposta")) {
      return FieldKind.EMAIL;
    }
    if (words.stream().anyMatch(PHONE::contains) || joined.contains("phone")) {
      return FieldKind.PHONE;
    }
    if ((words.stream().anyMatch(ORDER::contains) && words.stream().anyMatch(NUMBER::contains))
        || joined.contains("orderid")
        || joined.contains("bestellnummer")) {
      return FieldKind.ORDER_ID;
    }
    boolean name = words.contains("name");
    if (FIRST_NAMES.contains(joined)
        || (name && (words.contains("first") || words.contains("given")))) {
      return FieldKind.FIRST_NAME;
    }
    if (LAST_NAMES.contains(joined)
        || words.contains("surname")
        || (name && (words.contains("last") || words.contains("family")))) {
      return FieldKind.LAST_NAME;
    }
    if (words.stream().anyMatch(ADDRESS::contains) || joined.contains("address")) {
      return FieldKind.ADDRESS;
    }
    if ((words.stream().anyMatch(FULL_NAMES::contains) || FULL_NAMES.contains(joined))
        && words.stream().noneMatch(NOT_PEOPLE::contains)) {
      return FieldKind.PERSON_NAME;
    }
    return FieldKind.IGNORED;
  }

  /** Splits a header at non-letters, digits and lower-to-upper humps, and folds each word. */
  static List<String> headerWords(String header) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int previous = 0;
    for (int i = 0; i < header.length(); ) {
      int cp = header.codePointAt(i);
      i += Character.charCount(cp);
      boolean letter = Character.isLetter(cp);
      boolean hump = letter && Character.isUpperCase(cp) && Character.isLowerCase(previous);
      if (!letter || hump) {
        addWord(words, word);
      }
      if (letter) {
        word.appendCodePoint(cp);
      }
      previous = cp;
    }
    addWord(words, word);
    return words;
  }

  private static void addWord(List<String> words, StringBuilder word) {
    if (!word.isEmpty()) {
      for (byte[] folded : Fold.words(word.toString())) {
        words.add(new String(folded, StandardCharsets.UTF_8));
      }
      word.setLength(0);
    }
  }
}
