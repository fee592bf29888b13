package dev.kalkan.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionTest {

  @Test
  void isMoreSevereThanWhenComparedThenBlockRedactAlertAllow() {
    assertThat(Action.BLOCK.isMoreSevereThan(Action.REDACT)).isTrue();
    assertThat(Action.REDACT.isMoreSevereThan(Action.ALERT)).isTrue();
    assertThat(Action.ALERT.isMoreSevereThan(Action.ALLOW)).isTrue();
    assertThat(Action.ALLOW.isMoreSevereThan(Action.ALLOW)).isFalse();
    assertThat(Action.ALERT.isMoreSevereThan(Action.BLOCK)).isFalse();
  }
}
