package dev.kalkan.policies;

import dev.kalkan.policy.Policy;
import dev.kalkan.policy.PolicyException;
import dev.kalkan.service.AfterCommit;
import dev.kalkan.service.ApiProblem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policies in the database: each update adds a version, no version is ever changed or removed;
 * exactly one version of one policy is active. A fresh database gets policy {@code default}
 * (Kalkan's default policy) as version 1, active. The active policy is held parsed in memory, so
 * that the inspect path evaluates it without a query. Thread-safe.
 */
@Component
@DependsOnDatabaseInitialization
public class PolicyStore {
  static final String DEFAULT_NAME = "default";
  private static final Logger LOG = LoggerFactory.getLogger(PolicyStore.class);
  private final JdbcClient jdbc;
  private volatile EnforcedPolicy enforced;

  PolicyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
    seedDefault();
    this.enforced = loadActive();
    LOG.info("enforcing policy '{}' version {}", enforced.name(), enforced.version());
  }

  /** The policy version enforced now. */
  public EnforcedPolicy enforced() {
    return enforced;
  }

  /**
   * Parses {@code yaml} as a policy.
   *
   * @throws ApiProblem 400 with {@code line}, {@code column} and {@code reason} when invalid
   */
  public static Policy parse(String source, String yaml) {
    if (yaml == null || yaml.isBlank()) {
      throw ApiProblem.badRequest("the policy is empty: send its YAML as the request body");
    }
    try {
      return Policy.parse(source, yaml, List.of());
    } catch (PolicyException e) {
      throw ApiProblem.of(
          HttpStatus.BAD_REQUEST,
          "Invalid policy",
          e.getMessage(),
          Map.of("line", e.line(), "column", e.column(), "reason", e.reason()));
    }
  }

  /**
   * Stores a new policy as version 1 (not active).
   *
   * @throws ApiProblem 400 for a bad name or invalid YAML, 409 when the name is taken
   */
  @Transactional
  public StoredPolicy create(String name, String yaml, String by) {
    if (name == null || !name.matches("[A-Za-z0-9._-]{1,100}")) {
      throw ApiProblem.badRequest(
          "name must be 1-100 characters of letters, digits and . _ - (query parameter name)");
    }
    parse(name, yaml);
    if (jdbc.sql("select count(*) from policies where name = :name")
            .param("name", name)
            .query(Long.class)
            .single()
        > 0) {
      throw ApiProblem.conflict("a policy named '" + name + "' exists: PUT a new version instead");
    }
    long id =
        jdbc.sql("insert into policies (name) values (:name) returning id")
            .param("name", name)
            .query(Long.class)
            .single();
    insertVersion(id, 1, yaml, by);
    return get(id, null);
  }

  /**
   * Stores {@code yaml} as the next version of policy {@code id}. The active version stays active
   * until another is activated.
   *
   * @throws ApiProblem 404 for an unknown policy, 400 for invalid YAML
   */
  @Transactional
  public StoredPolicy update(long id, String yaml, String by) {
    StoredPolicy latest = get(id, null);
    parse(latest.name() + " v" + (latest.version() + 1), yaml);
    jdbc.sql("select id from policies where id = :id for update")
        .param("id", id)
        .query()
        .listOfRows();
    insertVersion(id, latestVersion(id) + 1, yaml, by);
    return get(id, null);
  }

  /**
   * Makes {@code version} (the latest when null) of policy {@code id} the enforced one.
   *
   * @throws ApiProblem 404 for an unknown policy or version
   */
  @Transactional
  public StoredPolicy activate(long id, Integer version) {
    StoredPolicy chosen = get(id, version);
    Policy parsed = parse(chosen.name() + " v" + chosen.version(), chosen.yaml());
    jdbc.sql("update policies set active = false, active_version = null where active").update();
    jdbc.sql("update policies set active = true, active_version = :version where id = :id")
        .param("version", chosen.version())
        .param("id", id)
        .update();
    EnforcedPolicy next = new EnforcedPolicy(id, chosen.name(), chosen.version(), parsed);
    AfterCommit.run(
        () -> {
          enforced = next;
          LOG.info("enforcing policy '{}' version {}", next.name(), next.version());
        });
    return get(id, chosen.version());
  }

  /** All policies, in id order. */
  public List<PolicySummary> list() {
    return jdbc.sql(
            "select p.id, p.name, p.active, p.active_version, p.created_at, max(v.version) as"
                + " latest from policies p join policy_versions v on v.policy_id = p.id group by"
                + " p.id order by p.id")
        .query(
            (rs, row) -> {
              int active = rs.getInt("active_version");
              Integer activeVersion = rs.wasNull() ? null : active;
              return new PolicySummary(
                  rs.getLong("id"),
                  rs.getString("name"),
                  rs.getInt("latest"),
                  rs.getBoolean("active"),
                  activeVersion,
                  rs.getTimestamp("created_at").toInstant());
            })
        .list();
  }

  /** Every version of policy {@code id}, oldest first, without their text. */
  public List<StoredPolicy> versions(long id) {
    get(id, null);
    return jdbc.sql(
            "select p.id, p.name, p.active, p.active_version, v.version, '' as yaml, v.created_at,"
                + " v.created_by from policies p join policy_versions v on v.policy_id = p.id"
                + " where p.id = :id order by v.version")
        .param("id", id)
        .query(PolicyStore::stored)
        .list();
  }

  /**
   * Version {@code version} (the latest when null) of policy {@code id}.
   *
   * @throws ApiProblem 404 for an unknown policy or version
   */
  public StoredPolicy get(long id, Integer version) {
    Optional<StoredPolicy> found =
        jdbc.sql(
                "select p.id, p.name, p.active, p.active_version, v.version, v.yaml, v.created_at,"
                    + " v.created_by from policies p join policy_versions v on v.policy_id = p.id"
                    + " where p.id = :id"
                    + (version == null ? "" : " and v.version = :version")
                    + " order by v.version desc limit 1")
            .param("id", id)
            .param("version", version)
            .query(PolicyStore::stored)
            .optional();
    return found.orElseThrow(
        () ->
            ApiProblem.notFound(
                version == null ? "policy " + id : "version " + version + " of policy " + id));
  }

  private int latestVersion(long id) {
    return jdbc.sql("select max(version) from policy_versions where policy_id = :id")
        .param("id", id)
        .query(Integer.class)
        .single();
  }

  private void insertVersion(long id, int version, String yaml, String by) {
    jdbc.sql(
            "insert into policy_versions (policy_id, version, yaml, created_by) values (:id,"
                + " :version, :yaml, :by)")
        .param("id", id)
        .param("version", version)
        .param("yaml", yaml)
        .param("by", by)
        .update();
  }

  private void seedDefault() {
    if (jdbc.sql("select count(*) from policies").query(Long.class).single() > 0) {
      return;
    }
    long id =
        jdbc.sql(
                "insert into policies (name, active, active_version) values (:name, true, 1)"
                    + " returning id")
            .param("name", DEFAULT_NAME)
            .query(Long.class)
            .single();
    insertVersion(id, 1, Policy.defaultPolicy().text(), "kalkan");
  }

  private EnforcedPolicy loadActive() {
    StoredPolicy active =
        jdbc.sql(
                "select p.id, p.name, p.active, p.active_version, v.version, v.yaml, v.created_at,"
                    + " v.created_by from policies p join policy_versions v on v.policy_id = p.id"
                    + " and v.version = p.active_version where p.active")
            .query(PolicyStore::stored)
            .optional()
            .orElseThrow(() -> new IllegalStateException("no policy is active in the database"));
    return new EnforcedPolicy(
        active.id(),
        active.name(),
        active.version(),
        parse(active.name() + " v" + active.version(), active.yaml()));
  }

  private static StoredPolicy stored(ResultSet rs, int row) throws SQLException {
    int version = rs.getInt("version");
    int activeVersion = rs.getInt("active_version");
    boolean activeSet = !rs.wasNull();
    return new StoredPolicy(
        rs.getLong("id"),
        rs.getString("name"),
        version,
        rs.getString("yaml"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by"),
        rs.getBoolean("active") && activeSet && activeVersion == version);
  }
}
