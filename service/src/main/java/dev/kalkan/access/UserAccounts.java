package dev.kalkan.access;

import dev.kalkan.service.ApiProblem;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** People who sign in with a password; passwords are stored as bcrypt hashes only. */
@Component
@DependsOnDatabaseInitialization
public class UserAccounts implements UserDetailsService {
  static final int MIN_PASSWORD_LENGTH = 12;
  private final JdbcClient jdbc;
  private final Principals principals;
  private final PasswordEncoder passwords;

  UserAccounts(JdbcClient jdbc, Principals principals, PasswordEncoder passwords) {
    this.jdbc = jdbc;
    this.principals = principals;
    this.passwords = passwords;
  }

  /**
   * Creates a person's account.
   *
   * @throws ApiProblem 400 for a bad name or a password shorter than 12 characters, 409 when the
   *     name is taken
   */
  @Transactional
  public PrincipalView create(String username, String password, Role role) {
    if (username == null || !username.matches("[A-Za-z0-9._@-]{1,100}")) {
      throw ApiProblem.badRequest(
          "username must be 1-100 characters of letters, digits and . _ @ -");
    }
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw ApiProblem.badRequest(
          "password must have at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    if (exists(username)) {
      throw ApiProblem.conflict("user '" + username + "' exists");
    }
    long id = principals.idOf(PrincipalKind.USER, username);
    jdbc.sql(
            "insert into users (principal_id, username, password_hash, role) values (:id, :name,"
                + " :hash, :role)")
        .param("id", id)
        .param("name", username)
        .param("hash", passwords.encode(password))
        .param("role", role.name())
        .update();
    return principals.get(id);
  }

  /** The number of accounts. */
  public long count() {
    return jdbc.sql("select count(*) from users").query(Long.class).single();
  }

  private boolean exists(String username) {
    return jdbc.sql("select count(*) from users where username = :name")
            .param("name", username)
            .query(Long.class)
            .single()
        > 0;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return jdbc.sql(
            "select principal_id, username, password_hash, role from users where username = :name")
        .param("name", username)
        .query(
            (rs, row) ->
                new UserAccount(
                    rs.getLong("principal_id"),
                    rs.getString("username"),
                    rs.getString("password_hash"),
                    Role.valueOf(rs.getString("role"))))
        .optional()
        .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
  }
}
