package dev.kalkan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.extract.EncodedSpans.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncodedSpansTest {
  private static List<Span> find(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return EncodedSpans.find(b, b.length, 1 << 20);
  }

  private static String decoded(Span span) {
    return new String(span.decoded(), StandardCharsets.UTF_8);
  }

  @Test
  void findWhenStandardBase64OfTextThenDecodesIt() {
    String b64 = Base64.getEncoder().encodeToString("mail jane.doe@gmail.com".getBytes());
    List<Span> spans = find("token: " + b64 + " end");
    assertThat(spans).hasSize(1);
    assertThat(spans.get(0).start()).isEqualTo(7);
    assertThat(spans.get(0).end()).isEqualTo(7 + b64.length());
    assertThat(spans.get(0).encoding()).isEqualTo("base64");
    assertThat(decoded(spans.get(0))).isEqualTo("mail jane.doe@gmail.com");
  }

  @Test
  void findWhenUrlSafeBase64ThenDecodesIt() {
    String b64 =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"sub\":\"jane.doe@gmail.com\",\"n\":\"??>>\"}".getBytes());
    assertThat(b64).containsAnyOf("-", "_");
    List<Span> spans = find("eyJhbGciOiJIUzI1NiJ9." + b64 + ".sig");
    assertThat(spans).extracting(EncodedSpansTest::decoded).anyMatch(s -> s.contains("jane.doe"));
  }

  @Test
  void findWhenMimeLinesThenJoinsThem() {
    String b64 =
        Base64.getMimeEncoder()
            .encodeToString(("x".repeat(100) + " jane.doe@gmail.com").getBytes());
    assertThat(b64).contains("\r\n");
    List<Span> spans = find(b64 + "\n");
    assertThat(spans).hasSize(1);
    assertThat(decoded(spans.get(0))).endsWith("jane.doe@gmail.com");
  }

  @Test
  void findWhenGzipInsideBase64ThenNamesBothEncodings() throws IOException {
    String b64 =
        Base64.getEncoder()
            .encodeToString(TestDocuments.gzip("phone +90 532 123 45 67".getBytes()));
    List<Span> spans = find("\"" + b64 + "\"");
    assertThat(spans).extracting(Span::encoding).containsExactly("base64>gzip");
    assertThat(decoded(spans.get(0))).isEqualTo("phone +90 532 123 45 67");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", // sha-256
        "550e8400-e29b-41d4-a716-446655440000", // uuid
        "internationalization and localisation frameworks",
        "ThisIsAVeryLongCamelCaseIdentifierName",
        "/usr/local/lib/python3/site-packages/Django",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", // random bytes, not text
        "price 20% off, 100%25 sure? a=BC and b=12"
      })
  void findWhenOrdinaryTextOrHashesThenNothing(String text) {
    assertThat(find(text)).isEmpty();
  }

  @Test
  void findWhenPercentEncodedThenDecodesTheToken() {
    List<Span> spans = find("GET /?to=jane.doe%40gmail.com&x=1 HTTP/1.1");
    assertThat(spans).hasSize(1);
    assertThat(spans.get(0).encoding()).isEqualTo("percent");
    assertThat(decoded(spans.get(0))).isEqualTo("/?to=jane.doe@gmail.com&x=1");
  }

  @Test
  void findWhenQuotedPrintableWithSoftBreaksThenJoinsLines() {
    List<Span> spans = find("Sehr geehrte Frau M=C3=BCller, mail jane.doe@gm=\nail.com bitte\n");
    assertThat(spans).hasSize(1);
    assertThat(spans.get(0).encoding()).isEqualTo("quoted-printable");
    assertThat(decoded(spans.get(0)))
        .isEqualTo("Sehr geehrte Frau Müller, mail jane.doe@gmail.com bitte");
  }

  @Test
  void findWhenKeyValueLinesThenNoQuotedPrintable() {
    assertThat(find("color=FF0000\nsize=12\n")).isEmpty();
    assertThat(
            find(
                "spapi.db-host=192.168.57.248\nspapi.timeout-ms-2=22682\n"
                    + "spapi.build-commit=24d951e30654513a5a16b813793cd4f550c98b60\n"
                    + "spapi.password=\nspapi.secret=\n"))
        .isEmpty();
  }

  @Test
  void plausibleTextWhenBinaryThenFalse() {
    byte[] binary = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    assertThat(EncodedSpans.plausibleText(binary, binary.length, false)).isFalse();
    byte[] text = "plain text here".getBytes(StandardCharsets.UTF_8);
    assertThat(EncodedSpans.plausibleText(text, text.length, false)).isTrue();
  }
}
