package dev.kalkan.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8WriterTest {
  @ParameterizedTest
  @ValueSource(
      strings = {"", "plain ascii", "Çağrı Şükrü İğdır", "€ 12,99", "emoji 😀 and 𝄞", "日本語のテキスト"})
  void writeWhenAnyTextThenBytesEqualTheJdkEncoding(String text) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Utf8Writer writer = new Utf8Writer(out);
    writer.write(text);
    writer.write(text.toCharArray(), 0, text.length());
    writer.write('!');
    writer.flush();
    assertThat(out.toByteArray()).isEqualTo((text + text + "!").getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 65_535, 65_536, 200_000})
  void writeWhenLongerThanTheBufferThenNothingIsLost(int length) throws Exception {
    String text = "ş1".repeat(length / 2 + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Utf8Writer writer = new Utf8Writer(out);
    writer.write(text);
    writer.close();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD800", "a\uDC00b"})
  void writeWhenLoneSurrogateThenQuestionMarkLikeTheJdk(String text) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Utf8Writer writer = new Utf8Writer(out);
    writer.write(text);
    writer.flush();
    assertThat(out.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }
}
