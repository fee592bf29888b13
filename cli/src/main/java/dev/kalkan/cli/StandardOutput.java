package dev.kalkan.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;

/**
 * Where reports go: the process's standard output as a raw file stream (no {@code PrintStream}
 * locking or charset layers on the hot path), replaceable by tests that run commands in-process.
 */
final class StandardOutput {
  private static volatile OutputStream target = new FileOutputStream(FileDescriptor.out);

  private StandardOutput() {}

  static OutputStream stream() {
    return target;
  }

  static void redirectForTests(OutputStream stream) {
    target = stream;
  }
}
