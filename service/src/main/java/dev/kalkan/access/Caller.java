package dev.kalkan.access;

import java.util.Objects;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The authenticated caller of a request: its principal and role.
 *
 * @param principalId the id of the caller's principal
 * @param name the principal's name ({@code admin}, {@code apikey:shop-proxy})
 * @param kind {@code USER} or {@code API_KEY}
 * @param role what it may do
 */
public record Caller(long principalId, String name, PrincipalKind kind, Role role) {
  public Caller {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(role, "role");
  }

  /** The caller of {@code authentication}, or empty when it is not one of Kalkan's. */
  public static Optional<Caller> of(Authentication authentication) {
    if (authentication == null) {
      return Optional.empty();
    }
    Object principal = authentication.getPrincipal();
    if (principal instanceof Caller caller) {
      return Optional.of(caller);
    }
    if (principal instanceof UserAccount account) {
      return Optional.of(account.caller());
    }
    return Optional.empty();
  }

  /**
   * The caller of the current request.
   *
   * @throws IllegalStateException outside an authenticated request
   */
  public static Caller current() {
    return of(SecurityContextHolder.getContext().getAuthentication())
        .orElseThrow(() -> new IllegalStateException("no authenticated caller"));
  }
}
