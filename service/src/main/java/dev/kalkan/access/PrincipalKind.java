package dev.kalkan.access;

/**
 * The kind of a principal: a person with a password, an API key, or an end user named by an
 * integration.
 */
public enum PrincipalKind {
  USER,
  API_KEY,
  END_USER
}
