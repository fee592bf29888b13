package dev.kalkan.milter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MimeMessageReaderTest {

  private static List<MilterCommand.Header> headers(String... nameValue) {
    List<MilterCommand.Header> out = new ArrayList<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      out.add(new MilterCommand.Header(nameValue[i], nameValue[i + 1]));
    }
    return out;
  }

  private static byte[] crlf(String s) {
    return s.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void readWhenSinglePartQuotedPrintableLatin1ThenDecodedText() {
    MimeMessageReader.Content c =
        MimeMessageReader.read(
            headers(
                "Content-Type", "text/plain; charset=iso-8859-1",
                "Content-Transfer-Encoding", "quoted-printable"),
            crlf("Gr=FC=DFe aus K=F6ln,=\nEnde\n"));

    assertThat(c.textParts())
        .containsExactly(new MailMessage.TextPart("text/plain", "Grüße aus Köln,Ende\r\n"));
    assertThat(c.attachments()).isEmpty();
    assertThat(c.complete()).isTrue();
  }

  @Test
  void readWhenEncodedWordsAndFoldingThenHeaderValueDecoded() {
    MimeMessageReader.Content c =
        MimeMessageReader.read(
            headers("Subject", "=?UTF-8?B?U2lwYXJpxZ9sZXI=?=\n\t=?ISO-8859-9?Q?_=FDade?= raporu"),
            crlf("x\n"));

    assertThat(c.headers())
        .containsExactly(new MailMessage.Header("Subject", "Siparişler ıade raporu"));
  }

  @Test
  void readWhenRawUtf8HeaderThenDecodedAsUtf8() {
    String wire =
        new String("Şikayet".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

    MimeMessageReader.Content c = MimeMessageReader.read(headers("Subject", wire), crlf("x\n"));

    assertThat(c.headers().getFirst().value()).isEqualTo("Şikayet");
  }

  @Test
  void readWhenMultipartThenTextHtmlAndAttachmentsDecoded() {
    String body =
        """
        --b1
        Content-Type: text/plain; charset=utf-8

        plain text
        --b1
        Content-Type: text/html; charset=utf-8
        Content-Transfer-Encoding: base64

        PHA+aMOpbGxvPC9wPg==
        --b1
        Content-Type: text/csv; charset=utf-8
        Content-Disposition: attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.csv
        Content-Transfer-Encoding: base64

        YSxiCjEsMgo=
        --b1
        Content-Type: message/rfc822

        Subject: inner
        Content-Type: text/plain

        inner text
        --b1--
        """;

    MimeMessageReader.Content c =
        MimeMessageReader.read(
            headers("Content-Type", "multipart/mixed; boundary=\"b1\""), crlf(body));

    assertThat(c.textParts())
        .extracting(MailMessage.TextPart::contentType, MailMessage.TextPart::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("text/plain", "plain text"),
            org.assertj.core.groups.Tuple.tuple("text/html", "<p>héllo</p>"),
            org.assertj.core.groups.Tuple.tuple("text/plain", "inner text"));
    MailMessage.Attachment a = c.attachments().getFirst();
    assertThat(a.fileName()).isEqualTo("résumé.csv");
    assertThat(a.contentType()).isEqualTo("text/csv");
    assertThat(a.charset()).isEqualTo("utf-8");
    assertThat(new String(a.content(), StandardCharsets.UTF_8)).isEqualTo("a,b\n1,2\n");
  }

  @Test
  void readWhenUnknownCharsetThenUtf8() {
    MimeMessageReader.Content c =
        MimeMessageReader.read(
            headers("Content-Type", "text/plain; charset=x-no-such-charset"),
            crlf("héllo\n".replace("é", "\u00c3\u00a9")));

    assertThat(c.textParts().getFirst().text()).isEqualTo("héllo\r\n");
  }

  @Test
  void readWhenNestingDeeperThanLimitThenIncomplete() {
    StringBuilder body = new StringBuilder();
    int depth = MimeMessageReader.MAX_DEPTH + 3;
    for (int i = 0; i < depth; i++) {
      body.append("--b")
          .append(i)
          .append("\nContent-Type: multipart/mixed; boundary=\"b")
          .append(i + 1)
          .append("\"\n\n");
    }
    body.append("--b").append(depth).append("\nContent-Type: text/plain\n\ndeep\n");
    for (int i = depth; i >= 0; i--) {
      body.append("--b").append(i).append("--\n");
    }

    MimeMessageReader.Content c =
        MimeMessageReader.read(
            headers("Content-Type", "multipart/mixed; boundary=\"b0\""), crlf(body.toString()));

    assertThat(c.complete()).isFalse();
    assertThat(c.textParts()).isEmpty();
  }

  @Test
  void readWhenUnterminatedMultipartThenPartsSoFar() {
    MimeMessageReader.Content c =
        MimeMessageReader.read(
            headers("Content-Type", "multipart/mixed; boundary=\"b\""),
            crlf(
                "--b\nContent-Type: text/plain\n\nfirst\n--b\nContent-Type: text/plain\n\nsecond, cut"));

    assertThat(c.textParts())
        .extracting(MailMessage.TextPart::text)
        .containsExactly("first", "second, cut");
  }

  @Test
  void readWhenNoHeadersThenPlainText() {
    MimeMessageReader.Content c = MimeMessageReader.read(List.of(), crlf("just text\n"));

    assertThat(c.textParts())
        .containsExactly(new MailMessage.TextPart("text/plain", "just text\r\n"));
  }
}
