package dev.kalkan.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentFormatTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "orders.json|x|JSON",
        "orders.NDJSON|x|JSON",
        "orders.jsonl|x|JSON",
        "orders.csv|a b|CSV",
        "orders.tsv|a b|CSV",
        "NULL|'  {\"a\": 1}'|JSON",
        "notes.txt|[1, 2]|JSON",
        "report.txt|'amazon-order-id\tbuyer-email\n1\t2\n'|CSV",
        "report.txt|'a\tb\nno tabs here\n'|TEXT",
        "NULL|plain words, with commas|TEXT",
      })
  void detectWhenNameAndContentThenFormat(String name, String content, ContentFormat expected) {
    assertThat(ContentFormat.detect(name, content.replace("\\t", "\t").replace("\\n", "\n")))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"auto, ", "TEXT, TEXT", "json, JSON", "csv, CSV", "tsv, CSV"})
  void parseWhenKnownThenFormatOrNullForAuto(String name, ContentFormat expected) {
    assertThat(ContentFormat.parse(name)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void parseWhenUnknownThenListsKnown() {
    assertThatThrownBy(() -> ContentFormat.parse("pdf"))
        .hasMessage("unknown format 'pdf'; known: auto, text, json, csv");
  }
}
