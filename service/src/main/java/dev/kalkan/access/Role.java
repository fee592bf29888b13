package dev.kalkan.access;

/**
 * What a caller may do. {@code ADMIN}: everything; {@code SECURITY_ANALYST}: inspect, policies,
 * incidents, suspension; {@code AUDITOR}: read only; {@code INTEGRATION}: inspect only, and may
 * name the end user it acts for.
 */
public enum Role {
  ADMIN,
  SECURITY_ANALYST,
  AUDITOR,
  INTEGRATION;

  /** Parses a role name, case-insensitively. */
  public static Role parse(String text) {
    if (text != null) {
      for (Role role : values()) {
        if (role.name().equalsIgnoreCase(text.strip())) {
          return role;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown role '" + text + "': expected ADMIN, SECURITY_ANALYST, AUDITOR or INTEGRATION");
  }
}
