package dev.kalkan.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PrincipalTest {

  @Test
  void hasRoleWhenOtherCaseThenTrue() {
    Principal principal = Principal.of("svc-orders", "Integration");

    assertThat(principal.hasRole("INTEGRATION")).isTrue();
    assertThat(principal.hasRole("integration")).isTrue();
    assertThat(principal.hasRole("ADMIN")).isFalse();
  }

  @Test
  void anonymousWhenAskedThenAPrincipalWithoutRoles() {
    assertThat(Principal.anonymous().id()).isEqualTo(Principal.ANONYMOUS_ID);
    assertThat(Principal.anonymous().roles()).isEmpty();
  }

  @Test
  void newWhenBlankIdOrRoleThenRejected() {
    assertThatThrownBy(() -> Principal.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Principal("x", Set.of("")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Principal.of(null)).isInstanceOf(NullPointerException.class);
  }
}
