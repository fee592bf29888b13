package dev.kalkan.detect.edm;

/**
 * A problem with exact data match input the operator can fix: a missing or malformed key, a
 * malformed records file (the message names the line), an index that is not one, was built with
 * another key, or is damaged. The message says what and where, and never contains a record value.
 */
public final class EdmException extends Exception {
  private static final long serialVersionUID = 1L;

  public EdmException(String message) {
    super(message);
  }
}
