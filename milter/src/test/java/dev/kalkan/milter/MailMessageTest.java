package dev.kalkan.milter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MailMessageTest {

  private static MailMessage message(List<String> recipients, List<MailMessage.Header> headers) {
    return new MailMessage(
        "Q", "a@corp.example", "", "", recipients, headers, List.of(), List.of(), true, 10);
  }

  @Test
  void recipientDomainsWhenMixedCaseAndRepeatedThenLowerCaseOnce() {
    MailMessage m =
        message(List.of("A@Gmail.COM", "b@gmail.com", "c@Corp.Example", "postmaster"), List.of());

    assertThat(m.recipientDomains()).containsExactly("gmail.com", "corp.example", "");
  }

  @Test
  void domainOfWhenQuotedLocalPartWithAtThenLastAt() {
    assertThat(MailMessage.domainOf("\"a@b\"@Example.org")).isEqualTo("example.org");
  }

  @Test
  void subjectWhenHeaderNameInOtherCaseThenFound() {
    MailMessage m = message(List.of(), List.of(new MailMessage.Header("SUBJECT", "Orders")));

    assertThat(m.subject()).contains("Orders");
    assertThat(m.header("X-Missing")).isEmpty();
  }

  @Test
  void attachmentWhenCallerChangesArraysThenContentUnchanged() {
    byte[] bytes = {1, 2, 3};
    MailMessage.Attachment a =
        new MailMessage.Attachment("f", "application/octet-stream", "", bytes);
    bytes[0] = 9;
    a.content()[1] = 9;

    assertThat(a.content()).containsExactly(1, 2, 3);
    assertThat(a)
        .isEqualTo(
            new MailMessage.Attachment("f", "application/octet-stream", "", new byte[] {1, 2, 3}));
  }

  @Test
  void constructorWhenNegativeSizeThenRefused() {
    assertThatThrownBy(
            () ->
                new MailMessage(
                    "", "", "", "", List.of(), List.of(), List.of(), List.of(), true, -1))
        .hasMessageContaining("size");
  }

  @Test
  void partyNamesWhenAddressHeadersThenDisplayNamesOfEveryPartyOnce() {
    MailMessage m =
        message(
            List.of("a@b.example"),
            List.of(
                new MailMessage.Header("From", "\"Doe, Jane\" <jane@corp.example>"),
                new MailMessage.Header("To", "Ayşe Yılmaz <ayse@x.example>, bob@y.example"),
                new MailMessage.Header("Cc", "Team: Ali Veli <ali@z.example>;"),
                new MailMessage.Header("Reply-To", "\"Doe, Jane\" <jane@corp.example>"),
                new MailMessage.Header("Subject", "Mr. Klaus Weber <k@w.example>")));
    assertThat(m.partyNames()).containsExactly("Doe, Jane", "Ayşe Yılmaz", "Team", "Ali Veli");
  }
}
