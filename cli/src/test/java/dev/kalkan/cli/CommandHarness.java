package dev.kalkan.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs {@code kalkan} commands in-process with standard output, error and input redirected, as
 * {@code ScanCommandTest} does; {@link #close()} restores them.
 */
final class CommandHarness implements AutoCloseable {
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final PrintStream savedOut = System.out;
  private final PrintStream savedErr = System.err;
  private final InputStream savedIn = System.in;

  CommandHarness() {
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    StandardOutput.redirectForTests(out);
  }

  int run(String... args) {
    out.reset();
    err.reset();
    return KalkanCommand.execute(args);
  }

  int runWithInput(String input, String... args) {
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    return run(args);
  }

  String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    System.setOut(savedOut);
    System.setErr(savedErr);
    System.setIn(savedIn);
    StandardOutput.redirectForTests(new FileOutputStream(FileDescriptor.out));
  }
}
