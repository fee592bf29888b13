package dev.kalkan.icap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.gateway.IcapGateway;
import dev.kalkan.service.Api;
import dev.kalkan.service.ServiceTest;
import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code kalkan serve} behind a real Squid (installed from Debian when missing) that asks its ICAP
 * gateway about every upload, with the default policy enforced: what a user's browser sees, what
 * arrives at the destination, and the incident and suspension an analyst sees through the API.
 * Lives in this package to reuse the ICAP module's Squid and origin-server harness.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IcapGatewaySquidTest {
  private static final String CLOUD = "drive.google.com";
  private static final String SELLER_API = "sellingpartnerapi-eu.amazon.com";
  private static final String USER = "erin";
  private static final String PASSWORD = "erin-proxy-pass";

  @LocalServerPort int httpPort;
  @Autowired IcapGateway gateway;
  private OriginServer origin;
  private SquidProcess squid;
  private HttpClient browser;

  @BeforeAll
  void start() throws IOException {
    origin = new OriginServer(true);
    squid =
        SquidProcess.startAuthenticated(gateway.port(), List.of(CLOUD, SELLER_API), USER, PASSWORD);
    browser =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", squid.port())))
            .connectTimeout(Duration.ofSeconds(5))
            .authenticator(
                new Authenticator() {
                  @Override
                  protected PasswordAuthentication getPasswordAuthentication() {
                    return getRequestorType() == RequestorType.PROXY
                        ? new PasswordAuthentication(USER, PASSWORD.toCharArray())
                        : null;
                  }
                })
            .build();
  }

  @AfterAll
  void stop() {
    if (squid != null) {
      squid.close();
    }
    if (origin != null) {
      origin.close();
    }
  }

  @Test
  void uploadWhenOrdersGoToPersonalCloudThenBlockedIncidentOpenedAndUserSuspended()
      throws Exception {
    byte[] orders = IcapServerSquidTest.orders();

    HttpResponse<String> toAmazon = post(SELLER_API, "/orders/allowed", orders);
    assertThat(toAmazon.statusCode()).as(squid.log()).isEqualTo(200);
    assertThat(origin.receivedAt("/orders/allowed"))
        .singleElement()
        .satisfies(got -> assertThat(got.body()).isEqualTo(orders));

    HttpResponse<String> toCloud = post(CLOUD, "/upload/orders", orders);
    assertThat(toCloud.statusCode()).as(squid.log()).isEqualTo(403);
    String reference = toCloud.headers().firstValue("X-Kalkan-Incident").orElseThrow();
    assertThat(reference).matches("KLK-\\d+");
    assertThat(toCloud.body()).contains(reference, CLOUD).doesNotContain("902-1845936-5435065");
    assertThat(origin.receivedAt("/upload/orders")).isEmpty();

    Api analyst = Api.admin(httpPort);
    Api.Response incident = analyst.get("/api/v1/incidents/" + reference.substring(4));
    assertThat(incident.status()).isEqualTo(200);
    assertThat(incident.body()).contains("WEB_UPLOAD", USER, "AMAZON_ORDER_ID");
    assertThat(analyst.get("/api/v1/principals?suspended=true").body()).contains(USER);

    HttpResponse<String> afterwards =
        post(SELLER_API, "/orders/after-suspension", "{\"note\":\"hello\"}".getBytes());
    assertThat(afterwards.statusCode()).isEqualTo(403);
    assertThat(origin.receivedAt("/orders/after-suspension")).isEmpty();
  }

  private HttpResponse<String> post(String host, String path, byte[] body)
      throws IOException, InterruptedException {
    return browser.send(
        HttpRequest.newBuilder(URI.create("http://" + host + ":" + origin.port() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
