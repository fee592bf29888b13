package dev.kalkan.detect.edm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.detect.InfoType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdmIndexBuilderTest {
  @TempDir Path dir;
  private final EdmKey key = EdmKey.generate();

  private EdmBuildSummary build(String name, String records, FieldMapping mapping)
      throws EdmException {
    Path file = EdmFixture.write(dir, name, records);
    return EdmIndexBuilder.create(key, mapping, "TR")
        .build(file, RecordFormat.forFile(file), dir.resolve("x.edm"));
  }

  private List<String> found(String text) throws EdmException {
    return EdmFixture.found(EdmMatcher.load(dir.resolve("x.edm"), key), text);
  }

  @Test
  void buildWhenRecordsThenSummaryCountsValuesAndSkipsByReasonWithoutValues() throws Exception {
    EdmBuildSummary s =
        build(
            "c.csv",
            """
            name,email,phone,sku
            Ayşe Yılmaz,ayse@example.com,0532 123 45 67,SKU-1
            Cher,not-an-email,n/a,SKU-2
            Jane Doe,,+44 20 7946 0958,SKU-3
            """,
            FieldMapping.defaults());
    assertThat(s.records()).isEqualTo(3);
    assertThat(s.columns())
        .containsExactly(
            Map.entry("name", "PERSON_NAME"),
            Map.entry("email", "EMAIL_ADDRESS"),
            Map.entry("phone", "PHONE_NUMBER"),
            Map.entry("sku", "IGNORE"));
    assertThat(s.valuesByInfoType())
        .containsEntry("PERSON_NAME", 4L)
        .containsEntry("EMAIL_ADDRESS", 1L)
        .containsEntry("PHONE_NUMBER", 6L);
    assertThat(s.values()).isEqualTo(11);
    assertThat(s.skipped())
        .containsEntry("fewer than 2 words", 1L)
        .containsEntry("not an email address", 1L)
        .containsEntry("not a phone number", 1L)
        .containsEntry("empty", 1L);
    assertThat(s.toString()).doesNotContain("Cher", "not-an-email", "SKU");
    assertThat(s.indexBytes()).isEqualTo(Files.size(dir.resolve("x.edm")));
  }

  @Test
  void buildWhenJsonLinesThenIndexesByKey() throws Exception {
    build(
        "o.jsonl",
        """
        {"AmazonOrderId":"113-1234567-1234567","BuyerName":"Ayşe Yılmaz","Total":12.5}
        {"AmazonOrderId":"205-7654321-7654321","BuyerEmail":"jane@example.com"}
        """,
        FieldMapping.defaults());
    assertThat(found("Sipariş 205-7654321-7654321, jane@example.com; ayse yilmaz"))
        .containsExactly(
            "AMAZON_ORDER_ID 2 205-7654321-7654321",
            "EMAIL_ADDRESS 2 jane@example.com",
            "PERSON_NAME 1 ayse yilmaz");
  }

  @Test
  void buildWhenFirstAndLastNameColumnsThenIndexesTheFullNameBothWays() throws Exception {
    EdmBuildSummary s =
        build(
            "n.csv",
            """
            first_name,last_name
            Ayşe Nur,Yılmaz
            Cher,
            """,
            FieldMapping.defaults());
    assertThat(s.skipped()).containsEntry("a first or last name without the other", 1L);
    assertThat(found("Ayşe Nur Yılmaz / YILMAZ, Ayşe Nur / Ayşe / Yılmaz / Cher"))
        .containsExactly("PERSON_NAME 1 Ayşe Nur Yılmaz", "PERSON_NAME 1 YILMAZ, Ayşe Nur");
  }

  @Test
  void buildWhenFieldOverriddenThenGenericWordsOfThatType() throws Exception {
    build(
        "g.csv",
        """
        customer-ref,note,order
        CUST 000-123,x,ORD-2024-0001
        """,
        FieldMapping.defaults()
            .withOverride("customer-ref", "CUSTOMER_REF")
            .withOverride("order", "AMAZON_ORDER_ID"));
    assertThat(found("ref cust-000 123 for ord 2024 0001"))
        .containsExactly("CUSTOMER_REF 1 cust-000 123", "AMAZON_ORDER_ID 1 ord 2024 0001");
  }

  @Test
  void buildWhenValueSharedByManyRecordsThenKeepsTheFirstSixtyFour() throws Exception {
    StringBuilder csv = new StringBuilder("name\n");
    IntStream.range(0, 70).forEach(i -> csv.append("Ali Veli\n"));
    build("m.csv", csv.toString(), FieldMapping.defaults());
    EdmMatcher m = EdmMatcher.load(dir.resolve("x.edm"), key);
    assertThat(m.find("Ali Veli".getBytes(StandardCharsets.UTF_8)))
        .extracting(EdmMatch::record)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 64).boxed().toList());
    assertThat(m.recordCount()).isEqualTo(70);
  }

  @Test
  void buildWhenHeaderOnlyOrNothingToIndexThenClearError() {
    assertThatThrownBy(() -> build("h.csv", "name,email\n", FieldMapping.defaults()))
        .isInstanceOf(EdmException.class)
        .hasMessageEndingWith("h.csv holds no records");
    assertThatThrownBy(() -> build("s.csv", "sku,price\nA1,3\n", FieldMapping.defaults()))
        .isInstanceOf(EdmException.class)
        .hasMessageContaining("has no value to index: columns {sku=IGNORE, price=IGNORE}");
    assertThat(dir.resolve("x.edm")).doesNotExist();
  }

  @Test
  void buildWhenRecordsFileMissingOrNotUtf8ThenClearError() throws Exception {
    Path missing = dir.resolve("missing.csv");
    assertThatThrownBy(
            () ->
                EdmIndexBuilder.create(key, FieldMapping.defaults(), "TR")
                    .build(missing, RecordFormat.CSV, dir.resolve("x.edm")))
        .isInstanceOf(EdmException.class)
        .hasMessage("records file " + missing + " does not exist");
    Path latin1 =
        Files.write(
            dir.resolve("l.csv"),
            "name\nJ\u00fcrgen M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(
            () ->
                EdmIndexBuilder.create(key, FieldMapping.defaults(), "TR")
                    .build(latin1, RecordFormat.CSV, dir.resolve("x.edm")))
        .isInstanceOf(EdmException.class)
        .hasMessage("records file " + latin1 + " is not UTF-8 text");
  }

  @Test
  void createWhenPhoneRegionUnknownThenRejected() {
    assertThatThrownBy(() -> EdmIndexBuilder.create(key, FieldMapping.defaults(), "Turkey"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown phone region 'Turkey'");
  }

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource({
    "ayse@example.com, true",
    "a.b+tag@sub.example.com.tr, true",
    "ılker@fırma.com, true",
    "no-at-sign.com, false",
    "two@@example.com, false",
    "a@b@example.com, false",
    "@example.com, false",
    "a@localhost, false",
    ".a@example.com, false",
    "a@example.com., false",
    "a b@example.com, false",
  })
  void isEmailWhenFoldedValueThenWhetherTheMatcherCanExtractIt(String value, boolean expected) {
    assertThat(EdmIndexBuilder.isEmail(Fold.whole(value))).isEqualTo(expected);
  }

  @Property
  void sortByKeyWhenAnyPairsThenUnsignedKeyThenPayloadOrder(
      @ForAll @Size(max = 300) List<Long> keys) {
    int n = keys.size();
    long[] k = keys.stream().mapToLong(Long::longValue).toArray();
    int[] p = IntStream.range(0, n).map(i -> (i * 7919) % 97).toArray();
    long[] outK = new long[n];
    int[] outP = new int[n];
    EdmIndexBuilder.sortByKey(k, p, n, outK, outP);
    record Pair(long key, int payload) {}
    List<Pair> expected =
        IntStream.range(0, n)
            .mapToObj(i -> new Pair(k[i], p[i]))
            .sorted(
                Comparator.comparing(Pair::key, Long::compareUnsigned)
                    .thenComparingInt(Pair::payload))
            .toList();
    assertThat(IntStream.range(0, n).mapToObj(i -> new Pair(outK[i], outP[i])).toList())
        .isEqualTo(expected);
  }

  @Test
  void canonicalDigitsWhenInternationalPrefixThenStripped() {
    assertThat(EdmIndexBuilder.canonicalDigits("00905321234567")).isEqualTo("905321234567");
    assertThat(EdmIndexBuilder.canonicalDigits("05321234567")).isEqualTo("05321234567");
  }

  @Test
  void buildWhenRebuiltThenNewSaltSoOldMatchersDoNotFitTheNewFile() throws Exception {
    build("a.csv", "name\nAli Veli\n", FieldMapping.defaults());
    byte[] first = Files.readAllBytes(dir.resolve("x.edm"));
    build("a.csv", "name\nAli Veli\n", FieldMapping.defaults());
    byte[] second = Files.readAllBytes(dir.resolve("x.edm"));
    assertThat(second).isNotEqualTo(first);
    assertThat(found("ali veli")).containsExactly("PERSON_NAME 1 ali veli");
    assertThat(EdmMatcher.load(dir.resolve("x.edm"), key).infoTypes())
        .containsExactly(InfoType.PERSON_NAME);
  }
}
