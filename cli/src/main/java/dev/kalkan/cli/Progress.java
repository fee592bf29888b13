package dev.kalkan.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress line on standard error while a long scan runs on a terminal: files, bytes, rate and
 * findings so far, redrawn every half second. Silent when standard error is not a terminal (the
 * launcher says so with {@code -Dkalkan.progress=true}), so pipes and CI logs get only the output.
 */
final class Progress {
  private static final long INTERVAL_MS = 500;

  private final PrintStream err;
  private final boolean enabled;
  private volatile ScanTally tally;
  private Thread thread;
  private final long started = System.nanoTime();

  private Progress(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  static Progress forStandardError(PrintStream err) {
    return new Progress(err, Boolean.getBoolean("kalkan.progress"));
  }

  /** Starts redrawing from {@code source}; does nothing when disabled. */
  void start(ScanTally source) {
    if (!enabled) {
      return;
    }
    tally = source;
    thread =
        Thread.ofPlatform()
            .daemon()
            .name("kalkan-progress")
            .start(
                () -> {
                  try {
                    while (!Thread.currentThread().isInterrupted()) {
                      Thread.sleep(INTERVAL_MS);
                      draw();
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
  }

  private void draw() {
    ScanTally t = tally;
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    double mb = t.bytesScanned() / 1e6;
    synchronized (err) {
      err.printf(
          Locale.ROOT,
          "\r\033[Kscanning: %d files, %.1f MB, %.1f MB/s, %d findings",
          t.filesScanned(),
          mb,
          mb / seconds,
          t.findings());
      err.flush();
    }
  }

  /** Stops and clears the line. */
  void finish() {
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      synchronized (err) {
        err.print("\r\033[K");
        err.flush();
      }
    }
  }
}
