package dev.kalkan.service;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's database: the external PostgreSQL of {@code kalkan.db.url} when set, otherwise an
 * embedded PostgreSQL whose cluster lives in the data directory. Flyway migrates it at start.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  /** The embedded server, started only when no external database is configured. */
  @Bean(destroyMethod = "close")
  DatabaseServer databaseServer(KalkanSettings settings) {
    if (settings.db().external()) {
      return new DatabaseServer(Optional.empty());
    }
    return new DatabaseServer(Optional.of(EmbeddedPostgres.start(settings.data().dir())));
  }

  /** The connection pool; closed before the embedded server stops. */
  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(KalkanSettings settings, DatabaseServer server) {
    HikariDataSource pool = new HikariDataSource();
    pool.setPoolName("kalkan");
    pool.setMaximumPoolSize(12);
    server
        .embedded()
        .ifPresentOrElse(
            embedded -> {
              pool.setJdbcUrl(embedded.jdbcUrl());
              pool.setUsername(EmbeddedPostgres.USER);
              pool.setPassword(embedded.password());
            },
            () -> {
              pool.setJdbcUrl(settings.db().url());
              pool.setUsername(settings.db().user());
              pool.setPassword(settings.db().password());
            });
    return pool;
  }

  /** Holds the embedded server, if any, so that it is stopped after the pool closes. */
  record DatabaseServer(Optional<EmbeddedPostgres> embedded) implements AutoCloseable {
    @Override
    public void close() {
      embedded.ifPresent(EmbeddedPostgres::close);
    }
  }
}
