package dev.kalkan.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScannerTest {
  private final Scanner scanner = Scanner.withDefaults();

  /** Each row: text, the infoType expected, the exact value expected (a substring of text). */
  @ParameterizedTest(name = "{1} in ''{0}''")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "mail john.doe@gmail.com today => EMAIL_ADDRESS => john.doe@gmail.com",
        "<a href=\"mailto:Ayse.Yilmaz+tr@firma.com.tr\"> => EMAIL_ADDRESS => Ayse.Yilmaz+tr@firma.com.tr",
        "orders: ops@acme.example: Müller asked => EMAIL_ADDRESS => ops@acme.example",
        "see https://acme.example/u/jane.doe@acme.example => EMAIL_ADDRESS => jane.doe@acme.example",
        "BuyerEmail: 5kdr0sbm2q8xj9c@marketplace.amazon.com => AMAZON_BUYER_EMAIL => 5kdr0sbm2q8xj9c@marketplace.amazon.com",
        "relay abc123@marketplace.amazon.com.tr. => AMAZON_BUYER_EMAIL => abc123@marketplace.amazon.com.tr",
        "Card: 4111 1111 1111 1111 exp 12/27 => CREDIT_CARD_NUMBER => 4111 1111 1111 1111",
        "visa 4556-7375-8689-9855 => CREDIT_CARD_NUMBER => 4556-7375-8689-9855",
        "amex 3782 822463 10005 => CREDIT_CARD_NUMBER => 3782 822463 10005",
        "kredi kartı 5400360000000003 => CREDIT_CARD_NUMBER => 5400360000000003",
        "IBAN: DE89 3704 0044 0532 0130 00 => IBAN_CODE => DE89 3704 0044 0532 0130 00",
        "hesap TR330006100519786457841326 => IBAN_CODE => TR330006100519786457841326",
        "GB82WEST12345698765432 => IBAN_CODE => GB82WEST12345698765432",
        "SSN 536-22-1234 => US_SOCIAL_SECURITY_NUMBER => 536-22-1234",
        "ssn: 536221234 => US_SOCIAL_SECURITY_NUMBER => 536221234",
        "T.C. Kimlik No: 10000000146 => TR_NATIONAL_ID => 10000000146",
        "from 203.0.113.42 port 22 => IP_ADDRESS => 203.0.113.42",
        "`{\"version\": \"1.0\", \"node\": {\"address\": \"10.1.2.3\"}}` => IP_ADDRESS => 10.1.2.3",
        "client=2001:db8:85a3::8a2e:370:7334 => IP_ADDRESS => 2001:db8:85a3::8a2e:370:7334",
        "listen [::1]:8080 => IP_ADDRESS => ::1",
        "Order 113-1234567-1234567 shipped => AMAZON_ORDER_ID => 113-1234567-1234567",
        "`{\"AmazonOrderId\":\"902-3159896-1390916\"}` => AMAZON_ORDER_ID => 902-3159896-1390916",
        "`\"sellerId\": \"A3DJR8M9Y3OUPG\"` => AMAZON_SELLER_ID => A3DJR8M9Y3OUPG",
        "MarketplaceId=A1PA6795UKMFR9 => AMAZON_MARKETPLACE_ID => A1PA6795UKMFR9",
        "asin B07XJ8C8F5 => ASIN => B07XJ8C8F5",
        "Tel: +1 (206) 555-0100 => PHONE_NUMBER => +1 (206) 555-0100",
        "call +44 20 7946 0958 => PHONE_NUMBER => +44 20 7946 0958",
        "Kontakt: jürgen.müller@bücher-online.de => EMAIL_ADDRESS => jürgen.müller@bücher-online.de",
        "e-posta: ayşe.yılmaz@şirket.com.tr => EMAIL_ADDRESS => ayşe.yılmaz@şirket.com.tr",
        "mail O'Brien.Sean@company.ie please => EMAIL_ADDRESS => O'Brien.Sean@company.ie",
        "portable : 06.12.34.56.78 => PHONE_NUMBER => 06.12.34.56.78",
        "Tel: 00905321234567 => PHONE_NUMBER => 00905321234567",
        "cep: +90 532 123 45 67 => PHONE_NUMBER => +90 532 123 45 67",
        "Tel.: +49 (0)30 12345678 => PHONE_NUMBER => +49 (0)30 12345678",
        "call +44 (0)20 7946 0958 today => PHONE_NUMBER => +44 (0)20 7946 0958",
        "Tel. 030 / 901820 (Zentrale) => PHONE_NUMBER => 030 / 901820",
        "Tel: +44(0)113 496 0123 => PHONE_NUMBER => +44(0)113 496 0123",
        "Tel: +44(0)1134960123 => PHONE_NUMBER => +44(0)1134960123",
        "Telefon +49(0)30 12345678 => PHONE_NUMBER => +49(0)30 12345678",
        "Telefon: 030 12345678 => PHONE_NUMBER => 030 12345678",
        "Tel. 030/12345678 => PHONE_NUMBER => 030/12345678",
        "Telefon 0212 555 12 34 => PHONE_NUMBER => 0212 555 12 34",
        "phone (212) 555-1234 => PHONE_NUMBER => (212) 555-1234",
        "tél. +33 1 42 68 53 00 => PHONE_NUMBER => +33 1 42 68 53 00",
        "電話 03-1234-5678 => PHONE_NUMBER => 03-1234-5678",
        "client_id=amzn1.application-oa2-client.0123456789abcdef0123456789abcdef => LWA_CLIENT_ID => amzn1.application-oa2-client.0123456789abcdef0123456789abcdef",
        "amzn1.oa2-cs.v1.5f1c2e3d4b5a69788796a5b4c3d2e1f05f1c2e3d4b5a69788796a5b4c3d2e1f0 => LWA_CLIENT_SECRET => amzn1.oa2-cs.v1.5f1c2e3d4b5a69788796a5b4c3d2e1f05f1c2e3d4b5a69788796a5b4c3d2e1f0",
        "client_secret: 5f1c2e3d4b5a69788796a5b4c3d2e1f05f1c2e3d4b5a69788796a5b4c3d2e1f0 => LWA_CLIENT_SECRET => 5f1c2e3d4b5a69788796a5b4c3d2e1f05f1c2e3d4b5a69788796a5b4c3d2e1f0",
        "refresh_token=Atzr|IwEBIA3jPq0wHg0sYk2NcDd9xKc8d0NfAbCdEfGhIjKlMnOpQrStUvWxYz0123 => LWA_REFRESH_TOKEN => Atzr|IwEBIA3jPq0wHg0sYk2NcDd9xKc8d0NfAbCdEfGhIjKlMnOpQrStUvWxYz0123",
        "Authorization: Atza|IwEBIKx0q9Lm3Np5Rs7Tv9Wx1Yz3Ab5Cd7Ef9Gh1Ij3Kl5Mn7Op9Qr => LWA_ACCESS_TOKEN => Atza|IwEBIKx0q9Lm3Np5Rs7Tv9Wx1Yz3Ab5Cd7Ef9Gh1Ij3Kl5Mn7Op9Qr",
        "x-amz-access-token: Atz.sprdt|IwEBIPq7Rs9Tv1Wx3Yz5Ab7Cd9Ef1Gh3Ij5Kl7Mn9Op1Qr3 => SPAPI_RESTRICTED_DATA_TOKEN => Atz.sprdt|IwEBIPq7Rs9Tv1Wx3Yz5Ab7Cd9Ef1Gh3Ij5Kl7Mn9Op1Qr3",
        "aws_access_key_id = AKIA2E0A8F3B244C9986 => AWS_ACCESS_KEY_ID => AKIA2E0A8F3B244C9986",
        "aws_secret_access_key=Zx9Qk2Lm4Np6Rs8Tv0Wx2Yz4Ab6Cd8Ef0Gh2Ij4K => AWS_SECRET_ACCESS_KEY => Zx9Qk2Lm4Np6Rs8Tv0Wx2Yz4Ab6Cd8Ef0Gh2Ij4K",
        "token amzn.mws.4ea38b7b-f563-7709-4bae-87aea0b2c3d4 => AMAZON_MWS_AUTH_TOKEN => amzn.mws.4ea38b7b-f563-7709-4bae-87aea0b2c3d4",
      })
  void scanWhenValuePresentThenFindsItWithExactSpan(String text, String type, String value) {
    List<Finding> found = scanner.scan(text);
    int start = text.indexOf(value);
    assertThat(found)
        .as("findings in %s", text)
        .anySatisfy(
            f -> {
              assertThat(f.infoType().name()).isEqualTo(type);
              assertThat(f.start()).isEqualTo(text.codePointCount(0, start));
              assertThat(f.end()).isEqualTo(text.codePointCount(0, start + value.length()));
              assertThat(f.value(PlaintextAccess.explicitlyRequested())).isEqualTo(value);
            });
  }

  /** Near misses: each text must produce no finding at the default minimum likelihood. */
  @ParameterizedTest(name = "nothing in ''{0}''")
  @ValueSource(
      strings = {
        "card 4111 1111 1111 1112", // Luhn fails
        "IBAN DE89 3704 0044 0532 0130 01", // mod 97 fails
        "SSN 666-12-3456 and 000-12-3456 and 123-00-4567 and 912-34-5678", // not issuable
        "TC 10000000147", // check digit fails
        "shipped 2024-05-01T12:30:45Z at 1717245045 (1717245045123 ms)",
        "version 1.2.3.4 of the SDK, v10.0.0.1, build 4.18.0.147, app 2.3.4.5",
        "firmware 00.12.34.56.78, build 10.12.34.56.78, order 00905321234567",
        "dates 05/01/2024 and 2024/05/01, expiry 12/2027, path /v1/orders/123/items/4567890",
        "std::vector<int> a; foo::bar(); 12:30:45",
        "uuid 123e4567-e89b-12d3-a456-426614174000",
        "ref +44(5) and +1(2) 3, call +44(0)12", // no number after the parenthesised prefix
        "commit 9fceb02d0ae598e95dc970b74767f19372d61af8",
        "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "UPS tracking 1Z999AA10123456784, FedEx 449044304137821",
        "ean 4006381333931 upc 036000291452 sku AB-1234567-XY",
        "price 1299.99 EUR, stock 1200000, weight 0.250 kg",
        "example key AKIAIOSFODNN7EXAMPLE",
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "retina icon@2x.png and logo@3x.webp",
        "npm install left-pad@1.3.0",
        "employee id 123-45-67890",
        "seit 03 / 2024, Seite 012 / 345, Rechnung 2026 / 000123",
        "Telefon: siehe oben. Invoice 2026-000451, Fatura 2025/1187604, Akte 1998-4471203",
        "Steuer-ID 12 345 678 901, Versicherungsnummer 12 150789 M 123",
        "Kundennummer 0221 4567 8901, customer no 415 555 0101",
        "remote = git@github.com:acme/sp-api-sync.git", // an SSH remote
        "url = https://deploy:tok3n@git.acme.example/x.git", // URL user information
        "dsn = https://9a8b7c6d5e4f3a2b1c0d9e8f7a6b@o123456.ingest.sentry.io/4504",
        "proxy ftp://anonymous@ftp.acme.example:2121/pub",
        "MAC 00:1A:2B:3C:4D:5E",
        "{\"firmware_version\": [\n  {\n    \"value\": \"5.18.149.43\"\n  }\n]}",
        "SellerSKU AXXXXXXXXXXXXX",
      })
  void scanWhenNearMissThenReportsNothing(String text) {
    assertThat(scanner.scan(text)).isEmpty();
  }

  @Test
  void scanWhenManyVirtualAndPlatformThreadsAtOnceThenEachGetsTheSingleThreadedFindings()
      throws Exception {
    String tsv =
        "order-id\tbuyer-email\tbuyer-name\tship-address-1\n"
            + "113-1234567-1234567\tjane.doe@gmail.com\tJane Doe\t1 Main St\n";
    String json = "{\"payload\":{\"BuyerInfo\":{\"BuyerName\":\"Ayşe Yılmaz\"}}}";
    List<String> inputs = List.of(tsv, json, "Dear Klaus Weber, call +49 30 901820.");
    List<List<Finding>> expected = inputs.stream().map(scanner::scan).toList();
    List<Thread> threads = new ArrayList<>();
    List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 64; t++) {
      int id = t;
      Runnable work =
          () -> {
            for (int round = 0; round < 50; round++) {
              int k = (id + round) % inputs.size();
              List<Finding> got = scanner.scan(inputs.get(k));
              if (!got.toString().equals(expected.get(k).toString())) {
                failures.add("thread " + id + " input " + k + ": " + got);
              }
            }
          };
      threads.add(id % 2 == 0 ? Thread.ofVirtual().start(work) : Thread.ofPlatform().start(work));
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(failures).isEmpty();
    assertThat(expected).allMatch(findings -> !findings.isEmpty());
  }

  @Test
  void scanWhenMultiByteTextThenOffsetsAreCodePointsAndColumnsCountCodePoints() {
    String text = "Sayın Çağla 😀\nŞükrü: ayse@firma.com.tr";
    List<Finding> found =
        scanner.scan(text).stream()
            .filter(f -> f.infoType().equals(InfoType.EMAIL_ADDRESS))
            .toList();
    assertThat(found).hasSize(1);
    Finding f = found.get(0);
    int start = text.indexOf("ayse@");
    assertThat(f.start()).isEqualTo(text.codePointCount(0, start));
    assertThat(f.line()).isEqualTo(2);
    assertThat(f.column()).isEqualTo("Şükrü: ".length() + 1);
  }

  @Test
  void scanWhenStreamedThenFindsTheSameAsInMemoryAcrossWindowBoundaries() throws Exception {
    Random random = new Random(7);
    StringBuilder text = new StringBuilder();
    List<String> planted =
        List.of(
            "ali.veli@example.com.tr",
            "113-1234567-1234567",
            "+90 532 123 45 67",
            "DE89 3704 0044 0532 0130 00",
            "4111 1111 1111 1111",
            "şöför@örnek.com");
    int window = Scanner.WINDOW;
    for (int boundary = 1; boundary <= 3; boundary++) {
      int target = boundary * window - Scanner.LOOK_AHEAD;
      while (text.length() < target - 12) {
        text.append(random.nextBoolean() ? "lorem ipsum dolor " : "{\"qty\": 12, \"ok\": true}\n");
      }
      for (int k = 0; k < 40; k++) {
        text.append(planted.get(k % planted.size())).append(k % 3 == 0 ? "\n" : " ");
        text.append("word ".repeat(random.nextInt(3)));
      }
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    List<Finding> inMemory = new ArrayList<>();
    scanner.scan(bytes, inMemory::add);
    List<Finding> streamed = new ArrayList<>();
    long read = scanner.scan(new ByteArrayInputStream(bytes), streamed::add);
    assertThat(read).isEqualTo(bytes.length);
    assertThat(streamed).isEqualTo(inMemory);
    assertThat(inMemory).hasSizeGreaterThan(100);
  }

  @ParameterizedTest(name = "adversarial {0}")
  @ValueSource(
      strings = {
        "1",
        "1-",
        "1 ",
        "1.",
        "@",
        "a@",
        "a.",
        "::",
        "AKIA",
        "+1 ",
        "(1",
        "Atzr|",
        "DE89 ",
        "amzn1.",
        "4111 ",
        "a@b.",
        "1:",
        "B0",
        "A1",
        "[",
        "{\"a\":",
        "{\"a\":[",
        "\"\\\\",
        "{\"BuyerName\":\"Ada Lovelace\",",
        "buyer-name\tship-address-1\n"
      })
  void scanWhenAdversarialMegabyteThenFinishesWithoutHanging(String unit) {
    String text = unit.repeat((1 << 20) / unit.length());
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    // A guard against super-linear blow-up (a hang), not a performance claim: the benchmark
    // AdversarialBenchmark measures the linear growth.
    List<Finding> found =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> {
              List<Finding> out = new ArrayList<>();
              scanner.scan(bytes, out::add);
              return out;
            });
    assertThat(found.stream().map(f -> f.infoType().name()).collect(Collectors.toSet()))
        .doesNotContain("CREDIT_CARD_NUMBER", "US_SOCIAL_SECURITY_NUMBER");
  }

  @Test
  void scanWhenMinimumLikelihoodRaisedThenDropsWeakerFindings() {
    Scanner strict =
        Scanner.create(ScannerSettings.builder().minLikelihood(Likelihood.VERY_LIKELY).build());
    String text = "4012888888881881 and card 4556-7375-8689-9855";
    assertThat(strict.scan(text))
        .extracting(f -> f.value(PlaintextAccess.explicitlyRequested()))
        .containsExactly("4556-7375-8689-9855");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Tél: 01 42 68 53 00",
        "Mobil: 0151 23456789",
        "Festnetz 030 12345678",
        "携帯 090-1234-5678",
        "Telefon: 030 12345678"
      })
  void scanWhenPhoneWordBeforeNationalNumberThenVeryLikely(String text) {
    assertThat(scanner.scan(text))
        .extracting(f -> f.infoType().name() + " " + f.likelihood())
        .containsExactly("PHONE_NUMBER VERY_LIKELY");
  }

  @Test
  void scanWhenInfoTypesRestrictedOrDisabledOrAllowlistedThenHonoursSettings() {
    String text = "mail a@b.com order 113-1234567-1234567 and ops@corp.com";
    Scanner onlyOrders =
        Scanner.create(
            ScannerSettings.builder().onlyInfoTypes(java.util.Set.of("AMAZON_ORDER_ID")).build());
    assertThat(onlyOrders.scan(text))
        .extracting(f -> f.infoType().name())
        .containsExactly("AMAZON_ORDER_ID");
    Scanner noEmail =
        Scanner.create(
            ScannerSettings.builder()
                .disableBuiltIn("EMAIL_ADDRESS")
                .allow("113-1234567-1234567")
                .build());
    assertThat(noEmail.scan(text)).isEmpty();
  }

  private static final PlaintextAccess CLEAR = PlaintextAccess.explicitlyRequested();

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "orders.json => `{\"payload\":{\"Orders\":[{\"AmazonOrderId\":\"113-1234567-1234567\"},"
            + "{\"BuyerInfo\":{\"BuyerEmail\":\"ayse@firma.com.tr\"}}]}}` =>"
            + " /payload/Orders/1/BuyerInfo/BuyerEmail => ayse@firma.com.tr",
        "orders.json => `{\"payload\":{\"Orders\":[{\"AmazonOrderId\":\"113-1234567-1234567\"}]}}`"
            + " => /payload/Orders/0/AmazonOrderId => 113-1234567-1234567",
        "-, stdin => `{\"a~b\": {\"x/y\": [[\"john@gmail.com\"]]}}` => /a~0b/x~1y/0/0 =>"
            + " john@gmail.com",
        "export.csv => `id,buyer_email,note\n1,john@gmail.com,ok\n` => buyer_email =>"
            + " john@gmail.com",
        "report.txt => `order-id\tbuyer-email\n113-1234567-1234567\tjohn@gmail.com\n` =>"
            + " buyer-email => john@gmail.com",
        "app.yml => `alerts:\n  owner:\n    email: ops@firma.com.tr\n` => alerts.owner.email =>"
            + " ops@firma.com.tr",
        ".env => `# mail\nALERT_EMAIL=ops@firma.com.tr\n` => ALERT_EMAIL => ops@firma.com.tr",
        "app.properties => `mail.from=ops@firma.com.tr\n` => mail.from => ops@firma.com.tr",
        "notes.txt => `mail ops@firma.com.tr please` => - => ops@firma.com.tr",
      })
  void scanWhenStructuredThenFindingCarriesField(
      String fileName, String text, String field, String value) {
    String name = fileName.startsWith("-") ? null : fileName;
    String content = text.replace("\\n", "\n").replace("\\t", "\t");
    List<Finding> found = scanner.scan(name, content);
    assertThat(found)
        .as("findings in %s", content)
        .anySatisfy(
            f -> {
              assertThat(f.value(CLEAR)).isEqualTo(value);
              assertThat(f.field()).isEqualTo(field.equals("-") ? null : field);
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "`{\"payload\":{\"BuyerInfo\":{\"BuyerName\":\"Ayşe Yılmaz\"}}}` => PERSON_NAME =>"
            + " Ayşe Yılmaz => /payload/BuyerInfo/BuyerName",
        "`{\"payload\":{\"ShippingAddress\":{\"Name\":\"John Smith\",\"City\":\"Seattle\"}}}`"
            + " => PERSON_NAME => John Smith => /payload/ShippingAddress/Name",
        "`{\"ShippingAddress\": {\"AddressLine1\": \"Hauptstraße 12\"}}` => STREET_ADDRESS =>"
            + " Hauptstraße 12 => /ShippingAddress/AddressLine1",
        "`{\"order\":{\"buyer\":{\"buyerName\":\"J\\u00fcrgen M\\u00fcller\"}}}` =>"
            + " PERSON_NAME => J\\u00fcrgen M\\u00fcller => /order/buyer/buyerName",
        "`order-id\trecipient-name\tship-address-1\tship-city\n113-1234567-1234567\tMehmet Öz\t"
            + "Atatürk Cd. No: 5\tİzmir\n` => PERSON_NAME => Mehmet Öz => recipient-name",
        "`order-id\trecipient-name\tship-address-1\tship-city\n113-1234567-1234567\tMehmet Öz\t"
            + "Atatürk Cd. No: 5\tİzmir\n` => STREET_ADDRESS => Atatürk Cd. No: 5 => ship-address-1",
        "`buyer-name,buyer-email,sku\n\"Smith, Jane\",jane@gmail.com,X1\n` => PERSON_NAME => Smith, Jane"
            + " => buyer-name",
        "`---\nshipping_address:\n  name: 'Klaus Weber'\n  address_line_1: Lindenweg 4\n` =>"
            + " PERSON_NAME => Klaus Weber => shipping_address.name",
        "`---\nshipping_address:\n  name: 'Klaus Weber'\n  address_line_1: Lindenweg 4\n` =>"
            + " STREET_ADDRESS => Lindenweg 4 => shipping_address.address_line_1",
        "`customer_name,email,address1,city\nMaria Garcia,m.garcia@gmail.com,Calle Mayor 5,Madrid\n`"
            + " => STREET_ADDRESS => Calle Mayor 5 => address1",
        "`customer_name,email,address1,city\nMaria Garcia,m.garcia@gmail.com,Calle Mayor 5,Madrid\n`"
            + " => PERSON_NAME => Maria Garcia => customer_name",
        "`{\"billing_details\":{\"address\":{\"line1\":\"221B Baker St\"},\"name\":\"Sherlock Holmes\"}}`"
            + " => STREET_ADDRESS => 221B Baker St => /billing_details/address/line1",
        "`2024-05-01 INFO {\"event\":\"order\",\"buyerName\":\"Ada Lovelace\"}\n"
            + "2024-05-01 INFO {\"event\":\"ship\",\"shipTo\":{\"name\":\"Alan Turing\"}}\n` =>"
            + " PERSON_NAME => Alan Turing => /shipTo/name",
        // German and Turkish export headers
        "`Kundennummer,Vorname,Nachname,Straße,PLZ,Ort,Telefon\n1001,Jürgen,Weißmüller,"
            + "Lindenstraße 47,04109,Leipzig,0341 1234567\n` => STREET_ADDRESS => Lindenstraße 47"
            + " => Straße",
        "`Kundennummer,Vorname,Nachname,Straße,PLZ,Ort,Telefon\n1001,Jürgen,Weißmüller,"
            + "Lindenstraße 47,04109,Leipzig,0341 1234567\n` => PERSON_NAME => Jürgen => Vorname",
        "`Müşteri No,Ad Soyad,Adres,İl,Cep Telefonu\n55,Mehmet Demir,Atatürk Cd. No: 12,İzmir,"
            + "0532 111 22 33\n` => PERSON_NAME => Mehmet Demir => Ad Soyad",
        "`Müşteri No,Ad Soyad,Adres,İl,Cep Telefonu\n55,Mehmet Demir,Atatürk Cd. No: 12,İzmir,"
            + "0532 111 22 33\n` => STREET_ADDRESS => Atatürk Cd. No: 12 => Adres",
        // free-text fields: names and street lines are looked for in the message
        "`{\"level\":\"INFO\",\"msg\":\"shipped to Laura Bianchi, Via Roma 12\"}\n"
            + "{\"level\":\"INFO\",\"msg\":\"done\"}\n` => PERSON_NAME => Laura Bianchi => /msg",
        "`{\"level\":\"INFO\",\"msg\":\"shipped to Laura Bianchi, Via Roma 12\"}\n"
            + "{\"level\":\"INFO\",\"msg\":\"done\"}\n` => STREET_ADDRESS => Via Roma 12 => /msg",
        "`{\"ticket\":{\"comments\":[\"Dear \\\"Thomas Müller\\\", we are sorry\"]}}`"
            + " => PERSON_NAME => Thomas Müller => /ticket/comments/0",
        "`ticket_id,created,comment\n1,2026-11-30,Customer Hans Müller asked to ship to"
            + " Lindenstraße 47\n2,2026-12-01,ok\n` => PERSON_NAME => Hans Müller => comment",
        "`---\nticket:\n  note: Merhaba, ben Ayşe Yılmaz. Teslimat adresi Bağdat Cd. No: 5\n` =>"
            + " STREET_ADDRESS => Bağdat Cd. No: 5 => ticket.note",
        // a log of JSON records with one plain line is still read for its fields
        "`2024-05-01 INFO service started\n2024-05-01 INFO {\"event\":\"a\"}\n"
            + "2024-05-01 INFO {\"event\":\"b\"}\n2024-05-01 INFO {\"event\":\"c\"}\n"
            + "2024-05-01 INFO {\"buyerName\":\"Zorvath Quillbane\"}\n` =>"
            + " PERSON_NAME => Zorvath Quillbane => /buyerName",
        // buyer data that is free text: gift messages, delivery instructions
        "`{\"BuyerInfo\":{\"GiftMessageText\":\"Happy birthday Emma! Love, Grandma Rose\"}}`"
            + " => PERSON_NAME => Rose => /BuyerInfo/GiftMessageText",
        "`{\"DeliveryPreferences\":{\"AddressInstructions\":\"Leave it at 14 Harrow Crescent\"}}`"
            + " => STREET_ADDRESS => 14 Harrow Crescent => /DeliveryPreferences/AddressInstructions",
        "`{\"deliveryPreference\":{\"dropOffLocation\":\"Leave with neighbour Mrs. Doyle\"}}`"
            + " => PERSON_NAME => Doyle => /deliveryPreference/dropOffLocation",
        "`{\"displayableOrderComment\":\"Dear Dieter, thank you for your order!\"}`"
            + " => PERSON_NAME => Dieter => /displayableOrderComment",
        // street lines straight under a shipping block of a customer export
        "`customers:\n  - fullName: Rebecca Lindqvist\n    shipping:\n      line1: Storgatan 14\n`"
            + " => STREET_ADDRESS => Storgatan 14 => customers[0].shipping.line1",
        // the billing columns of a shipment report
        "`amazon-order-id\tbill-name\tbill-phone-number\n"
            + "205-9988776-5544332\tSiobhan Gallagher\t+44 161 496 0732\n`"
            + " => PERSON_NAME => Siobhan Gallagher => bill-name",
        // JSON as serializers write it that escape every non-ASCII character (Python's default)
        "`{\"note\":\"Say\\u0131n Ay\\u015fe Y\\u0131lmaz,\\u000asipari\\u015finiz\"}` =>"
            + " PERSON_NAME => Ay\\u015fe Y\\u0131lmaz => /note",
        "`{\"body\":\"Danke!\\u000aViele Gr\\u00fc\\u00dfe\\u000aJ\\u00f6rg\"}` =>"
            + " PERSON_NAME => J\\u00f6rg => /body",
        // a German spreadsheet export: semicolons, and a note column read as prose
        "`Vorname;Nachname;Bemerkung\nJörg;Brandstätter;Bitte bei Frau Ilse Koch abgeben\n` =>"
            + " PERSON_NAME => Ilse Koch => Bemerkung",
        // a street line under any key, not only in an address block
        "`support:\n  warehouse:\n    street: Industriestraße 14\n    city: Karlsruhe\n` =>"
            + " STREET_ADDRESS => Industriestraße 14 => support.warehouse.street",
      })
  void scanWhenValueUnderNameOrStreetFieldThenReportsItWithExactSpan(
      String text, String type, String value, String field) {
    String content = text.replace("\\n", "\n").replace("\\t", "\t");
    String expected = value;
    List<Finding> found = scanner.scan(content);
    int start = content.indexOf(expected);
    assertThat(start).isNotNegative();
    assertThat(found)
        .as("findings in %s", content)
        .anySatisfy(
            f -> {
              assertThat(f.infoType().name()).isEqualTo(type);
              assertThat(f.value(CLEAR)).isEqualTo(expected);
              assertThat(f.start()).isEqualTo(content.codePointCount(0, start));
              assertThat(f.end()).isEqualTo(content.codePointCount(0, start + expected.length()));
              assertThat(f.field()).isEqualTo(field);
              assertThat(f.likelihood()).isIn(Likelihood.LIKELY, Likelihood.VERY_LIKELY);
            });
  }

  @ParameterizedTest(name = "nothing in ''{0}''")
  @ValueSource(
      strings = {
        "{\"BuyerName\": \"\", \"AddressLine1\": \"   \"}",
        "{\"BuyerName\": null, \"AddressLine1\": null}",
        "{\"BuyerName\": \"null\", \"AddressLine1\": \"N/A\"}",
        "{\"BuyerName\": \"string\", \"AddressLine1\": \"string\"}",
        "{\"BuyerName\": \"****\", \"AddressLine1\": \"XXXX\"}",
        "{\"BuyerName\": \"J*** D***\", \"AddressLine1\": \"REDACTED\"}",
        "{\"BuyerName\": 1, \"BuyerName2\": \"Ada\"}",
        "{\"items\": [{\"Name\": \"Argan Oil Shampoo\", \"brandName\": \"Tidewell\"}]}",
        "{\"payload\": {\"MarketplaceTaxInfo\": {\"CompanyLegalName\": \"Amazon EU\"}}}",
        "{\"ShippingAddress\": {\"City\": \"Seattle\", \"PostalCode\": \"98109\"}}",
        "{\"msg\": \"GET /orders/v0/orders 200 in 503 ms, Retry-After 2\"}",
        "{\"product\": {\"description\": \"Calvin Klein jeans, as worn by Emma Stone\"}}",
      })
  void scanWhenNameFieldEmptyOrPlaceholderOrNotAPartyThenNoNameOrStreet(String text) {
    assertThat(scanner.scan(text))
        .extracting(f -> f.infoType().name())
        .doesNotContain("PERSON_NAME", "STREET_ADDRESS");
  }

  @ParameterizedTest
  @CsvSource({"Telefon,Notiz", "Cep Telefonu,Açıklama", "Handy,Bemerkung", "mobile,memo"})
  void scanWhenPhoneUnderGermanOrTurkishPhoneHeaderThenMoreLikelyThanUnderAnotherHeader(
      String phoneHeader, String otherHeader) {
    // rows before it, so that the header is too far away to count as a context word
    String csv = "Kundennummer,%s\n" + "1000,-\n".repeat(100) + "1001,0532 111 22 33\n";
    Likelihood typed =
        likelihoodOf(scanner.scan("k.csv", csv.formatted(phoneHeader)), "0532 111 22 33");
    Likelihood untyped =
        likelihoodOf(scanner.scan("k.csv", csv.formatted(otherHeader)), "0532 111 22 33");
    assertThat(typed).isGreaterThan(untyped);
  }

  @Test
  void scanWhenPatternValueUnderItsCatalogFieldThenOneLevelMoreLikely() {
    String plain = "tel 0532 123 45 67 now";
    String tsv = "order-id\tbuyer-phone-number\n113-1234567-1234567\t0532 123 45 67\n";
    Likelihood inText = likelihoodOf(scanner.scan(plain), "0532 123 45 67");
    Likelihood inField = likelihoodOf(scanner.scan("report.txt", tsv), "0532 123 45 67");
    assertThat(inField).isEqualTo(inText.shift(1));
    Likelihood unrelated =
        likelihoodOf(scanner.scan("report.txt", tsv.replace("buyer-phone-number", "memo")), "0532");
    assertThat(unrelated).isLessThan(inField);
  }

  private static Likelihood likelihoodOf(List<Finding> findings, String valuePrefix) {
    return findings.stream()
        .filter(f -> f.value(CLEAR).startsWith(valuePrefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding " + valuePrefix + " in " + findings))
        .likelihood();
  }

  @Test
  void scanWhenFieldValueJudgeGivenThenItDecidesNamesAndStreets() {
    String json =
        "{\"BuyerName\":\"Acme GmbH\",\"Name\":\"x\",\"ShippingAddress\":{\"Name\":\"John Smith\","
            + "\"AddressLine1\":\"1 Main St\"}}";
    Scanner judged =
        scanner.withFieldValueJudge(
            FieldValueJudge.placeholderAware()
                .weighing(
                    InfoType.PERSON_NAME,
                    v -> v.endsWith("GmbH") ? Likelihood.VERY_UNLIKELY : Likelihood.LIKELY));
    assertThat(judged.scan(json))
        .extracting(f -> f.infoType().name() + " " + f.value(CLEAR) + " " + f.likelihood())
        .containsExactly("PERSON_NAME John Smith VERY_LIKELY", "STREET_ADDRESS 1 Main St LIKELY");
    Scanner none = scanner.withFieldValueJudge((type, value, likelihood) -> null);
    assertThat(none.scan(json)).isEmpty();
    assertThat(scanner.scan(json)).hasSize(3);
  }

  @Test
  void scanWhenStructuredStreamThenFieldsAndNamesMatchInMemoryAcrossWindowBoundaries()
      throws Exception {
    StringBuilder json = new StringBuilder("{\"payload\": {\"Orders\": [\n");
    int n = 0;
    while (json.length() < 3 * Scanner.WINDOW + 10_000) {
      json.append(n == 0 ? "" : ",\n")
          .append("  {\"AmazonOrderId\": \"113-1234567-")
          .append(String.format(java.util.Locale.ROOT, "%07d", n))
          .append("\", \"BuyerInfo\": {\"BuyerEmail\": \"b")
          .append(n)
          .append("@marketplace.amazon.de\", \"BuyerName\": \"Jürgen Müller ")
          .append("x".repeat(n % 37))
          .append("\"}, \"ShippingAddress\": {\"AddressLine1\": \"Lindenweg ")
          .append(n)
          .append("\"}, \"Notes\": \"")
          .append("lorem ipsum ".repeat(n % 11))
          .append("\"}");
      n++;
    }
    json.append("\n]}}\n");
    int orders = n;
    byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
    List<Finding> inMemory = new ArrayList<>();
    scanner.scan("orders.json", bytes, bytes.length, inMemory::add);
    List<Finding> streamed = new ArrayList<>();
    long read =
        scanner.scan(
            "orders.json",
            new ByteArrayInputStream(bytes),
            new byte[Scanner.WINDOW + Scanner.LOOK_AHEAD + Scanner.LOOK_BEHIND],
            streamed::add);
    assertThat(read).isEqualTo(bytes.length);
    assertThat(streamed).isEqualTo(inMemory);
    assertThat(inMemory).hasSize(4 * n);
    assertThat(inMemory)
        .filteredOn(f -> f.infoType().equals(InfoType.PERSON_NAME))
        .hasSize(n)
        .allSatisfy(f -> assertThat(f.field()).matches("/payload/Orders/\\d+/BuyerInfo/BuyerName"));
    assertThat(inMemory)
        .filteredOn(f -> f.infoType().equals(InfoType.STREET_ADDRESS))
        .last()
        .satisfies(
            f -> {
              assertThat(f.field())
                  .isEqualTo("/payload/Orders/" + (orders - 1) + "/ShippingAddress/AddressLine1");
              assertThat(f.value(CLEAR)).isEqualTo("Lindenweg " + (orders - 1));
            });
    assertThat(inMemory).isSortedAccordingTo(java.util.Comparator.comparingLong(Finding::start));
  }
}
