package dev.kalkan.service;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Shared infrastructure beans. */
@Configuration(proxyBeanMethods = false)
class ServiceConfiguration {

  /** The clock incidents compute deadlines and time left with (UTC). */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
