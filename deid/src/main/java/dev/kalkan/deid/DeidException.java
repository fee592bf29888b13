package dev.kalkan.deid;

/**
 * A de-identification request that cannot be carried out: a missing or invalid key, content that
 * cannot be rewritten safely, a token that does not verify. The message is one line for a user and
 * never contains a detected value.
 */
public final class DeidException extends Exception {
  private static final long serialVersionUID = 1L;

  public DeidException(String message) {
    super(message);
  }
}
