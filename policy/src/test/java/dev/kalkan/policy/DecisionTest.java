package dev.kalkan.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionTest {

  @Test
  void newWhenAllowOpensIncidentOrSuspendsThenRejected() {
    assertThatThrownBy(() -> new Decision(Action.ALLOW, "r1", "why", true, false, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Decision(Action.ALLOW, "r1", "why", false, true, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void newWhenSuspendWithoutIncidentThenRejected() {
    assertThatThrownBy(() -> new Decision(Action.BLOCK, "r1", "why", false, true, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a suspension is recorded in an incident");
  }

  @Test
  void newWhenBlankRuleOrReasonThenRejected() {
    assertThatThrownBy(() -> new Decision(Action.BLOCK, " ", "why", true, false, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Decision(Action.BLOCK, "r1", "", true, false, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void newWhenDestinationsListChangesLaterThenDecisionKeepsItsCopy() {
    List<Destination> destinations = new ArrayList<>(List.of(Destination.email("a@gmail.com")));

    Decision decision = new Decision(Action.BLOCK, "r1", "why", true, true, destinations);
    destinations.clear();

    assertThat(decision.destinations()).containsExactly(Destination.email("a@gmail.com"));
  }
}
