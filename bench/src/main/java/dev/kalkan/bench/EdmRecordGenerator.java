package dev.kalkan.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates synthetic customer records for exact data match: a CSV file shaped like an order
 * report, with the columns {@code amazon-order-id, buyer-name, buyer-email, buyer-phone-number,
 * ship-address-1, ship-city, ship-postal-code}. Names are built from syllables, so a million
 * records have tens of thousands of distinct first and last names, as real customer data does;
 * phones are Turkish, German and US numbers written in several styles.
 *
 * <p>Deterministic: the same count and seed give the same bytes. Command line: {@code
 * EdmRecordGenerator OUTPUT.csv [RECORDS (1000000)] [SEED (42)]}.
 */
public final class EdmRecordGenerator {
  public static final int DEFAULT_RECORDS = 1_000_000;

  static final String HEADER =
      "amazon-order-id,buyer-name,buyer-email,buyer-phone-number,ship-address-1,ship-city,"
          + "ship-postal-code";

  private static final String[] ONSETS = {
    "", "b", "c", "ç", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "ş", "t", "v", "y",
    "z", "br", "st", "kr", "tr", "sch", "j", "w"
  };
  private static final String[] VOWELS = {"a", "e", "i", "ı", "o", "ö", "u", "ü", "ay", "ei"};
  private static final String[] CODAS = {"", "", "n", "r", "l", "m", "s", "k", "t", "nd", "rt"};
  private static final String[] STREET_TYPES = {
    "Caddesi", "Sokak", "Bulvarı", "Straße", "Weg", "Street", "Road", "Avenue", "Lane"
  };
  private static final String[] CITIES = {
    "İstanbul", "Ankara", "İzmir", "Berlin", "München", "Seattle", "Austin", "London"
  };
  private static final String[] DOMAINS = {
    "gmail.com", "outlook.com", "yahoo.com", "web.de", "gmx.de", "hotmail.com", "yandex.com.tr"
  };

  private final SplittableRandom random;

  private EdmRecordGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Writes the header and {@code records} records to {@code out}. */
  public static void write(Writer out, int records, long seed) throws IOException {
    EdmRecordGenerator g = new EdmRecordGenerator(seed);
    out.write(HEADER);
    out.write('\n');
    StringBuilder line = new StringBuilder(256);
    for (int i = 0; i < records; i++) {
      line.setLength(0);
      g.record(line);
      out.append(line).append('\n');
    }
  }

  /** Writes {@code records} records to a new CSV file. */
  public static void write(Path file, int records, long seed) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(out, records, seed);
    }
  }

  private void record(StringBuilder line) {
    line.append(digits(3)).append('-').append(digits(7)).append('-').append(digits(7));
    String first = name(1 + random.nextInt(2), 4_000);
    String last = name(2 + random.nextInt(2), 60_000);
    line.append(',').append(first).append(' ').append(last);
    line.append(',')
        .append(ascii(first))
        .append('.')
        .append(ascii(last))
        .append(random.nextInt(1000))
        .append('@')
        .append(DOMAINS[random.nextInt(DOMAINS.length)]);
    line.append(',').append(phone());
    line.append(",\"")
        .append(name(2, 20_000))
        .append(' ')
        .append(STREET_TYPES[random.nextInt(STREET_TYPES.length)])
        .append(" No ")
        .append(1 + random.nextInt(200))
        .append('"');
    line.append(',').append(CITIES[random.nextInt(CITIES.length)]);
    line.append(',').append(digits(5));
  }

  /**
   * A capitalised name of {@code syllables} syllables drawn from a pool of about {@code distinct}
   * names: the pool index seeds the syllables, so names repeat as they do in real data.
   */
  private String name(int syllables, int distinct) {
    SplittableRandom pick = new SplittableRandom(syllables * 1_000_003L + random.nextInt(distinct));
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      b.append(ONSETS[pick.nextInt(ONSETS.length)])
          .append(VOWELS[pick.nextInt(VOWELS.length)])
          .append(CODAS[pick.nextInt(CODAS.length)]);
    }
    return b.substring(0, 1).toUpperCase(Locale.ROOT) + b.substring(1);
  }

  private static String ascii(String name) {
    return java.text.Normalizer.normalize(
            name.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
        .replace("ı", "i")
        .replace("ş", "s")
        .replaceAll("[^a-z]", "");
  }

  private String phone() {
    String mobile = "5" + (random.nextInt(5) + 30) + digits(7);
    return switch (random.nextInt(5)) {
      case 0 ->
          "+90 "
              + mobile.substring(0, 3)
              + " "
              + mobile.substring(3, 6)
              + " "
              + mobile.substring(6, 8)
              + " "
              + mobile.substring(8);
      case 1 -> "0" + mobile;
      case 2 -> "0" + mobile.substring(0, 3) + "-" + mobile.substring(3);
      case 3 -> "+49 151 " + digits(8);
      default -> "+1 (" + (200 + random.nextInt(700)) + ") 555-" + digits(4);
    };
  }

  private String digits(int n) {
    StringBuilder b = new StringBuilder(n);
    b.append((char) ('1' + random.nextInt(9)));
    for (int i = 1; i < n; i++) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    return b.toString();
  }

  /** Writes a records file: {@code OUTPUT.csv [RECORDS] [SEED]}; exit status 2 on a usage error. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: EdmRecordGenerator OUTPUT.csv [RECORDS (1000000)] [SEED (42)]");
      System.exit(2);
    }
    int records = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_RECORDS;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : CorpusGenerator.DEFAULT_SEED;
    long started = System.nanoTime();
    write(Path.of(args[0]), records, seed);
    System.out.printf(
        Locale.ROOT,
        "wrote %d records to %s in %.1f s%n",
        records,
        args[0],
        (System.nanoTime() - started) / 1e9);
  }
}
