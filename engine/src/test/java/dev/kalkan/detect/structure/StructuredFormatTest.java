package dev.kalkan.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class StructuredFormatTest {

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource({
    "orders.json, JSON",
    "/var/data/ORDERS.JSON, JSON",
    "events.jsonl, NDJSON",
    "events.ndjson, NDJSON",
    "report.csv, CSV",
    "report.tsv, TSV",
    "config.yml, YAML",
    "config.yaml, YAML",
    ".env, ENV",
    ".env.production, ENV",
    "prod.env, ENV",
    "application.properties, PROPERTIES",
    "backup.zip!/inner/orders.json, JSON",
    "C:\\data\\orders.csv, CSV",
    "Main.java, TEXT",
    "notes.md, TEXT"
  })
  void detectWhenExtensionKnownThenFormatFromName(String name, StructuredFormat expected) {
    byte[] head = "{\"not\":\"used\"}\n".getBytes(StandardCharsets.UTF_8);
    StructuredFormat actual = StructuredFormat.detect(name, head, head.length);
    assertThat(actual).isEqualTo(expected);
  }

  static Stream<Arguments> contents() {
    return Stream.of(
        Arguments.of("{\n  \"a\": 1\n}\n", StructuredFormat.JSON),
        Arguments.of("\ufeff  [ {\"a\": 1} ]", StructuredFormat.JSON),
        Arguments.of("{\"a\":1}\n{\"a\":2}\n{\"a\":", StructuredFormat.NDJSON),
        Arguments.of(
            "2024-05-01 INFO {\"a\":1}\n2024-05-01 WARN {\"b\":2}\n", StructuredFormat.NDJSON),
        Arguments.of("[INFO] started\n[INFO] stopped\n", StructuredFormat.TEXT),
        Arguments.of(
            "2024-05-01 INFO service started\n"
                + "2024-05-01 INFO {\"a\":1}\n2024-05-01 INFO {\"a\":2}\n"
                + "2024-05-01 INFO {\"a\":3}\n2024-05-01 INFO {\"a\":4}\n",
            StructuredFormat.NDJSON),
        Arguments.of(
            "2024-05-01 INFO started\n2024-05-01 INFO {\"a\":1}\n2024-05-01 WARN slow\n"
                + "2024-05-01 INFO {\"a\":2}\n",
            StructuredFormat.TEXT),
        Arguments.of(
            "order-id\torder-item-id\tbuyer-email\n111-1111111-1111111\t1\ta@b.c\n",
            StructuredFormat.TSV),
        Arguments.of(
            "order-id\tbuyer-name\tship-phone-number\r\n111-1111111-1111111\tAda\t\r\n"
                + "111-1111111-1111112\t\t \n",
            StructuredFormat.TSV),
        Arguments.of("a,b,c\n1,\"x, y\",3\n4,5,6\n", StructuredFormat.CSV),
        Arguments.of("Vorname;Nachname;Ort\nJörg;Brandstätter;Köln\nA;B;C\n", StructuredFormat.CSV),
        Arguments.of("# c\nexport A=1\nB=\"two\"\n", StructuredFormat.ENV),
        Arguments.of(
            "server.port=8080\nspring.datasource.url=jdbc:x\n", StructuredFormat.PROPERTIES),
        Arguments.of("---\na: 1\n", StructuredFormat.YAML),
        Arguments.of("name: kalkan\nitems:\n  - a\n  - b\n", StructuredFormat.YAML),
        Arguments.of("Dear John,\nthanks, see you soon.\n", StructuredFormat.TEXT),
        Arguments.of("Note: call me.\nI said: maybe, later.\n", StructuredFormat.TEXT),
        Arguments.of("one line", StructuredFormat.TEXT),
        Arguments.of("", StructuredFormat.TEXT));
  }

  @ParameterizedTest
  @MethodSource("contents")
  void detectWhenNameSaysNothingThenSniffsContent(String content, StructuredFormat expected) {
    byte[] head = new byte[4096];
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(bytes, 0, head, 0, bytes.length);
    assertThat(StructuredFormat.detect(null, head, bytes.length)).isEqualTo(expected);
    assertThat(StructuredFormat.detect("upload.txt", head, bytes.length)).isEqualTo(expected);
    assertThat(StructuredFormat.detect("app.log", head, bytes.length)).isEqualTo(expected);
  }

  @Test
  void detectWhenNameHasOtherExtensionThenTextWithoutSniffing() {
    byte[] json = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    assertThat(StructuredFormat.detect("page.html", json, json.length))
        .isEqualTo(StructuredFormat.TEXT);
  }
}
