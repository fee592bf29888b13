package dev.kalkan.milter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MilterServerTest {
  private final List<MailMessage> seen = new CopyOnWriteArrayList<>();
  private MilterServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private MilterServer start(MessageDecider decider) throws IOException {
    return start(MilterServer.builder(decider));
  }

  private MilterServer start(MilterServer.Builder builder) throws IOException {
    server = builder.port(0).build().start();
    return server;
  }

  private MessageDecider recording(MessageVerdict verdict) {
    return m -> {
      seen.add(m);
      return verdict;
    };
  }

  private static List<MilterReply> sendOrderReport(FakeMta mta, String login) throws IOException {
    TestMessages.Mime mime = TestMessages.orderReport("ops@corp.example", "x@gmail.com");
    return mta.transaction(
        "ops@corp.example",
        List.of("x@gmail.com", "boss@corp.example"),
        mime.headers(),
        mime.body(),
        login);
  }

  @Test
  void negotiateWhenPostfixOfferThenAsksOnlyForWhatItUses() throws IOException {
    start(recording(MessageVerdict.accept()));

    try (FakeMta mta = new FakeMta(server.port())) {
      assertThat(mta.negotiated.version()).isEqualTo(6);
      assertThat(mta.negotiated.actions()).isEqualTo(0x21);
      assertThat(mta.negotiated.protocol())
          .isEqualTo(
              0x2 | 0x100 | 0x200 | 0x400 | 0x1000 | 0x4000 | 0x8000 | 0x80 | 0x40000 | 0x80000);
    }
  }

  @Test
  void negotiateWhenMtaSpeaksVersion2ThenEveryEventIsAnswered() throws IOException {
    start(recording(MessageVerdict.accept()));

    try (FakeMta mta = new FakeMta(server.port(), 2, 0x3F, 0x7F)) {
      assertThat(mta.negotiated.version()).isEqualTo(2);
      assertThat(mta.negotiated.protocol()).isEqualTo(0x2);
      assertThat(sendOrderReport(mta, null)).containsExactly(new MilterReply.Accept());
    }
  }

  @Test
  void transactionWhenAcceptedThenDeciderSawTheWholeMessage() throws IOException {
    start(recording(MessageVerdict.accept()));

    try (FakeMta mta = new FakeMta(server.port())) {
      assertThat(sendOrderReport(mta, "alice")).containsExactly(new MilterReply.Accept());
    }

    MailMessage m = seen.getFirst();
    assertThat(m.sender()).isEqualTo("ops@corp.example");
    assertThat(m.authenticatedUser()).isEqualTo("alice");
    assertThat(m.clientAddress()).isEqualTo("127.0.0.1");
    assertThat(m.queueId()).isEqualTo("QID1");
    assertThat(m.recipients()).containsExactly("x@gmail.com", "boss@corp.example");
    assertThat(m.subject()).contains("Unshipped orders report");
    assertThat(m.textParts())
        .singleElement()
        .satisfies(p -> assertThat(p.text()).contains("unshipped orders"));
    assertThat(m.attachments())
        .extracting(MailMessage.Attachment::fileName)
        .containsExactly("UnshippedOrders.txt", "UnshippedOrders.xlsx");
    assertThat(new String(m.attachments().getFirst().content(), StandardCharsets.UTF_8))
        .isEqualTo(TestMessages.orderReportTsv());
    assertThat(m.fullyInspected()).isTrue();
    assertThat(server.metrics().accepted()).isEqualTo(1);
  }

  @Test
  void transactionWhenRejectedThenReplyCodeNamesTheIncident() throws IOException {
    start(
        recording(
            MessageVerdict.reject("KLK-TEST1", "Amazon Information may not go to gmail.com")));

    try (FakeMta mta = new FakeMta(server.port())) {
      assertThat(sendOrderReport(mta, null))
          .containsExactly(
              new MilterReply.ReplyCode(
                  "550 5.7.1 Amazon Information may not go to gmail.com (incident KLK-TEST1)"));
    }
    assertThat(server.metrics().rejected()).isEqualTo(1);
  }

  @Test
  void replyWhenReasonHasPercentThenDoubledForSendmailFormat() throws IOException {
    start(recording(MessageVerdict.tempfail("load at 100% - retry")));

    try (FakeMta mta = new FakeMta(server.port())) {
      assertThat(sendOrderReport(mta, null))
          .containsExactly(new MilterReply.ReplyCode("451 4.7.1 load at 100%% - retry"));
    }
  }

  @Test
  void transactionWhenAcceptWithHeaderThenHeaderThenAccept() throws IOException {
    start(recording(MessageVerdict.acceptWithHeader("X-Kalkan-Decision", "ALERT; incident=KLK-2")));

    try (FakeMta mta = new FakeMta(server.port())) {
      assertThat(sendOrderReport(mta, null))
          .containsExactly(
              new MilterReply.AddHeader("X-Kalkan-Decision", "ALERT; incident=KLK-2"),
              new MilterReply.Accept());
    }
    assertThat(server.metrics().headersAdded()).isEqualTo(1);
  }

  @Test
  void transactionWhenQuarantineThenQuarantineThenAccept() throws IOException {
    start(recording(MessageVerdict.quarantine("held for review, incident KLK-3")));

    try (FakeMta mta = new FakeMta(server.port())) {
      assertThat(sendOrderReport(mta, null))
          .containsExactly(
              new MilterReply.Quarantine("held for review, incident KLK-3"),
              new MilterReply.Accept());
    }
    assertThat(server.metrics().quarantined()).isEqualTo(1);
  }

  @Test
  void transactionWhenQuarantineNotOfferedThenRejected() throws IOException {
    start(recording(MessageVerdict.quarantine("held for review")));

    try (FakeMta mta = new FakeMta(server.port(), 6, 0x01, FakeMta.POSTFIX_PROTOCOL)) {
      assertThat(sendOrderReport(mta, null))
          .containsExactly(
              new MilterReply.ReplyCode("550 5.7.1 held for review (quarantine unavailable)"));
    }
  }

  @Test
  void transactionWhenDeciderThrowsThenTempfail() throws IOException {
    start(
        m -> {
          throw new IllegalStateException("policy store down");
        });

    try (FakeMta mta = new FakeMta(server.port())) {
      List<MilterReply> replies = sendOrderReport(mta, null);
      assertThat(replies).singleElement().isInstanceOf(MilterReply.ReplyCode.class);
      assertThat(((MilterReply.ReplyCode) replies.getFirst()).text()).startsWith("451 4.7.1 ");
    }
    assertThat(server.metrics().internalErrors()).isEqualTo(1);
    assertThat(server.metrics().tempfailed()).isEqualTo(1);
  }

  @Test
  void transactionWhenDeciderThrowsAndFailOpenThenAcceptedAsUninspected() throws IOException {
    start(
        MilterServer.builder(
                m -> {
                  throw new IllegalStateException("policy store down");
                })
            .failOpen(true));

    try (FakeMta mta = new FakeMta(server.port())) {
      assertThat(sendOrderReport(mta, null))
          .containsExactly(
              new MilterReply.AddHeader("X-Kalkan-Decision", "UNINSPECTED; reason=internal-error"),
              new MilterReply.Accept());
    }
    assertThat(server.metrics().failedOpen()).isEqualTo(1);
  }

  @Test
  void transactionWhenDeciderTooSlowThenTempfail() throws IOException {
    CountDownLatch never = new CountDownLatch(1);
    start(
        MilterServer.builder(
                m -> {
                  never.await();
                  return MessageVerdict.accept();
                })
            .decisionTimeout(Duration.ofMillis(200)));

    try (FakeMta mta = new FakeMta(server.port())) {
      List<MilterReply> replies = sendOrderReport(mta, null);
      assertThat(((MilterReply.ReplyCode) replies.getFirst()).text()).startsWith("451 4.7.1 ");
    }
  }

  @Test
  void transactionWhenOverSizeLimitWithBodyRepliesThenSkipAndNotFullyInspected()
      throws IOException {
    start(MilterServer.builder(recording(MessageVerdict.accept())).maxMessageSize(4096));
    byte[] body = "0123456789abcdef\r\n".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
    List<MilterReply> replies;

    try (FakeMta mta = new FakeMta(server.port(), 6, 0x1FF, FakeMta.POSTFIX_PROTOCOL & ~0x80000)) {
      mta.send(new MilterCommand.Mail(List.of("<a@corp.example>")));
      mta.send(new MilterCommand.Rcpt(List.of("<b@gmail.com>")));
      mta.send(new MilterCommand.Header("Subject", "big"));
      mta.send(new MilterCommand.EndOfHeaders());
      assertThat(mta.event(new MilterCommand.Body(java.util.Arrays.copyOf(body, 65535))))
          .isEqualTo(new MilterReply.Skip());
      replies = mta.endOfMessage();
    }

    assertThat(replies).containsExactly(new MilterReply.Accept());
    assertThat(seen.getFirst().fullyInspected()).isFalse();
    assertThat(seen.getFirst().size()).isGreaterThan(65535);
    assertThat(server.metrics().notFullyInspected()).isEqualTo(1);
  }

  @Test
  void transactionWhenOverSizeLimitWithoutBodyRepliesThenNotFullyInspected() throws IOException {
    start(MilterServer.builder(recording(MessageVerdict.accept())).maxMessageSize(4096));
    byte[] body = "0123456789abcdef\r\n".repeat(10_000).getBytes(StandardCharsets.US_ASCII);

    try (FakeMta mta = new FakeMta(server.port())) {
      assertThat(mta.transaction("a@corp.example", List.of("b@gmail.com"), List.of(), body, null))
          .containsExactly(new MilterReply.Accept());
    }

    assertThat(seen.getFirst().fullyInspected()).isFalse();
    assertThat(seen.getFirst().size()).isEqualTo(body.length);
  }

  @Test
  void connectionWhenAbortThenNextMessageStartsClean() throws IOException {
    start(recording(MessageVerdict.accept()));

    try (FakeMta mta = new FakeMta(server.port())) {
      mta.send(new MilterCommand.Macro((byte) 'M', Map.of("{auth_authen}", "mallory")));
      mta.send(new MilterCommand.Mail(List.of("<first@corp.example>")));
      mta.send(new MilterCommand.Rcpt(List.of("<a@gmail.com>")));
      mta.send(new MilterCommand.Abort());
      mta.send(new MilterCommand.Mail(List.of("<second@corp.example>")));
      mta.send(new MilterCommand.Rcpt(List.of("<b@gmail.com>")));
      mta.send(new MilterCommand.Header("Subject", "second"));
      assertThat(mta.endOfMessage()).containsExactly(new MilterReply.Accept());
    }

    MailMessage m = seen.getFirst();
    assertThat(m.sender()).isEqualTo("second@corp.example");
    assertThat(m.recipients()).containsExactly("b@gmail.com");
    assertThat(m.authenticatedUser()).isEmpty();
  }

  @Test
  void connectionWhenQuitNewConnectionThenNextSessionOnSameSocket() throws IOException {
    start(recording(MessageVerdict.accept()));

    try (FakeMta mta = new FakeMta(server.port())) {
      sendOrderReport(mta, null);
      mta.send(new MilterCommand.QuitNewConnection());
      mta.event(new MilterCommand.Connect("other", (byte) '4', 1, "192.0.2.7"));
      mta.send(new MilterCommand.Mail(List.of("<a@corp.example>")));
      mta.send(new MilterCommand.Rcpt(List.of("<b@gmail.com>")));
      assertThat(mta.endOfMessage()).containsExactly(new MilterReply.Accept());
      mta.send(new MilterCommand.Quit());
      assertThat(mta.closedByFilter()).isTrue();
    }
    assertThat(seen)
        .extracting(MailMessage::clientAddress)
        .containsExactly("127.0.0.1", "192.0.2.7");
  }

  /** Bytes that follow a valid negotiation; each must make the filter close the connection. */
  static Stream<Arguments> malformedAfterNegotiation() {
    return Stream.of(
        Arguments.of("unknown command", Bytes.of(new int[] {0, 0, 0, 1}, "Z")),
        Arguments.of("zero length", Bytes.of(new int[] {0, 0, 0, 0})),
        Arguments.of("length of 2 GiB", Bytes.of(new int[] {0x7F, 0xFF, 0xFF, 0xFF}, "B")),
        Arguments.of("length with the sign bit", Bytes.of(new int[] {0xFF, 0xFF, 0xFF, 0xF0}, "B")),
        Arguments.of(
            "oversized body chunk", Bytes.of(Bytes.length(MilterSession.MAX_PACKET + 1), "B")),
        Arguments.of("header without terminator", Bytes.of(new int[] {0, 0, 0, 8}, "LSubject")),
        Arguments.of(
            "second negotiation",
            new MilterCommand.Negotiate(6, 0x1FF, 0x1FFFFF).toPacket().toBytes()),
        Arguments.of(
            "connect with short port",
            Bytes.of(new int[] {0, 0, 0, 5}, "Ch\u00004", new int[] {1})));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedAfterNegotiation")
  void connectionWhenMalformedInputThenClosedWithoutHanging(String name, byte[] bytes)
      throws IOException {
    start(recording(MessageVerdict.accept()));

    try (FakeMta mta = new FakeMta(server.port())) {
      mta.send(new MilterCommand.Mail(List.of("<a@corp.example>")));
      mta.sendRaw(bytes);
      assertThat(mta.closedByFilter()).isTrue();
    }
    assertThat(server.metrics().protocolErrors()).isEqualTo(1);
    assertThat(seen).isEmpty();
  }

  @Test
  void connectionWhenCommandBeforeNegotiationThenClosed() throws IOException {
    start(recording(MessageVerdict.accept()));

    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      out.write(new MilterCommand.Mail(List.of("<a@b>")).toPacket().toBytes());
      out.flush();
      assertThat(s.getInputStream().read()).isEqualTo(-1);
    }
  }

  @Test
  void connectionWhenPacketTruncatedAndPeerHalfClosesThenClosed() throws IOException {
    start(recording(MessageVerdict.accept()));

    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      out.write(Bytes.of(new int[] {0, 0, 0, 13}, "O", new int[] {0, 0, 0}));
      s.shutdownOutput();
      assertThat(s.getInputStream().read()).isEqualTo(-1);
    }
    assertThat(server.metrics().protocolErrors()).isEqualTo(1);
  }

  @Test
  void connectionWhenPacketTruncatedAndPeerSilentThenClosedAfterReadTimeout() throws IOException {
    start(
        MilterServer.builder(recording(MessageVerdict.accept()))
            .readTimeout(Duration.ofMillis(300)));

    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      s.setSoTimeout(5000);
      s.getOutputStream().write(Bytes.of(new int[] {0, 0, 0, 13}, "O", new int[] {0, 0}));
      InputStream in = s.getInputStream();
      assertThat(in.read()).isEqualTo(-1);
    }
  }

  @Test
  void acceptWhenMaxConnectionsOpenThenFurtherConnectionClosedAtOnce() throws IOException {
    start(MilterServer.builder(recording(MessageVerdict.accept())).maxConnections(1));

    try (FakeMta first = new FakeMta(server.port());
        Socket second = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      second.setSoTimeout(5000);
      assertThat(second.getInputStream().read()).isEqualTo(-1);
      assertThat(sendOrderReport(first, null)).containsExactly(new MilterReply.Accept());
    }
    assertThat(server.metrics().connectionsRefused()).isEqualTo(1);
  }

  @Test
  void closeWhenConnectionsOpenThenTheyAreClosed() throws IOException {
    start(recording(MessageVerdict.accept()));

    try (FakeMta mta = new FakeMta(server.port())) {
      server.close();
      assertThat(mta.closedByFilter()).isTrue();
    }
  }

  @Test
  void startWhenPortInUseThenClearError() throws IOException {
    start(recording(MessageVerdict.accept()));
    MilterServer second =
        MilterServer.builder(m -> MessageVerdict.accept()).port(server.port()).build();

    assertThatThrownBy(second::start)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("cannot listen for milter connections on 127.0.0.1:" + server.port());
    second.close();
  }

  @Test
  void builderWhenInvalidSettingsThenRejected() {
    MilterServer.Builder b = MilterServer.builder(m -> MessageVerdict.accept());

    assertThatThrownBy(() -> b.port(70000)).hasMessageContaining("0-65535");
    assertThatThrownBy(() -> b.maxMessageSize(10)).hasMessageContaining("at least 1024");
    assertThatThrownBy(() -> b.readTimeout(Duration.ZERO)).hasMessageContaining("positive");
    assertThatThrownBy(() -> b.maxConnections(0)).hasMessageContaining("at least 1");
  }
}
