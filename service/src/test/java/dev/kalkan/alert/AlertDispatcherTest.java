package dev.kalkan.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.service.Api;
import dev.kalkan.service.Api.Response;
import dev.kalkan.service.ServiceTest;
import dev.kalkan.service.SpApiExamples;
import dev.kalkan.service.TestEnvironment;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * Alerts are retried with backoff and failures are visible: in {@code /api/v1/alerts}, in the
 * incident's timeline and in the {@code kalkan_alerts_total} metric. The webhook receiver is a
 * loopback JDK HttpServer, the SMTP server a small sink written for the tests.
 */
@ServiceTest
class AlertDispatcherTest {
  @Value("${local.server.port}")
  int port;

  @Test
  void raiseWhenWebhookFailsOnceThenRetriesAndDelivers() throws Exception {
    TestEnvironment.webhook().failNext(1);
    long incident = openIncident();

    TestEnvironment.webhook().await("\"incidentId\":" + incident, Duration.ofSeconds(20));
    Api admin = Api.admin(port);
    awaitTrue(() -> webhookDelivery(admin, incident, "DELIVERED") != null);
    assertThat(webhookDelivery(admin, incident, "DELIVERED").get("attempts").asInt()).isEqualTo(2);
  }

  @Test
  void raiseWhenWebhookAlwaysFailsThenFailureIsVisible() throws Exception {
    TestEnvironment.webhook().failNext(3);
    long incident = openIncident();
    Api admin = Api.admin(port);

    awaitTrue(() -> webhookDelivery(admin, incident, "FAILED") != null);
    JsonNode failed = webhookDelivery(admin, incident, "FAILED");
    assertThat(failed.get("attempts").asInt()).isEqualTo(3);
    assertThat(failed.get("lastError").asString()).contains("503");
    awaitTrue(
        () ->
            admin
                .get("/api/v1/incidents/" + incident)
                .json()
                .get("timeline")
                .toString()
                .contains("ALERT_FAILED"));
    assertThat(Api.anonymous(port).get("/actuator/prometheus").body())
        .contains("kalkan_alerts_total{", "outcome=\"failed\"");
    TestEnvironment.smtp().await("incident " + incident + " ", Duration.ofSeconds(20));
  }

  private long openIncident() {
    Response response =
        Api.withNewKey(port, "INTEGRATION")
            .post(
                "/api/v1/inspect?destination=https://www.dropbox.com/upload",
                "application/json",
                SpApiExamples.read(SpApiExamples.BUYER_INFO));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().get("incidentId").asLong();
  }

  private static JsonNode webhookDelivery(Api admin, long incident, String status) {
    for (JsonNode delivery : admin.get("/api/v1/alerts?status=" + status).json()) {
      if (delivery.get("incidentId").asLong() == incident
          && delivery.get("channel").asString().equals("webhook")) {
        return delivery;
      }
    }
    return null;
  }

  /** Polls a condition the service reaches asynchronously, for at most 20 seconds. */
  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not reached within 20 seconds");
      }
      Thread.sleep(25);
    }
  }
}
