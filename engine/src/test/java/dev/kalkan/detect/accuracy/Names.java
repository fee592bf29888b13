package dev.kalkan.detect.accuracy;

import java.text.Normalizer;
import java.util.List;

/**
 * Word lists for the prose around planted values: names, places, products and shops. None of them
 * is a scored type, so they need no labels.
 */
final class Names {
  private Names() {}

  static List<String> firstNames(Lang lang) {
    return switch (lang) {
      case EN ->
          List.of(
              "James",
              "Mary",
              "Robert",
              "Patricia",
              "John",
              "Jennifer",
              "Michael",
              "Linda",
              "David",
              "Sarah",
              "Thomas",
              "Emma",
              "Oliver",
              "Charlotte",
              "Harry",
              "Amelia");
      case DE ->
          List.of(
              "Lukas",
              "Anna",
              "Jonas",
              "Lea",
              "Felix",
              "Marie",
              "Paul",
              "Sophie",
              "Maximilian",
              "Laura",
              "Jürgen",
              "Jörg",
              "Günther",
              "Käthe");
      case TR ->
          List.of(
              "Ayşe", "Mehmet", "Fatma", "Mustafa", "Emine", "Ahmet", "Zeynep", "Ali", "Elif",
              "Murat", "Çağla", "Gökhan", "Şule", "İbrahim", "Özge", "Barış");
    };
  }

  static List<String> lastNames(Lang lang) {
    return switch (lang) {
      case EN ->
          List.of(
              "Smith",
              "Johnson",
              "Williams",
              "Brown",
              "Jones",
              "Taylor",
              "Wilson",
              "Davies",
              "Evans",
              "Walker",
              "Wright",
              "Thompson");
      case DE ->
          List.of(
              "Müller",
              "Schmidt",
              "Schneider",
              "Fischer",
              "Weber",
              "Meyer",
              "Wagner",
              "Becker",
              "Hoffmann",
              "Schulz",
              "Weiß",
              "Krüger");
      case TR ->
          List.of(
              "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan",
              "Doğan", "Kılıç", "Güneş");
    };
  }

  static List<String> cities(String region) {
    return switch (region) {
      case "US" -> List.of("Seattle", "Austin", "Denver", "Portland", "Columbus", "Raleigh");
      case "GB" -> List.of("London", "Leeds", "Bristol", "Manchester", "Glasgow");
      case "DE" -> List.of("Berlin", "München", "Köln", "Düsseldorf", "Leipzig", "Nürnberg");
      case "TR" -> List.of("İstanbul", "Ankara", "İzmir", "Bursa", "Eskişehir", "Muğla");
      case "FR" -> List.of("Paris", "Lyon", "Nantes", "Toulouse");
      case "IT" -> List.of("Milano", "Roma", "Torino", "Bologna");
      case "ES" -> List.of("Madrid", "Valencia", "Sevilla", "Bilbao");
      case "JP" -> List.of("Tokyo", "Osaka", "Nagoya", "Sapporo");
      default -> List.of("Springfield");
    };
  }

  static List<String> streets(String region) {
    return switch (region) {
      case "US" -> List.of("Pine Street", "Westlake Ave N", "Maple Drive", "Oak Lane");
      case "GB" -> List.of("High Street", "Station Road", "Church Lane", "Victoria Road");
      case "DE" -> List.of("Hauptstraße", "Schillerstraße", "Gartenweg", "Lindenallee");
      case "TR" -> List.of("Atatürk Caddesi", "Bağdat Caddesi", "Çiçek Sokak", "Gül Sokak");
      case "FR" -> List.of("Rue de la Paix", "Avenue Victor Hugo", "Rue Lafayette");
      case "IT" -> List.of("Via Roma", "Corso Italia", "Via Garibaldi");
      case "ES" -> List.of("Calle Mayor", "Gran Vía", "Calle de Alcalá");
      case "JP" -> List.of("Jingumae", "Shibuya", "Umeda");
      default -> List.of("Main Street");
    };
  }

  static final List<String> PRODUCTS =
      List.of(
          "Stainless Steel Water Bottle 750ml",
          "Wireless Earbuds, Bluetooth 5.3",
          "Organic Cotton Bath Towel Set",
          "LED Desk Lamp with USB-C Port",
          "Ceramic Coffee Mug 11oz",
          "Türk Kahvesi Fincan Takımı",
          "Gusseiserne Pfanne 28 cm",
          "Yoga Mat 6mm Non-Slip",
          "Phone Case for iPhone 15 Pro",
          "Kids' Rain Jacket, Size 6-7");

  static final List<String> STORES =
      List.of(
          "BrightGoods",
          "Anatolia Home",
          "Küchenwelt24",
          "NorthPeak Outdoor",
          "Istanbul Bazaar",
          "Gartenfreude",
          "UrbanCraft",
          "PixelCases");

  /** The name without diacritics, for e-mail local parts ({@code Müller} to {@code Muller}). */
  static String asciiFold(String name) {
    String dotless = name.replace('ı', 'i').replace('İ', 'I').replace("ß", "ss");
    return Normalizer.normalize(dotless, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }
}
