package dev.kalkan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL keeps its data across restarts and requires its password. This starts a
 * second server (beside the one the service tests share) because a restart is what it checks.
 */
class EmbeddedPostgresTest {

  @Test
  void startWhenRestartedOnSameDataDirectoryThenDataSurvives() throws Exception {
    Path dir = TestEnvironment.newDataDirectory("pg-restart-");
    try (EmbeddedPostgres first = EmbeddedPostgres.start(dir)) {
      execute(first, "create table survivor (name text)");
      execute(first, "insert into survivor values ('kept')");
    }
    try (EmbeddedPostgres second = EmbeddedPostgres.start(dir);
        Connection connection =
            DriverManager.getConnection(
                second.jdbcUrl(), EmbeddedPostgres.USER, second.password());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select name from survivor")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("kept");
      assertThatThrownBy(
              () -> DriverManager.getConnection(second.jdbcUrl(), EmbeddedPostgres.USER, "wrong"))
          .hasMessageContaining("password authentication failed");
    }
    assertThat(Files.readString(dir.resolve("db-password"))).hasSizeGreaterThan(20);
  }

  private static void execute(EmbeddedPostgres server, String sql) throws Exception {
    try (Connection connection =
            DriverManager.getConnection(
                server.jdbcUrl(), EmbeddedPostgres.USER, server.password());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
