package dev.kalkan.milter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageTextsTest {

  @Test
  void ofWhenSubjectPartsAndAttachmentsThenTextsInOrderAndUnreadAttachments() {
    MailMessage.Attachment pdf =
        new MailMessage.Attachment("r.pdf", "application/pdf", "", new byte[] {1});
    MailMessage m =
        new MailMessage(
            "",
            "a@corp.example",
            "",
            "",
            List.of("b@gmail.com"),
            List.of(new MailMessage.Header("Subject", "Orders")),
            List.of(
                new MailMessage.TextPart("text/plain", "plain"),
                new MailMessage.TextPart("text/html", "<b>x&#64;y.com</b>")),
            List.of(
                new MailMessage.Attachment(
                    "a.csv", "text/csv", "", "k,v".getBytes(StandardCharsets.UTF_8)),
                pdf),
            true,
            100);

    MessageTexts texts = MessageTexts.of(m);

    assertThat(texts.texts()).containsExactly("Orders", "plain", " x@y.com ", "k,v");
    assertThat(texts.unread()).containsExactly(pdf);
  }
}
