package dev.kalkan.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.service.Api.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * The served OpenAPI document lists every endpoint of the API with its methods; health, readiness
 * and metrics are served without authentication.
 */
@ServiceTest
class ApiDocumentationTest {
  static final Map<String, List<String>> ENDPOINTS =
      Map.ofEntries(
          Map.entry("/api/v1/inspect", List.of("post")),
          Map.entry("/api/v1/redact", List.of("post")),
          Map.entry("/api/v1/policies", List.of("get", "post")),
          Map.entry("/api/v1/policies/{id}", List.of("get", "put")),
          Map.entry("/api/v1/policies/{id}/versions", List.of("get")),
          Map.entry("/api/v1/policies/{id}/activate", List.of("post")),
          Map.entry("/api/v1/policies/{id}/dry-run", List.of("post")),
          Map.entry("/api/v1/incidents", List.of("get")),
          Map.entry("/api/v1/incidents/{id}", List.of("get", "patch")),
          Map.entry("/api/v1/incidents/{id}/comments", List.of("post")),
          Map.entry("/api/v1/principals", List.of("get")),
          Map.entry("/api/v1/principals/{id}", List.of("get")),
          Map.entry("/api/v1/principals/{id}/suspend", List.of("post")),
          Map.entry("/api/v1/principals/{id}/reinstate", List.of("post")),
          Map.entry("/api/v1/api-keys", List.of("get", "post")),
          Map.entry("/api/v1/api-keys/{id}", List.of("delete")),
          Map.entry("/api/v1/users", List.of("post")),
          Map.entry("/api/v1/decisions", List.of("get")),
          Map.entry("/api/v1/alerts", List.of("get")),
          Map.entry("/api/v1/session", List.of("get", "post")));

  @Value("${local.server.port}")
  int port;

  @Test
  void apiDocsWhenServedThenListEveryEndpointAndMethod() {
    Response response = Api.anonymous(port).get("/v3/api-docs");
    assertThat(response.status()).isEqualTo(200);
    JsonNode paths = response.json().get("paths");
    assertThat(paths.propertyNames()).containsAll(ENDPOINTS.keySet());
    ENDPOINTS.forEach(
        (path, methods) -> assertThat(paths.get(path).propertyNames()).containsAll(methods));
    assertThat(paths.propertyNames()).allMatch(ENDPOINTS::containsKey);
  }

  @Test
  void healthWhenAnonymousThenUpWithProbes() {
    Api anonymous = Api.anonymous(port);
    assertThat(anonymous.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
    assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
  }

  @Test
  void prometheusWhenScrapedThenHasKalkanMetrics() {
    Api.withNewKey(port, "INTEGRATION").post("/api/v1/inspect", "text/plain", "nothing here");
    Response metrics = Api.anonymous(port).get("/actuator/prometheus");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("kalkan_decisions_total{", "kalkan_decisions_queued", "http_server_requests");
  }
}
