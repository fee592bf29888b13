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
   * wrong (unknown {@code --config} file), and with status 1 and one line naming the cause when the
   * service cannot start (port in use, database unreachable).
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
    try {
      application.run(arguments.remaining());
    } catch (RuntimeException e) {
      System.err.println("kalkan serve: could not start: " + rootCause(e));
      System.exit(1);
    }
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }
}
