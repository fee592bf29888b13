package dev.kalkan.detect.edm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonlRecordReaderTest {

  private static List<String> read(String jsonl) throws IOException, EdmException {
    return EdmFixture.records(
        new JsonlRecordReader(new BufferedReader(new StringReader(jsonl)), "orders.jsonl"));
  }

  @Test
  void nextWhenFlatObjectsThenStringsAndNumbersAreValues() throws Exception {
    assertThat(
            read(
                "{\"name\":\"Ayşe Yılmaz\",\"phone\":905321234567,\"vip\":true,\"note\":null}\n"
                    + "\n"
                    + "{\"email\":\"a@x.com\"}\n"))
        .containsExactly("name=Ayşe Yılmaz;phone=905321234567;", "email=a@x.com;");
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "'{\"a\":\"1\"}\n{\"a\": [\"x\"]}' => line 2: the value of \"a\" is an object or array => nested",
        "'[1,2]' => line 1: expected a JSON object => array",
        "'{\"a\":\"1\"} {\"b\":\"2\"}' => line 1: more than one JSON value => two objects",
        "'{\"a\":\"secret value' => line 1: malformed JSON => unterminated",
      })
  void nextWhenMalformedThenErrorNamesTheLineAndNotTheValue(
      String jsonl, String message, String why) {
    assertThatThrownBy(() -> read(jsonl))
        .as(why)
        .isInstanceOf(EdmException.class)
        .hasMessageStartingWith("orders.jsonl " + message)
        .hasMessageNotContaining("secret");
  }
}
