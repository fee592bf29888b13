package dev.kalkan.access;

import dev.kalkan.service.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys for systems. A key is {@code kalkan_} followed by 32 random bytes (base64url); the
 * database holds only its SHA-256 (a fast hash suffices for 256-bit random secrets, unlike
 * passwords, and keeps authentication off the inspect path's budget). Valid keys are cached for
 * {@value #CACHE_MILLIS} ms; revocation through this instance takes effect at once.
 */
@Component
@DependsOnDatabaseInitialization
public class ApiKeys {
  static final String PREFIX = "kalkan_";
  private static final long CACHE_MILLIS = 30_000;
  private static final SecureRandom RANDOM = new SecureRandom();
  private final JdbcClient jdbc;
  private final Principals principals;
  private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(long keyId, Caller caller, long expiresAt) {}

  ApiKeys(JdbcClient jdbc, Principals principals) {
    this.jdbc = jdbc;
    this.principals = principals;
  }

  /**
   * Creates a key with {@code role}.
   *
   * @throws ApiProblem 400 for a bad name, 409 when the name is taken
   */
  @Transactional
  public CreatedApiKey create(String name, Role role, String createdBy) {
    if (name == null || !name.matches("[A-Za-z0-9._-]{1,100}")) {
      throw ApiProblem.badRequest("name must be 1-100 characters of letters, digits and . _ -");
    }
    if (jdbc.sql("select count(*) from api_keys where name = :name")
            .param("name", name)
            .query(Long.class)
            .single()
        > 0) {
      throw ApiProblem.conflict("an API key named '" + name + "' exists");
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    long principalId = principals.idOf(PrincipalKind.API_KEY, "apikey:" + name);
    long id =
        jdbc.sql(
                "insert into api_keys (principal_id, name, role, key_prefix, secret_hash,"
                    + " created_by) values (:principal, :name, :role, :prefix, :hash, :by)"
                    + " returning id")
            .param("principal", principalId)
            .param("name", name)
            .param("role", role.name())
            .param("prefix", key.substring(0, 12))
            .param("hash", sha256(key))
            .param("by", createdBy)
            .query(Long.class)
            .single();
    return new CreatedApiKey(key, get(id));
  }

  /** All keys, newest first. */
  public List<ApiKeyView> list() {
    return jdbc.sql("select * from api_keys order by id desc").query(ApiKeys::view).list();
  }

  /**
   * The key {@code id}.
   *
   * @throws ApiProblem 404 when it does not exist
   */
  public ApiKeyView get(long id) {
    return jdbc.sql("select * from api_keys where id = :id")
        .param("id", id)
        .query(ApiKeys::view)
        .optional()
        .orElseThrow(() -> ApiProblem.notFound("API key " + id));
  }

  /**
   * Revokes key {@code id}: its requests are refused from now on.
   *
   * @throws ApiProblem 404 when it does not exist, 409 when already revoked
   */
  @Transactional
  public ApiKeyView revoke(long id, String by) {
    ApiKeyView key = get(id);
    if (key.revokedAt() != null) {
      throw ApiProblem.conflict("API key " + id + " is already revoked");
    }
    jdbc.sql("update api_keys set revoked_at = now(), revoked_by = :by where id = :id")
        .param("by", by)
        .param("id", id)
        .update();
    cache.values().removeIf(cached -> cached.keyId() == id);
    return get(id);
  }

  /** The caller a presented key stands for, or empty when it is unknown or revoked. */
  public Optional<Caller> authenticate(String presented) {
    if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
      return Optional.empty();
    }
    byte[] hash = sha256(presented);
    String cacheKey = Base64.getEncoder().encodeToString(hash);
    long now = System.currentTimeMillis();
    Cached cached = cache.get(cacheKey);
    if (cached != null && cached.expiresAt() > now) {
      return Optional.of(cached.caller());
    }
    Optional<Cached> found =
        jdbc.sql(
                "select k.id, k.role, k.principal_id, p.name from api_keys k join principals p on"
                    + " p.id = k.principal_id where k.secret_hash = :hash and k.revoked_at is null")
            .param("hash", hash)
            .query(
                (rs, row) ->
                    new Cached(
                        rs.getLong("id"),
                        new Caller(
                            rs.getLong("principal_id"),
                            rs.getString("name"),
                            PrincipalKind.API_KEY,
                            Role.valueOf(rs.getString("role"))),
                        now + CACHE_MILLIS))
            .optional();
    found.ifPresentOrElse(c -> cache.put(cacheKey, c), () -> cache.remove(cacheKey));
    return found.map(Cached::caller);
  }

  private static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private static ApiKeyView view(ResultSet rs, int row) throws SQLException {
    Timestamp revoked = rs.getTimestamp("revoked_at");
    return new ApiKeyView(
        rs.getLong("id"),
        rs.getString("name"),
        Role.valueOf(rs.getString("role")),
        rs.getString("key_prefix"),
        rs.getLong("principal_id"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by"),
        revoked == null ? null : revoked.toInstant());
  }
}
