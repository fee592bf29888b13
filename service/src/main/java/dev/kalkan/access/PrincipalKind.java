package dev.kalkan.access;

/**
 * The kind of a principal: a person with a password, an API key, an end user named by an
 * integration or seen by an enforcement point, or the enforcement point itself (the web proxy's
 * ICAP client, the MTA's milter client).
 */
public enum PrincipalKind {
  USER,
  API_KEY,
  END_USER,
  GATEWAY
}
