package dev.kalkan.milter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The session's protocol behaviour is driven end to end in {@link MilterServerTest}. */
class MilterSessionTest {

  @ParameterizedTest
  @CsvSource({"<a@b.example>,a@b.example", "<>,''", "' <a@b> ',a@b", "a@b,a@b"})
  void addressWhenEnvelopeArgumentThenWithoutBrackets(String wire, String address) {
    assertThat(MilterSession.address(wire)).isEqualTo(address);
  }

  @ParameterizedTest
  @CsvSource({"100%,100%%", "no percent,no percent", "%%,%%%%"})
  void escapePercentWhenReplyTextThenDoubled(String text, String escaped) {
    assertThat(MilterSession.escapePercent(text)).isEqualTo(escaped);
  }

  @org.junit.jupiter.api.Test
  void utf8WhenSmtputf8AddressThenDecoded() {
    String wire =
        new String(
            "<müller@straße.de>".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

    assertThat(MilterSession.address(wire)).isEqualTo("müller@straße.de");
  }
}
