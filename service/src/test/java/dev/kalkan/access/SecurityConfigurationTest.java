package dev.kalkan.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.service.Api;
import dev.kalkan.service.Api.Response;
import dev.kalkan.service.ServiceTest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;

/**
 * The role matrix: every endpoint called by every role, and by nobody. Allowed calls must get past
 * authorization (any status but 401/403; ids that do not exist make mutating calls harmless);
 * refused ones must get a 403 problem, and anonymous calls a 401 problem.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityConfigurationTest {
  private static final Set<Role> ALL = Set.of(Role.values());
  private static final Set<Role> READERS = Set.of(Role.ADMIN, Role.SECURITY_ANALYST, Role.AUDITOR);
  private static final Set<Role> WRITERS = Set.of(Role.ADMIN, Role.SECURITY_ANALYST);
  private static final Set<Role> INSPECTORS =
      Set.of(Role.ADMIN, Role.SECURITY_ANALYST, Role.INTEGRATION);
  private static final Set<Role> ADMIN = Set.of(Role.ADMIN);

  record Call(String method, String path, String body, Set<Role> allowed) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static List<Call> calls() {
    return List.of(
        new Call("POST", "/api/v1/inspect", "hello", INSPECTORS),
        new Call("POST", "/api/v1/redact", "hello", INSPECTORS),
        new Call("GET", "/api/v1/policies", null, READERS),
        new Call("GET", "/api/v1/policies/1", null, READERS),
        new Call("GET", "/api/v1/policies/1/versions", null, READERS),
        new Call("POST", "/api/v1/policies?name=matrix", "rules: [", WRITERS),
        new Call("PUT", "/api/v1/policies/999999", "default: ALLOW", WRITERS),
        new Call("POST", "/api/v1/policies/999999/activate", "", WRITERS),
        new Call("POST", "/api/v1/policies/1/dry-run", "hello", WRITERS),
        new Call("GET", "/api/v1/incidents", null, READERS),
        new Call("GET", "/api/v1/incidents/999999", null, READERS),
        new Call("PATCH", "/api/v1/incidents/999999", "{\"status\":\"TRIAGED\"}", WRITERS),
        new Call("POST", "/api/v1/incidents/999999/comments", "{\"text\":\"x\"}", WRITERS),
        new Call("GET", "/api/v1/principals", null, READERS),
        new Call("GET", "/api/v1/principals/999999", null, READERS),
        new Call("POST", "/api/v1/principals/999999/suspend", "{}", WRITERS),
        new Call("POST", "/api/v1/principals/999999/reinstate", "{}", ADMIN),
        new Call("GET", "/api/v1/api-keys", null, Set.of(Role.ADMIN, Role.AUDITOR)),
        new Call("POST", "/api/v1/api-keys", "{\"name\":\"bad name\",\"role\":\"ADMIN\"}", ADMIN),
        new Call("DELETE", "/api/v1/api-keys/999999", null, ADMIN),
        new Call(
            "POST",
            "/api/v1/users",
            "{\"username\":\"u\",\"password\":\"short\",\"role\":\"AUDITOR\"}",
            ADMIN),
        new Call("GET", "/api/v1/decisions", null, READERS),
        new Call("GET", "/api/v1/alerts", null, READERS),
        new Call("GET", "/api/v1/session", null, ALL),
        new Call("GET", "/api/v1/not-an-endpoint", null, Set.of()));
  }

  @Value("${local.server.port}")
  int port;

  private final Map<Role, Api> clients = new EnumMap<>(Role.class);

  @BeforeAll
  void createKeys() {
    for (Role role : Role.values()) {
      clients.put(role, Api.withNewKey(port, role.name()));
    }
  }

  Stream<Arguments> matrix() {
    List<Arguments> arguments = new ArrayList<>();
    for (Call call : calls()) {
      for (Role role : Role.values()) {
        arguments.add(Arguments.of(call, role));
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("matrix")
  void callWhenRoleIsOrIsNotAllowedThenPassesOrIsRefused(Call call, Role role) {
    Response response = send(clients.get(role), call);
    if (call.allowed().contains(role)) {
      assertThat(response.status()).as(response.body()).isNotIn(401, 403);
    } else {
      assertThat(response.status()).as(response.body()).isEqualTo(403);
      assertThat(response.isProblem()).isTrue();
    }
  }

  Stream<Call> anonymousCalls() {
    return calls().stream();
  }

  @ParameterizedTest(name = "{0} anonymously")
  @MethodSource("anonymousCalls")
  void callWhenAnonymousThenUnauthorizedProblem(Call call) {
    Response response = send(Api.anonymous(port), call);
    assertThat(response.status()).as(response.body()).isEqualTo(401);
    assertThat(response.isProblem()).isTrue();
  }

  @Test
  void callWhenBearerKeyUnknownThenUnauthorized() {
    Response response =
        Api.anonymous(port).withKey("kalkan_not-a-real-key").get("/api/v1/incidents");
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.isProblem()).isTrue();
  }

  @Test
  void sessionWhenAuditorSignsInThenReadsButCannotWrite() {
    String name = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
    Response created =
        Api.admin(port)
            .post(
                "/api/v1/users",
                "application/json",
                "{\"username\":\""
                    + name
                    + "\",\"password\":\"auditor-password-1\",\"role\":"
                    + "\"AUDITOR\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    Api auditor = Api.anonymous(port);
    Response signIn =
        auditor.post(
            "/api/v1/session",
            "application/json",
            "{\"username\":\"" + name + "\",\"password\":\"auditor-password-1\"}");
    assertThat(signIn.status()).isEqualTo(200);
    assertThat(signIn.json().get("role").asString()).isEqualTo("AUDITOR");

    assertThat(auditor.get("/api/v1/incidents").status()).isEqualTo(200);
    assertThat(auditor.post("/api/v1/inspect", "text/plain", "hello").status()).isEqualTo(403);
    assertThat(
            auditor
                .post("/api/v1/api-keys", "application/json", "{\"name\":\"x\",\"role\":\"ADMIN\"}")
                .status())
        .isEqualTo(403);
    assertThat(auditor.delete("/api/v1/session").status()).isEqualTo(204);
    assertThat(auditor.get("/api/v1/incidents").status()).isEqualTo(401);
  }

  @Test
  void sessionWhenPasswordWrongThenUnauthorizedProblem() {
    Response response =
        Api.anonymous(port)
            .post(
                "/api/v1/session",
                "application/json",
                "{\"username\":\"admin\",\"password\":\"wrong-password-here\"}");
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.isProblem()).isTrue();
  }

  private static Response send(Api api, Call call) {
    String type =
        call.path().startsWith("/api/v1/inspect")
                || call.path().startsWith("/api/v1/redact")
                || call.path().contains("/dry-run")
            ? "text/plain"
            : call.path().startsWith("/api/v1/policies") ? "application/yaml" : "application/json";
    return switch (call.method()) {
      case "GET" -> api.get(call.path());
      case "DELETE" -> api.delete(call.path());
      case "POST" -> api.post(call.path(), type, call.body());
      case "PUT" -> api.put(call.path(), type, call.body());
      case "PATCH" -> api.patch(call.path(), call.body());
      default -> throw new IllegalArgumentException(call.method());
    };
  }
}
