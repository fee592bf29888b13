package dev.kalkan.policy;

/**
 * What to do with content, in increasing severity: {@code ALLOW < ALERT < REDACT < BLOCK}. When
 * several destinations get different actions, the most severe one is enforced.
 */
public enum Action {
  /** Let the content pass. */
  ALLOW,
  /** Let the content pass and raise an alert. */
  ALERT,
  /** Let the content pass with its findings masked. */
  REDACT,
  /** Refuse the content. */
  BLOCK;

  /** True when this action is more severe than {@code other}. */
  public boolean isMoreSevereThan(Action other) {
    return compareTo(other) > 0;
  }
}
