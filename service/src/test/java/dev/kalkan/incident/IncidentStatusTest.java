package dev.kalkan.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IncidentStatusTest {

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
    "NEW, TRIAGED, true",
    "NEW, CLOSED, true",
    "NEW, CONTAINED, false",
    "NEW, RESOLVED, false",
    "TRIAGED, CONTAINED, true",
    "TRIAGED, RESOLVED, true",
    "TRIAGED, CLOSED, true",
    "TRIAGED, NEW, false",
    "CONTAINED, RESOLVED, true",
    "CONTAINED, CLOSED, false",
    "CONTAINED, TRIAGED, false",
    "RESOLVED, CLOSED, true",
    "RESOLVED, TRIAGED, true",
    "RESOLVED, NEW, false",
    "CLOSED, NEW, false",
    "CLOSED, TRIAGED, false",
    "CLOSED, RESOLVED, false",
  })
  void canMoveToWhenWorkflowAllowsThenTrueElseFalse(
      IncidentStatus from, IncidentStatus to, boolean allowed) {
    assertThat(from.canMoveTo(to)).isEqualTo(allowed);
  }
}
