package dev.kalkan.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts what the service under test talks to, once per test JVM: a fresh data directory (so the
 * first start creates the administrator), a webhook receiver and an SMTP sink on loopback.
 */
public final class TestEnvironment
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {
  /** The first administrator's password in tests. */
  public static final String ADMIN_PASSWORD = "test-admin-password";

  /** The request size limit in tests. */
  public static final int REQUEST_LIMIT = 1024 * 1024;

  private static WebhookReceiver webhook;
  private static SmtpSink smtp;
  private static Path dataDir;
  private static Path deidKey;

  /** The webhook receiver alerts go to. */
  public static synchronized WebhookReceiver webhook() {
    start();
    return webhook;
  }

  /** The SMTP server alert emails go to. */
  public static synchronized SmtpSink smtp() {
    start();
    return smtp;
  }

  private static synchronized void start() {
    if (webhook != null) {
      return;
    }
    try {
      dataDir = newDataDirectory("service-test-");
      deidKey = dataDir.resolve("deid.key");
      dev.kalkan.deid.DeidKey.generate().writeNew(deidKey);
      webhook = WebhookReceiver.start();
      smtp = SmtpSink.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A new, empty data directory under {@code target/}, or under the system temporary directory when
   * a parent of {@code target/} is not searchable by others (as root, the embedded PostgreSQL runs
   * as {@code nobody} and must reach its cluster; a CI clone may live in a private directory).
   */
  public static Path newDataDirectory(String prefix) throws IOException {
    Path target = Path.of("target").toAbsolutePath();
    Files.createDirectories(target);
    Path base = searchableByOthers(target) ? target : Path.of(System.getProperty("java.io.tmpdir"));
    Path dir = Files.createTempDirectory(base, prefix);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    return dir;
  }

  private static boolean searchableByOthers(Path dir) throws IOException {
    for (Path p = dir; p != null; p = p.getParent()) {
      if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    start();
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "kalkan-test",
                Map.ofEntries(
                    Map.entry("kalkan.data.dir", dataDir.toString()),
                    Map.entry("kalkan.admin.password", ADMIN_PASSWORD),
                    Map.entry("kalkan.request.limit", REQUEST_LIMIT + "B"),
                    Map.entry("kalkan.alert.webhook.url", webhook.url().toString()),
                    Map.entry("kalkan.alert.email.to", "security@kalkan.test"),
                    Map.entry("kalkan.alert.email.from", "kalkan@kalkan.test"),
                    Map.entry("kalkan.alert.smtp.host", "127.0.0.1"),
                    Map.entry("kalkan.alert.smtp.port", Integer.toString(smtp.port())),
                    Map.entry("kalkan.alert.attempts", "3"),
                    Map.entry("kalkan.alert.backoff", "20ms"),
                    Map.entry("kalkan.alert.timeout", "2s"),
                    Map.entry("kalkan.audit.batch", "50"),
                    Map.entry("kalkan.icap.address", "127.0.0.1"),
                    Map.entry("kalkan.icap.port", "0"),
                    Map.entry("kalkan.milter.address", "127.0.0.1"),
                    Map.entry("kalkan.milter.port", "0"),
                    Map.entry("kalkan.deid.key-file", deidKey.toString()),
                    Map.entry("kalkan.warmup.time", "1s"))));
  }
}
