package dev.kalkan.detect.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A configuration file that cannot be used, with where and why. Checked, because a caller loading
 * an operator's file must decide how to report it (the command line prints {@link #getMessage()}
 * and exits with status 2).
 *
 * <p>The message reads {@code FILE:LINE:COLUMN: reason}, or {@code FILE: reason} when the problem
 * concerns the file as a whole (line and column 0), such as a file that cannot be read.
 */
public final class ConfigException extends Exception {
  private final Path file;
  private final int line;
  private final int column;
  private final String reason;

  ConfigException(Path file, int line, int column, String reason) {
    super(
        line > 0
            ? file + ":" + line + ":" + column + ": " + reason
            : file + ": " + Objects.requireNonNull(reason));
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  /** The configuration file, as the caller named it. */
  public Path file() {
    return file;
  }

  /** The 1-based line of the problem in {@link #file()}, or 0 for the file as a whole. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem, or 0 for the file as a whole. */
  public int column() {
    return column;
  }

  /** What is wrong and, where it helps, what was expected. */
  public String reason() {
    return reason;
  }
}
