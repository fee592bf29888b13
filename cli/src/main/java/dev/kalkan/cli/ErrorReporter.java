package dev.kalkan.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one clear line on standard error and exit status 2, never a stack trace. Set
 * {@code KALKAN_DEBUG=1} to also print the trace of an unexpected error.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
  static final int USAGE_OR_IO_ERROR = 2;

  /** Exit status when the reader of standard output went away (128 + SIGPIPE, as shells use). */
  static final int OUTPUT_CLOSED = 141;

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    if (isBrokenPipe(e)) {
      return OUTPUT_CLOSED; // e.g. `kalkan scan … | head`: the reader chose to stop
    }
    PrintWriter err = cli.getErr();
    if (e instanceof UsageException) {
      err.println("kalkan: " + e.getMessage());
    } else {
      err.println("kalkan: internal error: " + e);
      if (System.getenv("KALKAN_DEBUG") != null) {
        e.printStackTrace(err);
      }
    }
    err.flush();
    return USAGE_OR_IO_ERROR;
  }

  private static boolean isBrokenPipe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.io.IOException && "Broken pipe".equals(t.getMessage())) {
        return true;
      }
    }
    return false;
  }

  static int onUsageError(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println("kalkan: " + e.getMessage());
    err.println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return USAGE_OR_IO_ERROR;
  }

  /** A problem the user can fix, reported as its message alone. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }
}
