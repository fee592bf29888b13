package dev.kalkan.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonStringsTest {

  @Test
  void unescapeWhenEscapesThenTheCharactersTheyStandFor() {
    assertThat(JsonStrings.unescape("plain")).isEqualTo("plain");
    assertThat(JsonStrings.unescape("J\\u00f6rg")).isEqualTo("Jörg");
    assertThat(JsonStrings.unescape("a\\nb\\tc\\rd")).isEqualTo("a\nb\tc\rd");
    assertThat(JsonStrings.unescape("q\\\"x\\\\y\\/z")).isEqualTo("q\"x\\y/z");
  }

  @Test
  void unescapeWhenMalformedEscapeThenKeptAsWritten() {
    assertThat(JsonStrings.unescape("bad \\u00zz")).isEqualTo("bad \\u00zz");
    assertThat(JsonStrings.unescape("short \\u00f")).isEqualTo("short \\u00f");
    assertThat(JsonStrings.unescape("end\\")).isEqualTo("end\\");
  }

  @Test
  void unescapeWhenSourceGivenThenEachDecodedCharMapsToWhereItWasWritten() {
    String json = "Ay\\u015fe\\nX";
    int[] source = new int[json.length() + 1];
    String decoded = JsonStrings.unescape(json, source);
    assertThat(decoded).isEqualTo("Ayşe\nX");
    assertThat(source).startsWith(0, 1, 2, 8, 9, 11, json.length());
  }
}
