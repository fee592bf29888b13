package dev.kalkan.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransformTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "keep|KEEP|keep",
        "redact|REDACT|redact",
        "REDACT|REDACT|redact",
        "mask|MASK|mask:*:0",
        "mask:#|MASK|mask:#:0",
        "mask:*:4|MASK|mask:*:4",
        "replace|REPLACE|replace",
        "replace:<email>|REPLACE|replace:<email>",
        "replace:a:b|REPLACE|replace:a:b",
        "hash|HASH|hash",
        "hash:16|HASH|hash:16",
        "tokenize|TOKENIZE|tokenize",
      })
  void parseWhenValidSpecThenKindAndCanonicalForm(
      String spec, Transform.Kind kind, String canonical) {
    Transform t = Transform.parse(spec);
    assertThat(t.kind()).isEqualTo(kind);
    assertThat(t.spec()).isEqualTo(canonical);
    assertThat(Transform.parse(t.spec())).isEqualTo(t);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "shred|unknown transform 'shred'",
        "mask:x|must not be a letter",
        "mask:5:2|must not be a letter",
        "mask:*:-1|must be >= 0",
        "mask:*:four|'four' is not a number",
        "mask:**:4|one character",
        "hash:15|even number of hex digits",
        "hash:66|even number of hex digits",
        "tokenize:ff3|takes no options",
        "redact:x|takes no options",
      })
  void parseWhenInvalidSpecThenSaysWhy(String spec, String message) {
    assertThatThrownBy(() -> Transform.parse(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
