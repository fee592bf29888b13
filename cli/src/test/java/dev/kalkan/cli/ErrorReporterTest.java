package dev.kalkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ErrorReporterTest {
  private final StringWriter err = new StringWriter();
  private final CommandLine cli = new CommandLine(new KalkanCommand());

  ErrorReporterTest() {
    cli.setErr(new PrintWriter(err, true));
  }

  @Test
  void handleWhenStandardOutputClosedThenQuietExit141() {
    Exception e = new UncheckedIOException(new IOException("Broken pipe"));
    assertThat(new ErrorReporter().handleExecutionException(e, cli, null)).isEqualTo(141);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void handleWhenUsageProblemThenOneLineAndExit2() {
    Exception e = new ErrorReporter.UsageException("--threads must be between 1 and 256, was 0");
    assertThat(new ErrorReporter().handleExecutionException(e, cli, null)).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("kalkan: --threads must be between 1 and 256, was 0\n");
  }

  @Test
  void handleWhenUnexpectedThenOneLineWithoutTraceAndExit2() {
    Exception e = new IllegalStateException("boom");
    assertThat(new ErrorReporter().handleExecutionException(e, cli, null)).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("kalkan: internal error: java.lang.IllegalStateException: boom\n")
        .doesNotContain("\tat ");
  }
}
