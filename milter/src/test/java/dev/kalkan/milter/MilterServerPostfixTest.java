package dev.kalkan.milter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.Scanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Kalkan's milter behind a real Postfix: messages go in through Postfix's SMTP server (sent with
 * swaks), Postfix asks the {@link MilterServer}, and accepted mail is relayed to a local {@link
 * SmtpSink}. The decider is the {@link ScannerMessageDecider} with {@code corp.example} as the
 * internal domain; subjects containing {@code [hold]} are quarantined (a test policy, to exercise
 * the quarantine path).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MilterServerPostfixTest {
  private static final Duration DELIVERY = Duration.ofSeconds(30);
  private static final String SENDER = "ops@corp.example";
  private static final int MAX_MESSAGE = 1 << 20;

  private final List<MessageVerdict> verdicts = new CopyOnWriteArrayList<>();
  private final List<MailMessage> decided = new CopyOnWriteArrayList<>();
  private SmtpSink sink;
  private MilterServer milter;
  private PostfixInstance postfix;
  private Path work;
  private int markers;

  @BeforeAll
  void start() throws Exception {
    ScannerMessageDecider scanner =
        ScannerMessageDecider.builder(Scanner.withDefaults())
            .internalDomains(List.of("corp.example"))
            .build();
    MessageDecider decider =
        m -> {
          MessageVerdict v =
              m.subject().orElse("").contains("[hold]")
                  ? MessageVerdict.quarantine("held for review by the test policy")
                  : scanner.decide(m);
          decided.add(m);
          verdicts.add(v);
          return v;
        };
    try {
      work = Files.createTempDirectory("kalkan-milter-test-");
      sink = new SmtpSink(true);
      milter = MilterServer.builder(decider).port(0).maxMessageSize(MAX_MESSAGE).build().start();
      postfix = new PostfixInstance(milter.port(), sink.port());
    } catch (Exception | AssertionError e) {
      stop();
      throw e;
    }
  }

  @AfterAll
  void stop() throws Exception {
    try {
      if (postfix != null) {
        postfix.close();
      }
    } finally {
      if (milter != null) {
        milter.close();
      }
      if (sink != null) {
        sink.close();
      }
      if (work != null) {
        try (var files = Files.list(work)) {
          for (Path p : files.toList()) {
            Files.deleteIfExists(p);
          }
        }
        Files.deleteIfExists(work);
      }
    }
  }

  private Swaks.Outcome send(int port, List<String> to, TestMessages.Mime mime)
      throws IOException, InterruptedException {
    return Swaks.send(port, SENDER, to, mime.bytes(), work);
  }

  /** The next delivery, failing with Postfix's log when none arrives. */
  private SmtpSink.Delivery delivered() throws Exception {
    SmtpSink.Delivery d = sink.next(DELIVERY);
    assertThat(d).as("a delivery at the sink; Postfix log:\n%s", tail()).isNotNull();
    return d;
  }

  /**
   * Proves that nothing else reached the sink: a clean marker message sent now is the next delivery
   * (Postfix refused the earlier message at end of data, so it never entered the queue).
   */
  private void assertNothingDeliveredBefore() throws Exception {
    String subject = "marker " + (++markers);
    TestMessages.Mime marker =
        TestMessages.multipart(SENDER, "boss@corp.example", subject, TestMessages.text("marker"));
    assertThat(send(postfix.smtpPort(), List.of("boss@corp.example"), marker).exit()).isZero();
    SmtpSink.Delivery next = delivered();
    assertThat(next.headers()).contains("Subject: " + subject);
  }

  /** Bytes as ISO-8859-1 text: equal exactly when the bytes are, with a readable diff. */
  private static String latin1(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private String tail() throws IOException {
    return PostfixInstance.tail(postfix.maillog(), 3000);
  }

  private MessageVerdict.Reject lastReject() {
    List<MessageVerdict> rejects = new ArrayList<>(verdicts);
    rejects.removeIf(v -> !(v instanceof MessageVerdict.Reject));
    assertThat(rejects).isNotEmpty();
    return (MessageVerdict.Reject) rejects.getLast();
  }

  @Test
  void orderReportToGmailIsRejectedWithTheIncidentReference() throws Exception {
    Swaks.Outcome out =
        send(
            postfix.smtpPort(),
            List.of("buyer.lookup@gmail.com"),
            TestMessages.orderReport(SENDER, "buyer.lookup@gmail.com"));

    assertThat(out.exit()).as(out.transcript()).isEqualTo(26);
    String ref = lastReject().incidentReference();
    assertThat(out.finalReply())
        .startsWith("550 5.7.1 Message carries sensitive data (AMAZON_BUYER_EMAIL")
        .contains("gmail.com")
        .endsWith("(incident " + ref + ")");
    assertThat(postfix.maillog()).contains("milter-reject: END-OF-MESSAGE");
    assertNothingDeliveredBefore();
  }

  @Test
  void orderReportToInternalRecipientIsDeliveredIntact() throws Exception {
    TestMessages.Mime mime = TestMessages.orderReport(SENDER, "boss@corp.example");

    Swaks.Outcome out = send(postfix.smtpPort(), List.of("boss@corp.example"), mime);

    assertThat(out.exit()).as(out.transcript()).isZero();
    assertThat(out.finalReply()).startsWith("250 2.0.0 Ok: queued");
    SmtpSink.Delivery d = delivered();
    assertThat(d.sender()).isEqualTo(SENDER);
    assertThat(d.recipients()).containsExactly("boss@corp.example");
    assertThat(d.headers()).contains("Subject: Unshipped orders report").doesNotContain("X-Kalkan");
    assertThat(latin1(d.body())).isEqualTo(latin1(mime.body()));
  }

  @Test
  void cleanMessageToGmailIsDelivered() throws Exception {
    TestMessages.Mime mime = TestMessages.clean(SENDER, "friend@gmail.com");

    Swaks.Outcome out = send(postfix.smtpPort(), List.of("friend@gmail.com"), mime);

    assertThat(out.exit()).as(out.transcript()).isZero();
    SmtpSink.Delivery d = delivered();
    assertThat(d.recipients()).containsExactly("friend@gmail.com");
    assertThat(latin1(d.body())).isEqualTo(latin1(mime.body()));
    assertThat(d.headers()).doesNotContain("X-Kalkan");
  }

  @Test
  void orderReportToInternalAndExternalRecipientsIsRejectedForAll() throws Exception {
    List<String> to = List.of("boss@corp.example", "partner@gmail.com");

    Swaks.Outcome out =
        send(postfix.smtpPort(), to, TestMessages.orderReport(SENDER, String.join(", ", to)));

    assertThat(out.exit()).as(out.transcript()).isEqualTo(26);
    assertThat(out.finalReply())
        .startsWith("550 5.7.1 ")
        .contains("outside the organisation (gmail.com)")
        .endsWith("(incident " + lastReject().incidentReference() + ")");
    assertNothingDeliveredBefore();
  }

  @Test
  void internalDataToGmailIsDeliveredWithTheDecisionHeader() throws Exception {
    TestMessages.Mime mime =
        TestMessages.multipart(
            SENDER,
            "dev@gmail.com",
            "app registration",
            TestMessages.text(
                "Our app id is amzn1.application-oa2-client.0123456789abcdef0123456789abcdef\r\n"));

    Swaks.Outcome out = send(postfix.smtpPort(), List.of("dev@gmail.com"), mime);

    assertThat(out.exit()).as(out.transcript()).isZero();
    SmtpSink.Delivery d = delivered();
    assertThat(d.headers())
        .containsPattern(
            "X-Kalkan-Decision: ALERT; incident=KLK-[A-Z2-9]{12}; classification=INTERNAL");
    assertThat(latin1(d.body())).isEqualTo(latin1(mime.body()));
  }

  @Test
  void quarantinedMessageIsHeldByPostfix() throws Exception {
    TestMessages.Mime held =
        TestMessages.multipart(
            SENDER, "friend@gmail.com", "[hold] weekly numbers", TestMessages.text("numbers"));

    Swaks.Outcome out = send(postfix.smtpPort(), List.of("friend@gmail.com"), held);

    assertThat(out.exit()).as(out.transcript()).isZero();
    assertThat(postfix.queue()).contains("\"queue_name\": \"hold\"").contains("friend@gmail.com");
    assertThat(postfix.maillog()).contains("milter-hold: END-OF-MESSAGE");
    assertNothingDeliveredBefore();
  }

  @Test
  void kalkanDownMeansTempfail() throws Exception {
    Swaks.Outcome out =
        send(
            postfix.downSmtpPort(),
            List.of("friend@gmail.com"),
            TestMessages.clean(SENDER, "friend@gmail.com"));

    assertThat(out.exit()).as(out.transcript()).isIn(23, 24, 25, 26);
    assertThat(out.transcript()).contains("451 4.7.1 Service unavailable - try again later");
    assertNothingDeliveredBefore();
  }

  @Test
  void messageOverTheInspectionLimitToGmailIsRejected() throws Exception {
    byte[] filler = new byte[MAX_MESSAGE + (MAX_MESSAGE >> 1)];
    new java.util.Random(7).nextBytes(filler);
    TestMessages.Mime big =
        TestMessages.multipart(
            SENDER,
            "friend@gmail.com",
            "holiday photos",
            TestMessages.text("photos attached"),
            TestMessages.attachment("photos.bin", "application/octet-stream", filler));

    Swaks.Outcome out = send(postfix.smtpPort(), List.of("friend@gmail.com"), big);

    assertThat(out.exit()).as(out.transcript()).isEqualTo(26);
    assertThat(out.finalReply())
        .startsWith("550 5.7.1 Message could not be fully inspected")
        .endsWith("(incident " + lastReject().incidentReference() + ")");
    assertThat(decided.getLast().fullyInspected()).isFalse();
    assertThat(decided.getLast().size()).isGreaterThan(MAX_MESSAGE);
    assertNothingDeliveredBefore();
  }

  @Test
  void deciderSeesTheSaslLoginClientAndEveryRecipient() throws Exception {
    List<String> to = List.of("a@corp.example", "b@corp.example");
    TestMessages.Mime mime = TestMessages.clean(SENDER, String.join(", ", to));

    Swaks.Outcome out =
        Swaks.send(
            postfix.smtpPort(),
            SENDER,
            to,
            mime.bytes(),
            work,
            List.of("--xclient-login", "alice"));

    assertThat(out.exit()).as(out.transcript()).isZero();
    MailMessage m = decided.getLast();
    assertThat(m.authenticatedUser()).isEqualTo("alice");
    assertThat(m.sender()).isEqualTo(SENDER);
    assertThat(m.recipients()).containsExactlyElementsOf(to);
    assertThat(m.clientAddress()).isEqualTo("127.0.0.1");
    assertThat(m.queueId()).matches("[0-9A-F]{6,}");
    assertThat(m.subject()).contains("Lunch on Friday");
    assertThat(delivered().recipients()).containsExactlyElementsOf(to);
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void afterAllMessagesNeitherSideSawAProtocolProblem() throws IOException {
    MilterMetrics m = milter.metrics();

    assertThat(m.connections()).isPositive();
    assertThat(m.messages()).isGreaterThanOrEqualTo(10);
    assertThat(m.protocolErrors()).isZero();
    assertThat(m.internalErrors()).isZero();
    assertThat(postfix.maillog()).doesNotContain("warning: milter").doesNotContain("panic");
  }
}
