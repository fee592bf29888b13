package dev.kalkan.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.service.Api.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * The service end to end on the embedded PostgreSQL: a policy is created and activated, an
 * integration sends buyer data to webmail on behalf of an end user, and the service blocks it,
 * opens an incident, suspends the end user, alerts by webhook and email, and refuses the end user
 * afterwards until an administrator reinstates them.
 */
@ServiceTest
class KalkanServiceTest {
  static final String POLICY =
      """
      description: end-to-end test policy
      rules:
        - id: buyer-data-to-webmail
          description: SENSITIVE content to webmail
          when:
            classification: SENSITIVE
            destination:
              - list: [webmail]
          action: BLOCK
          incident: true
          suspend: true
      default: ALLOW
      """;

  @Value("${local.server.port}")
  int port;

  @Test
  void inspectWhenIntegrationSendsBuyerDataToWebmailThenBlocksOpensIncidentSuspendsAndAlerts()
      throws Exception {
    Api admin = Api.admin(port);
    Response created =
        admin.post("/api/v1/policies?name=e2e-" + UUID.randomUUID(), "application/yaml", POLICY);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long policyId = created.json().get("id").asLong();
    assertThat(admin.post("/api/v1/policies/" + policyId + "/activate", "text/plain", "").status())
        .isEqualTo(200);

    String endUser = "alice-" + UUID.randomUUID() + "@seller.example";
    Api integration = Api.withNewKey(port, "INTEGRATION").withHeader("X-Kalkan-Principal", endUser);
    byte[] content = SpApiExamples.read(SpApiExamples.BUYER_INFO);

    Response blocked =
        integration.post(
            "/api/v1/inspect?channel=WEB_UPLOAD&destination=https://mail.google.com/mail/u/0",
            "application/json",
            content);

    assertThat(blocked.status()).as(blocked.body()).isEqualTo(200);
    JsonNode result = blocked.json();
    assertThat(result.get("classification").asString()).isEqualTo("SENSITIVE");
    assertThat(result.get("decision").get("action").asString()).isEqualTo("BLOCK");
    assertThat(result.get("decision").get("rule").asString()).isEqualTo("buyer-data-to-webmail");
    assertThat(result.get("suspended").asBoolean()).isTrue();
    assertThat(result.get("principal").asString()).isEqualTo(endUser);
    assertThat(result.get("findings").findValuesAsString("infoType"))
        .contains("AMAZON_ORDER_ID", "EMAIL_ADDRESS");
    assertThat(blocked.body()).doesNotContain("user@example.com", "902-3159896-1390916");
    long incidentId = result.get("incidentId").asLong();

    JsonNode incident = admin.get("/api/v1/incidents/" + incidentId).json();
    assertThat(incident.get("status").asString()).isEqualTo("NEW");
    assertThat(incident.get("action").asString()).isEqualTo("BLOCK");
    assertThat(incident.get("principal").asString()).isEqualTo(endUser);
    assertThat(incident.get("amazonInformation").asBoolean()).isTrue();
    assertThat(incident.get("notificationDeadline").isNull()).isFalse();
    assertThat(incident.get("notificationTimeLeft").asString()).startsWith("PT23H");
    assertThat(incident.get("findings").findValuesAsString("infoType"))
        .contains("AMAZON_ORDER_ID", "EMAIL_ADDRESS");
    assertThat(incident.get("timeline").findValuesAsString("kind"))
        .containsSubsequence("OPENED", "PRINCIPAL_SUSPENDED");
    assertThat(incident.toString()).doesNotContain("user@example.com", "902-3159896-1390916");

    String webhook =
        TestEnvironment.webhook().await("\"incidentId\":" + incidentId, Duration.ofSeconds(20));
    assertThat(Api.JSON.readTree(webhook).get("action").asString()).isEqualTo("BLOCK");
    assertThat(webhook).doesNotContain("user@example.com", "902-3159896-1390916");
    String email =
        TestEnvironment.smtp().await("incident " + incidentId + " ", Duration.ofSeconds(20));
    assertThat(email).contains("BLOCK").doesNotContain("user@example.com");

    Response refused =
        integration.post("/api/v1/inspect?destination=https://example.com", "text/plain", "hello");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.isProblem()).isTrue();
    assertThat(refused.json().get("title").asString()).isEqualTo("Principal suspended");

    long principalId = incident.get("principalId").asLong();
    JsonNode principal = admin.get("/api/v1/principals/" + principalId).json();
    assertThat(principal.get("suspended").asBoolean()).isTrue();
    assertThat(principal.get("suspensionIncidentId").asLong()).isEqualTo(incidentId);

    Response reinstated =
        admin.post(
            "/api/v1/principals/" + principalId + "/reinstate",
            "application/json",
            "{\"reason\":\"trained\"}");
    assertThat(reinstated.status()).as(reinstated.body()).isEqualTo(200);
    assertThat(
            integration
                .post("/api/v1/inspect", "text/plain", "hello".getBytes(StandardCharsets.UTF_8))
                .status())
        .isEqualTo(200);
    assertThat(admin.get("/api/v1/incidents/" + incidentId).json().get("timeline").toString())
        .contains("PRINCIPAL_REINSTATED", "trained");

    JsonNode decisions = admin.get("/api/v1/decisions?principal=" + principalId).json();
    assertThat(decisions.findValuesAsString("action")).contains("BLOCK");
    assertThat(decisions.toString())
        .contains("AMAZON_ORDER_ID", "mail.google.com")
        .doesNotContain("user@example.com", "902-3159896-1390916");

    admin.post("/api/v1/policies/1/activate", "text/plain", "");
  }
}
