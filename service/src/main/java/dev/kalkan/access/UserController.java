package dev.kalkan.access;

import dev.kalkan.service.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts for people (ADMIN). */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "users")
class UserController {
  private final UserAccounts users;

  UserController(UserAccounts users) {
    this.users = users;
  }

  /** A new person's name, password (at least 12 characters) and role. */
  record NewUser(String username, String password, String role) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a person's account with a role")
  PrincipalView create(@RequestBody NewUser request) {
    if (request == null || request.role() == null) {
      throw ApiProblem.badRequest("username, password and role are required");
    }
    Role role;
    try {
      role = Role.parse(request.role());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
    return users.create(request.username(), request.password(), role);
  }
}
