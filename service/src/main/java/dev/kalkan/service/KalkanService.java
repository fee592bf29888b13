package dev.kalkan.service;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Entry point of {@code kalkan serve}: parses {@code --config}, then starts the service. */
@SpringBootApplication(scanBasePackages = "dev.kalkan")
@ConfigurationPropertiesScan("dev.kalkan")
@EnableScheduling
public class KalkanService {

  /**
   * Starts the service. Exits with status 2 and one line on standard error when the arguments are
   * wrong (unknown {@code --config} file).
   */
  public static void main(String[] args) {
    ServiceArguments arguments;
    try {
      arguments = ServiceArguments.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("kalkan serve: " + e.getMessage());
      System.exit(2);
      return;
    }
    SpringApplication application = new SpringApplication(KalkanService.class);
    application.setDefaultProperties(
        Map.of("spring.config.additional-location", arguments.configLocations()));
    application.run(arguments.remaining());
  }
}
