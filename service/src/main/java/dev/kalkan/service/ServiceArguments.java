package dev.kalkan.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@code kalkan serve}: {@code --config FILE} (or {@code KALKAN_CONFIG}) names
 * a YAML or properties configuration file; {@code application.yml} in the data directory is read
 * too when present. Everything else is passed to Spring Boot ({@code --server.port=9090}).
 *
 * @param configLocations Spring config locations, lowest precedence first
 * @param remaining the arguments left for Spring Boot
 */
record ServiceArguments(String configLocations, String[] remaining) {

  /**
   * Parses the arguments.
   *
   * @throws IllegalArgumentException when {@code --config} has no value or names a missing file
   */
  static ServiceArguments parse(String[] args, Map<String, String> environment) {
    String config = environment.get("KALKAN_CONFIG");
    String dataDir = environment.getOrDefault("KALKAN_DATA_DIR", "");
    List<String> remaining = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--config")) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("--config needs a file");
        }
        config = args[++i];
      } else if (arg.startsWith("--config=")) {
        config = arg.substring("--config=".length());
      } else {
        if (dataDir.isEmpty() && arg.startsWith("--kalkan.data.dir=")) {
          dataDir = arg.substring("--kalkan.data.dir=".length());
        }
        remaining.add(arg);
      }
    }
    if (dataDir.isEmpty()) {
      dataDir = "./data";
    }
    String locations =
        "optional:file:" + Path.of(dataDir).toAbsolutePath().resolve("application.yml");
    if (config != null && !config.isBlank()) {
      Path file = Path.of(config).toAbsolutePath();
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("configuration file not found: " + config);
      }
      locations += ",file:" + file;
    }
    return new ServiceArguments(locations, remaining.toArray(String[]::new));
  }
}
