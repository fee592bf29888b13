package dev.kalkan.milter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageVerdictTest {

  @Test
  void rejectWhenValidThenSmtpReplyNamesTheIncident() {
    assertThat(
            MessageVerdict.reject("INC-2026-0042", "Amazon Information may not leave").smtpReply())
        .isEqualTo("550 5.7.1 Amazon Information may not leave (incident INC-2026-0042)");
  }

  @Test
  void tempfailWhenValidThen451() {
    assertThat(MessageVerdict.tempfail("try later").smtpReply()).isEqualTo("451 4.7.1 try later");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-starts-with-dash", "has space", "a\r\nb", "ref;drop"})
  void rejectWhenReferenceInvalidThenRefused(String reference) {
    assertThatThrownBy(() -> MessageVerdict.reject(reference, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("incident reference");
  }

  @ParameterizedTest
  @ValueSource(strings = {"line\r\n250 injected", "tab\there", "ümlaut", " ", ""})
  void reasonWhenNotOnePrintableAsciiLineThenRefused(String reason) {
    assertThatThrownBy(() -> MessageVerdict.tempfail(reason))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reasonWhenTooLongThenRefused() {
    assertThatThrownBy(() -> MessageVerdict.quarantine("x".repeat(301)))
        .hasMessageContaining("1-300 characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"X-Kalkan:Decision", "X Kalkan", "", "X-\u00c4"})
  void headerWhenNameInvalidThenRefused(String name) {
    assertThatThrownBy(() -> MessageVerdict.acceptWithHeader(name, "v"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void headerWhenValueHasLineBreakThenRefused() {
    assertThatThrownBy(() -> MessageVerdict.acceptWithHeader("X-A", "a\r\nBcc: evil@example.com"))
        .hasMessageContaining("one line");
  }

  @Test
  void acceptWhenHeadersGivenThenImmutableCopy() {
    var headers =
        new java.util.ArrayList<>(java.util.List.of(new MessageVerdict.AddedHeader("X-A", "1")));
    MessageVerdict.Accept accept = new MessageVerdict.Accept(headers);
    headers.clear();

    assertThat(accept.headers()).hasSize(1);
    assertThatThrownBy(() -> accept.headers().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
