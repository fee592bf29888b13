package dev.kalkan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service that cannot start says why in one line and exits 1, without a stack trace. */
class StartFailureTest {
  @Test
  void mainWhenConfigurationFileIsInvalidYamlThenOneLineAndExitOne(@TempDir Path dir)
      throws Exception {
    Path config = Files.writeString(dir.resolve("bad.yml"), "kalkan:\n  icap: 1\n  icap: 2\n");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    KalkanService.class.getName(),
                    "--config",
                    config.toString()))
            .redirectErrorStream(true);
    builder.environment().put("KALKAN_DATA_DIR", dir.resolve("data").toString());
    Process process = builder.start();
    String output;
    try {
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } finally {
      process.destroyForcibly();
    }
    assertThat(process.exitValue()).as(output).isEqualTo(1);
    assertThat(output).contains("kalkan serve: could not start: ").contains("duplicate key icap");
    assertThat(output).doesNotContain("\tat ", "Application run failed");
  }
}
