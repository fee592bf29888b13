package dev.kalkan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceArgumentsTest {

  @Test
  void parseWhenConfigGivenThenDataDirFileFirstAndConfigLastAndRestPassed(@TempDir Path dir)
      throws Exception {
    Path config = Files.writeString(dir.resolve("kalkan.yml"), "server:\n  port: 9090\n");
    ServiceArguments arguments =
        ServiceArguments.parse(
            new String[] {"--config", config.toString(), "--server.port=1"},
            Map.of("KALKAN_DATA_DIR", dir.toString()));
    assertThat(arguments.configLocations())
        .isEqualTo(
            "optional:file:" + dir.resolve("application.yml") + ",file:" + config.toAbsolutePath());
    assertThat(arguments.remaining()).containsExactly("--server.port=1");
  }

  @Test
  void parseWhenConfigFromEnvironmentThenUsed(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("k.yml"), "kalkan: {}\n");
    ServiceArguments arguments =
        ServiceArguments.parse(new String[0], Map.of("KALKAN_CONFIG", config.toString()));
    assertThat(arguments.configLocations()).endsWith(",file:" + config.toAbsolutePath());
    assertThat(arguments.configLocations())
        .startsWith("optional:file:" + Path.of("./data").toAbsolutePath());
  }

  @Test
  void parseWhenConfigFileMissingThenOneLineError() {
    assertThatThrownBy(
            () -> ServiceArguments.parse(new String[] {"--config=/no/such.yml"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("configuration file not found: /no/such.yml");
  }

  @Test
  void parseWhenConfigHasNoValueThenError() {
    assertThatThrownBy(() -> ServiceArguments.parse(new String[] {"--config"}, Map.of()))
        .hasMessage("--config needs a file");
  }
}
