package dev.kalkan.policies;

import dev.kalkan.access.Caller;
import dev.kalkan.service.BodyReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Policies: list, get (YAML), create, update (a new version each time), activate. The policy text
 * is the request body (any text media type, e.g. {@code application/yaml}).
 */
@RestController
@RequestMapping("/api/v1/policies")
@Tag(name = "policies")
class PolicyController {
  static final MediaType YAML = MediaType.parseMediaType("application/yaml");
  private final PolicyStore store;
  private final BodyReader bodies;

  PolicyController(PolicyStore store, BodyReader bodies) {
    this.store = store;
    this.bodies = bodies;
  }

  @GetMapping
  @Operation(summary = "List policies with their latest and active versions")
  List<PolicySummary> list() {
    return store.list();
  }

  @GetMapping(value = "/{id}", produces = "application/yaml")
  @Operation(summary = "Get a policy's YAML: the latest version, or ?version=N")
  ResponseEntity<String> get(
      @PathVariable long id, @RequestParam(required = false) Integer version) {
    StoredPolicy policy = store.get(id, version);
    return ResponseEntity.ok()
        .contentType(YAML)
        .header("X-Kalkan-Policy-Name", policy.name())
        .header("X-Kalkan-Policy-Version", Integer.toString(policy.version()))
        .header("X-Kalkan-Policy-Active", Boolean.toString(policy.active()))
        .body(policy.yaml());
  }

  @GetMapping("/{id}/versions")
  @Operation(summary = "List every version of a policy (without their text)")
  List<StoredPolicy> versions(@PathVariable long id) {
    return store.versions(id);
  }

  @PostMapping
  @Operation(
      summary = "Create a policy from YAML (version 1, not active)",
      requestBody = @RequestBody(description = "the policy YAML", required = true))
  ResponseEntity<StoredPolicy> create(@RequestParam String name, HttpServletRequest request) {
    StoredPolicy created = store.create(name, text(request), Caller.current().name());
    return ResponseEntity.status(HttpStatus.CREATED).body(created);
  }

  @PutMapping("/{id}")
  @Operation(
      summary = "Store a new version of a policy (the active version stays until activated)",
      requestBody = @RequestBody(description = "the policy YAML", required = true))
  StoredPolicy update(@PathVariable long id, HttpServletRequest request) {
    return store.update(id, text(request), Caller.current().name());
  }

  @PostMapping("/{id}/activate")
  @Operation(summary = "Enforce a version of a policy: the latest, or ?version=N")
  StoredPolicy activate(@PathVariable long id, @RequestParam(required = false) Integer version) {
    return store.activate(id, version);
  }

  private String text(HttpServletRequest request) {
    return new String(bodies.read(request), StandardCharsets.UTF_8);
  }
}
