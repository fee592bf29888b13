package dev.kalkan.icap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's squid-openssl (Squid built with OpenSSL, needed for ssl-bump), unpacked into a cache
 * directory instead of installed: the package conflicts with the plain squid the other tests use.
 * Downloaded with {@code apt-get download} once; a test fails with the reason when that is
 * impossible.
 */
final class SquidOpenssl {
  private static final Path CACHE =
      Path.of(System.getProperty("java.io.tmpdir"), "kalkan-squid-openssl");

  private SquidOpenssl() {}

  /** The root of the unpacked package (with usr/sbin/squid and usr/lib/squid/). */
  static synchronized Path unpacked() throws IOException {
    Path root = CACHE.resolve("root");
    if (Files.isExecutable(root.resolve("usr/sbin/squid"))) {
      return root;
    }
    DebianPackages.require(
        SquidProcess.SQUID, "squid"); // squid-common: error pages, icons, mime table
    Files.createDirectories(CACHE);
    if (!download()) {
      run(List.of("apt-get", "update", "-qq"));
      if (!download()) {
        throw new AssertionError("apt-get download squid-openssl failed in " + CACHE);
      }
    }
    Path deb;
    try (Stream<Path> files = Files.list(CACHE)) {
      deb =
          files
              .filter(p -> p.getFileName().toString().endsWith(".deb"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no squid-openssl .deb in " + CACHE));
    }
    run(List.of("dpkg-deb", "-x", deb.toString(), root.toString()));
    return root;
  }

  private static boolean download() {
    try {
      Process p =
          new ProcessBuilder("apt-get", "download", "-qq", "squid-openssl")
              .directory(CACHE.toFile())
              .redirectErrorStream(true)
              .start();
      p.getInputStream().readAllBytes();
      return p.waitFor(5, TimeUnit.MINUTES) && p.exitValue() == 0;
    } catch (IOException e) {
      throw new AssertionError(
          "apt-get is not available to fetch squid-openssl: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static void run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " failed:\n" + out);
      }
    } catch (IOException e) {
      throw new AssertionError(String.join(" ", command) + " could not run: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted: " + String.join(" ", command), e);
    }
  }
}
