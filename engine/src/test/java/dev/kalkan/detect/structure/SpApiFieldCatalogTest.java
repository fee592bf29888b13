package dev.kalkan.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.detect.Category;
import dev.kalkan.detect.Classification;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import dev.kalkan.detect.Scanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpApiFieldCatalogTest {
  private static final SpApiFieldCatalog CATALOG = SpApiFieldCatalog.builtIn();

  /**
   * Fields that {@code index.tsv} lists only because their value contains an Amazon order id
   * (links, messages, paths): no field name says so, the value's pattern does.
   */
  private static final Set<String> ORDER_ID_BY_VALUE =
      Set.of("href", "path", "message", "details", "OrderItemId");

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource({
    "/payload/BuyerInfo/BuyerName, PERSON_NAME",
    "/orders/0/buyer/buyerName, PERSON_NAME",
    "buyer-name, PERSON_NAME",
    "BUYER_NAME, PERSON_NAME",
    "recipient-name, PERSON_NAME",
    "Recipient Name, PERSON_NAME",
    "/payload/ShippingAddress/Name, PERSON_NAME",
    "/shipments/1/shippingInfo/shipToAddress/name, PERSON_NAME",
    "orders[0].shipping_address.name, PERSON_NAME",
    "/inboundPlans/0/sourceAddress/companyName, PERSON_NAME",
    "/orders/0/shipToParty/attention, PERSON_NAME",
    "/contactInformation/name, PERSON_NAME",
    "/payload/ShippingAddress/AddressLine1, STREET_ADDRESS",
    "ship-address-1, STREET_ADDRESS",
    "ship-address-3, STREET_ADDRESS",
    "/payload/ShippingAddress/ExtendedFields/StreetName, STREET_ADDRESS",
    "buyer-email, AMAZON_BUYER_EMAIL",
    "/payload/BuyerEmail, AMAZON_BUYER_EMAIL",
    "/shipTo/copyEmails/0, EMAIL_ADDRESS",
    "/endUserData/0/primaryEmail, EMAIL_ADDRESS",
    "buyer-phone-number, PHONE_NUMBER",
    "/payload/ShippingAddress/Phone, PHONE_NUMBER",
    "amazon-order-id, AMAZON_ORDER_ID",
    "order-id, AMAZON_ORDER_ID",
    "Order ID, AMAZON_ORDER_ID",
    "/payload/AmazonOrderId, AMAZON_ORDER_ID",
    "/payload/MarketplaceTaxInfo/TaxClassifications/0/Value, TAX_ID",
    "/orders/0/tax/taxRegistrations/0/taxRegistrationNumber, TAX_ID",
    "/destinationTransactionInstrument/bankAccountNumber, BANK_ACCOUNT_NUMBER",
    "/payload/OrderItems/0/BuyerInfo/PurchaseOrderNumber, AMAZON_BUYER_DATA",
    "/a~1b/BuyerName, PERSON_NAME",
    "/customer/street, STREET_ADDRESS",
    "/customer/name, PERSON_NAME",
    "/recipient/addressLine, STREET_ADDRESS",
    "/delivery/receiverName, PERSON_NAME",
    "ship_street, STREET_ADDRESS",
    "street2, STREET_ADDRESS",
    "Lieferstraße, STREET_ADDRESS"
  })
  void typeOfWhenFieldHoldsPiiThenItsType(String field, String type) {
    assertThat(CATALOG.typeOf(field)).map(InfoType::name).hasValue(type);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/payload/Items/0/Name",
        "/items/0/summaries/0/itemName",
        "/referencePrices/0/name",
        "/carrierDetails/name",
        "/payload/MarketplaceTaxInfo/CompanyLegalName",
        "/name",
        "product-name",
        "/payload/ShippingAddress",
        "/payload/ShippingAddress/AddressType",
        "/payload/ShipsFrom/State",
        "/postalCode/value",
        "/bankAccountNumberTail",
        "/returns/0/licensePlateNumber",
        "",
        "/",
        "..."
      })
  void typeOfWhenFieldHoldsNoPiiThenEmpty(String field) {
    assertThat(CATALOG.typeOf(field)).isEmpty();
    assertThat(CATALOG.match(field)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/payload/ShippingAddress/City",
        "/payload/ShippingAddress/PostalCode",
        "/payload/ShippingAddress/CountryCode",
        "/payload/ShippingAddress/StateOrRegion",
        "ship-postal-code",
        "/payload/ShippingAddress/ExtendedFields/GeoCoordinates/Latitude",
        "/Summary/DestinationPostalCode"
      })
  void matchWhenLocationFieldThenStreetAddressContextOnly(String field) {
    assertThat(CATALOG.typeOf(field)).isEmpty();
    assertThat(CATALOG.match(field))
        .hasValueSatisfying(
            m -> {
              assertThat(m.type()).isEqualTo(InfoType.STREET_ADDRESS);
              assertThat(m.contextOnly()).isTrue();
              assertThat(m.likelihood()).isNull();
            });
  }

  @Test
  void matchWhenSeveralPatternsMatchThenLongestWins() {
    assertThat(CATALOG.match("/payload/BuyerInfo/PurchaseOrderNumber"))
        .hasValueSatisfying(
            m -> {
              assertThat(m.pattern()).isEqualTo("BuyerInfo/PurchaseOrderNumber");
              assertThat(m.likelihood()).isEqualTo(Likelihood.POSSIBLE);
            });
    assertThat(CATALOG.match("/payload/PurchaseOrderNumber"))
        .hasValueSatisfying(m -> assertThat(m.contextOnly()).isTrue());
  }

  @Test
  void builtInWhenLoadedThenDeclaredTypesAndEverySourceNamed() {
    List<SpApiFieldCatalog.Match> entries = CATALOG.entries();
    assertThat(entries).hasSizeGreaterThan(100);
    assertThat(entries).allSatisfy(m -> assertThat(m.source()).isNotBlank());
    assertThat(CATALOG.typeOf("taxRegistrationNumber"))
        .hasValue(new InfoType("TAX_ID", Category.PII, Classification.SENSITIVE));
    assertThat(CATALOG.typeOf("customerComments")).isEmpty();
    assertThat(CATALOG.match("/payload/OrderItems/0/BuyerInfo/GiftMessageText"))
        .hasValueSatisfying(
            m -> {
              assertThat(m.type())
                  .isEqualTo(
                      new InfoType(
                          "AMAZON_BUYER_DATA",
                          Category.AMAZON_INFORMATION,
                          Classification.SENSITIVE));
              assertThat(m.freeText()).isTrue();
            });
    assertThat(SpApiFieldCatalog.builtIn()).isSameAs(CATALOG);
  }

  @Test
  void parseWhenValidThenSetsAndWildcardsApply() {
    SpApiFieldCatalog c =
        SpApiFieldCatalog.parse(
            """
            # comment
            %type\tLOYALTY_ID\tAMAZON_INFORMATION\tINTERNAL\ta loyalty card number
            %set\t@who\tcustomer *Person
            field\tinfoType\tlikelihood\tsource\tnotes
            @who/name\tPERSON_NAME\tLIKELY\ttest\t
            loyalty-id\tLOYALTY_ID\tcontext\ttest\tnotes here
            """,
            "test.tsv");
    assertThat(c.typeOf("/customer/name")).hasValue(InfoType.PERSON_NAME);
    assertThat(c.typeOf("/x/contactPerson/name")).hasValue(InfoType.PERSON_NAME);
    assertThat(c.typeOf("/product/name")).isEmpty();
    assertThat(c.match("LOYALTY_ID")).map(m -> m.type().name()).hasValue("LOYALTY_ID");
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "a\\tPERSON_NAME\\tLIKELY\\ts\\tn => expected the header line",
        "HEADER\\nx\\tNOT_A_TYPE\\tLIKELY\\ts\\tn => unknown infoType 'NOT_A_TYPE'",
        "HEADER\\nx\\tPERSON_NAME\\tSURE\\ts\\tn => likelihood 'SURE'",
        "HEADER\\nx\\tPERSON_NAME\\tLIKELY\\ts => expected 5 tab-separated columns",
        "HEADER\\nx\\tPERSON_NAME\\tLIKELY\\t\\tn => the source column is empty",
        "HEADER\\nBuyerName\\tPERSON_NAME\\tLIKELY\\ts\\tn\\nbuyer-name\\tPERSON_NAME\\tLIKELY\\ts\\tn"
            + " => line 3: 'buyer-name' repeats the pattern of line 2",
        "HEADER\\n@nope/name\\tPERSON_NAME\\tLIKELY\\ts\\tn => set @nope is not declared",
        "HEADER\\nname/*address\\tPERSON_NAME\\tLIKELY\\ts\\tn => must be a plain name",
        "HEADER\\na/b*c\\tPERSON_NAME\\tLIKELY\\ts\\tn => bad segment 'b*c'",
        "%type\\tEMAIL_ADDRESS\\tCREDENTIAL\\tSENSITIVE\\td => is built in as PII SENSITIVE",
        "%type\\tlower\\tPII\\tSENSITIVE\\td => must match",
        "%set\\tnoat\\tx => expected %set",
        "HEADER => no field patterns"
      })
  void parseWhenInvalidThenErrorNamesLineAndProblem(String text, String message) {
    String tsv =
        text.replace("HEADER", "field\\tinfoType\\tlikelihood\\tsource\\tnotes")
            .replace("\\t", "\t")
            .replace("\\n", "\n");
    assertThatThrownBy(() -> SpApiFieldCatalog.parse(tsv, "custom.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("custom.tsv")
        .hasMessageContaining(message);
  }

  /**
   * Every field {@code index.tsv} lists in Amazon's example payloads is found by the tracker at its
   * pointer, and the catalog types it, or marks it as context, or (links and messages) its value
   * holds an order id that the scanner finds.
   */
  @Test
  void trackerAndCatalogWhenSpApiExamplesThenEveryListedFieldFoundAndClassified()
      throws IOException {
    Path dir = examples();
    List<String> rows = Files.readAllLines(dir.resolve("index.tsv"), StandardCharsets.UTF_8);
    assertThat(rows.get(0)).startsWith("file\tsource_path\toperation_or_schema\tkind\thas_pii");
    List<String> problems = new ArrayList<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] cols = row.split("\t", -1);
      if (cols[5].isEmpty()) {
        continue;
      }
      byte[] bytes = Files.readAllBytes(dir.resolve(cols[0]));
      Map<String, Long> starts = valueStarts(bytes);
      FieldTracker tracker = track(bytes);
      for (String pointer : cols[5].split(",")) {
        Long start = starts.get(pointer);
        if (start == null) {
          problems.add(cols[0] + ": no value found at " + pointer);
          continue;
        }
        Optional<SpApiFieldCatalog.Match> match = tracker.matchAt(start);
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (match.isPresent()) {
          counts.merge(match.get().contextOnly() ? "context" : "typed", 1, Integer::sum);
        } else if (ORDER_ID_BY_VALUE.contains(last) && holdsOrderId(bytes, tracker, start)) {
          counts.merge("order id by value", 1, Integer::sum);
        } else {
          problems.add(cols[0] + ": the catalog does not classify " + pointer);
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(counts.get("typed")).isGreaterThan(counts.get("context"));
    assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(1000);
  }

  /** No value of Amazon's payloads without personal data is typed as a name or address. */
  @Test
  void trackerAndCatalogWhenSpApiNegativesThenNoNameOrAddress() throws IOException {
    Path negatives = examples().resolve("negatives");
    List<String> problems = new ArrayList<>();
    int files = 0;
    try (Stream<Path> list = Files.list(negatives)) {
      for (Path f : list.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        files++;
        byte[] bytes = Files.readAllBytes(f);
        FieldTracker tracker = track(bytes);
        assertThat(valueStarts(bytes)).as(f.toString()).isNotEmpty();
        tracker.drainTypedValues(
            Long.MAX_VALUE,
            (s, e, field, m) -> {
              if (!m.freeText()
                  && (m.type().equals(InfoType.PERSON_NAME)
                      || m.type().equals(InfoType.STREET_ADDRESS))) {
                problems.add(f.getFileName() + ": " + field + " typed " + m.type());
              }
            });
      }
    }
    assertThat(files).isPositive();
    assertThat(problems).isEmpty();
  }

  private static FieldTracker track(byte[] bytes) {
    return TrackedValues.fedInPieces(FieldTracker.create(StructuredFormat.JSON, CATALOG), bytes);
  }

  /** The first byte of each value by field, as the tracker recorded them (no catalog). */
  private static Map<String, Long> valueStarts(byte[] bytes) {
    FieldTracker tracker =
        TrackedValues.fedInPieces(FieldTracker.create(StructuredFormat.JSON, null), bytes);
    Map<String, Long> starts = new HashMap<>();
    for (int i = 0; i < bytes.length; i++) {
      String field = tracker.fieldAt(i);
      if (field != null) {
        starts.putIfAbsent(field, (long) i);
      }
    }
    return starts;
  }

  private static boolean holdsOrderId(byte[] bytes, FieldTracker tracker, long start) {
    int end = (int) start;
    String field = tracker.fieldAt(start);
    while (end < bytes.length && field.equals(tracker.fieldAt(end))) {
      end++;
    }
    String value = new String(bytes, (int) start, end - (int) start, StandardCharsets.UTF_8);
    return Scanner.withDefaults().scan(value).stream()
        .anyMatch(f -> f.infoType().equals(InfoType.AMAZON_ORDER_ID));
  }

  /**
   * {@code <kalkan.sharedDir>/data/spapi-examples}, or the first {@code testdata/spapi-examples} in
   * {@code user.dir} or one of its ancestors; the test is skipped when there is none.
   */
  private static Path examples() {
    String shared = System.getProperty("kalkan.sharedDir");
    Path found = null;
    if (shared != null) {
      found = Path.of(shared, "data", "spapi-examples");
    } else {
      for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
          p != null && found == null;
          p = p.getParent()) {
        Path candidate = p.resolve("testdata/spapi-examples");
        found = Files.isRegularFile(candidate.resolve("index.tsv")) ? candidate : null;
      }
    }
    Path dir = found;
    Assumptions.assumeTrue(
        dir != null && Files.isRegularFile(dir.resolve("index.tsv")),
        "testdata/spapi-examples not found above user.dir; set -Dkalkan.sharedDir to run this");
    return dir;
  }
}
