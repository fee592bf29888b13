package dev.kalkan.policy;

import java.util.Objects;

/**
 * A policy text that cannot be used, with where and why. Checked, because a caller storing an
 * operator's policy must report it (the service answers 400 with {@link #getMessage()}).
 *
 * <p>The message reads {@code SOURCE:LINE:COLUMN: reason}, where SOURCE is the name the caller gave
 * the text (a file name, {@code policy}); or {@code SOURCE: reason} for the text as a whole (line
 * and column 0), such as an empty policy.
 */
public final class PolicyException extends Exception {
  private final String source;
  private final int line;
  private final int column;
  private final String reason;

  PolicyException(String source, int line, int column, String reason) {
    super(
        line > 0
            ? source + ":" + line + ":" + column + ": " + reason
            : source + ": " + Objects.requireNonNull(reason));
    this.source = source;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  /** The name of the policy text, as the caller gave it. */
  public String source() {
    return source;
  }

  /** The 1-based line of the problem, or 0 for the text as a whole. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem, or 0 for the text as a whole. */
  public int column() {
    return column;
  }

  /** What is wrong and, where it helps, what was expected. */
  public String reason() {
    return reason;
  }
}
