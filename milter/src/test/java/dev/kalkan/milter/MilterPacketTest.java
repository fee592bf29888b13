package dev.kalkan.milter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MilterPacketTest {

  @Test
  void readWhenWellFormedThenCommandAndData() throws IOException {
    byte[] wire = Bytes.of(new int[] {0, 0, 0, 3}, "Hab");

    MilterPacket p = MilterPacket.read(new ByteArrayInputStream(wire), 100);

    assertThat(p.command()).isEqualTo((byte) 'H');
    assertThat(p.data()).containsExactly('a', 'b');
    assertThat(p.toBytes()).isEqualTo(wire);
  }

  @Test
  void readWhenTwoPacketsThenOneAtATimeAndNullAtCleanEnd() throws IOException {
    var in =
        new ByteArrayInputStream(
            Bytes.of(new int[] {0, 0, 0, 1}, "A", new int[] {0, 0, 0, 1}, "Q"));

    assertThat(MilterPacket.read(in, 100).command()).isEqualTo((byte) 'A');
    assertThat(MilterPacket.read(in, 100).command()).isEqualTo((byte) 'Q');
    assertThat(MilterPacket.read(in, 100)).isNull();
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("zero length", Bytes.of(new int[] {0, 0, 0, 0}), "below 1"),
        Arguments.of(
            "length with the sign bit",
            Bytes.of(new int[] {0xFF, 0xFF, 0xFF, 0xFF}, "A"),
            "exceeds"),
        Arguments.of(
            "length over the limit", Bytes.of(Bytes.length(101), "B"), "exceeds the limit of 100"),
        Arguments.of("truncated length", Bytes.of(new int[] {0, 0}), "inside a packet length"),
        Arguments.of(
            "no command code", Bytes.of(new int[] {0, 0, 0, 1}), "before the command code"),
        Arguments.of(
            "truncated data", Bytes.of(new int[] {0, 0, 0, 9}, "Babc"), "after 3 of 8 data bytes"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void readWhenMalformedThenProtocolException(String name, byte[] wire, String message) {
    assertThatThrownBy(() -> MilterPacket.read(new ByteArrayInputStream(wire), 100))
        .isInstanceOf(MilterProtocolException.class)
        .hasMessageContaining(message);
  }
}
