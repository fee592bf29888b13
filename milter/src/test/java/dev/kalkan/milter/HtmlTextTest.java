package dev.kalkan.milter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<p>a<b>b</b></p>|' a b  '",
        "x&#64;y.com|x@y.com",
        "x&#x40;y&period;com|x@y.com",
        "a &amp; b &lt;c&gt;|a & b <c>",
        "<style>p{color:red}</style>t|'  t'",
        "<SCRIPT>var a='x@y.com'</SCRIPT>t|'  t'",
        "&unknown; &#xZZ; & alone|&unknown; &#xZZ; & alone",
        "text <unterminated|'text '"
      })
  void ofWhenHtmlThenReadableText(String html, String text) {
    assertThat(HtmlText.of(html)).isEqualTo(text);
  }
}
