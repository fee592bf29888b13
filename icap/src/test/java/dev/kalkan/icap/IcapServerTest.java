package dev.kalkan.icap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IcapServerTest {
  private final List<Upload> seen = new CopyOnWriteArrayList<>();
  private IcapServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private int start(UploadDecider decider) throws IOException {
    return start(IcapServer.builder(decider).port(0));
  }

  private int start(IcapServer.Builder builder) throws IOException {
    server = builder.readTimeout(Duration.ofSeconds(2)).build().start();
    return server.port();
  }

  private UploadDecider recording(UploadVerdict verdict) {
    return upload -> {
      seen.add(upload);
      return verdict;
    };
  }

  private static UploadVerdict blockVerdict() {
    return UploadVerdict.block(
        "KLK-TEST1",
        "Amazon Information to personal cloud storage",
        List.of("AMAZON_ORDER_ID (1)"));
  }

  private static final byte[] ORDER =
      "{\"AmazonOrderId\":\"902-3159896-1390916\",\"BuyerEmail\":\"jane@example.com\"}"
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void optionsWhenReqmodServiceThenAdvertisesCapabilities() throws IOException {
    int port = start(recording(UploadVerdict.allow()));
    try (IcapTestClient c = new IcapTestClient(port)) {
      c.send("OPTIONS icap://127.0.0.1:" + port + "/reqmod ICAP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
      IcapTestClient.Response r = c.read();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.header("Methods")).isEqualTo("REQMOD");
      assertThat(r.header("ISTag")).isEqualTo(server.isTag()).startsWith("\"").endsWith("\"");
      assertThat(r.header("Allow")).isEqualTo("204");
      assertThat(r.header("Preview")).isEqualTo("4096");
      assertThat(r.header("Transfer-Preview")).isEqualTo("*");
      assertThat(r.header("Max-Connections")).isEqualTo("256");
      assertThat(r.header("Options-TTL")).isEqualTo("3600");
      assertThat(r.header("Encapsulated")).isEqualTo("null-body=0");
      assertThat(r.header("Service")).isNotBlank();
      c.send("OPTIONS icap://127.0.0.1:" + port + "/respmod ICAP/1.0\r\n\r\n");
      assertThat(c.read().header("Methods")).isEqualTo("RESPMOD");
    }
    assertThat(server.metrics().options()).isEqualTo(2);
  }

  @Test
  void optionsWhenUnknownServiceThen404AndClose() throws IOException {
    int port = start(recording(UploadVerdict.allow()));
    try (IcapTestClient c = new IcapTestClient(port)) {
      c.send("OPTIONS icap://127.0.0.1:" + port + "/avscan ICAP/1.0\r\n\r\n");
      assertThat(c.read().status()).isEqualTo(404);
      assertThat(c.closedByServer()).isTrue();
    }
  }

  @Test
  void reqmodWhenAllowedAndClientAllows204ThenNoContent() throws IOException {
    int port = start(recording(UploadVerdict.allow()));
    try (IcapTestClient c = new IcapTestClient(port)) {
      String head =
          IcapTestClient.post(
              "http://files.example/up", "files.example", "application/json", ORDER.length);
      c.send(IcapTestClient.reqmod(port, "Allow: 204\r\n", head, ORDER));
      assertThat(c.read().status()).isEqualTo(204);
    }
    assertThat(seen).hasSize(1);
    Upload u = seen.get(0);
    assertThat(u.method()).isEqualTo("POST");
    assertThat(u.url()).isEqualTo("http://files.example/up");
    assertThat(u.host()).isEqualTo("files.example");
    assertThat(u.fullyInspected()).isTrue();
    assertThat(u.parts())
        .singleElement()
        .satisfies(p -> assertThat(p.toByteArray()).isEqualTo(ORDER));
  }

  @Test
  void reqmodWhenAllowedWithout204ThenEchoesRequestByteForByte() throws IOException {
    int port = start(recording(UploadVerdict.allow()));
    byte[] body = new byte[200_000];
    new Random(7).nextBytes(body);
    String head =
        IcapTestClient.post(
            "http://files.example/up", "files.example", "application/octet-stream", body.length);
    try (IcapTestClient c = new IcapTestClient(port)) {
      c.send(IcapTestClient.reqmod(port, "", head, body));
      IcapTestClient.Response r = c.read();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.header("Encapsulated")).isEqualTo("req-hdr=0, req-body=" + head.length());
      assertThat(r.httpHead()).isEqualTo(head);
      assertThat(r.body()).isEqualTo(body);
    }
    assertThat(server.metrics().allowed()).isEqualTo(1);
  }

  @Test
  void reqmodWhenPreviewHoldsWholeBodyThen204EvenWithoutAllow204() throws IOException {
    int port = start(recording(UploadVerdict.allow()));
    String head =
        IcapTestClient.post(
            "http://files.example/up", "files.example", "application/json", ORDER.length);
    try (IcapTestClient c = new IcapTestClient(port)) {
      c.send(previewRequest(port, head, ORDER, ORDER.length, true));
      assertThat(c.read().status()).isEqualTo(204);
    }
    assertThat(seen.get(0).parts().get(0).toByteArray()).isEqualTo(ORDER);
  }

  @Test
  void reqmodWhenPreviewIsPartialThenContinueAndEchoNot204() throws IOException {
    int port = start(recording(UploadVerdict.allow()));
    String head =
        IcapTestClient.post(
            "http://files.example/up", "files.example", "application/json", ORDER.length);
    try (IcapTestClient c = new IcapTestClient(port)) {
      c.send(previewRequest(port, head, ORDER, 10, false));
      IcapTestClient.Response cont = c.read();
      assertThat(cont.status()).isEqualTo(100);
      c.send(chunk(ORDER, 10, ORDER.length - 10) + "0\r\n\r\n");
      IcapTestClient.Response r = c.read();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.httpHead()).isEqualTo(head);
      assertThat(r.body()).isEqualTo(ORDER);
    }
    assertThat(seen.get(0).parts().get(0).toByteArray()).isEqualTo(ORDER);
  }

  @Test
  void reqmodWhenBlockedThenHttp403PageWithReferenceAndNoData() throws IOException {
    int port = start(recording(blockVerdict()));
    String head =
        IcapTestClient.post(
            "http://drive.google.com/upload", "drive.google.com", "application/json", ORDER.length);
    try (IcapTestClient c = new IcapTestClient(port)) {
      c.send(IcapTestClient.reqmod(port, "Allow: 204\r\n", head, ORDER));
      IcapTestClient.Response r = c.read();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.header("Encapsulated")).startsWith("res-hdr=0, res-body=");
      assertThat(r.httpHead())
          .startsWith("HTTP/1.1 403 Forbidden\r\n")
          .contains("X-Kalkan-Incident: KLK-TEST1");
      assertThat(r.bodyText())
          .contains(
              "KLK-TEST1",
              "drive.google.com",
              "AMAZON_ORDER_ID",
              "Amazon Information to personal cloud storage")
          .doesNotContain("902-3159896-1390916", "jane@example.com");
      assertThat(r.httpHead()).contains("Content-Length: " + r.body().length);
    }
    assertThat(server.metrics().blocked()).isEqualTo(1);
  }

  @Test
  void reqmodWhenDeciderFailsThenBlocksAndCountsFailedClosed() throws IOException {
    int port =
        start(
            upload -> {
              throw new IllegalStateException("policy store unavailable");
            });
    String head =
        IcapTestClient.post(
            "http://files.example/up", "files.example", "application/json", ORDER.length);
    try (IcapTestClient c = new IcapTestClient(port)) {
      c.send(IcapTestClient.reqmod(port, "Allow: 204\r\n", head, ORDER));
      IcapTestClient.Response r = c.read();
      assertThat(r.httpHead()).startsWith("HTTP/1.1 403");
      assertThat(r.bodyText()).contains("could not be inspected").contains("KLK-ERR-");
    }
    assertThat(server.metrics().failedClosed()).isEqualTo(1);
    assertThat(server.metrics().failedOpen()).isZero();
  }

  @Test
  void reqmodWhenDeciderFailsAndFailOpenThenPassesAndCountsFailedOpen() throws IOException {
    int port =
        start(
            IcapServer.builder(
                    upload -> {
                      throw new IllegalStateException("policy store unavailable");
                    })
                .port(0)
                .failOpen(true));
    String head =
        IcapTestClient.post(
            "http://files.example/up", "files.example", "application/json", ORDER.length);
    try (IcapTestClient c = new IcapTestClient(port)) {
      c.send(IcapTestClient.reqmod(port, "Allow: 204\r\n", head, ORDER));
      assertThat(c.read().status()).isEqualTo(204);
    }
    assertThat(server.metrics().failedOpen()).isEqualTo(1);
    assertThat(server.metrics().failedClosed()).isZero();
  }

  @Test
  void reqmodWhenMonitorOnlyThenBlockVerdictPassesAndIsCounted() throws IOException {
    int port = start(IcapServer.builder(recording(blockVerdict())).port(0).monitorOnly(true));
    String head =
        IcapTestClient.post(
            "http://drive.google.com/upload", "drive.google.com", "application/json", ORDER.length);
    try (IcapTestClient c = new IcapTestClient(port)) {
      c.send(IcapTestClient.reqmod(port, "", head, ORDER));
      IcapTestClient.Response r = c.read();
      assertThat(r.httpHead()).isEqualTo(head);
      assertThat(r.body()).isEqualTo(ORDER);
    }
    assertThat(seen).hasSize(1);
    assertThat(server.metrics().monitored()).isEqualTo(1);
    assertThat(server.metrics().blocked()).isZero();
  }

  @Test
  void reqmodWhenBodyOverLimitThenDecidedOnPrefixAndRestStreamedThrough() throws IOException {
    int port =
        start(
            IcapServer.builder(recording(UploadVerdict.allow()))
                .port(0)
                .maxInspectedBytes(64 * 1024));
    byte[] body = new byte[1_000_000];
    new Random(3).nextBytes(body);
    String head =
        IcapTestClient.post(
            "http://files.example/up", "files.example", "application/octet-stream", body.length);
    try (IcapTestClient c = new IcapTestClient(port)) {
      c.send(IcapTestClient.reqmod(port, "", head, body));
      IcapTestClient.Response r = c.read();
      assertThat(r.body()).isEqualTo(body);
    }
    Upload u = seen.get(0);
    assertThat(u.fullyInspected()).isFalse();
    assertThat(u.bodyBytes()).isEqualTo(64 * 1024);
    assertThat(server.metrics().unscannable()).isEqualTo(1);
  }

  @Test
  void reqmodWhenBodyOverLimitAndBlockedThenPageAndConnectionStaysUsable() throws IOException {
    int port =
        start(IcapServer.builder(recording(blockVerdict())).port(0).maxInspectedBytes(64 * 1024));
    byte[] body = new byte[300_000];
    String head =
        IcapTestClient.post(
            "http://drive.google.com/up",
            "drive.google.com",
            "application/octet-stream",
            body.length);
    try (IcapTestClient c = new IcapTestClient(port)) {
      c.send(IcapTestClient.reqmod(port, "", head, body));
      assertThat(c.read().httpHead()).startsWith("HTTP/1.1 403");
      c.send("OPTIONS icap://127.0.0.1:" + port + "/reqmod ICAP/1.0\r\n\r\n");
      assertThat(c.read().status()).isEqualTo(200);
    }
  }

  @Test
  void reqmodWhenRedactedThenRewrittenBodyWithItsLengthAndNoEncoding() throws IOException {
    byte[] masked =
        "{\"AmazonOrderId\":\"[REDACTED:AMAZON_ORDER_ID]\"}".getBytes(StandardCharsets.UTF_8);
    int port =
        start(recording(UploadVerdict.redact("KLK-R1", "Amazon Information", List.of(), masked)));
    byte[] gz = gzip(ORDER);
    String head =
        "POST http://files.example/up HTTP/1.1\r\nHost: files.example\r\nContent-Type: application/json\r\n"
            + "Content-Encoding: gzip\r\nContent-Length: "
            + gz.length
            + "\r\n\r\n";
    try (IcapTestClient c = new IcapTestClient(port)) {
      c.send(IcapTestClient.reqmod(port, "Allow: 204\r\n", head, gz));
      IcapTestClient.Response r = c.read();
      assertThat(r.header("Encapsulated")).startsWith("req-hdr=0, req-body=");
      assertThat(r.httpHead())
          .startsWith("POST http://files.example/up HTTP/1.1\r\n")
          .contains("Content-Length: " + masked.length + "\r\n")
          .doesNotContain("Content-Encoding");
      assertThat(r.body()).isEqualTo(masked);
    }
    assertThat(seen.get(0).parts().get(0).toByteArray()).isEqualTo(ORDER);
    assertThat(server.metrics().redacted()).isEqualTo(1);
  }

  @Test
  void reqmodWhenKeepAliveThenServesSeveralRequestsOnOneConnection() throws IOException {
    int port = start(recording(UploadVerdict.allow()));
    String head =
        IcapTestClient.post(
            "http://files.example/up", "files.example", "application/json", ORDER.length);
    try (IcapTestClient c = new IcapTestClient(port)) {
      for (int i = 0; i < 5; i++) {
        c.send(IcapTestClient.reqmod(port, i % 2 == 0 ? "Allow: 204\r\n" : "", head, ORDER));
        assertThat(c.read().status()).isIn(200, 204);
      }
    }
    assertThat(seen).hasSize(5);
    assertThat(server.metrics().connections()).isEqualTo(1);
  }

  @Test
  void reqmodWhenProxySendsUserAndClientIpThenUploadCarriesThem() throws IOException {
    int port = start(recording(UploadVerdict.allow()));
    String head =
        "POST /form HTTP/1.1\r\nHost: Forms.Example:8080\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 27\r\n\r\n";
    byte[] body = "email=jane%40example.com&x=".getBytes(StandardCharsets.US_ASCII);
    try (IcapTestClient c = new IcapTestClient(port)) {
      c.send(
          IcapTestClient.reqmod(
              port,
              "Allow: 204\r\nX-Authenticated-User: alice\r\nX-Client-IP: 10.1.2.3\r\n",
              head,
              body));
      assertThat(c.read().status()).isEqualTo(204);
    }
    Upload u = seen.get(0);
    assertThat(u.user()).contains("alice");
    assertThat(u.clientIp()).contains("10.1.2.3");
    assertThat(u.host()).isEqualTo("forms.example");
    assertThat(u.url()).isEqualTo("http://Forms.Example:8080/form");
    assertThat(u.parts()).extracting(UploadPart::text).containsExactly("jane@example.com", "");
    assertThat(u.parts()).extracting(p -> p.name().orElseThrow()).containsExactly("email", "x");
  }

  @Test
  void reqmodWhenNoBodyThenDecidedAndEchoed() throws IOException {
    int port = start(recording(UploadVerdict.allow()));
    String head =
        "PUT http://files.example/empty HTTP/1.1\r\nHost: files.example\r\nContent-Length: 0\r\n\r\n";
    try (IcapTestClient c = new IcapTestClient(port)) {
      c.send(IcapTestClient.reqmod(port, "", head, null));
      IcapTestClient.Response r = c.read();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.header("Encapsulated")).isEqualTo("req-hdr=0, null-body=" + head.length());
      assertThat(r.httpHead()).isEqualTo(head);
    }
    assertThat(seen.get(0).parts()).singleElement().satisfies(p -> assertThat(p.length()).isZero());
  }

  @Test
  void respmodWhenResponseThenDeciderSeesResponseAndEchoesIt() throws IOException {
    int port = start(recording(UploadVerdict.allow()));
    String req = "GET http://files.example/report HTTP/1.1\r\nHost: files.example\r\n\r\n";
    String res = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\n";
    try (IcapTestClient c = new IcapTestClient(port)) {
      c.send(
          "RESPMOD icap://127.0.0.1:"
              + port
              + "/respmod ICAP/1.0\r\nEncapsulated: req-hdr=0, res-hdr="
              + req.length()
              + ", res-body="
              + (req.length() + res.length())
              + "\r\n\r\n"
              + req
              + res
              + "5\r\nhello\r\n0\r\n\r\n");
      IcapTestClient.Response r = c.read();
      assertThat(r.header("Encapsulated")).isEqualTo("res-hdr=0, res-body=" + res.length());
      assertThat(r.httpHead()).isEqualTo(res);
      assertThat(r.bodyText()).isEqualTo("hello");
    }
    assertThat(seen.get(0).direction()).isEqualTo(Upload.Direction.RESPONSE);
    assertThat(seen.get(0).host()).isEqualTo("files.example");
    assertThat(server.metrics().respmod()).isEqualTo(1);
  }

  @Test
  void reqmodWhenSentToRespmodServiceThen405() throws IOException {
    int port = start(recording(UploadVerdict.allow()));
    try (IcapTestClient c = new IcapTestClient(port)) {
      c.send(
          "REQMOD icap://127.0.0.1:"
              + port
              + "/respmod ICAP/1.0\r\nEncapsulated: null-body=0\r\n\r\n");
      assertThat(c.read().status()).isEqualTo(405);
    }
  }

  @Test
  void connectWhenOverMaxConnectionsThen503() throws IOException {
    int port =
        start(IcapServer.builder(recording(UploadVerdict.allow())).port(0).maxConnections(1));
    try (IcapTestClient first = new IcapTestClient(port)) {
      first.send("OPTIONS icap://127.0.0.1:" + port + "/reqmod ICAP/1.0\r\n\r\n");
      assertThat(first.read().status()).isEqualTo(200);
      try (IcapTestClient second = new IcapTestClient(port)) {
        assertThat(second.read().status()).isEqualTo(503);
      }
    }
    assertThat(server.metrics().rejectedConnections()).isEqualTo(1);
  }

  @Test
  void closeWhenConnectionsOpenThenClosesThem() throws IOException {
    int port = start(recording(UploadVerdict.allow()));
    try (IcapTestClient c = new IcapTestClient(port)) {
      c.send("OPTIONS icap://127.0.0.1:" + port + "/reqmod ICAP/1.0\r\n\r\n");
      c.read();
      server.close();
      assertThat(c.closedByServer()).isTrue();
    }
  }

  @Test
  void builderWhenSettingsInvalidThenRejectedWithReason() {
    UploadDecider allow = upload -> UploadVerdict.allow();
    assertThatThrownBy(() -> IcapServer.builder(allow).previewBytes(65_536))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("previewBytes");
    assertThatThrownBy(
            () -> IcapServer.builder(allow).maxInspectedBytes(1024).previewBytes(4096).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxInspectedBytes");
    assertThatThrownBy(() -> IcapServer.builder(allow).isTag("has \"quote\""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ISTag");
    assertThatThrownBy(() -> IcapServer.builder(allow).services("same", "same"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IcapServer.builder(allow).port(70_000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void optionsWhenServicesRenamedThenServedUnderNewNames() throws IOException {
    int port =
        start(
            IcapServer.builder(recording(UploadVerdict.allow()))
                .port(0)
                .services("dlp-req", "dlp-resp")
                .isTag("policy-42"));
    try (IcapTestClient c = new IcapTestClient(port)) {
      c.send("OPTIONS icap://127.0.0.1:" + port + "/dlp-req ICAP/1.0\r\n\r\n");
      IcapTestClient.Response r = c.read();
      assertThat(r.header("Methods")).isEqualTo("REQMOD");
      assertThat(r.header("ISTag")).isEqualTo("\"policy-42\"");
    }
  }

  static byte[] previewRequest(int port, String head, byte[] body, int preview, boolean ieof) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("REQMOD icap://127.0.0.1:"
                + port
                + "/reqmod ICAP/1.0\r\nHost: 127.0.0.1\r\nPreview: "
                + preview
                + "\r\nEncapsulated: req-hdr=0, req-body="
                + head.length()
                + "\r\n\r\n"
                + head)
            .getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(chunk(body, 0, preview).getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes((ieof ? "0; ieof\r\n\r\n" : "0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  static String chunk(byte[] b, int off, int len) {
    return len == 0
        ? ""
        : Integer.toHexString(len)
            + "\r\n"
            + new String(b, off, len, StandardCharsets.ISO_8859_1)
            + "\r\n";
  }

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }
}
