package dev.kalkan.icap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Installs the Debian packages a test needs when their program is missing (once per JVM), so that
 * the suite passes on a fresh machine. When that is impossible the test fails with the reason: a
 * test that claims a real Squid must not silently skip.
 */
final class DebianPackages {
  private static final Map<String, Boolean> CHECKED = new ConcurrentHashMap<>();

  private DebianPackages() {}

  /** Makes sure {@code program} exists, installing {@code packages} with apt-get if not. */
  static synchronized Path require(String program, String... packages) {
    Path path = Path.of(program);
    if (CHECKED.containsKey(program) || Files.isExecutable(path)) {
      CHECKED.put(program, true);
      return path;
    }
    if (!Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
      throw new AssertionError(
          program
              + " is missing and apt-get is not available: install "
              + String.join(" ", packages));
    }
    run(List.of("apt-get", "update", "-qq"));
    List<String> install =
        new ArrayList<>(List.of("apt-get", "install", "-y", "-qq", "--no-install-recommends"));
    install.addAll(List.of(packages));
    run(install);
    if (!Files.isExecutable(path)) {
      throw new AssertionError(
          "apt-get installed "
              + String.join(" ", packages)
              + " but "
              + program
              + " is still missing");
    }
    CHECKED.put(program, true);
    return path;
  }

  private static void run(List<String> command) {
    try {
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
      pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
      Process p = pb.start();
      String output = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
      }
    } catch (IOException e) {
      throw new AssertionError(String.join(" ", command) + " could not run: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + String.join(" ", command), e);
    }
  }
}
