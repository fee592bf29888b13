package dev.kalkan.deid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Test inputs: the shared SP-API examples and generated flat-file order reports. */
final class Fixtures {
  /** Every type that {@code tokenize} handles and the examples hold. */
  static final List<String> TOKENIZED =
      List.of(
          "AMAZON_ORDER_ID",
          "EMAIL_ADDRESS",
          "AMAZON_BUYER_EMAIL",
          "PHONE_NUMBER",
          "CREDIT_CARD_NUMBER",
          "IBAN_CODE",
          "US_SOCIAL_SECURITY_NUMBER",
          "TR_NATIONAL_ID",
          "IP_ADDRESS",
          "AMAZON_SELLER_ID");

  static final String FLAT_FILE_HEADER =
      "amazon-order-id\tmerchant-order-id\tpurchase-date\tbuyer-email\tbuyer-name"
          + "\tbuyer-phone-number\tsku\tasin\tproduct-name\tquantity-purchased\tcurrency"
          + "\titem-price\tship-address-1\tship-city\tship-postal-code\tship-country\n";

  private static final String[] FIRST = {"Jane", "Ali", "Zeynep", "Hans", "Marie", "Oliver"};
  private static final String[] LAST = {"Doe", "Yilmaz", "Kaya", "Mueller", "Dubois", "Smith"};
  private static final String[] DOMAINS = {"gmail.com", "example.com.tr", "web.de", "mail.co.uk"};

  private Fixtures() {}

  /**
   * Every tokenizable type tokenized, names and street lines kept: they cannot be tokenized (see
   * {@code Tokenizer}), so a byte-exact round trip needs them left as they are.
   */
  static DeidPolicy allTokenized() {
    DeidPolicy p =
        DeidPolicy.defaults()
            .with("PERSON_NAME", Transform.keep())
            .with("STREET_ADDRESS", Transform.keep());
    for (String t : TOKENIZED) {
      p = p.with(t, Transform.tokenize());
    }
    return p;
  }

  /** The SP-API example payloads with personal or order data (testdata/spapi-examples). */
  static List<Path> spApiExamples() {
    Path dir = null;
    for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        p != null && dir == null;
        p = p.getParent()) {
      Path candidate = p.resolve("testdata/spapi-examples");
      dir = Files.isRegularFile(candidate.resolve("index.tsv")) ? candidate : null;
    }
    assertThat(dir).as("testdata/spapi-examples above the working directory").isNotNull();
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> json = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      assertThat(json).hasSizeGreaterThan(100);
      return json;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A tab-separated order report like Amazon's flat files, {@code rows} lines after the header. */
  static String flatFileReport(long seed, int rows) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder(FLAT_FILE_HEADER);
    for (int i = 0; i < rows; i++) {
      String first = FIRST[r.nextInt(FIRST.length)];
      String last = LAST[r.nextInt(LAST.length)];
      String email =
          r.nextInt(3) == 0
              ? random(r, "abcdefghijklmnopqrstuvwxyz0123456789", 15) + "@marketplace.amazon.com"
              : first.toLowerCase()
                  + "."
                  + last.toLowerCase()
                  + r.nextInt(100)
                  + "@"
                  + DOMAINS[r.nextInt(DOMAINS.length)];
      String phone =
          switch (r.nextInt(3)) {
            case 0 ->
                "+90 5"
                    + (30 + r.nextInt(10))
                    + " "
                    + digits(r, 3)
                    + " "
                    + digits(r, 2)
                    + " "
                    + digits(r, 2);
            case 1 -> "+44 20 7946 0" + digits(r, 3);
            default -> "+49 30 " + (1000000 + r.nextInt(8999999));
          };
      b.append(String.format("%03d-%s-%s", 111 + r.nextInt(300), digits(r, 7), digits(r, 7)))
          .append('\t')
          .append("MO-")
          .append(digits(r, 6))
          .append('\t')
          .append("2026-0")
          .append(1 + r.nextInt(9))
          .append("-1")
          .append(r.nextInt(10))
          .append("T10:2")
          .append(r.nextInt(10))
          .append(":00+00:00")
          .append('\t')
          .append(email)
          .append('\t')
          .append(first)
          .append(' ')
          .append(last)
          .append('\t')
          .append(phone)
          .append('\t')
          .append("SKU-")
          .append(digits(r, 4))
          .append('\t')
          .append("B0")
          .append(random(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8))
          .append('\t')
          .append("Organic cotton towel, ")
          .append(1 + r.nextInt(4))
          .append(" pack")
          .append('\t')
          .append(1 + r.nextInt(3))
          .append('\t')
          .append("EUR")
          .append('\t')
          .append(5 + r.nextInt(90))
          .append('.')
          .append(digits(r, 2))
          .append('\t')
          .append(digits(r, 2))
          .append(" Bahnhofstrasse")
          .append('\t')
          .append("Berlin")
          .append('\t')
          .append(digits(r, 5))
          .append('\t')
          .append("DE")
          .append('\n');
    }
    return b.toString();
  }

  private static String digits(Random r, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append((char) ('0' + r.nextInt(10)));
    }
    return s.toString();
  }

  private static String random(Random r, String alphabet, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return s.toString();
  }
}
