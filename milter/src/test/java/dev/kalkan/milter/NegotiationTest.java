package dev.kalkan.milter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NegotiationTest {

  @Test
  void answerWhenPostfixVersion6OfferThenWantedFlagsAllKept() throws MilterProtocolException {
    Negotiation n = Negotiation.answer(new MilterCommand.Negotiate(6, 0x1FF, 0x1FFFFF));

    assertThat(n.version()).isEqualTo(6);
    assertThat(n.actions()).isEqualTo(Negotiation.WANTED_ACTIONS);
    assertThat(n.protocol()).isEqualTo(Negotiation.WANTED_PROTOCOL);
    assertThat(n.mayAddHeaders()).isTrue();
    assertThat(n.mayQuarantine()).isTrue();
    assertThat(n.maySkip()).isFalse();
  }

  @Test
  void answerWhenSkipOfferedWithoutBodyNoReplyThenSkipUsable() throws MilterProtocolException {
    Negotiation n = Negotiation.answer(new MilterCommand.Negotiate(6, 0x1FF, 0x1FFFFF & ~0x80000));

    assertThat(n.maySkip()).isTrue();
    assertThat(n.expectsReply(MilterCommand.BODY)).isTrue();
  }

  @Test
  void answerWhenNewerVersionOfferedThenSix() throws MilterProtocolException {
    assertThat(Negotiation.answer(new MilterCommand.Negotiate(8, 0x1FF, 0x1FFFFF)).version())
        .isEqualTo(6);
  }

  @Test
  void answerWhenVersion1ThenProtocolError() {
    assertThatThrownBy(() -> Negotiation.answer(new MilterCommand.Negotiate(1, 0x1FF, 0x7F)))
        .isInstanceOf(MilterProtocolException.class)
        .hasMessageContaining("below 2");
  }

  @Test
  void answerWhenOldMtaThenOnlyOfferedFlagsAndEveryEventAnswered() throws MilterProtocolException {
    Negotiation n = Negotiation.answer(new MilterCommand.Negotiate(2, 0x01, 0x7F));

    assertThat(n.actions()).isEqualTo(0x01);
    assertThat(n.protocol()).isEqualTo(Negotiation.SMFIP_NOHELO);
    assertThat(n.mayQuarantine()).isFalse();
    assertThat(n.maySkip()).isFalse();
    for (byte code :
        new byte[] {
          MilterCommand.CONNECT,
          MilterCommand.MAIL,
          MilterCommand.RCPT,
          MilterCommand.HEADER,
          MilterCommand.EOH,
          MilterCommand.BODY,
          MilterCommand.EOB
        }) {
      assertThat(n.expectsReply(code)).as("reply to '%c'", (char) code).isTrue();
    }
  }

  @Test
  void expectsReplyWhenNoReplyFlagsNegotiatedThenOnlyBodyAndEndOfMessage()
      throws MilterProtocolException {
    Negotiation n = Negotiation.answer(new MilterCommand.Negotiate(6, 0x1FF, 0x1FFFFF));

    assertThat(n.expectsReply(MilterCommand.CONNECT)).isFalse();
    assertThat(n.expectsReply(MilterCommand.MAIL)).isFalse();
    assertThat(n.expectsReply(MilterCommand.RCPT)).isFalse();
    assertThat(n.expectsReply(MilterCommand.HEADER)).isFalse();
    assertThat(n.expectsReply(MilterCommand.EOH)).isFalse();
    assertThat(n.expectsReply(MilterCommand.BODY)).isFalse();
    assertThat(n.expectsReply(MilterCommand.EOB)).isTrue();
    assertThat(n.expectsReply(MilterCommand.HELO)).isTrue();
    assertThat(n.expectsReply(MilterCommand.MACRO)).isFalse();
    assertThat(n.expectsReply(MilterCommand.ABORT)).isFalse();
    assertThat(n.expectsReply(MilterCommand.QUIT)).isFalse();
  }

  @Test
  void maySkipWhenBodyRepliesSuppressedThenFalse() {
    Negotiation n = new Negotiation(6, 0, Negotiation.SMFIP_SKIP | Negotiation.SMFIP_NR_BODY);

    assertThat(n.maySkip()).isFalse();
    assertThat(n.expectsReply(MilterCommand.BODY)).isFalse();
  }
}
