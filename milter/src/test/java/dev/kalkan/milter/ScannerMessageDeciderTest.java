package dev.kalkan.milter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.detect.Scanner;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScannerMessageDeciderTest {
  private final ScannerMessageDecider decider =
      ScannerMessageDecider.builder(Scanner.withDefaults())
          .internalDomains(List.of("corp.example"))
          .incidentReferences(() -> "KLK-FIXED")
          .build();

  private static MailMessage message(
      List<String> recipients,
      String subject,
      List<MailMessage.TextPart> text,
      List<MailMessage.Attachment> attachments,
      boolean complete) {
    return new MailMessage(
        "Q1",
        "ops@corp.example",
        "",
        "127.0.0.1",
        recipients,
        List.of(new MailMessage.Header("Subject", subject)),
        text,
        attachments,
        complete,
        1000);
  }

  private static MailMessage withReport(List<String> recipients) {
    return message(
        recipients,
        "Unshipped orders report",
        List.of(new MailMessage.TextPart("text/plain", "attached are today's orders")),
        List.of(
            new MailMessage.Attachment(
                "UnshippedOrders.txt",
                "text/tab-separated-values",
                "",
                TestMessages.orderReportTsv().getBytes(StandardCharsets.UTF_8))),
        true);
  }

  private static MailMessage plain(List<String> recipients, String body) {
    return message(
        recipients,
        "Hello",
        List.of(new MailMessage.TextPart("text/plain", body)),
        List.of(),
        true);
  }

  @Test
  void decideWhenOrderReportToGmailThenRejectNamingTypesDomainAndIncident() {
    MessageVerdict v = decider.decide(withReport(List.of("someone@gmail.com")));

    assertThat(v).isInstanceOf(MessageVerdict.Reject.class);
    MessageVerdict.Reject r = (MessageVerdict.Reject) v;
    assertThat(r.incidentReference()).isEqualTo("KLK-FIXED");
    assertThat(r.smtpReply())
        .startsWith("550 5.7.1 Message carries sensitive data (AMAZON_BUYER_EMAIL")
        .contains("gmail.com")
        .endsWith("(incident KLK-FIXED)")
        .doesNotContain("marketplace.amazon");
  }

  @Test
  void decideWhenOrderReportToInternalRecipientsThenAccept() {
    assertThat(decider.decide(withReport(List.of("boss@corp.example", "it@eu.corp.example"))))
        .isEqualTo(MessageVerdict.accept());
  }

  @Test
  void decideWhenOneOfSeveralRecipientsExternalThenRejectWholeMessage() {
    MessageVerdict v = decider.decide(withReport(List.of("boss@corp.example", "x@gmail.com")));

    assertThat(v).isInstanceOf(MessageVerdict.Reject.class);
    assertThat(((MessageVerdict.Reject) v).reason()).contains("(gmail.com)");
  }

  @Test
  void decideWhenOrderReportAsXlsxThenReject() {
    MailMessage m =
        message(
            List.of("x@gmail.com"),
            "report",
            List.of(),
            List.of(
                new MailMessage.Attachment(
                    "UnshippedOrders.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "",
                    TestMessages.orderReportXlsx())),
            true);

    assertThat(decider.decide(m)).isInstanceOf(MessageVerdict.Reject.class);
  }

  @Test
  void decideWhenOrderIdInSubjectThenReject() {
    MailMessage m =
        message(
            List.of("x@gmail.com"),
            "Refund for order 112-4839201-7730215",
            List.of(),
            List.of(),
            true);

    assertThat(decider.decide(m)).isInstanceOf(MessageVerdict.Reject.class);
  }

  @Test
  void decideWhenBuyerEmailHiddenInHtmlEntitiesThenReject() {
    MailMessage m =
        message(
            List.of("x@gmail.com"),
            "fyi",
            List.of(
                new MailMessage.TextPart(
                    "text/html",
                    "<p>write to <b>7xq0v2m1lkd9p3s&#64;marketplace.amazon.com</b></p>")),
            List.of(),
            true);

    assertThat(decider.decide(m)).isInstanceOf(MessageVerdict.Reject.class);
  }

  @Test
  void decideWhenCleanMessageToGmailThenAccept() {
    assertThat(decider.decide(plain(List.of("x@gmail.com"), "See you at noon on Friday.")))
        .isEqualTo(MessageVerdict.accept());
  }

  @Test
  void decideWhenOnlyParticipantAndInternalAddressesThenAccept() {
    MailMessage m =
        plain(
            List.of("x@gmail.com"),
            "Reply to x@gmail.com or write to ops@corp.example or support@help.corp.example.");

    assertThat(decider.decide(m)).isEqualTo(MessageVerdict.accept());
  }

  @Test
  void decideWhenThirdPartyAddressToGmailThenReject() {
    assertThat(decider.decide(plain(List.of("x@gmail.com"), "Her address is jane.doe@yahoo.com")))
        .isInstanceOf(MessageVerdict.Reject.class);
  }

  @Test
  void decideWhenOnlyInternalClassificationThenAcceptWithAlertHeader() {
    MessageVerdict v =
        decider.decide(
            plain(
                List.of("x@gmail.com"),
                "client id amzn1.application-oa2-client.0123456789abcdef0123456789abcdef"));

    assertThat(v)
        .isEqualTo(
            MessageVerdict.acceptWithHeader(
                "X-Kalkan-Decision", "ALERT; incident=KLK-FIXED; classification=INTERNAL"));
  }

  @Test
  void decideWhenNotFullyInspectedToExternalThenReject() {
    MailMessage m = message(List.of("x@gmail.com"), "big", List.of(), List.of(), false);

    assertThat(decider.decide(m)).isInstanceOf(MessageVerdict.Reject.class);
  }

  @Test
  void decideWhenUnreadableAttachmentThenAcceptMarkedUninspected() {
    MailMessage m =
        message(
            List.of("x@gmail.com"),
            "scan",
            List.of(),
            List.of(
                new MailMessage.Attachment(
                    "scan.pdf", "application/pdf", "", new byte[] {'%', 'P'})),
            true);

    assertThat(decider.decide(m))
        .isEqualTo(
            MessageVerdict.acceptWithHeader(
                "X-Kalkan-Decision", "ALLOW; uninspected-attachments=1"));
  }

  @Test
  void builderWhenNotADomainThenRejected() {
    assertThatThrownBy(
            () ->
                ScannerMessageDecider.builder(Scanner.withDefaults())
                    .internalDomains(List.of("a@b.c")))
        .hasMessageContaining("not a domain");
  }

  @Test
  void randomReferenceWhenGeneratedThenValidForReject() {
    String ref = ScannerMessageDecider.Builder.randomReference();

    assertThat(ref).matches("KLK-[A-Z2-9]{12}");
    assertThat(MessageVerdict.reject(ref, "x").incidentReference()).isEqualTo(ref);
  }
}
