package dev.kalkan.milter;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Postfix on loopback with its own configuration directory ({@code postfix -c DIR}), queue
 * and data directories, for tests and benchmarks. Three SMTP listeners on free ports: one with
 * Kalkan as milter ({@link #smtpPort()}), one whose milter is a port nobody listens on ({@link
 * #downSmtpPort()}, Kalkan down), one without milter ({@link #plainSmtpPort()}). Everything is
 * relayed to a local sink. Installs Postfix and swaks from Debian when missing; as Postfix's master
 * must start as root, it needs root.
 */
final class PostfixInstance implements AutoCloseable {
  private static final Path POSTFIX = Path.of("/usr/sbin/postfix");
  private static final Path SWAKS = Path.of("/usr/bin/swaks");
  private static final Path SMTP_SOURCE = Path.of("/usr/sbin/smtp-source");

  private final Path dir;
  private final int smtpPort;
  private final int downSmtpPort;
  private final int plainSmtpPort;
  private boolean running;
  private final Thread stopAtExit;

  /** A command's exit status and its standard output and error, merged. */
  record Result(int exit, String output) {}

  /**
   * Installs Postfix and swaks from Debian when one is missing (debconf preseeded to "No
   * configuration", so the system's own Postfix is not configured or started).
   *
   * @throws IllegalStateException with the apt output when the installation fails
   */
  static synchronized void ensureInstalled() throws IOException, InterruptedException {
    if (Files.isExecutable(POSTFIX)
        && Files.isExecutable(SWAKS)
        && Files.isExecutable(SMTP_SOURCE)) {
      return;
    }
    if (!"root".equals(System.getProperty("user.name"))) {
      throw new IllegalStateException(
          "Postfix and swaks are missing and installing them needs root: run"
              + " 'apt-get install postfix swaks' first");
    }
    run(
        Duration.ofSeconds(30),
        "sh",
        "-c",
        "printf '%s\\n' 'postfix postfix/main_mailer_type select No configuration'"
            + " 'postfix postfix/mailname string localhost' | debconf-set-selections");
    Result install = aptInstall();
    if (install.exit() != 0) {
      run(Duration.ofMinutes(5), "apt-get", "update", "-q");
      install = aptInstall();
    }
    if (install.exit() != 0 || !Files.isExecutable(POSTFIX) || !Files.isExecutable(SWAKS)) {
      throw new IllegalStateException(
          "could not install postfix and swaks with apt-get (exit "
              + install.exit()
              + "): "
              + tail(install.output(), 1500));
    }
  }

  private static Result aptInstall() throws IOException, InterruptedException {
    return run(
        Duration.ofMinutes(8),
        "env",
        "DEBIAN_FRONTEND=noninteractive",
        "apt-get",
        "install",
        "-y",
        "-q",
        "-o",
        "DPkg::Lock::Timeout=300",
        "postfix",
        "swaks");
  }

  /**
   * Writes the configuration and starts Postfix.
   *
   * @param milterPort where Kalkan's milter listens
   * @param sinkPort the next hop every message is relayed to
   */
  PostfixInstance(int milterPort, int sinkPort) throws IOException, InterruptedException {
    ensureInstalled();
    dir = Files.createTempDirectory("kalkan-postfix-");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.createDirectories(dir.resolve("queue"));
    run(Duration.ofSeconds(10), "chown", "postfix", data.toString());
    smtpPort = freePort();
    downSmtpPort = freePort();
    plainSmtpPort = freePort();
    int deadMilterPort = freePort();
    Files.writeString(dir.resolve("main.cf"), mainCf(milterPort, sinkPort));
    Files.writeString(dir.resolve("master.cf"), masterCf(deadMilterPort));
    Result start = run(Duration.ofSeconds(60), "postfix", "-c", dir.toString(), "start");
    if (start.exit() != 0) {
      String log = maillog();
      deleteDirectory();
      throw new IllegalStateException(
          "postfix -c " + dir + " start failed: " + tail(start.output() + log, 2000));
    }
    running = true;
    stopAtExit =
        new Thread(
            () -> {
              try {
                run(Duration.ofSeconds(20), "postfix", "-c", dir.toString(), "stop");
              } catch (IOException | InterruptedException e) {
                // the JVM is going away; nothing more can be done
              }
            });
    Runtime.getRuntime().addShutdownHook(stopAtExit);
    awaitListening(smtpPort);
  }

  private String mainCf(int milterPort, int sinkPort) throws IOException {
    return String.join(
        "\n",
        "# Written by Kalkan's tests: a loopback-only Postfix that relays everything to a sink.",
        "compatibility_level = 3.6",
        "config_directory = " + dir,
        "queue_directory = " + dir.resolve("queue"),
        "data_directory = " + dir.resolve("data"),
        "mail_owner = postfix",
        "setgid_group = postdrop",
        "myhostname = mta.kalkan.test",
        "mydomain = kalkan.test",
        "myorigin = $myhostname",
        "inet_interfaces = loopback-only",
        "inet_protocols = ipv4",
        "mydestination =",
        "local_recipient_maps =",
        "alias_maps =",
        "alias_database =",
        "mynetworks = 127.0.0.0/8",
        "smtpd_relay_restrictions = permit_mynetworks, reject",
        "relayhost = [127.0.0.1]:" + sinkPort,
        "smtp_tls_security_level = none",
        "smtpd_tls_security_level = none",
        "biff = no",
        "maillog_file_prefixes = " + dir,
        "maillog_file = " + dir.resolve("maillog"),
        "default_process_limit = 50",
        "smtp_connection_cache_on_demand = yes",
        "# Lets the tests set the SASL login with XCLIENT LOGIN=..., as an authenticated client would.",
        "smtpd_authorized_xclient_hosts = 127.0.0.0/8",
        "",
        "",
        deployedSettings(milterPort),
        "");
  }

  /**
   * The operator settings of {@code deploy/postfix/main.cf}, with Kalkan's port replaced, so that
   * what the documentation tells operators is what the tests run.
   */
  static String deployedSettings(int milterPort) throws IOException {
    for (Path candidate :
        List.of(Path.of("deploy/postfix/main.cf"), Path.of("../deploy/postfix/main.cf"))) {
      if (Files.isRegularFile(candidate)) {
        String settings = Files.readString(candidate);
        if (!settings.contains("inet:127.0.0.1:8890")) {
          throw new IllegalStateException(candidate + " no longer names inet:127.0.0.1:8890");
        }
        return settings.replace("inet:127.0.0.1:8890", "inet:127.0.0.1:" + milterPort);
      }
    }
    throw new IllegalStateException(
        "deploy/postfix/main.cf not found from " + Path.of("").toAbsolutePath());
  }

  private String masterCf(int deadMilterPort) {
    List<String> lines = new ArrayList<>();
    lines.add("127.0.0.1:" + smtpPort + " inet n - n - - smtpd");
    lines.add(
        "127.0.0.1:"
            + downSmtpPort
            + " inet n - n - - smtpd -o smtpd_milters=inet:127.0.0.1:"
            + deadMilterPort);
    lines.add("127.0.0.1:" + plainSmtpPort + " inet n - n - - smtpd -o smtpd_milters=");
    for (String service :
        List.of(
            "pickup unix n - n 60 1 pickup",
            "cleanup unix n - n - 0 cleanup",
            "qmgr unix n - n 300 1 qmgr",
            "rewrite unix - - n - - trivial-rewrite",
            "bounce unix - - n - 0 bounce",
            "defer unix - - n - 0 bounce",
            "trace unix - - n - 0 bounce",
            "verify unix - - n - 1 verify",
            "flush unix n - n 1000? 0 flush",
            "proxymap unix - - n - - proxymap",
            "smtp unix - - n - - smtp",
            "relay unix - - n - - smtp",
            "showq unix n - n - - showq",
            "error unix - - n - - error",
            "retry unix - - n - - error",
            "discard unix - - n - - discard",
            "local unix - n n - - local",
            "anvil unix - - n - 1 anvil",
            "scache unix - - n - 1 scache",
            "postlog unix-dgram n - n - 1 postlogd")) {
      lines.add(service);
    }
    return String.join("\n", lines) + "\n";
  }

  Path directory() {
    return dir;
  }

  int smtpPort() {
    return smtpPort;
  }

  int downSmtpPort() {
    return downSmtpPort;
  }

  int plainSmtpPort() {
    return plainSmtpPort;
  }

  /** Postfix's log so far (empty before the log daemon started). */
  String maillog() throws IOException {
    Path log = dir.resolve("maillog");
    return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
  }

  /** The queue as {@code postqueue -j} lists it, one JSON object per line. */
  String queue() throws IOException, InterruptedException {
    return run(Duration.ofSeconds(20), "postqueue", "-c", dir.toString(), "-j").output();
  }

  /** Stops Postfix, waits for its master process to end and removes the directories. */
  @Override
  public void close() throws IOException {
    try {
      if (running) {
        long pid = masterPid();
        running = false;
        try {
          Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException e) {
          // already shutting down: the hook stops Postfix
        }
        try {
          run(Duration.ofSeconds(30), "postfix", "-c", dir.toString(), "stop");
        } finally {
          awaitExit(pid);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping Postfix in " + dir, e);
    } finally {
      deleteDirectory();
    }
  }

  private long masterPid() {
    try {
      return Long.parseLong(Files.readString(dir.resolve("queue/pid/master.pid")).trim());
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }

  /** Waits until the process is gone (or a zombie nobody reaps here), killing it after 10 s. */
  private static void awaitExit(long pid) throws InterruptedException {
    if (pid <= 0) {
      return;
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      if (!alive(pid)) {
        return;
      }
      Thread.sleep(50);
    }
    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
  }

  private static boolean alive(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      int close = stat.lastIndexOf(')');
      return close > 0 && close + 2 < stat.length() && stat.charAt(close + 2) != 'Z';
    } catch (IOException e) {
      return false;
    }
  }

  private void deleteDirectory() throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void awaitListening(int port) throws InterruptedException, IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (true) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
        return;
      } catch (IOException e) {
        if (System.nanoTime() > deadline) {
          throw new IOException("Postfix does not listen on 127.0.0.1:" + port + " after 20 s", e);
        }
        Thread.sleep(50);
      }
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return s.getLocalPort();
    }
  }

  /** Runs a command to its end (killing it after {@code timeout}). */
  static Result run(Duration timeout, String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getOutputStream().close();
    byte[][] out = new byte[1][];
    Thread reader =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    out[0] = p.getInputStream().readAllBytes();
                  } catch (IOException e) {
                    out[0] = new byte[0];
                  }
                });
    if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
      p.waitFor();
      reader.join();
      throw new IOException(
          String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s");
    }
    reader.join();
    return new Result(p.exitValue(), new String(out[0], StandardCharsets.UTF_8));
  }

  static String tail(String s, int max) {
    return s.length() <= max ? s : "..." + s.substring(s.length() - max);
  }
}
