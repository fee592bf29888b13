package dev.kalkan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.service.Api;
import dev.kalkan.service.ServiceTest;
import dev.kalkan.service.SpApiExamples;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The enforcement points of a running service, spoken to over their real protocols on loopback: an
 * ICAP REQMOD as Squid sends it and a milter conversation as Postfix holds it, decided by the
 * enforced (default) policy, with the incident and the suspension visible through the API.
 */
@ServiceTest
class GatewayTest {
  private static final Pattern INCIDENT = Pattern.compile("KLK-(\\d+)");

  @LocalServerPort int httpPort;
  @Autowired IcapGateway icap;
  @Autowired MilterGateway milter;

  @Test
  void icapWhenBuyerDataUploadedToPersonalCloudThenBlockPageIncidentAndSuspension()
      throws IOException {
    byte[] order = SpApiExamples.read(SpApiExamples.BUYER_INFO);
    String answer =
        reqmod("gw-alice", "https://drive.google.com/upload", "drive.google.com", order);
    assertThat(answer).startsWith("ICAP/1.0 200").contains("HTTP/1.1 403");
    Matcher incident = INCIDENT.matcher(answer);
    assertThat(incident.find()).as("incident reference on the block page").isTrue();

    Api admin = Api.admin(httpPort);
    Api.Response shown = admin.get("/api/v1/incidents/" + incident.group(1));
    assertThat(shown.status()).isEqualTo(200);
    assertThat(shown.body()).contains("WEB_UPLOAD").contains("drive.google.com");
    assertThat(shown.body()).doesNotContain("@marketplace.amazon.com\"");

    String again =
        reqmod(
            "gw-alice",
            "https://sellercentral.amazon.com/feeds",
            "sellercentral.amazon.com",
            "nothing sensitive".getBytes(StandardCharsets.UTF_8));
    assertThat(again).contains("HTTP/1.1 403").contains(GatewayReferences.SUSPENDED);
  }

  @Test
  void icapWhenUploadHasNoSensitiveDataThenPassesUnchanged() throws IOException {
    byte[] body = "{\"title\":\"Blue mug, 350 ml\",\"price\":\"12.90\"}".getBytes();
    String answer = reqmod("gw-bob", "https://drive.google.com/upload", "drive.google.com", body);
    assertThat(answer).startsWith("ICAP/1.0 200").doesNotContain("403");
    assertThat(answer).contains(new String(body, StandardCharsets.UTF_8));
  }

  @Test
  void milterWhenBuyerDataMailedToGmailThenRejectedWithIncidentReference() throws IOException {
    String body =
        "Hi,\r\n\r\nthe order report you asked for:\r\n\r\namazon-order-id\tbuyer-email\r\n"
            + "902-3159896-1390916\tjh2xz8k9qbw4n@marketplace.amazon.com\r\n";
    Reply reply = mail("gw-carol@corp.example", "someone@gmail.com", "Orders", body);
    assertThat(reply.code()).isEqualTo('y');
    assertThat(reply.text()).startsWith("550").containsPattern("KLK-\\d+");
  }

  @Test
  void milterWhenMessageIsCleanThenAccepted() throws IOException {
    Reply reply = mail("gw-dave@corp.example", "friend@gmail.com", "Lunch", "See you at noon.\r\n");
    assertThat(reply.code()).isIn('a', 'c');
  }

  @Test
  void icapWhenUploadedPdfHoldsBuyerDataThenBlockedWithItsTypesInTheIncident() throws IOException {
    byte[] pdf =
        pdf("Invoice for order 902-3159896-1390916", "Buyer: jh2xz8k9qbw4n@marketplace.amazon.com");
    String answer =
        reqmod(
            "gw-erin",
            "https://www.dropbox.com/upload",
            "www.dropbox.com",
            "multipart/form-data; boundary=XyZ",
            multipart("XyZ", "invoice.pdf", "application/pdf", pdf));
    assertThat(answer).contains("HTTP/1.1 403");
    Matcher incident = INCIDENT.matcher(answer);
    assertThat(incident.find()).isTrue();
    assertThat(Api.admin(httpPort).get("/api/v1/incidents/" + incident.group(1)).body())
        .contains("AMAZON_ORDER_ID", "AMAZON_BUYER_EMAIL");
  }

