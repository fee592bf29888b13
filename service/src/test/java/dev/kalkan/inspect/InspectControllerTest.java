package dev.kalkan.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.service.Api;
import dev.kalkan.service.Api.Response;
import dev.kalkan.service.ServiceTest;
import dev.kalkan.service.SpApiExamples;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/inspect} with text, JSON and files; findings never carry values. */
@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
class InspectControllerTest {
  static final String CARD = "4111 1111 1111 1111";
  static final String TEXT = "Call me on +49 30 901820, card " + CARD + ", thanks";

  @Value("${local.server.port}")
  int port;

  Api integration;

  @BeforeEach
  void key() {
    integration = Api.withNewKey(port, "INTEGRATION");
  }

  @Test
  void inspectWhenPlainTextThenFindingsWithJsonlFieldsAndNoValues() {
    Response response = integration.post("/api/v1/inspect", "text/plain", TEXT);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode result = response.json();
    assertThat(result.get("classification").asString()).isEqualTo("SENSITIVE");
    assertThat(result.get("decision").get("action").asString()).isEqualTo("ALLOW");
    assertThat(result.get("decision").get("reason").asString()).isNotBlank();
    assertThat(result.get("policy").get("name").asString()).isNotBlank();
    JsonNode finding = result.get("findings").get(0);
    assertThat(finding.propertyNames())
        .contains(
            "infoType",
            "category",
            "classification",
            "likelihood",
            "start",
            "end",
            "line",
            "column",
            "preview")
        .doesNotContain("value");
    assertThat(result.get("findings").findValuesAsString("infoType"))
        .contains("CREDIT_CARD_NUMBER");
    assertThat(response.body()).doesNotContain(CARD, "4111111111111111", "901820");
  }

  @Test
  void inspectWhenMultipartFileThenSameFindingsAndFormAttributes() {
    Response response =
        integration.postFile(
            "/api/v1/inspect",
            "buyer.json",
            SpApiExamples.read(SpApiExamples.BUYER_INFO),
            Map.of("channel", "WEB_UPLOAD", "destination", "https://sellercentral.amazon.com"));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().get("infoTypes").get("AMAZON_ORDER_ID").asInt()).isEqualTo(1);
    assertThat(response.json().get("decision").get("action").asString()).isEqualTo("ALLOW");
  }

  @Test
  void inspectWhenInternalContentToWebmailThenAlertWithIncident() {
    Response response =
        integration.post(
            "/api/v1/inspect?destination=someone@gmail.com&channel=EMAIL",
            "text/plain",
            "client amzn1.application-oa2-client.0123456789abcdef0123456789abcdef"
                .getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().get("classification").asString()).isEqualTo("INTERNAL");
    assertThat(response.json().get("decision").get("action").asString()).isEqualTo("ALERT");
    assertThat(response.json().get("suspended").asBoolean()).isFalse();
  }

  @Test
  void inspectWhenNonIntegrationNamesEndUserThenForbidden() {
    Response response =
        Api.withNewKey(port, "SECURITY_ANALYST")
            .withHeader("X-Kalkan-Principal", "bob")
            .post("/api/v1/inspect", "text/plain", "hello");
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.isProblem()).isTrue();
  }

  @Test
  void inspectWhenBlockedFlowRunsThenLogsHoldNoValue(CapturedOutput output) {
    Response response =
        integration.post(
            "/api/v1/inspect?destination=https://www.dropbox.com/x",
            "text/plain",
            TEXT.getBytes(StandardCharsets.UTF_8));
    assertThat(response.json().get("decision").get("action").asString()).isEqualTo("BLOCK");
    assertThat(output.getAll()).doesNotContain(CARD, "4111111111111111", "901820");
  }
}
