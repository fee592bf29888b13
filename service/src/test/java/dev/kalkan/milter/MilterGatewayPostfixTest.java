package dev.kalkan.milter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.gateway.MilterGateway;
import dev.kalkan.service.Api;
import dev.kalkan.service.ServiceTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code kalkan serve} as the milter of a real Postfix (installed from Debian when missing) with
 * the default policy enforced: mail goes in through Postfix's SMTP server (swaks), accepted mail is
 * relayed to a local sink, refused mail names its incident, and the incident and the suspension are
 * visible through the API. Lives in this package to reuse the milter module's Postfix harness.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MilterGatewayPostfixTest {
  private static final Pattern INCIDENT = Pattern.compile("\\(incident KLK-(\\d+)\\)");

  @LocalServerPort int httpPort;
  @Autowired MilterGateway gateway;
  private SmtpSink sink;
  private PostfixInstance postfix;
  private Path work;

  @BeforeAll
  void start() throws Exception {
    work = Files.createTempDirectory("kalkan-milter-gateway-");
    sink = new SmtpSink(true);
    postfix = new PostfixInstance(gateway.port(), sink.port());
  }

  @AfterAll
  void stop() throws Exception {
    try {
      if (postfix != null) {
        postfix.close();
      }
    } finally {
      if (sink != null) {
        sink.close();
      }
    }
  }

  @Test
  void mailWhenCleanThenDeliveredIntact() throws Exception {
    TestMessages.Mime mime = TestMessages.clean("dan@corp.example", "friend@gmail.com");

    Swaks.Outcome out = send("dan@corp.example", "friend@gmail.com", mime);

    assertThat(out.exit()).as(out.transcript()).isZero();
    SmtpSink.Delivery delivered = sink.next(Duration.ofSeconds(30));
    assertThat(delivered).as(postfix.maillog()).isNotNull();
    assertThat(new String(delivered.body(), StandardCharsets.ISO_8859_1))
        .isEqualTo(new String(mime.body(), StandardCharsets.ISO_8859_1));
  }

  @Test
  void mailWhenOrderReportGoesToGmailThenRejectedWithIncidentAndSenderSuspended() throws Exception {
    String sender = "fay@corp.example";
    Swaks.Outcome out =
        send(sender, "buyer.lookup@gmail.com", TestMessages.orderReport(sender, "x@gmail.com"));

    assertThat(out.exit()).as(out.transcript()).isEqualTo(26);
    assertThat(out.finalReply()).startsWith("550 5.7.1 ");
    Matcher incident = INCIDENT.matcher(out.finalReply());
    assertThat(incident.find()).as(out.finalReply()).isTrue();

    Api analyst = Api.admin(httpPort);
    Api.Response shown = analyst.get("/api/v1/incidents/" + incident.group(1));
    assertThat(shown.status()).isEqualTo(200);
    assertThat(shown.body()).contains("EMAIL", sender, "gmail.com");
    assertThat(analyst.get("/api/v1/principals?suspended=true").body()).contains(sender);

    Swaks.Outcome again = send(sender, "friend@gmail.com", TestMessages.clean(sender, "f@gmail"));
    assertThat(again.exit()).as(again.transcript()).isEqualTo(26);
    assertThat(again.finalReply()).contains("SUSPENDED");
  }

  @Test
  void mailWhenInternalDomainsFilledThenInternalDeliveredMixedRejectedAndKalkanDownTempfails()
      throws Exception {
    Api admin = Api.admin(httpPort);
    JsonNode active = null;
    for (JsonNode policy : admin.get("/api/v1/policies").json()) {
      if (policy.get("active").asBoolean()) {
        active = policy;
      }
    }
    assertThat(active).as("an enforced policy").isNotNull();
    long activeId = active.get("id").asLong();
    int activeVersion = active.get("activeVersion").asInt();
    String yaml = admin.get("/api/v1/policies/" + activeId + "?version=" + activeVersion).body();
    Api.Response created =
        admin.post(
            "/api/v1/policies?name=internal-" + UUID.randomUUID(),
            "application/yaml",
            "lists:\n  internal-domains: [corp.example]\n" + yaml);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    assertThat(admin.post("/api/v1/policies/" + id + "/activate", "text/plain", "").status())
        .isEqualTo(200);
    try {
      String sender = "gus@corp.example";
      TestMessages.Mime report = TestMessages.orderReport(sender, "boss@corp.example");
      Swaks.Outcome internal = send(sender, "boss@corp.example", report);
      assertThat(internal.exit()).as(internal.transcript()).isZero();
      SmtpSink.Delivery delivered = sink.next(Duration.ofSeconds(30));
      assertThat(delivered).as(postfix.maillog()).isNotNull();
      assertThat(new String(delivered.body(), StandardCharsets.ISO_8859_1))
          .isEqualTo(new String(report.body(), StandardCharsets.ISO_8859_1));

      List<String> both = List.of("boss@corp.example", "partner@gmail.com");
      Swaks.Outcome mixed =
          Swaks.send(
              postfix.smtpPort(),
              "hal@corp.example",
              both,
              TestMessages.orderReport("hal@corp.example", String.join(", ", both)).bytes(),
              work);
      assertThat(mixed.exit()).as(mixed.transcript()).isEqualTo(26);
      assertThat(mixed.finalReply()).startsWith("550 5.7.1 ").containsPattern("KLK-\\d+");

      Swaks.Outcome down =
          Swaks.send(
              postfix.downSmtpPort(),
              "ivy@corp.example",
              List.of("friend@gmail.com"),
              TestMessages.clean("ivy@corp.example", "friend@gmail.com").bytes(),
              work);
      assertThat(down.transcript()).contains("451 4.7.1 Service unavailable - try again later");
      assertThat(sink.next(Duration.ofSeconds(2))).as("nothing else delivered").isNull();
    } finally {
      assertThat(
              admin
                  .post(
                      "/api/v1/policies/" + activeId + "/activate?version=" + activeVersion,
                      "text/plain",
                      "")
                  .status())
          .isEqualTo(200);
    }
  }

  private Swaks.Outcome send(String from, String to, TestMessages.Mime mime) throws Exception {
    return Swaks.send(postfix.smtpPort(), from, List.of(to), mime.bytes(), work);
  }
}
