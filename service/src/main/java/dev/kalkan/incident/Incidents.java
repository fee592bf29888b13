package dev.kalkan.incident;

import dev.kalkan.service.ApiProblem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Incidents in the database, with their timelines. The findings summary is stored as JSON of masked
 * previews and counts; no value is ever stored. Thread-safe.
 */
@Component
@DependsOnDatabaseInitialization
public class Incidents {
  /** How long after detection an incident involving Amazon Information must be notified. */
  public static final Duration NOTIFICATION_WINDOW = Duration.ofHours(24);

  private static final TypeReference<List<InfoTypeSummary>> SUMMARY = new TypeReference<>() {};
  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;

  Incidents(JdbcClient jdbc, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /** Opens an incident with status NEW and an OPENED event; returns its id. */
  @Transactional
  public long open(NewIncident incident) {
    Instant deadline =
        incident.amazonInformation() ? incident.detectedAt().plus(NOTIFICATION_WINDOW) : null;
    long id =
        jdbc.sql(
                "insert into incidents (decision_id, detected_at, status, severity,"
                    + " classification, principal_id, principal, channel, destinations, action,"
                    + " rule_name, reason, policy_id, policy_version, findings_summary,"
                    + " finding_count, amazon_information, notification_deadline, updated_at)"
                    + " values (:decision, :detected, 'NEW', :severity, :classification,"
                    + " :principalId, :principal, :channel, :destinations, :action, :rule,"
                    + " :reason, :policyId, :policyVersion, :summary, :count, :amazon, :deadline,"
                    + " now()) returning id")
            .param("decision", incident.decisionId())
            .param("detected", Timestamp.from(incident.detectedAt()))
            .param(
                "severity",
                Severity.of(
                        incident.classification(), incident.findingCount(), incident.credential())
                    .name())
            .param("classification", incident.classification().name())
            .param("principalId", incident.principalId())
            .param("principal", incident.principal())
            .param("channel", incident.channel())
            .param("destinations", String.join("\n", incident.destinations()))
            .param("action", incident.action())
            .param("rule", incident.rule())
            .param("reason", incident.reason())
            .param("policyId", incident.policyId())
            .param("policyVersion", incident.policyVersion())
            .param("summary", json.writeValueAsString(incident.findings()))
            .param("count", incident.findingCount())
            .param("amazon", incident.amazonInformation())
            .param("deadline", deadline == null ? null : Timestamp.from(deadline))
            .query(Long.class)
            .single();
    addEvent(id, "OPENED", "policy", incident.action() + ": " + incident.reason());
    return id;
  }

  /**
   * Adds an event to incident {@code id}'s timeline.
   *
   * @throws ApiProblem 404 when the incident does not exist
   */
  @Transactional
  public IncidentEvent addEvent(long id, String kind, String actor, String text) {
    requireExists(id);
    String bounded = text.length() > 4000 ? text.substring(0, 4000) : text;
    IncidentEvent event =
        jdbc.sql(
                "insert into incident_events (incident_id, at, kind, actor, text) values (:id,"
                    + " now(), :kind, :actor, :text) returning id, at, kind, actor, text")
            .param("id", id)
            .param("kind", kind)
            .param("actor", actor)
            .param("text", bounded)
            .query(
                (rs, row) ->
                    new IncidentEvent(
                        rs.getLong("id"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("kind"),
                        rs.getString("actor"),
                        rs.getString("text")))
            .single();
    jdbc.sql("update incidents set updated_at = now() where id = :id").param("id", id).update();
    return event;
  }

  /**
   * Incident {@code id} with its timeline.
   *
   * @throws ApiProblem 404 when it does not exist
   */
  public IncidentView get(long id) {
    List<IncidentEvent> timeline =
        jdbc.sql(
                "select id, at, kind, actor, text from incident_events where incident_id = :id"
                    + " order by id")
            .param("id", id)
            .query(
                (rs, row) ->
                    new IncidentEvent(
                        rs.getLong("id"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("kind"),
                        rs.getString("actor"),
                        rs.getString("text")))
            .list();
    return jdbc.sql("select * from incidents where id = :id")
        .param("id", id)
        .query((rs, row) -> view(rs, timeline))
        .optional()
        .orElseThrow(() -> ApiProblem.notFound("incident " + id));
  }

  /** Incidents newest first, optionally of one status, without timelines. */
  public List<IncidentView> list(IncidentStatus status, Long principalId, int limit) {
    StringBuilder sql = new StringBuilder("select * from incidents where true");
    if (status != null) {
      sql.append(" and status = :status");
    }
    if (principalId != null) {
      sql.append(" and principal_id = :principal");
    }
    sql.append(" order by id desc limit :limit");
    return jdbc.sql(sql.toString())
        .param("status", status == null ? null : status.name())
        .param("principal", principalId)
        .param("limit", limit)
        .query((rs, row) -> view(rs, null))
        .list();
  }

  /**
   * Moves incident {@code id} to {@code status} and/or assigns it; each change is a timeline event.
   *
   * @param status the new status, or null to keep it
   * @param assignee the new assignee (blank to unassign), or null to keep it
   * @throws ApiProblem 404 when it does not exist, 409 for a move the workflow does not allow
   */
  @Transactional
  public IncidentView update(long id, IncidentStatus status, String assignee, String actor) {
    IncidentView current = get(id);
    if (status != null && status != current.status()) {
      if (!current.status().canMoveTo(status)) {
        throw ApiProblem.conflict(
            "incident "
                + id
                + " cannot move from "
                + current.status()
                + " to "
                + status
                + "; allowed: "
                + current.status().next());
      }
      jdbc.sql("update incidents set status = :status where id = :id")
          .param("status", status.name())
          .param("id", id)
          .update();
      addEvent(id, "STATUS_CHANGED", actor, current.status() + " -> " + status);
    }
    if (assignee != null) {
      String next = assignee.isBlank() ? null : assignee.strip();
      if (next != null && next.length() > 100) {
        throw ApiProblem.badRequest("assignee must have at most 100 characters");
      }
      jdbc.sql("update incidents set assignee = :assignee where id = :id")
          .param("assignee", next)
          .param("id", id)
          .update();
      addEvent(id, "ASSIGNED", actor, next == null ? "unassigned" : "assigned to " + next);
    }
    return get(id);
  }

  private void requireExists(long id) {
    if (jdbc.sql("select count(*) from incidents where id = :id")
            .param("id", id)
            .query(Long.class)
            .single()
        == 0) {
      throw ApiProblem.notFound("incident " + id);
    }
  }

  private IncidentView view(ResultSet rs, List<IncidentEvent> timeline) throws SQLException {
    Timestamp deadlineAt = rs.getTimestamp("notification_deadline");
    Instant deadline = deadlineAt == null ? null : deadlineAt.toInstant();
    Duration left = deadline == null ? null : Duration.between(clock.instant(), deadline);
    long policy = rs.getLong("policy_id");
    Long policyId = rs.wasNull() ? null : policy;
    int version = rs.getInt("policy_version");
    Integer policyVersion = rs.wasNull() ? null : version;
    String destinations = rs.getString("destinations");
    return new IncidentView(
        rs.getLong("id"),
        rs.getObject("decision_id", UUID.class),
        rs.getTimestamp("detected_at").toInstant(),
        IncidentStatus.valueOf(rs.getString("status")),
        Severity.valueOf(rs.getString("severity")),
        rs.getString("classification"),
        rs.getLong("principal_id"),
        rs.getString("principal"),
        rs.getString("channel"),
        destinations == null || destinations.isEmpty()
            ? List.of()
            : List.of(destinations.split("\n")),
        rs.getString("action"),
        rs.getString("rule_name"),
        rs.getString("reason"),
        policyId,
        policyVersion,
        rs.getString("assignee"),
        rs.getInt("finding_count"),
        json.readValue(rs.getString("findings_summary"), SUMMARY),
        rs.getBoolean("amazon_information"),
        deadline,
        left == null ? null : left.withNanos(0).toString(),
        left != null && left.isNegative(),
        timeline);
  }
}
