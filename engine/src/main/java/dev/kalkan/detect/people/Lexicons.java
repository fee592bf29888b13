package dev.kalkan.detect.people;

/**
 * The word lists the recognizer reads, loaded once from the resources next to this class; {@code
 * docs/PEOPLE.md} describes each file and how to extend it. Given names and surnames are the union
 * of the English, German and Turkish files; {@code companyWords} holds the legal forms of {@code
 * companyForms} too. Immutable and thread-safe.
 */
record Lexicons(
    Lexicon givenNames,
    Lexicon surnames,
    Lexicon titles,
    Lexicon honorificsAfter,
    Lexicon particles,
    Lexicon nameContext,
    Lexicon signoffs,
    Lexicon streetSuffixes,
    Lexicon weakStreetSuffixes,
    Lexicon streetPrefixes,
    Lexicon weakStreetPrefixes,
    Lexicon compoundEndings,
    Lexicon areaWords,
    Lexicon units,
    Lexicon numberMarkers,
    Lexicon poBoxes,
    Lexicon addressContext,
    Lexicon companyForms,
    Lexicon companyWords,
    Lexicon products,
    Lexicon brands,
    Lexicon places,
    Lexicon placeHeads,
    Lexicon facilityWords,
    Lexicon calendar,
    Lexicon commonWords,
    Lexicon placeholders) {

  private static final class Holder {
    static final Lexicons BUILT_IN = load();
  }

  /** The lexicons shipped in the jar, read on first use. */
  static Lexicons builtIn() {
    return Holder.BUILT_IN;
  }

  private static Lexicons load() {
    Lexicon forms = Lexicon.load("company-forms.txt");
    return new Lexicons(
        Lexicon.union(
            "given names",
            Lexicon.load("given-names-en.txt"),
            Lexicon.load("given-names-de.txt"),
            Lexicon.load("given-names-tr.txt")),
        Lexicon.union(
            "surnames",
            Lexicon.load("surnames-en.txt"),
            Lexicon.load("surnames-de.txt"),
            Lexicon.load("surnames-tr.txt")),
        Lexicon.load("titles.txt"),
        Lexicon.load("honorifics-after.txt"),
        Lexicon.load("name-particles.txt"),
        Lexicon.load("name-context.txt"),
        Lexicon.load("signoffs.txt"),
        Lexicon.load("street-suffixes.txt"),
        Lexicon.load("street-suffixes-weak.txt"),
        Lexicon.load("street-prefixes.txt"),
        Lexicon.load("street-prefixes-weak.txt"),
        Lexicon.load("street-compound-endings.txt"),
        Lexicon.load("area-words.txt"),
        Lexicon.load("unit-designators.txt"),
        Lexicon.load("number-markers.txt"),
        Lexicon.load("po-boxes.txt"),
        Lexicon.load("address-context.txt"),
        forms,
        Lexicon.union("company words", forms, Lexicon.load("company-words.txt")),
        Lexicon.load("products.txt"),
        Lexicon.load("brands.txt"),
        Lexicon.load("places.txt"),
        Lexicon.load("place-heads.txt"),
        Lexicon.load("facility-words.txt"),
        Lexicon.load("calendar.txt"),
        Lexicon.load("common-words.txt"),
        Lexicon.load("placeholders.txt"));
  }

  /** True when the word key is a given name (a hyphenated name counts by its first part). */
  boolean isGivenName(String key) {
    return lookup(givenNames, key, true);
  }

  /** True when the word key is a surname (a double name counts by any part). */
  boolean isSurname(String key) {
    return lookup(surnames, key, false) || isPatronymic(key);
  }

  /**
   * True when the last word of the key ends in the Turkish patronymic {@code -oğlu} (folded {@code
   * oglu}) after at least two letters: {@code Eroğlu}, {@code Ateşoğlu}, {@code Karaosmanoğlu}.
   */
  private static boolean isPatronymic(String key) {
    String last = key.substring(key.lastIndexOf(' ') + 1);
    return last.length() >= 6 && last.endsWith("oglu");
  }

  private static boolean lookup(Lexicon lexicon, String key, boolean firstPartOnly) {
    if (key == null || key.isEmpty()) {
      return false;
    }
    if (lexicon.contains(key)) {
      return true;
    }
    int space = key.indexOf(' ');
    if (space < 0) {
      return false;
    }
    if (lexicon.contains(key.replace(" ", ""))) {
      return true;
    }
    if (lexicon.contains(key.substring(0, space))) {
      return true;
    }
    return !firstPartOnly && lexicon.contains(key.substring(key.lastIndexOf(' ') + 1));
  }

  /** True when the word key is an ordinary word, a month or weekday, or a place. */
  boolean isOrdinaryWord(String key) {
    return commonWords.contains(key) || calendar.contains(key) || places.contains(key);
  }

  /**
   * True when the word key is a compound that ends in a product word of five or more letters
   * ({@code Kochmesser}, {@code Gusseisenpfanne}, {@code Trailrunning-Schuhe}), or a Turkish
   * possessive of a product word ({@code Çantası}, {@code Matı}). Scans the product list: call it
   * only for candidate name words.
   */
  boolean isProductCompound(String key) {
    String last = key.substring(key.lastIndexOf(' ') + 1);
    if (products.contains(last)) {
      return true;
    }
    for (String suffix : TURKISH_POSSESSIVES) {
      if (last.length() > suffix.length() + 2
          && last.endsWith(suffix)
          && products.contains(last.substring(0, last.length() - suffix.length()))) {
        return true;
      }
    }
    for (String product : products.keys()) {
      if (product.length() >= 5
          && last.length() >= product.length() + 3
          && last.endsWith(product)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] TURKISH_POSSESSIVES = {"si", "su", "i", "u"};

  /** True when the word key marks a product, a brand or a company. */
  boolean isGoodsOrCompany(String key) {
    return products.contains(key) || brands.contains(key) || companyWords.contains(key);
  }
}