  @Test
  void icapWhenUploadedPdfIsCleanThenPasses() throws IOException {
    byte[] pdf = pdf("Packing checklist", "Tape, boxes, labels.");
    String answer =
        reqmod(
            "gw-frank",
            "https://www.dropbox.com/upload",
            "www.dropbox.com",
            "multipart/form-data; boundary=XyZ",
            multipart("XyZ", "checklist.pdf", "application/pdf", pdf));
    assertThat(answer).startsWith("ICAP/1.0 200").doesNotContain("HTTP/1.1 403");
  }

  @Test
  void milterWhenPdfAttachmentHoldsBuyerDataThenRejectedWithItsTypesInTheIncident()
      throws IOException {
    byte[] pdf =
        pdf("Invoice for order 902-3159896-1390916", "Buyer: jh2xz8k9qbw4n@marketplace.amazon.com");
    Reply reply =
        mailWithAttachment("gw-gina@corp.example", "someone@gmail.com", "invoice.pdf", pdf);
    assertThat(reply.text()).startsWith("550");
    Matcher incident = INCIDENT.matcher(reply.text());
    assertThat(incident.find()).isTrue();
    assertThat(Api.admin(httpPort).get("/api/v1/incidents/" + incident.group(1)).body())
        .contains("AMAZON_ORDER_ID", "AMAZON_BUYER_EMAIL", "EMAIL");
  }

  @Test
  void milterWhenPdfAttachmentIsCleanThenAccepted() throws IOException {
    byte[] pdf = pdf("Packing checklist", "Tape, boxes, labels.");
    Reply reply = mailWithAttachment("gw-hank@corp.example", "friend@gmail.com", "list.pdf", pdf);
    assertThat(reply.code()).isIn('a', 'c');
  }

  @Test
  void milterWhenOnlyTheParticipantsNamesAppearThenAcceptedButABuyersNameIsRejected()
      throws IOException {
    String[] headers = {
      "From", "\"John Smith\" <gw-john@corp.example>",
      "To", "Jane Doe <jane.doe@partner-mail.example>",
      "Subject", "Schedule"
    };
    String signed =
        "Dear Jane,\r\n\r\nthe schedule is attached.\r\n\r\nBest regards,\r\nJohn Smith\r\n";
    Reply own = mail("gw-john@corp.example", "jane.doe@partner-mail.example", headers, signed);
    assertThat(own.code()).as(own.text()).isIn('a', 'c');

    String buyer =
        "Dear Jane,\r\n\r\nplease ship the replacement to Mr. Klaus Weber,"
            + " Lindenweg 4.\r\n\r\nBest regards,\r\nJohn Smith\r\n";
    Reply leak = mail("gw-john2@corp.example", "jane.doe@partner-mail.example", headers, buyer);
    assertThat(leak.text()).startsWith("550");
  }

  @Test
  void metricsWhenGatewaysServedThenCountersPublishedEvenAfterGarbageCollection()
      throws IOException {
    reqmod("gw-ivan", "https://drive.google.com/upload", "drive.google.com", bytes("{}"));
    mail("gw-ivan@corp.example", "friend@gmail.com", "Hi", "Nothing here.\r\n");
    System.gc();
    String metrics = Api.anonymous(httpPort).get("/actuator/prometheus").body();
    assertThat(counter(metrics, "kalkan_icap_reqmod_total")).isGreaterThanOrEqualTo(1);
    assertThat(counter(metrics, "kalkan_milter_messages_total")).isGreaterThanOrEqualTo(1);
    assertThat(metrics)
        .doesNotContain("kalkan_icap_active_connections{application=\"kalkan\"} NaN");
  }

