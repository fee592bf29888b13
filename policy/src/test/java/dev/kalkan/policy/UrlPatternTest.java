package dev.kalkan.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlPatternTest {

  @ParameterizedTest
  @CsvSource({
    "drive.google.com/upload/**, https://drive.google.com/upload/a/b, true",
    "drive.google.com/upload/**, https://drive.google.com/download/a, false",
    "drive.google.com/upload/*, https://drive.google.com/upload/a, true",
    "drive.google.com/upload/*, https://drive.google.com/upload/a/b, false",
    "*.dropbox.com, https://dl.dropbox.com/s/x, true",
    "*.dropbox.com, https://dropbox.com/s/x, false",
    "*.dropbox.com, https://dl.dropbox.com.evil.example/, false",
    "**.dropbox.com/**, https://a.b.dropbox.com/x, true",
    "example.com/file?.txt, https://example.com/file1.txt, true",
    "example.com/file?.txt, https://example.com/file12.txt, false",
    "Example.COM/Upload, https://example.com/upload, true",
    "example.com/upload, https://example.com/%55pload, true",
    "example.com/a+b(c), https://example.com/a+b(c), true",
    "example.com/a+b(c), https://example.com/aab(c), false",
    "example.com/**, https://EXAMPLE.com:8443/x?y=1, true"
  })
  void matchesWhenGlobOverHostAndPathThenAsDocumented(String glob, String url, boolean expected) {
    assertThat(new UrlPattern(glob).matches(Destination.url(url))).isEqualTo(expected);
  }

  @Test
  void matchesWhenNotAUrlThenFalse() {
    UrlPattern pattern = new UrlPattern("example.com/**");

    assertThat(pattern.matches(Destination.email("a@example.com"))).isFalse();
    assertThat(pattern.matches(Destination.host("example.com"))).isFalse();
    assertThat(pattern.matches(Destination.none())).isFalse();
  }

  @Test
  void matchesWhenLongAdversarialPathThenLinearTime() {
    UrlPattern pattern = new UrlPattern("example.com/**a**a**a**a**a**b");
    Destination url = Destination.url("https://example.com/" + "a".repeat(100_000));

    assertThat(pattern.matches(url)).isFalse();
  }

  @Test
  void newWhenSchemeOrEmptyThenRejected() {
    assertThatThrownBy(() -> new UrlPattern("https://dropbox.com/**"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("URL patterns match host and path: write 'dropbox.com/**' without the scheme");
    assertThatThrownBy(() -> new UrlPattern(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
