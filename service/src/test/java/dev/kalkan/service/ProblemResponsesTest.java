package dev.kalkan.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.service.Api.Response;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** Every refusal is an RFC 9457 problem with a clear detail, never a trace. */
@ServiceTest
class ProblemResponsesTest {
  @Value("${local.server.port}")
  int port;

  Api admin;

  @BeforeEach
  void signIn() {
    admin = Api.admin(port);
  }

  @Test
  void requestWhenJsonMalformedThenBadRequestProblem() {
    Response response = admin.post("/api/v1/api-keys", "application/json", "{\"name\": ");
    assertProblem(response, 400);
    assertThat(response.body()).doesNotContain("Exception", "at dev.");
  }

  @Test
  void policyWhenYamlInvalidThenBadRequestWithLineAndColumn() {
    Response response =
        admin.post(
            "/api/v1/policies?name=broken",
            "application/yaml",
            "rules:\n  - id: x\n    action: EXPLODE\ndefault: ALLOW\n");
    assertProblem(response, 400);
    assertThat(response.json().get("line").asInt()).isEqualTo(3);
    assertThat(response.json().get("column").asInt()).isPositive();
    assertThat(response.json().get("reason").asString()).isNotBlank();
  }

  @Test
  void getWhenIdUnknownThenNotFoundProblem() {
    assertProblem(admin.get("/api/v1/incidents/987654"), 404);
    assertProblem(admin.get("/api/v1/policies/987654"), 404);
    assertProblem(admin.get("/api/v1/principals/987654"), 404);
  }

  @Test
  void getWhenIdNotANumberThenBadRequestProblem() {
    assertProblem(admin.get("/api/v1/incidents/abc"), 400);
  }

  @Test
  void inspectWhenBodyOverLimitThenContentTooLargeProblem() {
    byte[] body = new byte[TestEnvironment.REQUEST_LIMIT + 1];
    Arrays.fill(body, (byte) 'a');
    assertProblem(admin.post("/api/v1/inspect", "text/plain", body), 413);
  }

  @Test
  void inspectWhenFileOverLimitThenContentTooLargeProblem() {
    byte[] body = new byte[TestEnvironment.REQUEST_LIMIT + 1];
    Arrays.fill(body, (byte) 'a');
    Response response =
        admin.postFile("/api/v1/inspect", "big.txt", body, java.util.Map.of("channel", "API"));
    assertProblem(response, 413);
  }

  @Test
  void inspectWhenChannelUnknownThenBadRequestProblem() {
    Response response = admin.post("/api/v1/inspect?channel=CARRIER_PIGEON", "text/plain", "x");
    assertProblem(response, 400);
    assertThat(response.json().get("detail").asString()).contains("CARRIER_PIGEON");
  }

  @Test
  void inspectWhenMediaTypeUnsupportedThenProblem() {
    assertProblem(admin.post("/api/v1/inspect", "image/png", new byte[] {1, 2, 3}), 415);
  }

  @Test
  void incidentWhenStatusMoveInvalidThenConflictProblem() {
    Api integration = Api.withNewKey(port, "INTEGRATION");
    Response inspected =
        integration.post(
            "/api/v1/inspect?destination=https://www.dropbox.com/upload",
            "application/json",
            SpApiExamples.read(SpApiExamples.BUYER_INFO));
    long incident = inspected.json().get("incidentId").asLong();
    assertProblem(admin.patch("/api/v1/incidents/" + incident, "{\"status\":\"RESOLVED\"}"), 409);
    assertProblem(admin.patch("/api/v1/incidents/" + incident, "{\"status\":\"LOST\"}"), 400);
  }

  private static void assertProblem(Response response, int status) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.isProblem()).as(response.contentType()).isTrue();
    assertThat(response.json().get("status").asInt()).isEqualTo(status);
    assertThat(response.json().get("title").asString()).isNotBlank();
  }
}
