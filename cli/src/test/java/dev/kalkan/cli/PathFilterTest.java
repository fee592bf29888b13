package dev.kalkan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathFilterTest {
  @ParameterizedTest(name = "{0} excludes {1}: {2}")
  @CsvSource({
    "'**/node_modules/**', a/node_modules/x/y.js, true",
    "'**/node_modules/**', node_modules/y.js, true",
    "'**/node_modules/**', a/node_modules, true",
    "'**/node_modules/**', a/src/y.js, false",
    "'*.min.js', dist/app.min.js, true",
    "'*.min.js', dist/app.js, false",
    "'testdata/**', repo/testdata/orders.json, true",
    "'secret.txt', ./x/secret.txt, true",
  })
  void excludesWhenGlobGivenThenMatchesAsPeopleExpect(String glob, String path, boolean excluded) {
    assertThat(PathFilter.of(List.of(glob)).excludes(Path.of(path))).isEqualTo(excluded);
  }

  @org.junit.jupiter.api.Test
  void ofWhenGlobInvalidThenUsageErrorNamingIt() {
    assertThatThrownBy(() -> PathFilter.of(List.of("a[b")))
        .isInstanceOf(ErrorReporter.UsageException.class)
        .hasMessageContaining("invalid glob 'a[b'");
  }
}
