package dev.kalkan.policy;

import java.util.Objects;
import java.util.Set;

/**
 * Who sends the content: a user or system id and its roles. A sender the caller cannot identify is
 * a principal too ({@link #anonymous()}), so rules can match it.
 *
 * @param id the principal's id as the identity source names it (an API key's owner, a user name, a
 *     mail sender); not blank; compared exactly
 * @param roles the principal's roles; compared ignoring case by rules; may be empty
 */
public record Principal(String id, Set<String> roles) {

  /** The id of {@link #anonymous()}. */
  public static final String ANONYMOUS_ID = "anonymous";

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException when the id or a role is blank
   * @throws NullPointerException when the id, the roles or a role is null
   */
  public Principal {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("principal id must not be blank");
    }
    roles = Set.copyOf(roles);
    for (String role : roles) {
      if (role.isBlank()) {
        throw new IllegalArgumentException("principal roles must not be blank");
      }
    }
  }

  /** A principal with an id and roles. */
  public static Principal of(String id, String... roles) {
    return new Principal(id, Set.of(roles));
  }

  /** The principal of a request nobody could be identified for: id {@value #ANONYMOUS_ID}. */
  public static Principal anonymous() {
    return new Principal(ANONYMOUS_ID, Set.of());
  }

  /** True when one of {@link #roles()} equals {@code role}, ignoring case. */
  public boolean hasRole(String role) {
    for (String mine : roles) {
      if (mine.equalsIgnoreCase(role)) {
        return true;
      }
    }
    return false;
  }
}
