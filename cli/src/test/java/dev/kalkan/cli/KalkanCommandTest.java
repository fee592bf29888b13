package dev.kalkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The top-level help names every command, including {@code serve}, which the launcher runs. */
class KalkanCommandTest {
  private final CommandHarness kalkan = new CommandHarness();

  @AfterEach
  void restore() {
    kalkan.close();
  }

  @Test
  void helpWhenAskedThenListsEveryCommandAndTheExitStatuses() {
    assertThat(kalkan.run("--help")).isZero();
    assertThat(kalkan.stdout())
        .contains("scan ", "edm ", "redact ", "detokenize ", "deid ", "serve ")
        .contains("docs/SERVICE.md")
        .contains("Exit status of scan: 0 nothing found, 1 findings, 2");
  }

  @Test
  void runWhenNoCommandThenUsageErrorOnStandardError() {
    assertThat(kalkan.run()).isEqualTo(2);
    assertThat(kalkan.stderr()).isNotBlank().doesNotContain("\tat ");
  }
}
