package dev.kalkan.service;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The service's settings under {@code kalkan.*}; each maps to an environment variable by Spring
 * Boot's relaxed binding ({@code kalkan.data.dir} = {@code KALKAN_DATA_DIR}), and the environment
 * wins over configuration files. Defaults are in the bundled {@code application.yml}; every setting
 * is documented in {@code docs/SERVICE.md}.
 */
@ConfigurationProperties("kalkan")
public record KalkanSettings(
    Data data,
    Db db,
    Admin admin,
    Port icap,
    Port milter,
    Request request,
    Alert alert,
    Audit audit) {

  /** The data directory: embedded database, its binaries and password, local configuration. */
  public record Data(Path dir) {}

  /** An external PostgreSQL; when {@code url} is blank the embedded one is used. */
  public record Db(String url, String user, String password) {
    /** Whether an external database is configured. */
    public boolean external() {
      return url != null && !url.isBlank();
    }
  }

  /** The first administrator's password; blank means random, printed once. */
  public record Admin(String password) {}

  /** A listener port reserved for an enforcement point. */
  public record Port(int port) {}

  /** The largest request body accepted by inspect, dry-run and policy uploads. */
  public record Request(DataSize limit) {}

  /** Alert channels and their retry schedule. */
  public record Alert(
      Webhook webhook, Email email, Smtp smtp, int attempts, Duration backoff, Duration timeout) {}

  /** JSON POST of each alert to {@code url} when set. */
  public record Webhook(URI url) {}

  /** Email of each alert to {@code to} (none: no email), from {@code from}. */
  public record Email(List<String> to, String from) {}

  /** The SMTP server for email alerts. */
  public record Smtp(String host, int port, String username, String password, boolean starttls) {}

  /** The asynchronous decision log: queue capacity and rows written per batch. */
  public record Audit(int queue, int batch) {}
}
