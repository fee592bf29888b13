package dev.kalkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScanRunTest {
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 7, 8, 9, 15, 16, 100, 4095, 8183, 8191})
  void isBinaryWhenNulAtAnyPositionOfTheProbeThenTrue(int at) {
    byte[] buf = new byte[9000];
    Arrays.fill(buf, (byte) 'x');
    buf[at] = 0;
    assertThat(ScanRun.isBinary(buf, buf.length)).isTrue();
    assertThat(ScanRun.isBinary(buf, at)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {8192, 8200})
  void isBinaryWhenNulBeyondTheProbeOrNoneThenFalse(int at) {
    byte[] buf = new byte[9000];
    Arrays.fill(buf, (byte) 0x80);
    assertThat(ScanRun.isBinary(buf, buf.length)).isFalse();
    buf[at] = 0;
    assertThat(ScanRun.isBinary(buf, buf.length)).isFalse();
  }
}
