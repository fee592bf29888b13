package dev.kalkan.bench;

import dev.kalkan.detect.people.PeopleRecognizer;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of {@link PeopleRecognizer#find} over 1 and 4 MiB of customer e-mail text in English, German
 * and Turkish ({@code MAIL}: names, street lines, products and ordinary sentences) and of text
 * where every word is a name, title, street or company word ({@code CAPITALISED}, the worst case
 * for the recognizer). Time for 4 MiB of about four times that for 1 MiB shows linear work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class PeopleBenchmark {
  private static final String[] MAIL = {
    "Dear John Smith, your order 123-4567890-1234567 has shipped.",
    "Ship to: Emma Johnson, 123 Main St Apt 4B, Seattle WA 98101.",
    "The item arrived damaged and the Ceramic Coffee Mug 11oz inside is cracked.",
    "Could you please call me after 6pm? I am usually at home.",
    "Best regards,\nCharlotte Taylor\nMobile: +44 7700 900123",
    "Sehr geehrter Herr Weber, vielen Dank für Ihre Bestellung.",
    "Die Lieferadresse ist Schillerstraße 7, 80331 München.",
    "Der Artikel (Gusseiserne Pfanne 28 cm) kam beschädigt an.",
    "Mit freundlichen Grüßen\nJonas Weber",
    "Sayın Ayşe Yılmaz, siparişiniz kargoya verildi.",
    "Teslimat adresi: Atatürk Cad. No:12 D:5, 06420 Çankaya/Ankara",
    "Ürün açıklamadaki gibi değil, iade etmek istiyorum.",
    "Saygılarımla,\nMehmet Kaya",
    "Apple iPhone 15 Pro Max 256GB Natural Titanium",
    "We ship from London and Manchester on Monday."
  };
  private static final String[] CAPITALISED = {
    "Dear",
    "Mr.",
    "John",
    "Smith",
    "Street",
    "12",
    "Mah.",
    "No:",
    "Sk.",
    "Emma",
    "GmbH",
    "Sayın",
    "Ayşe",
    "YILMAZ",
    "Hauptstraße",
    "Apt",
    "4B,",
    "Berlin",
    "Victoria",
    "Road",
    "Thanks,\n"
  };

  /** The kind of text. */
  @Param({"MAIL", "CAPITALISED"})
  public String input;

  /** The size of the text in MiB. */
  @Param({"1", "4"})
  public int mebibytes;

  private PeopleRecognizer recognizer;
  private String text;

  /** Builds the text and loads the lexicons. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(7);
    String[] bank = input.equals("MAIL") ? MAIL : CAPITALISED;
    StringBuilder out = new StringBuilder(mebibytes << 20);
    while (out.length() < mebibytes << 20) {
      out.append(bank[random.nextInt(bank.length)]).append(random.nextInt(4) == 0 ? "\n" : " ");
    }
    text = out.toString();
    recognizer = PeopleRecognizer.defaults();
  }

  /** Finds names and street lines in the whole text once. */
  @Benchmark
  public int find() {
    return recognizer.find(text).size();
  }
}
