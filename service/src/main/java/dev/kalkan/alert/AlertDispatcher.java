package dev.kalkan.alert;

import dev.kalkan.incident.Incidents;
import dev.kalkan.service.KalkanSettings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends alerts through every configured channel off the request path. Each (alert, channel) is a
 * row in {@code alert_deliveries}: attempted up to {@code kalkan.alert.attempts} times with
 * exponential backoff from {@code kalkan.alert.backoff}; then DELIVERED or FAILED, with the last
 * error, an {@code ALERT_SENT}/{@code ALERT_FAILED} event in the incident's timeline and the
 * counter {@code kalkan_alerts_total{channel,outcome}}. Deliveries still pending when the service
 * stopped are resumed at the next start.
 */
@Component
@DependsOnDatabaseInitialization
public class AlertDispatcher implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);
  private final List<AlertChannel> channels;
  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Incidents incidents;
  private final MeterRegistry meters;
  private final int attempts;
  private final Duration backoff;
  private ScheduledExecutorService executor;
  private volatile boolean running;

  AlertDispatcher(
      KalkanSettings settings,
      JdbcClient jdbc,
      JsonMapper json,
      Incidents incidents,
      MeterRegistry meters) {
    this.jdbc = jdbc;
    this.json = json;
    this.incidents = incidents;
    this.meters = meters;
    KalkanSettings.Alert alert = settings.alert();
    this.attempts = Math.max(1, alert.attempts());
    this.backoff = alert.backoff();
    this.channels = channelsOf(alert);
  }

  private static List<AlertChannel> channelsOf(KalkanSettings.Alert alert) {
    List<AlertChannel> configured = new ArrayList<>();
    if (alert.webhook() != null && alert.webhook().url() != null) {
      configured.add(new WebhookChannel(alert.webhook().url(), alert.timeout()));
    }
    List<String> to = alert.email() == null ? List.of() : alert.email().to();
    if (to != null && !to.isEmpty()) {
      KalkanSettings.Smtp smtp = alert.smtp();
      if (smtp == null || smtp.host() == null || smtp.host().isBlank()) {
        throw new IllegalStateException(
            "kalkan.alert.email.to is set but kalkan.alert.smtp.host is not");
      }
      JavaMailSenderImpl sender = new JavaMailSenderImpl();
      sender.setHost(smtp.host());
      sender.setPort(smtp.port());
      if (smtp.username() != null && !smtp.username().isBlank()) {
        sender.setUsername(smtp.username());
        sender.setPassword(smtp.password());
      }
      Properties properties = sender.getJavaMailProperties();
      properties.put("mail.smtp.auth", Boolean.toString(sender.getUsername() != null));
      properties.put("mail.smtp.starttls.enable", Boolean.toString(smtp.starttls()));
      long millis = alert.timeout().toMillis();
      properties.put("mail.smtp.connectiontimeout", Long.toString(millis));
      properties.put("mail.smtp.timeout", Long.toString(millis));
      properties.put("mail.smtp.writetimeout", Long.toString(millis));
      configured.add(new EmailChannel(sender, alert.email().from(), to));
    }
    return List.copyOf(configured);
  }

  /** The names of the configured channels. */
  public List<String> channelNames() {
    return channels.stream().map(AlertChannel::name).toList();
  }

  /** Records {@code alert} for each channel and schedules its delivery. Returns at once. */
  public void raise(Alert alert) {
    String body = json.writeValueAsString(alert);
    for (AlertChannel channel : channels) {
      long id =
          jdbc.sql(
                  "insert into alert_deliveries (incident_id, decision_id, channel, target,"
                      + " status, attempts, payload, created_at, updated_at) values (:incident,"
                      + " :decision, :channel, :target, 'PENDING', 0, :payload, now(), now())"
                      + " returning id")
              .param("incident", alert.incidentId())
              .param("decision", alert.decisionId())
              .param("channel", channel.name())
              .param("target", channel.target())
              .param("payload", body)
              .query(Long.class)
              .single();
      schedule(new Attempt(id, channel, alert, body, 1), Duration.ZERO);
    }
  }

  /** Deliveries newest first, optionally of one status. */
  public List<AlertDelivery> list(String status, int limit) {
    return jdbc.sql(
            "select * from alert_deliveries"
                + (status == null ? "" : " where status = :status")
                + " order by id desc limit :limit")
        .param("status", status)
        .param("limit", limit)
        .query(
            (rs, row) -> {
              long incident = rs.getLong("incident_id");
              Long incidentId = rs.wasNull() ? null : incident;
              return new AlertDelivery(
                  rs.getLong("id"),
                  incidentId,
                  rs.getObject("decision_id", UUID.class),
                  rs.getString("channel"),
                  rs.getString("target"),
                  rs.getString("status"),
                  rs.getInt("attempts"),
                  rs.getString("last_error"),
                  rs.getTimestamp("created_at").toInstant(),
                  rs.getTimestamp("updated_at").toInstant());
            })
        .list();
  }

  private record Attempt(long id, AlertChannel channel, Alert alert, String body, int number) {}

  private void schedule(Attempt attempt, Duration delay) {
    if (!running) {
      return;
    }
    executor.schedule(() -> run(attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void run(Attempt attempt) {
    try {
      attempt.channel().deliver(attempt.alert(), attempt.body());
      finish(attempt, "DELIVERED", null);
    } catch (Exception e) {
      String error = errorOf(e);
      if (attempt.number() < attempts && running) {
        jdbc.sql(
                "update alert_deliveries set attempts = :n, last_error = :error, updated_at ="
                    + " now() where id = :id")
            .param("n", attempt.number())
            .param("error", error)
            .param("id", attempt.id())
            .update();
        Duration delay = backoff.multipliedBy(1L << Math.min(attempt.number() - 1, 16));
        schedule(
            new Attempt(
                attempt.id(),
                attempt.channel(),
                attempt.alert(),
                attempt.body(),
                attempt.number() + 1),
            delay);
      } else {
        finish(attempt, "FAILED", error);
      }
    }
  }

  private void finish(Attempt attempt, String status, String error) {
    try {
      jdbc.sql(
              "update alert_deliveries set status = :status, attempts = :n, last_error = :error,"
                  + " updated_at = now() where id = :id")
          .param("status", status)
          .param("n", attempt.number())
          .param("error", error)
          .param("id", attempt.id())
          .update();
      Counter.builder("kalkan.alerts")
          .description("alert deliveries by channel and outcome")
          .tag("channel", attempt.channel().name())
          .tag("outcome", status.equals("DELIVERED") ? "delivered" : "failed")
          .register(meters)
          .increment();
      Long incident = attempt.alert().incidentId();
      if (incident != null) {
        incidents.addEvent(
            incident,
            status.equals("DELIVERED") ? "ALERT_SENT" : "ALERT_FAILED",
            "kalkan",
            attempt.channel().name()
                + " alert to "
                + attempt.channel().target()
                + (error == null
                    ? " delivered"
                    : " failed after " + attempt.number() + " attempts: " + error));
      }
      if (error != null) {
        LOG.warn(
            "{} alert {} failed after {} attempts: {}",
            attempt.channel().name(),
            attempt.id(),
            attempt.number(),
            error);
      }
    } catch (RuntimeException e) {
      LOG.error("could not record the outcome of alert delivery {}", attempt.id(), e);
    }
  }

  private static String errorOf(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.length() > 1000 ? message.substring(0, 1000) : message;
  }

  @Override
  public void start() {
    executor =
        Executors.newScheduledThreadPool(
            2, Thread.ofPlatform().name("kalkan-alerts-", 0).daemon(true).factory());
    running = true;
    resumePending();
  }

  private void resumePending() {
    Map<String, AlertChannel> byName = new HashMap<>();
    channels.forEach(c -> byName.put(c.name(), c));
    jdbc.sql("select id, channel, attempts, payload from alert_deliveries where status = 'PENDING'")
        .query(
            (rs, row) -> {
              AlertChannel channel = byName.get(rs.getString("channel"));
              String payload = rs.getString("payload");
              if (channel != null) {
                schedule(
                    new Attempt(
                        rs.getLong("id"),
                        channel,
                        json.readValue(payload, Alert.class),
                        payload,
                        rs.getInt("attempts") + 1),
                    Duration.ZERO);
              }
              return null;
            })
        .list();
  }

  @Override
  public void stop() {
    running = false;
    executor.shutdownNow();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 4096;
  }
}
