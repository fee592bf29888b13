package dev.kalkan.access;

import dev.kalkan.service.AfterCommit;
import dev.kalkan.service.ApiProblem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The principals table and the suspension state. Thread-safe.
 *
 * <p>Ids by name and the set of suspended principals are kept in memory, so that the inspect path
 * checks suspension and finds its principal without a query; this assumes one service instance per
 * database (suspension by another instance is seen after its restart).
 */
@Component
@DependsOnDatabaseInitialization
public class Principals {
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final ConcurrentHashMap<String, Long> ids = new ConcurrentHashMap<>();
  private final Set<Long> suspended = ConcurrentHashMap.newKeySet();

  Principals(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
    suspended.addAll(
        jdbc.sql("select id from principals where suspended_at is not null")
            .query(Long.class)
            .list());
  }

  /** The id of the principal {@code kind}/{@code name}, creating it on first sight. */
  public long idOf(PrincipalKind kind, String name) {
    String key = kind.name() + '\n' + name;
    Long id = ids.get(key);
    if (id != null) {
      return id;
    }
    return ids.computeIfAbsent(key, k -> insertOrFind(kind, name));
  }

  private long insertOrFind(PrincipalKind kind, String name) {
    jdbc.sql(
            "insert into principals (kind, name) values (:kind, :name) on conflict (kind, name) do"
                + " nothing")
        .param("kind", kind.name())
        .param("name", name)
        .update();
    return jdbc.sql("select id from principals where kind = :kind and name = :name")
        .param("kind", kind.name())
        .param("name", name)
        .query(Long.class)
        .single();
  }

  /** Whether requests of principal {@code id} are refused. */
  public boolean isSuspended(long id) {
    return suspended.contains(id);
  }

  /**
   * Suspends principal {@code id}.
   *
   * @param by who suspends ({@code policy} for an automatic suspension)
   * @param incidentId the incident behind it, or null
   * @return true when it was not suspended before
   */
  @Transactional
  public boolean suspend(long id, String by, String reason, Long incidentId) {
    requireExists(id);
    int changed =
        jdbc.sql(
                "update principals set suspended_at = now(), suspended_by = :by,"
                    + " suspension_reason = :reason, suspension_incident_id = :incident"
                    + " where id = :id and suspended_at is null")
            .param("by", by)
            .param("reason", reason)
            .param("incident", incidentId)
            .param("id", id)
            .update();
    suspended.add(id);
    return changed == 1;
  }

  /**
   * Lifts the suspension of principal {@code id} and announces it with a {@link
   * PrincipalReinstated} event.
   *
   * @throws ApiProblem 404 when it does not exist, 409 when it is not suspended
   */
  @Transactional
  public PrincipalView reinstate(long id, String by, String reason) {
    PrincipalView before = get(id);
    if (!before.suspended()) {
      throw ApiProblem.conflict("principal " + id + " is not suspended");
    }
    jdbc.sql(
            "update principals set suspended_at = null, suspended_by = null, suspension_reason ="
                + " null, suspension_incident_id = null where id = :id")
        .param("id", id)
        .update();
    AfterCommit.run(() -> suspended.remove(id));
    events.publishEvent(
        new PrincipalReinstated(id, before.name(), by, reason, before.suspensionIncidentId()));
    return get(id);
  }

  /**
   * The principal {@code id}.
   *
   * @throws ApiProblem 404 when it does not exist
   */
  public PrincipalView get(long id) {
    return jdbc.sql("select * from principals where id = :id")
        .param("id", id)
        .query(Principals::view)
        .optional()
        .orElseThrow(() -> ApiProblem.notFound("principal " + id));
  }

  /** Finds principal {@code kind}/{@code name} without creating it. */
  public Optional<PrincipalView> find(PrincipalKind kind, String name) {
    return jdbc.sql("select * from principals where kind = :kind and name = :name")
        .param("kind", kind.name())
        .param("name", name)
        .query(Principals::view)
        .optional();
  }

  /** Principals, newest first; only suspended ones (or only active ones) when asked. */
  public List<PrincipalView> list(Boolean suspendedOnly, int limit) {
    String where =
        suspendedOnly == null
            ? ""
            : suspendedOnly ? " where suspended_at is not null" : " where suspended_at is null";
    return jdbc.sql("select * from principals" + where + " order by id desc limit :limit")
        .param("limit", limit)
        .query(Principals::view)
        .list();
  }

  private void requireExists(long id) {
    get(id);
  }

  private static PrincipalView view(ResultSet rs, int row) throws SQLException {
    Timestamp suspendedAt = rs.getTimestamp("suspended_at");
    long incident = rs.getLong("suspension_incident_id");
    boolean hasIncident = !rs.wasNull();
    return new PrincipalView(
        rs.getLong("id"),
        PrincipalKind.valueOf(rs.getString("kind")),
        rs.getString("name"),
        rs.getTimestamp("created_at").toInstant(),
        suspendedAt != null,
        suspendedAt == null ? null : suspendedAt.toInstant(),
        rs.getString("suspended_by"),
        rs.getString("suspension_reason"),
        hasIncident ? incident : null);
  }
}
