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
    Gateway icap,
    Gateway milter,
    Request request,
    Alert alert,
    Audit audit,
    Deid deid,
    Warmup warmup) {

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

  /**
   * A listener of an enforcement point (ICAP for the web proxy, milter for the MTA).
   *
   * @param enabled whether the service listens at all
   * @param address the address to bind ({@code 0.0.0.0}: every interface)
   * @param port the port; 0 picks a free one (tests)
   * @param failOpen pass traffic when Kalkan fails internally instead of refusing it
   * @param monitor decide and record, never block (ICAP only)
   */
  public record Gateway(
      boolean enabled, String address, int port, boolean failOpen, boolean monitor) {}

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

  /**
   * The key of {@code POST /api/v1/redact}'s {@code hash} and {@code tokenize}: a Tink keyset in
   * JSON ({@code key}, the {@code KALKAN_DEID_KEY} variable the command line reads too) or a file
   * holding one ({@code key-file}); the file wins. Neither: those transforms are refused.
   */
  public record Deid(String key, String keyFile) {}

  /**
   * How long the inspection path is warmed up before the service reports ready ({@code 0s}: not at
   * all).
   */
  public record Warmup(Duration time) {}
}
