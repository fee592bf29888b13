package dev.kalkan.inspect;

import dev.kalkan.detect.Scanner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one detection engine instance the service shares across requests (it is thread-safe). */
@Configuration(proxyBeanMethods = false)
class ScannerConfiguration {

  @Bean
  Scanner scanner() {
    return Scanner.withDefaults();
  }
}
