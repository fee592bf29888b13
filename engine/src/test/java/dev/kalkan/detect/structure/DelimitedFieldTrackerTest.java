package dev.kalkan.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DelimitedFieldTrackerTest {

  static Stream<Arguments> csvDocuments() {
    return Stream.of(
        Arguments.of(
            "order-id,buyer-name,ship-city\n111-1111111-1111111,John Smith,Seattle\n",
            List.of("order-id=111-1111111-1111111", "buyer-name=John Smith", "ship-city=Seattle")),
        Arguments.of(
            "name,note\n\"Smith, John\",\"said \"\"hi\"\"\nand left\"\n",
            List.of("name=Smith, John", "note=said \"\"hi\"\"\nand left")),
        Arguments.of(
            "\"Recipient Name\",\"a\"\"b\"\r\n  Jane Doe  , x \r\n",
            List.of("Recipient Name=Jane Doe", "a\"b=x")),
        Arguments.of("\n\na,b\n1,2\n\n3,4", List.of("a=1", "b=2", "a=3", "b=4")),
        Arguments.of("a,b\n1,2,3,4\n,\n\"\",5\n", List.of("a=1", "b=2", "b=5")),
        Arguments.of("a,,c\n1,2,3\n", List.of("a=1", "c=3")),
        Arguments.of("a,b\n\"x\"tail,y\n", List.of("a=x\"tail", "b=y")),
        Arguments.of("a,b\n1,\"unterminated\nrest", List.of("a=1", "b=unterminated\nrest")),
        Arguments.of("\ufeffbuyer-email,x\nj@x.com,1\n", List.of("buyer-email=j@x.com", "x=1")),
        // the separator is the one the header holds most often: German exports use semicolons
        Arguments.of(
            "Vorname;Nachname;\"Straße; Nr.\"\nJörg;Brandstätter;\"Lindenallee 12a\"\n",
            List.of("Vorname=Jörg", "Nachname=Brandstätter", "Straße; Nr.=Lindenallee 12a")),
        Arguments.of("a|b\n1|x, y\n", List.of("a=1", "b=x, y")),
        Arguments.of(
            "order-id\tbuyer-name\n1\tJane Doe, Jr\n",
            List.of("order-id=1", "buyer-name=Jane Doe, Jr")),
        Arguments.of("a,b\nx;y,z\n", List.of("a=x;y", "b=z")));
  }

  @ParameterizedTest
  @MethodSource("csvDocuments")
  void fieldsWhenCsvThenColumnHeaderOfEveryValue(String csv, List<String> expected) {
    assertThat(TrackedValues.of(StructuredFormat.CSV, csv)).containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> tsvDocuments() {
    return Stream.of(
        Arguments.of(
            "order-id\tbuyer-email\trecipient-name\tship-address-1\n"
                + "111-1111111-1111111\tabc@marketplace.amazon.com\tJane Doe\t1 Main St\n",
            List.of(
                "order-id=111-1111111-1111111",
                "buyer-email=abc@marketplace.amazon.com",
                "recipient-name=Jane Doe",
                "ship-address-1=1 Main St")),
        Arguments.of(
            "title\tnote\n\"Best\" widget, 2 pack\t\"open\n",
            List.of("title=\"Best\" widget, 2 pack", "note=\"open")),
        Arguments.of("a\tb\tc\r\n1\t\t3\r\n", List.of("a=1", "c=3")));
  }

  @ParameterizedTest
  @MethodSource("tsvDocuments")
  void fieldsWhenTsvThenColumnHeaderAndQuotesAreText(String tsv, List<String> expected) {
    assertThat(TrackedValues.of(StructuredFormat.TSV, tsv)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @MethodSource("longValueDocuments")
  void fieldsWhenFedInTwoPiecesAtAnyCutThenSameValuesAsWhole(
      StructuredFormat format, String text, List<String> expected) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<TrackedValues.Value> whole =
        TrackedValues.values(
            TrackedValues.fedInPieces(FieldTracker.create(format, null), bytes), bytes);
    assertThat(whole).extracting(TrackedValues.Value::text).containsExactlyElementsOf(expected);
    for (int cut = 0; cut <= bytes.length; cut++) {
      FieldTracker pieces =
          TrackedValues.fedInPieces(FieldTracker.create(format, null), bytes, cut);
      assertThat(TrackedValues.values(pieces, bytes)).as("cut at %d", cut).isEqualTo(whole);
    }
  }

  /**
   * Values longer than the eight bytes read at once, blanks around them, empty fields, quoted
   * fields between unquoted ones, and a last record without a line feed.
   */
  static Stream<Arguments> longValueDocuments() {
    String tsv =
        "recipient-name\tship-address-1\tnote\n"
            + "Margaret Ellison   \t4127 Wallingford Avenue North \r\t a note with  spaces \n"
            + "\t\tonly the third\n"
            + "Bartholomew Fitzgerald-Smythe\t1 A\tlast value without a line feed   ";
    List<String> values =
        List.of(
            "Margaret Ellison",
            "4127 Wallingford Avenue North",
            "a note with  spaces",
            "only the third",
            "Bartholomew Fitzgerald-Smythe",
            "1 A",
            "last value without a line feed");
    String csv =
        "recipient-name,ship-address-1,note\n"
            + "  Jane Doe  ,\"12 Quoted Road, Flat 3\",plain after quoted\r\n"
            + ",,\n"
            + "Bartholomew Fitzgerald-Smythe,\"\" ,tail";
    return Stream.of(
        Arguments.of(StructuredFormat.TSV, tsv, values),
        Arguments.of(StructuredFormat.CSV, tsv.replace('\t', ','), values),
        Arguments.of(
            StructuredFormat.CSV,
            csv,
            List.of(
                "Jane Doe",
                "12 Quoted Road, Flat 3",
                "plain after quoted",
                "Bartholomew Fitzgerald-Smythe",
                "tail")));
  }

  @Test
  void fieldsWhenQuotedFieldTooLongThenNoneFromThere() {
    String csv = "a,b\n1,2\n3,\"" + "x".repeat(DelimitedFieldTracker.MAX_QUOTED + 2) + "\n4,5\n";
    assertThat(TrackedValues.of(StructuredFormat.CSV, csv))
        .hasSize(4)
        .startsWith("a=1", "b=2", "a=3")
        .noneMatch(v -> v.equals("a=4"));
  }

  @Test
  void fieldsWhenMoreColumnsThanLimitThenLaterColumnsHaveNone() {
    StringBuilder header = new StringBuilder();
    StringBuilder row = new StringBuilder();
    for (int i = 0; i <= DelimitedFieldTracker.MAX_COLUMNS; i++) {
      header.append(i == 0 ? "" : ",").append('h').append(i);
      row.append(i == 0 ? "" : ",").append('v').append(i);
    }
    List<String> values = TrackedValues.of(StructuredFormat.CSV, header + "\n" + row + "\n");
    assertThat(values).hasSize(DelimitedFieldTracker.MAX_COLUMNS).startsWith("h0=v0");
  }
}
