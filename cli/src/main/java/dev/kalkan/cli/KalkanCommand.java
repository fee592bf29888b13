package dev.kalkan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kalkan} launcher: parses the command line and exits with the command's status. */
@Command(
    name = "kalkan",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    versionProvider = Version.class,
    description = {
      "Kalkan finds Amazon Information, personal data and credentials before they leak.",
      ""
    },
    subcommands = {
      ScanCommand.class,
      EdmCommand.class,
      RedactCommand.class,
      DetokenizeCommand.class,
      DeidCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "  serve       Run the service: REST API, policies, incidents, ICAP for the web proxy and a",
      "              milter for the MTA (bin/kalkan serve [--config FILE]; docs/SERVICE.md).",
      "",
      "Exit status of scan: 0 nothing found, 1 findings, 2 usage error or a path that could not be",
      "scanned. Other commands: 0 done, 2 error.",
      "Run 'kalkan help COMMAND' or 'kalkan COMMAND --help' for a command's options."
    })
public final class KalkanCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** Runs the command line and exits the JVM with its status. */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit status; for tests and embedding. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new KalkanCommand());
    cli.setExecutionExceptionHandler(new ErrorReporter());
    cli.setParameterExceptionHandler(ErrorReporter::onUsageError);
    return cli.execute(args);
  }
}
