package dev.kalkan.audit;

import dev.kalkan.service.KalkanSettings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records decisions without making the caller wait for the database: {@link #record} puts the
 * decision on a bounded queue, and one writer thread inserts what has queued up in batches (up to
 * {@code kalkan.audit.batch} rows per statement batch).
 *
 * <p>Nothing is dropped: a full queue makes {@link #record} wait (back-pressure), a failed insert
 * is retried until it succeeds, and stopping the service writes everything queued before the
 * database closes. What an abrupt end of the process (kill -9, power loss) can lose is the
 * decisions queued and not yet written, normally less than one batch interval. Incidents are
 * written synchronously.
 */
@Component
@DependsOnDatabaseInitialization
public class DecisionLog implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(DecisionLog.class);
  private final JdbcTemplate jdbc;
  private final JdbcClient client;
  private final JsonMapper json;
  private final BlockingQueue<DecisionRecord> queue;
  private final int batchSize;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition progress = lock.newCondition();
  private final Counter writtenCounter;
  private long enqueued;
  private long written;
  private volatile boolean running;
  private Thread writer;

  DecisionLog(
      JdbcTemplate jdbc,
      JdbcClient client,
      JsonMapper json,
      KalkanSettings settings,
      MeterRegistry meters) {
    this.jdbc = jdbc;
    this.client = client;
    this.json = json;
    this.queue = new ArrayBlockingQueue<>(Math.max(1, settings.audit().queue()));
    this.batchSize = Math.max(1, settings.audit().batch());
    Gauge.builder("kalkan.decisions.queued", queue, BlockingQueue::size)
        .description("decisions waiting to be written to the audit log")
        .register(meters);
    this.writtenCounter =
        Counter.builder("kalkan.decisions.written")
            .description("decisions written to the audit log")
            .register(meters);
  }

  /**
   * Queues {@code decision} for writing; waits while the queue is full.
   *
   * @throws IllegalStateException when the log is stopped
   */
  public void record(DecisionRecord decision) {
    if (!running) {
      throw new IllegalStateException("the decision log is stopped");
    }
    try {
      queue.put(decision);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while recording a decision", e);
    }
    lock.lock();
    try {
      enqueued++;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until every decision recorded before this call is written.
   *
   * @throws IllegalStateException when that takes longer than {@code timeout}
   */
  public void flush(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      long target = enqueued;
      while (written < target) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IllegalStateException(
              "decision log flush timed out", new TimeoutException(timeout.toString()));
        }
        progress.awaitNanos(left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while flushing the decision log", e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * The newest decisions first, at most {@code limit}, optionally of one principal and action;
   * flushes the queue first so that what was decided is visible.
   */
  public List<DecisionRecord> list(Long principalId, String action, int limit) {
    flush(Duration.ofSeconds(30));
    StringBuilder sql = new StringBuilder("select * from decisions where true");
    if (principalId != null) {
      sql.append(" and principal_id = :principal");
    }
    if (action != null) {
      sql.append(" and action = :action");
    }
    sql.append(" order by decided_at desc, id limit :limit");
    return client
        .sql(sql.toString())
        .param("principal", principalId)
        .param("action", action)
        .param("limit", limit)
        .query(
            (rs, row) -> {
              long incident = rs.getLong("incident_id");
              Long incidentId = rs.wasNull() ? null : incident;
              long policy = rs.getLong("policy_id");
              Long policyId = rs.wasNull() ? null : policy;
              int version = rs.getInt("policy_version");
              Integer policyVersion = rs.wasNull() ? null : version;
              String destinations = rs.getString("destinations");
              return new DecisionRecord(
                  rs.getObject("id", UUID.class),
                  rs.getTimestamp("decided_at").toInstant(),
                  rs.getLong("principal_id"),
                  rs.getString("principal"),
                  rs.getString("caller"),
                  rs.getString("channel"),
                  destinations == null || destinations.isEmpty()
                      ? List.of()
                      : List.of(destinations.split("\n")),
                  rs.getString("classification"),
                  infoTypes(rs.getString("info_types")),
                  rs.getInt("finding_count"),
                  rs.getString("action"),
                  rs.getString("rule_name"),
                  rs.getString("reason"),
                  policyId,
                  policyVersion,
                  incidentId);
            })
        .list();
  }

  private Map<String, Integer> infoTypes(String text) {
    Map<String, Integer> counts = new TreeMap<>();
    json.readTree(text).properties().forEach(e -> counts.put(e.getKey(), e.getValue().asInt()));
    return counts;
  }

  @Override
  public void start() {
    running = true;
    writer = Thread.ofPlatform().name("kalkan-decision-log").daemon(true).start(this::drain);
  }

  @Override
  public void stop() {
    running = false;
    try {
      writer.join(Duration.ofMinutes(1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!queue.isEmpty()) {
      LOG.error("{} decisions could not be written before shutdown", queue.size());
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /**
   * Starts before and stops after the web server (phase 4096 below default), before the pool
   * closes.
   */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 4096;
  }

  private void drain() {
    List<DecisionRecord> batch = new ArrayList<>(batchSize);
    while (running || !queue.isEmpty()) {
      try {
        DecisionRecord first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, batchSize - 1);
        writeUntilDone(batch);
        batch.clear();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void writeUntilDone(List<DecisionRecord> batch) throws InterruptedException {
    long backoff = 100;
    while (true) {
      try {
        insert(batch);
        writtenCounter.increment(batch.size());
        lock.lock();
        try {
          written += batch.size();
          progress.signalAll();
        } finally {
          lock.unlock();
        }
        return;
      } catch (RuntimeException e) {
        LOG.error(
            "could not write {} decisions to the audit log, retrying in {} ms: {}",
            batch.size(),
            backoff,
            e.getMessage());
        Thread.sleep(backoff);
        backoff = Math.min(backoff * 2, 10_000);
      }
    }
  }

  private void insert(List<DecisionRecord> batch) {
    jdbc.batchUpdate(
        "insert into decisions (id, decided_at, principal_id, principal, caller, channel,"
            + " destinations, classification, info_types, finding_count, action, rule_name,"
            + " reason, policy_id, policy_version, incident_id) values (?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing",
        batch,
        batch.size(),
        (ps, d) -> {
          ps.setObject(1, d.id());
          ps.setTimestamp(2, Timestamp.from(d.decidedAt()));
          ps.setLong(3, d.principalId());
          ps.setString(4, d.principal());
          ps.setString(5, d.caller());
          ps.setString(6, d.channel());
          ps.setString(7, String.join("\n", d.destinations()));
          ps.setString(8, d.classification());
          ps.setString(9, json.writeValueAsString(new TreeMap<>(d.infoTypes())));
          ps.setInt(10, d.findingCount());
          ps.setString(11, d.action());
          ps.setString(12, d.rule());
          ps.setString(13, d.reason());
          if (d.policyId() == null) {
            ps.setNull(14, Types.BIGINT);
            ps.setNull(15, Types.INTEGER);
          } else {
            ps.setLong(14, d.policyId());
            ps.setInt(15, d.policyVersion());
          }
          if (d.incidentId() == null) {
            ps.setNull(16, Types.BIGINT);
          } else {
            ps.setLong(16, d.incidentId());
          }
        });
  }
}
