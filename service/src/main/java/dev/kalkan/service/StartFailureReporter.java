package dev.kalkan.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Keeps Spring Boot from printing a start failure's stack trace to the operator's console: after
 * the failure analyzers (which explain known failures such as a port in use) it takes every other
 * failure, logs its stack trace at DEBUG only, and leaves the one line to {@link KalkanService}
 * ({@code kalkan serve: could not start: <cause>}). Registered in {@code
 * META-INF/spring.factories}.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
final class StartFailureReporter implements SpringBootExceptionReporter {
  private static final Logger LOG = LoggerFactory.getLogger(StartFailureReporter.class);

  StartFailureReporter(ConfigurableApplicationContext context) {}

  @Override
  public boolean reportException(Throwable failure) {
    LOG.debug("start failed", failure);
    return true;
  }
}
