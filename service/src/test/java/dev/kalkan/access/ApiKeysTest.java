package dev.kalkan.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.service.Api;
import dev.kalkan.service.Api.Response;
import dev.kalkan.service.ServiceTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** API keys are shown once, listed without secrets, and refused once revoked. */
@ServiceTest
class ApiKeysTest {
  @Value("${local.server.port}")
  int port;

  @Test
  void createWhenListedThenSecretNeverShownAgainAndRevokedKeyRefused() {
    Api admin = Api.admin(port);
    String name = "ci-" + UUID.randomUUID();
    Response created =
        admin.post(
            "/api/v1/api-keys",
            "application/json",
            "{\"name\":\"" + name + "\",\"role\":\"AUDITOR\"}");
    assertThat(created.status()).isEqualTo(201);
    String key = created.json().get("key").asString();
    long id = created.json().get("apiKey").get("id").asLong();
    assertThat(key).startsWith("kalkan_").hasSizeGreaterThan(40);

    Response listed = admin.get("/api/v1/api-keys");
    assertThat(listed.body()).contains(name).doesNotContain(key);
    JsonNode mine = null;
    for (JsonNode k : listed.json()) {
      if (k.get("id").asLong() == id) {
        mine = k;
      }
    }
    assertThat(mine.get("role").asString()).isEqualTo("AUDITOR");
    assertThat(key).startsWith(mine.get("prefix").asString());

    Api auditor = Api.anonymous(port).withKey(key);
    assertThat(auditor.get("/api/v1/incidents").status()).isEqualTo(200);
    assertThat(admin.delete("/api/v1/api-keys/" + id).json().get("revokedAt").isNull()).isFalse();
    assertThat(auditor.get("/api/v1/incidents").status()).isEqualTo(401);
    assertThat(admin.delete("/api/v1/api-keys/" + id).status()).isEqualTo(409);
  }

  @Test
  void createWhenRoleUnknownThenBadRequest() {
    Response response =
        Api.admin(port)
            .post("/api/v1/api-keys", "application/json", "{\"name\":\"x1\",\"role\":\"ROOT\"}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("detail").asString()).contains("ROOT");
  }
}
