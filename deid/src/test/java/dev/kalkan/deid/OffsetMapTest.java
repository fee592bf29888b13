package dev.kalkan.deid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OffsetMapTest {

  @Test
  void charIndexWhenSupplementaryCharactersThenCountsPairsAsOne() {
    OffsetMap map = new OffsetMap("a\uD83D\uDE00b\uD83D\uDE00");
    assertThat(map.charIndex(0)).isZero();
    assertThat(map.charIndex(1)).isEqualTo(1);
    assertThat(map.charIndex(2)).isEqualTo(3);
    assertThat(map.charIndex(3)).isEqualTo(4);
    assertThat(map.charIndex(4)).isEqualTo(6);
  }

  @Test
  void charIndexWhenOnlyBmpThenIdentity() {
    assertThat(new OffsetMap("abc\u00fc").charIndex(4)).isEqualTo(4);
  }
}
