package dev.kalkan.detect.edm;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.detect.InfoType;
import org.junit.jupiter.api.Test;

class EdmMatchTest {

  @Test
  void createWhenOffsetsEmptyOrRecordNotPositiveThenRejected() {
    assertThatThrownBy(() -> new EdmMatch(5, 5, InfoType.PERSON_NAME, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad offsets [5, 5)");
    assertThatThrownBy(() -> new EdmMatch(-1, 5, InfoType.PERSON_NAME, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EdmMatch(0, 5, InfoType.PERSON_NAME, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("record numbers start at 1: 0");
  }
}
