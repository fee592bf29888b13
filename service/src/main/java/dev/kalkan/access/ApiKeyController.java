package dev.kalkan.access;

import dev.kalkan.service.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API keys: create (the secret is shown once), list, revoke. */
@RestController
@RequestMapping("/api/v1/api-keys")
@Tag(name = "api-keys")
class ApiKeyController {
  private final ApiKeys keys;

  ApiKeyController(ApiKeys keys) {
    this.keys = keys;
  }

  /** A new key's name and role. */
  record NewKey(String name, String role) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create an API key with a role; the key is in the response only")
  CreatedApiKey create(@RequestBody NewKey request) {
    if (request == null || request.name() == null || request.role() == null) {
      throw ApiProblem.badRequest("name and role are required");
    }
    Role role;
    try {
      role = Role.parse(request.role());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
    return keys.create(request.name(), role, Caller.current().name());
  }

  @GetMapping
  @Operation(summary = "List API keys (never their secrets)")
  List<ApiKeyView> list() {
    return keys.list();
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Revoke an API key")
  ApiKeyView revoke(@PathVariable long id) {
    return keys.revoke(id, Caller.current().name());
  }
}
