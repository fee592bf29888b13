package dev.kalkan.icap;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Squid on loopback with its own generated configuration, pid, logs and hosts file in a
 * temporary directory (nothing cached, no DNS: the given host names resolve to 127.0.0.1). Installs
 * Squid from Debian when missing. {@link #close()} stops the process and deletes the directory.
 */
final class SquidProcess implements AutoCloseable {
  static final String SQUID = "/usr/sbin/squid";

  private final Path dir;
  private final Process process;
  private final int port;

  private final Thread reaper;

  private SquidProcess(Path dir, Process process, int port) {
    this.dir = dir;
    this.process = process;
    this.port = port;
    // Stops Squid even when the JVM ends without close() (a killed test run).
    this.reaper = new Thread(process::destroyForcibly, "squid-reaper-" + port);
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /**
   * Starts Squid and waits until it accepts connections.
   *
   * @param icapPort the Kalkan ICAP port for REQMOD on POST and PUT, or -1 for a Squid without ICAP
   * @param hosts names that resolve to 127.0.0.1
   */
  static SquidProcess start(int icapPort, List<String> hosts) throws IOException {
    Path squid = DebianPackages.require(SQUID, "squid");
    Path dir = Files.createTempDirectory("kalkan-squid-");
    int port = freePort();
    return launch(squid, dir, port, config(dir, port, icapPort), hosts);
  }

  /**
   * Starts Squid with Basic proxy authentication: only {@code user} with {@code password} may use
   * it, and Squid reports the user to Kalkan (icap_send_client_username).
   */
  static SquidProcess startAuthenticated(
      int icapPort, List<String> hosts, String user, String password) throws IOException {
    Path squid = DebianPackages.require(SQUID, "squid");
    Path dir = Files.createTempDirectory("kalkan-squid-auth-");
    int port = freePort();
    DebianPackages.require("/usr/bin/openssl", "openssl");
    Process hash =
        new ProcessBuilder("openssl", "passwd", "-1", password).redirectErrorStream(true).start();
    String crypted =
        new String(hash.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
    Path passwd = dir.resolve("passwd");
    Files.writeString(passwd, user + ":" + crypted + "\n");
    Files.setPosixFilePermissions(passwd, PosixFilePermissions.fromString("rw-r--r--"));
    String auth =
        "auth_param basic program /usr/lib/squid/basic_ncsa_auth "
            + passwd
            + "\n"
            + "auth_param basic realm kalkan-test\n"
            + "acl kalkan_authenticated proxy_auth REQUIRED\n"
            + "http_access deny !kalkan_authenticated\n"
            + "http_access allow localhost\n";
    String config = config(dir, port, icapPort).replace("http_access allow localhost\n", auth);
    return launch(squid, dir, port, config, hosts);
  }

  /**
   * Starts the OpenSSL build of Squid (unpacked from Debian's squid-openssl) with the shipped
   * deploy/squid/kalkan-icap-sslbump.conf: its CA at {@code caDir/ca.pem} and {@code ca.key}, which
   * also verifies the origin servers.
   */
  static SquidProcess startSslBump(int icapPort, List<String> hosts, Path caDir)
      throws IOException {
    Path root = SquidOpenssl.unpacked();
    Path dir = Files.createTempDirectory("kalkan-squid-bump-");
    int port = freePort();
    Path certgen = root.resolve("usr/lib/squid/security_file_certgen");
    Path db = dir.resolve("ssl_db");
    SquidOpenssl.run(List.of(certgen.toString(), "-c", "-s", db.toString(), "-M", "4MB"));
    SquidOpenssl.run(List.of("chmod", "-R", "a+rwX", db.toString()));
    String bump =
        deployed("kalkan-icap-sslbump.conf", "http_port 3128 ")
            .replace("http_port 3128 ", "http_port 127.0.0.1:" + port + " ")
            .replace("/etc/squid/kalkan-ca/", caDir.toAbsolutePath() + "/")
            .replace("/usr/lib/squid/security_file_certgen", certgen.toString())
            .replace("/var/lib/squid/ssl_db -M 16MB", db + " -M 4MB")
            .replace(
                "/etc/ssl/certs/ca-certificates.crt",
                caDir.resolve("ca.pem").toAbsolutePath().toString());
    String config =
        config(dir, port, icapPort).replace("http_port 127.0.0.1:" + port + "\n", bump + "\n");
    return launch(root.resolve("usr/sbin/squid"), dir, port, config, hosts);
  }

  private static SquidProcess launch(
      Path squid, Path dir, int port, String config, List<String> hosts) throws IOException {
    // Squid started as root drops to its cache_effective_user, which must write its logs here.
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    Files.writeString(
        dir.resolve("hosts"), "127.0.0.1 localhost " + String.join(" ", hosts) + "\n");
    Files.writeString(dir.resolve("squid.conf"), config, StandardCharsets.UTF_8);
    Process process =
        new ProcessBuilder(squid.toString(), "-N", "-f", dir.resolve("squid.conf").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("stdout.log").toFile())
            .start();
    SquidProcess s = new SquidProcess(dir, process, port);
    try {
      s.awaitListening();
    } catch (IOException | RuntimeException | Error e) {
      s.close();
      throw e;
    }
    return s;
  }

  /**
   * The generated configuration: test paths and ports, then deploy/squid/kalkan-icap.conf as
   * shipped, pointed at the test's ICAP port.
   */
  static String config(Path dir, int port, int icapPort) throws IOException {
    StringBuilder c = new StringBuilder();
    c.append("http_port 127.0.0.1:")
        .append(port)
        .append('\n')
        .append("pid_filename ")
        .append(dir.resolve("squid.pid"))
        .append('\n')
        .append("cache_log ")
        .append(dir.resolve("cache.log"))
        .append('\n')
        .append("access_log stdio:")
        .append(dir.resolve("access.log"))
        .append('\n')
        .append("cache_store_log none\n")
        .append("coredump_dir ")
        .append(dir)
        .append('\n')
        .append("hosts_file ")
        .append(dir.resolve("hosts"))
        .append('\n')
        .append("dns_nameservers 127.0.0.1\n")
        .append("cache deny all\n")
        .append("cache_mem 8 MB\n")
        .append("netdb_filename none\n")
        .append("pinger_enable off\n")
        .append("shutdown_lifetime 0 seconds\n")
        .append("http_access allow localhost\n")
        .append("http_access deny all\n");
    if (icapPort > 0) {
      c.append(
          deployedSnippet()
              .replace("icap://127.0.0.1:1344/", "icap://127.0.0.1:" + icapPort + "/"));
    }
    return c.toString();
  }

  /** deploy/squid/kalkan-icap.conf of this repository. */
  static String deployedSnippet() throws IOException {
    return deployed("kalkan-icap.conf", "icap://127.0.0.1:1344/reqmod");
  }

  /** A file of deploy/squid/ of this repository, which must contain {@code mustContain}. */
  static String deployed(String name, String mustContain) throws IOException {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path file = p.resolve("deploy/squid/" + name);
      if (Files.isRegularFile(file)) {
        String snippet = Files.readString(file);
        if (!snippet.contains(mustContain)) {
          throw new AssertionError(file + " no longer contains " + mustContain);
        }
        return snippet;
      }
    }
    throw new AssertionError(
        "deploy/squid/" + name + " not found above " + Path.of("").toAbsolutePath());
  }

  int port() {
    return port;
  }

  /** Squid's cache.log, for failure messages. */
  String log() {
    try {
      return Files.readString(dir.resolve("cache.log"));
    } catch (IOException e) {
      return "(no cache.log: " + e.getMessage() + ")";
    }
  }

  private void awaitListening() throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(
            "squid exited with " + process.exitValue() + ":\n" + output() + log());
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return;
      } catch (IOException e) {
        try {
          process.waitFor(50, TimeUnit.MILLISECONDS);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", ie);
        }
      }
    }
    throw new IOException("squid did not listen on " + port + " within 20 s:\n" + log());
  }

  private String output() {
    try {
      return Files.readString(dir.resolve("stdout.log"));
    } catch (IOException e) {
      return "";
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException e) {
      // already shutting down: the hook stops Squid
    }
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp directory left behind is harmless
    }
  }
}