  private static double counter(String metrics, String name) {
    Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*\\} (\\S+)$").matcher(metrics);
    assertThat(m.find()).as(name + " in /actuator/prometheus").isTrue();
    return Double.parseDouble(m.group(1));
  }

  /** A one-page PDF with these lines, as PDFBox (which comes with Tika) writes it. */
  private static byte[] pdf(String... lines) throws IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
      doc.addPage(page);
      try (org.apache.pdfbox.pdmodel.PDPageContentStream cs =
          new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(
            new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
            12);
        cs.newLineAtOffset(50, 700);
        for (String line : lines) {
          cs.showText(line);
          cs.newLineAtOffset(0, -16);
        }
        cs.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] multipart(String boundary, String fileName, String type, byte[] file) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: "
                + type
                + "\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
    return body.toByteArray();
  }

  private Reply mailWithAttachment(String from, String to, String fileName, byte[] attachment)
      throws IOException {
    String body =
        "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSee the attached file.\r\n"
            + "--b1\r\nContent-Type: application/pdf; name=\""
            + fileName
            + "\"\r\nContent-Disposition: attachment; filename=\""
            + fileName
            + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + java.util.Base64.getMimeEncoder().encodeToString(attachment)
            + "\r\n--b1--\r\n";
    return mail(
        from,
        to,
        new String[] {
          "Subject",
          "Document",
          "MIME-Version",
          "1.0",
          "Content-Type",
          "multipart/mixed; boundary=\"b1\""
        },
        body);
  }

  private String reqmod(String user, String url, String host, byte[] body) throws IOException {
    return reqmod(user, url, host, "application/json", body);
  }

  private String reqmod(String user, String url, String host, String contentType, byte[] body)
      throws IOException {
    String http =
        "POST "
            + url
            + " HTTP/1.1\r\nHost: "
            + host
            + "\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes(
        ("REQMOD icap://127.0.0.1:"
                + icap.port()
                + "/reqmod ICAP/1.0\r\nHost: 127.0.0.1\r\nX-Authenticated-User: "
                + user
                + "\r\nX-Client-IP: 127.0.0.1\r\nEncapsulated: req-hdr=0, req-body="
                + http.length()
                + "\r\n\r\n"
                + http
                + Integer.toHexString(body.length)
                + "\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    request.writeBytes(body);
    request.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    try (Socket socket = new Socket("127.0.0.1", icap.port())) {
      socket.setSoTimeout(20_000);
      socket.getOutputStream().write(request.toByteArray());
      socket.shutdownOutput();
      return new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** The milter's answer at the end of a message (the commands before it must all continue). */
  private Reply mail(String from, String to, String subject, String body) throws IOException {
    return mail(from, to, new String[] {"Subject", subject}, body);
  }

  /** {@code headers}: names and values, alternating. */
  private Reply mail(String from, String to, String[] headers, String body) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", milter.port())) {
      socket.setSoTimeout(20_000);
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      DataInputStream in = new DataInputStream(socket.getInputStream());
      ByteArrayOutputStream negotiation = new ByteArrayOutputStream();
      DataOutputStream fields = new DataOutputStream(negotiation);
      fields.writeInt(6);
      fields.writeInt(0x1ff);
      fields.writeInt(0);
      send(out, 'O', negotiation.toByteArray());
      assertThat(read(in).code()).isEqualTo('O');
      send(out, 'C', bytes("client.corp.example\0" + "4" + "\u0000\u0019" + "127.0.0.1\0"));
      assertThat(read(in).code()).isEqualTo('c');
      send(out, 'H', bytes("client.corp.example\0"));
      assertThat(read(in).code()).isEqualTo('c');
      send(out, 'M', bytes("<" + from + ">\0"));
      assertThat(read(in).code()).isEqualTo('c');
      send(out, 'R', bytes("<" + to + ">\0"));
      assertThat(read(in).code()).isEqualTo('c');
      for (int i = 0; i < headers.length; i += 2) {
        send(out, 'L', bytes(headers[i] + "\0" + headers[i + 1] + "\0"));
        assertThat(read(in).code()).isEqualTo('c');
      }
      send(out, 'N', new byte[0]);
      assertThat(read(in).code()).isEqualTo('c');
      send(out, 'B', bytes(body));
      assertThat(read(in).code()).isEqualTo('c');
      send(out, 'E', new byte[0]);
      return read(in);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static void send(DataOutputStream out, char command, byte[] data) throws IOException {
    out.writeInt(data.length + 1);
    out.writeByte(command);
    out.write(data);
    out.flush();
  }

  private static Reply read(DataInputStream in) throws IOException {
    int length = in.readInt();
    char code = (char) in.readUnsignedByte();
    byte[] data = new byte[length - 1];
    in.readFully(data);
    return new Reply(code, new String(data, StandardCharsets.ISO_8859_1).replace("\0", ""));
  }

  private record Reply(char code, String text) {}
}
