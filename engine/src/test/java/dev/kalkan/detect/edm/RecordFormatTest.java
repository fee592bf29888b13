package dev.kalkan.detect.edm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordFormatTest {

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource({
    "customers.csv, CSV",
    "export.TSV, CSV",
    "orders.jsonl, JSONL",
    "orders.NDJSON, JSONL",
    "orders.json, JSONL",
    "records, CSV"
  })
  void forFileWhenExtensionThenFormat(String name, RecordFormat expected) {
    assertThat(RecordFormat.forFile(Path.of("dir", name))).isEqualTo(expected);
  }

  @Test
  void parseWhenNameInAnyCaseThenFormatAndWhenUnknownThenRejected() {
    assertThat(RecordFormat.parse(" JsonL ")).isEqualTo(RecordFormat.JSONL);
    assertThatThrownBy(() -> RecordFormat.parse("xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown records format 'xml'; use csv or jsonl");
  }
}
