package dev.kalkan.bench;

/**
 * Product-listing prose in English, German and Turkish: titles, bullet points and descriptions
 * built from word banks, so that catalog text has the letters, word lengths and punctuation of real
 * listings without any quotation marks or backslashes.
 */
final class Prose {

  /** A language of marketplace text, with the tag SP-API puts on attribute values. */
  enum Language {
    EN("en_US"),
    DE("de_DE"),
    TR("tr_TR");

    final String tag;

    Language(String tag) {
      this.tag = tag;
    }

    static Language of(String country) {
      return switch (country) {
        case "DE" -> DE;
        case "TR" -> TR;
        default -> EN;
      };
    }
  }

  /** A kind of product: its SP-API product type and its name in each language. */
  record Product(String productType, String en, String de, String tr) {
    String name(Language language) {
      return switch (language) {
        case EN -> en;
        case DE -> de;
        case TR -> tr;
      };
    }
  }

  static final Product[] PRODUCTS = {
    new Product("BACKPACK", "Hiking Backpack", "Wanderrucksack", "Yürüyüş Sırt Çantası"),
    new Product("LUGGAGE", "Hardshell Suitcase", "Hartschalenkoffer", "Sert Kabuk Valiz"),
    new Product("COOKWARE", "Cast Iron Frying Pan", "Gusseisenpfanne", "Döküm Tava"),
    new Product("KITCHEN", "Chef Knife", "Kochmesser", "Şef Bıçağı"),
    new Product(
        "HOME_BED_AND_BATH", "Cotton Bath Towel Set", "Baumwoll-Handtuchset", "Pamuk Havlu Seti"),
    new Product("HEADPHONES", "Wireless Earbuds", "Kabellose Ohrhörer", "Kablosuz Kulaklık"),
    new Product(
        "CHARGING_ADAPTER", "USB-C Charger 65W", "USB-C Ladegerät 65W", "USB-C Şarj Cihazı 65W"),
    new Product("TOY_BUILDING_BLOCK", "Building Blocks Set", "Bausteine-Set", "Yapı Blokları Seti"),
    new Product("YOGA_MAT", "Non-Slip Yoga Mat", "Rutschfeste Yogamatte", "Kaymaz Yoga Matı"),
    new Product(
        "PET_SUPPLIES",
        "Reflective Dog Leash",
        "Reflektierende Hundeleine",
        "Reflektörlü Köpek Tasması"),
    new Product(
        "HAIR_CLEANER_CONDITIONER", "Argan Oil Shampoo", "Arganöl-Shampoo", "Argan Yağlı Şampuan"),
    new Product(
        "WATER_BOTTLE", "Insulated Water Bottle", "Isolierte Trinkflasche", "Termos Su Şişesi"),
    new Product("LAMP", "LED Desk Lamp", "LED-Schreibtischlampe", "LED Masa Lambası"),
    new Product("SHOES", "Trail Running Shoes", "Trailrunning-Schuhe", "Arazi Koşu Ayakkabısı")
  };

  static final String[] BRANDS = {
    "Alpenfeld", "Brightline", "Kuzey Atölye", "Tidewell", "Oakridge Supply", "Nordvik", "Mavi Ada",
    "Sonnenhof", "Larkspur", "Ironvale", "Yeşilvadi", "Quillon", "Hafenkraft", "Copperleaf"
  };

  static final String[] COLORS = {"Black", "Navy Blue", "Olive", "Grey", "Sand", "Red", "White"};

  private static final String[] EN_WORDS = {
    "durable",
    "lightweight",
    "water-resistant",
    "design",
    "for",
    "everyday",
    "use",
    "with",
    "padded",
    "straps",
    "and",
    "a",
    "the",
    "comfortable",
    "fit",
    "made",
    "from",
    "recycled",
    "materials",
    "easy",
    "to",
    "clean",
    "includes",
    "storage",
    "pocket",
    "perfect",
    "travel",
    "outdoor",
    "kitchen",
    "home",
    "gift",
    "quality",
    "tested",
    "long-lasting",
    "compact",
    "size",
    "ergonomic",
    "handle",
    "premium",
    "finish",
    "stainless",
    "steel",
    "soft",
    "breathable",
    "warranty",
    "of",
    "years",
    "every",
    "season",
    "reliable",
    "performance"
  };
  private static final String[] DE_WORDS = {
    "langlebig",
    "leicht",
    "wasserabweisend",
    "Design",
    "für",
    "den",
    "täglichen",
    "Gebrauch",
    "mit",
    "gepolsterten",
    "Trägern",
    "und",
    "eine",
    "die",
    "der",
    "bequeme",
    "Passform",
    "aus",
    "recycelten",
    "Materialien",
    "leicht",
    "zu",
    "reinigen",
    "enthält",
    "Aufbewahrung",
    "Tasche",
    "ideal",
    "Reisen",
    "draußen",
    "Küche",
    "Zuhause",
    "Geschenk",
    "Qualität",
    "geprüft",
    "kompakte",
    "Größe",
    "ergonomischer",
    "Griff",
    "hochwertige",
    "Verarbeitung",
    "Edelstahl",
    "weich",
    "atmungsaktiv",
    "Garantie",
    "Jahre",
    "jede",
    "Jahreszeit",
    "zuverlässige",
    "Leistung",
    "Maße",
    "Gewicht",
    "schön"
  };
  private static final String[] TR_WORDS = {
    "dayanıklı",
    "hafif",
    "su",
    "geçirmez",
    "tasarım",
    "günlük",
    "kullanım",
    "için",
    "yastıklı",
    "askılar",
    "ve",
    "bir",
    "rahat",
    "kalıp",
    "geri",
    "dönüştürülmüş",
    "malzemeden",
    "üretilmiştir",
    "kolay",
    "temizlenir",
    "saklama",
    "cebi",
    "içerir",
    "seyahat",
    "açık",
    "hava",
    "mutfak",
    "ev",
    "hediye",
    "kalite",
    "test",
    "edilmiş",
    "uzun",
    "ömürlü",
    "kompakt",
    "boyut",
    "ergonomik",
    "sap",
    "paslanmaz",
    "çelik",
    "yumuşak",
    "nefes",
    "alan",
    "garanti",
    "yıl",
    "her",
    "mevsim",
    "güvenilir",
    "performans",
    "ölçü",
    "ağırlık",
    "şık"
  };

  private Prose() {}

  static String title(SyntheticValues values, String brand, Product product, Language language) {
    return brand
        + " "
        + product.name(language)
        + ", "
        + values.pick(COLORS)
        + (values.chance(0.5)
            ? ", " + values.between(1, 60) + (values.chance(0.5) ? " L" : " cm")
            : "");
  }

  /** One sentence of 6 to 18 words, capitalised and ending with a full stop. */
  static void sentence(SyntheticValues values, Language language, StringBuilder out) {
    String[] words =
        switch (language) {
          case EN -> EN_WORDS;
          case DE -> DE_WORDS;
          case TR -> TR_WORDS;
        };
    int count = values.between(6, 18);
    for (int i = 0; i < count; i++) {
      String word = values.pick(words);
      if (i == 0) {
        out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
      } else {
        out.append(i % 7 == 6 ? ", " : " ").append(word);
      }
    }
    out.append('.');
  }

  static String sentences(SyntheticValues values, Language language, int count) {
    StringBuilder out = new StringBuilder(count * 90);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        out.append(' ');
      }
      sentence(values, language, out);
    }
    return out.toString();
  }
}
