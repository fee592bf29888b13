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

  private String reqmod(String user, String url, String host, byte[] body) throws IOException {
    String http =
        "POST "
            + url
            + " HTTP/1.1\r\nHost: "
            + host
            + "\r\nContent-Type: application/json\r\nContent-Length: "
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
      send(out, 'L', bytes("Subject\0" + subject + "\0"));
      assertThat(read(in).code()).isEqualTo('c');
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
