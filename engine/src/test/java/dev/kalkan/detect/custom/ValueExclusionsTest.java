package dev.kalkan.detect.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValueExclusionsTest {
  private final ValueExclusions exclusions =
      ValueExclusions.compile(List.of("10\\.0\\.0\\.\\d+", "(?i)test@example\\.com"));

  @Test
  void excludesWhenAPatternMatchesTheWholeValueThenTrue() {
    assertThat(exclusions.excludes("10.0.0.7")).isTrue();
    assertThat(exclusions.excludes("TEST@example.com")).isTrue();
  }

  @Test
  void excludesWhenAPatternMatchesOnlyPartThenFalse() {
    assertThat(exclusions.excludes("110.0.0.7")).isFalse();
    assertThat(exclusions.excludes("10.0.0.7:8080")).isFalse();
    assertThat(exclusions.excludes("mytest@example.com")).isFalse();
  }

  @Test
  void excludesWhenNoPatternsThenNothing() {
    assertThat(ValueExclusions.compile(List.of()).excludes("10.0.0.7")).isFalse();
  }

  @Test
  void compileWhenPatternInvalidThenRejectedWithReason() {
    assertThatThrownBy(() -> ValueExclusions.compile(List.of("(?<=a)b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid RE2 pattern");
  }
}
