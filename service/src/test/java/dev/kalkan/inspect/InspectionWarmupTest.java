package dev.kalkan.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.service.ServiceTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The warm-up before readiness: it inspects its samples and records nothing. */
@ServiceTest
class InspectionWarmupTest {
  @Autowired InspectionWarmup warmup;
  @Autowired JdbcTemplate jdbc;

  @Test
  void warmForWhenRunThenDryRunsForItsTimeAndRecordsNoDecisionOrIncident() throws Exception {
    long decisions = count("decisions");
    long incidents = count("incidents");
    long started = System.nanoTime();

    long runs = warmup.warmFor(Duration.ofSeconds(1));

    assertThat(runs).isPositive();
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isBetween(Duration.ofMillis(1000), Duration.ofSeconds(20));
    assertThat(count("decisions")).isEqualTo(decisions);
    assertThat(count("incidents")).isEqualTo(incidents);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from decisions where principal = 'warm-up'", Long.class))
        .isZero();
  }

  @Test
  void samplesWhenDryRunThenEachIsSensitiveWithFindings() {
    for (byte[] sample : InspectionWarmup.SAMPLES) {
      for (InspectionRequest request : InspectionWarmup.REQUESTS) {
        InspectionResult result = warmup.dryRun(sample, request);

        assertThat(result.dryRun()).isTrue();
        assertThat(result.classification()).isEqualTo("SENSITIVE");
        assertThat(result.findingCount()).isGreaterThanOrEqualTo(5);
      }
    }
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }
}
