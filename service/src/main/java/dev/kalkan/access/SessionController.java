package dev.kalkan.access;

import dev.kalkan.service.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sessions for people: sign in with a password, see who you are; sign out with DELETE. */
@RestController
@RequestMapping("/api/v1/session")
@Tag(name = "session")
class SessionController {
  private final AuthenticationManager authentication;
  private final SecurityContextRepository contexts;
  private final Principals principals;

  SessionController(
      AuthenticationManager authentication,
      SecurityContextRepository contexts,
      Principals principals) {
    this.authentication = authentication;
    this.contexts = contexts;
    this.principals = principals;
  }

  /** A sign-in request. */
  record SignIn(String username, String password) {}

  /** Who is signed in. */
  record SessionView(long principalId, String name, PrincipalKind kind, Role role) {
    static SessionView of(Caller caller) {
      return new SessionView(caller.principalId(), caller.name(), caller.kind(), caller.role());
    }
  }

  @PostMapping
  @Operation(summary = "Sign in with a username and password; the session cookie is set")
  SessionView signIn(
      @RequestBody SignIn request, HttpServletRequest http, HttpServletResponse response) {
    if (request == null || request.username() == null || request.password() == null) {
      throw ApiProblem.badRequest("username and password are required");
    }
    Authentication result;
    try {
      result =
          authentication.authenticate(
              UsernamePasswordAuthenticationToken.unauthenticated(
                  request.username(), request.password()));
    } catch (AuthenticationException e) {
      throw ApiProblem.of(
          HttpStatus.UNAUTHORIZED, "Unauthorized", "wrong username or password", Map.of());
    }
    Caller caller = Caller.of(result).orElseThrow();
    if (principals.isSuspended(caller.principalId())) {
      throw ApiProblem.of(
          HttpStatus.FORBIDDEN,
          "Principal suspended",
          "principal '" + caller.name() + "' is suspended; an administrator must reinstate it",
          Map.of());
    }
    if (http.getSession(false) != null) {
      http.changeSessionId();
    }
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(result);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, http, response);
    return SessionView.of(caller);
  }

  @GetMapping
  @Operation(summary = "Who is calling (a session or an API key)")
  SessionView current() {
    return SessionView.of(Caller.current());
  }
}
