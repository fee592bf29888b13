package dev.kalkan.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EscaperTest {

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          ''                      => ''
          plain                   => plain
          'say "hi"'              => 'say \\"hi\\"'
          'C:\\dir'               => 'C:\\\\dir'
          '\b\f\n\r\t'            => '\\b\\f\\n\\r\\t'
          '\u0001\u001f'          => '\\u0001\\u001f'
          '\u001b[31m'            => '\\u001b[31m'
          '\u007f \u0085 \u2028'  => '\u007f \u0085 \u2028'
          'Zoë, Çağ, 東京'         => 'Zoë, Çağ, 東京'
          'smile \uD83D\uDE00'    => 'smile \uD83D\uDE00'
          'lone \uD83D end'       => 'lone \uFFFD end'
          'lone \uDE00'           => 'lone \uFFFD'
          'reversed \uDE00\uD83D' => 'reversed \uFFFD\uFFFD'
          """)
  void jsonEscapesWhatJsonRequiresAndNothingElse(String text, String expected) {
    assertThat(write(Escaper.JSON, text)).isEqualTo(expected);
  }

  @Test
  void jsonWhenNulThenUnicodeEscape() {
    assertThat(write(Escaper.JSON, "a\u0000b")).isEqualTo("a\\u0000b");
  }

  @Property
  void jsonWhenParsedBackThenSameText(
      @ForAll @CharRange(from = '\u0000', to = '\uD7FF') @CharRange(from = '\uE000', to = '\uFFFF')
          String text) {
    String json = "\"" + write(Escaper.JSON, text) + "\"";

    assertThat(ReportFixture.parse(json).stringValue()).isEqualTo(text);
  }

  @Property
  void jsonNeverEmitsAControlCharacterOrALoneSurrogate(@ForAll String text) {
    String json = write(Escaper.JSON, text);

    assertThat(json.chars()).noneMatch(c -> c < 0x20);
    assertThat(json.codePoints()).noneMatch(c -> c >= 0xD800 && c <= 0xDFFF);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          ''                       => ''
          'src/a b.txt'            => 'src/a b.txt'
          'C:\\dir "x"'            => 'C:\\dir "x"'
          'line\nnext\r\tend'      => 'line\\nnext\\r\\tend'
          '\u001b[2J\u0007'        => '\\u001b[2J\\u0007'
          'del \u007f c1 \u009b'   => 'del \\u007f c1 \\u009b'
          'abc\u202edcba'          => 'abc\\u202edcba'
          '\u2028\u2029\u200f\u2066\u061c' => '\\u2028\\u2029\\u200f\\u2066\\u061c'
          'Zoë, Çağ, 東京 \u00a0'   => 'Zoë, Çağ, 東京 \u00a0'
          'smile \uD83D\uDE00'     => 'smile \uD83D\uDE00'
          'lone \uDE00\uD83D'      => 'lone \uFFFD\uFFFD'
          """)
  void terminalEscapesWhatCouldDriveTheTerminalOrBreakTheLine(String text, String expected) {
    assertThat(write(Escaper.TERMINAL, text)).isEqualTo(expected);
  }

  @Property
  void terminalNeverEmitsAControlOrBidiCharacter(@ForAll String text) {
    assertThat(write(Escaper.TERMINAL, text).codePoints())
        .noneMatch(
            c ->
                c < 0x20
                    || (c >= 0x7F && c <= 0x9F)
                    || c == 0x061C
                    || (c >= 0x2028 && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069)
                    || (c >= 0xD800 && c <= 0xDFFF));
  }

  static String write(Escaper escaper, String text) {
    StringWriter out = new StringWriter();
    try {
      escaper.write(out, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
