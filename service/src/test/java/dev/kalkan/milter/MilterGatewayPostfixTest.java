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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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

  private Swaks.Outcome send(String from, String to, TestMessages.Mime mime) throws Exception {
    return Swaks.send(postfix.smtpPort(), from, List.of(to), mime.bytes(), work);
  }
}
