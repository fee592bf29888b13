package dev.kalkan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTextTest {

  private static String sample(boolean pretty) {
    StringBuilder out = new StringBuilder();
    new JsonText(out, pretty)
        .beginObject()
        .field("name", "say \"hi\"\\now\n")
        .field("count", 3)
        .numberField("price", "19.99")
        .name("tags")
        .beginArray()
        .value("a")
        .value(true)
        .endArray()
        .name("empty")
        .beginObject()
        .endObject()
        .endObject();
    return out.toString();
  }

  @Test
  void compactWhenWrittenThenOneLineWithCommasAndEscapes() {
    assertThat(sample(false))
        .isEqualTo(
            "{\"name\":\"say \\\"hi\\\"\\\\now\\n\",\"count\":3,\"price\":19.99,"
                + "\"tags\":[\"a\",true],\"empty\":{}}");
  }

  @Test
  void prettyWhenWrittenThenTwoSpaceIndentation() {
    assertThat(sample(true))
        .isEqualTo(
            """
            {
              "name": "say \\"hi\\"\\\\now\\n",
              "count": 3,
              "price": 19.99,
              "tags": [
                "a",
                true
              ],
              "empty": {}
            }""");
  }

  @Test
  void eitherLayoutWhenParsedThenSameDocument() {
    assertThat(Json.parse(sample(true))).isEqualTo(Json.parse(sample(false)));
    assertThat(Json.parse(sample(false)).get("name").asString()).isEqualTo("say \"hi\"\\now\n");
  }
}
