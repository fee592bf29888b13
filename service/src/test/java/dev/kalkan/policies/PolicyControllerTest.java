package dev.kalkan.policies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.service.Api;
import dev.kalkan.service.Api.Response;
import dev.kalkan.service.ServiceTest;
import dev.kalkan.service.SpApiExamples;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** Policies: every version kept, YAML in and out, activation, dry runs that record nothing. */
@ServiceTest
class PolicyControllerTest {
  static final String ALLOW_ALL = "description: allow everything\ndefault: ALLOW\n";
  static final String BLOCK_SENSITIVE =
      """
      description: block SENSITIVE anywhere
      rules:
        - id: no-sensitive
          when:
            classification: SENSITIVE
          action: BLOCK
          incident: false
          suspend: false
      default: ALLOW
      """;

  @Value("${local.server.port}")
  int port;

  @Test
  void updateWhenNewYamlThenNewVersionAndOldKept() {
    Api analyst = Api.withNewKey(port, "SECURITY_ANALYST");
    String name = "versions-" + UUID.randomUUID();
    Response created = analyst.post("/api/v1/policies?name=" + name, "application/yaml", ALLOW_ALL);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();

    Response updated = analyst.put("/api/v1/policies/" + id, "application/yaml", BLOCK_SENSITIVE);
    assertThat(updated.json().get("version").asInt()).isEqualTo(2);

    Response v1 = analyst.get("/api/v1/policies/" + id + "?version=1");
    assertThat(v1.contentType()).startsWith("application/yaml");
    assertThat(v1.body()).isEqualTo(ALLOW_ALL);
    assertThat(analyst.get("/api/v1/policies/" + id).body()).isEqualTo(BLOCK_SENSITIVE);
    assertThat(analyst.get("/api/v1/policies/" + id + "/versions").json().findValues("version"))
        .hasSize(2);
    JsonNode listed = null;
    for (JsonNode policy : analyst.get("/api/v1/policies").json()) {
      if (policy.get("id").asLong() == id) {
        listed = policy;
      }
    }
    assertThat(listed).isNotNull();
    assertThat(listed.get("latestVersion").asInt()).isEqualTo(2);
    assertThat(listed.get("active").asBoolean()).isFalse();
    assertThat(
            analyst.post("/api/v1/policies?name=" + name, "application/yaml", ALLOW_ALL).status())
        .isEqualTo(409);
  }

  @Test
  void dryRunWhenVersionGivenThenEvaluatesItWithoutRecording() {
    Api admin = Api.admin(port);
    Response created =
        admin.post("/api/v1/policies?name=dry-" + UUID.randomUUID(), "application/yaml", ALLOW_ALL);
    long id = created.json().get("id").asLong();
    admin.put("/api/v1/policies/" + id, "application/yaml", BLOCK_SENSITIVE);
    byte[] content = SpApiExamples.read(SpApiExamples.BUYER_INFO);
    int decisionsBefore = admin.get("/api/v1/decisions?limit=1000").json().size();

    JsonNode v1 =
        admin
            .post("/api/v1/policies/" + id + "/dry-run?version=1", "application/json", content)
            .json();
    JsonNode v2 =
        admin.post("/api/v1/policies/" + id + "/dry-run", "application/json", content).json();

    assertThat(v1.get("dryRun").asBoolean()).isTrue();
    assertThat(v1.get("decision").get("action").asString()).isEqualTo("ALLOW");
    assertThat(v2.get("decision").get("action").asString()).isEqualTo("BLOCK");
    assertThat(v2.get("policy").get("version").asInt()).isEqualTo(2);
    assertThat(v2.has("decisionId")).isFalse();
    assertThat(admin.get("/api/v1/decisions?limit=1000").json().size()).isEqualTo(decisionsBefore);
  }

  @Test
  void activateWhenVersionGivenThenInspectEnforcesIt() {
    Api admin = Api.admin(port);
    long id =
        admin
            .post("/api/v1/policies?name=act-" + UUID.randomUUID(), "application/yaml", ALLOW_ALL)
            .json()
            .get("id")
            .asLong();
    admin.put("/api/v1/policies/" + id, "application/yaml", BLOCK_SENSITIVE);
    try {
      Response activated =
          admin.post("/api/v1/policies/" + id + "/activate?version=1", "text/plain", "");
      assertThat(activated.json().get("active").asBoolean()).isTrue();
      Api integration = Api.withNewKey(port, "INTEGRATION");
      byte[] content = SpApiExamples.read(SpApiExamples.BUYER_INFO);
      assertThat(
              integration
                  .post("/api/v1/inspect", "application/json", content)
                  .json()
                  .get("decision")
                  .get("action")
                  .asString())
          .isEqualTo("ALLOW");

      admin.post("/api/v1/policies/" + id + "/activate?version=2", "text/plain", "");
      JsonNode blocked = integration.post("/api/v1/inspect", "application/json", content).json();
      assertThat(blocked.get("decision").get("action").asString()).isEqualTo("BLOCK");
      assertThat(blocked.get("policy").get("version").asInt()).isEqualTo(2);
      assertThat(admin.get("/api/v1/policies/" + id + "?version=2").body())
          .isEqualTo(BLOCK_SENSITIVE);
    } finally {
      admin.post("/api/v1/policies/1/activate", "text/plain", "");
    }
  }
}
