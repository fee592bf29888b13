package dev.kalkan.deid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonStringDecodingTest {

  @Test
  void ofWhenEscapesThenDecodedWithRawPositions() {
    String raw = "\"a\\nb\\u00e9\\\"\\q\"";
    JsonStringDecoding d = JsonStringDecoding.of(raw, 1, raw.length() - 1);
    assertThat(d.text()).isEqualTo("a\nb\u00e9\"q");
    assertThat(d.rawStart(1)).isEqualTo(2);
    assertThat(d.rawEnd(1)).isEqualTo(4);
    assertThat(d.rawStart(3)).isEqualTo(5);
    assertThat(d.rawEnd(3)).isEqualTo(11);
    assertThat(raw.substring(d.rawStart(5), d.rawEnd(5))).isEqualTo("\\q");
  }

  @Test
  void ofWhenBadUnicodeEscapeThenTakenLiterally() {
    String raw = "\\u12";
    assertThat(JsonStringDecoding.of(raw, 0, raw.length()).text()).isEqualTo("u12");
  }
}
