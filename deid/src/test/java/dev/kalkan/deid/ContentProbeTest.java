package dev.kalkan.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentProbeTest {

  @Test
  void textWhenUtf8ThenDecodedExactly() throws Exception {
    String s = "\uFEFFT\u00fcrk\u00e7e \uD83D\uDCE6\r\n";
    assertThat(ContentProbe.text(s.getBytes(StandardCharsets.UTF_8), "redact")).isEqualTo(s);
  }

  @Test
  void textWhenNulAfterFirst8KiBThenStillText() throws Exception {
    byte[] b = new byte[ContentProbe.PROBE_BYTES + 10];
    java.util.Arrays.fill(b, (byte) 'a');
    b[ContentProbe.PROBE_BYTES + 2] = 0;
    assertThat(ContentProbe.text(b, "redact")).hasSize(b.length);
    b[ContentProbe.PROBE_BYTES - 1] = 0;
    assertThatThrownBy(() -> ContentProbe.text(b, "redact")).hasMessageContaining("NUL byte");
  }

  @Test
  void textWhenMagicOfArchiveOrImageThenNamesIt() {
    assertThatThrownBy(() -> ContentProbe.text(new byte[] {'P', 'K', 5, 6, 0}, "redact"))
        .isInstanceOf(DeidException.class)
        .hasMessageContaining("a ZIP archive");
    assertThatThrownBy(
            () -> ContentProbe.text(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1}, "detokenize"))
        .hasMessageContaining("a PNG image")
        .hasMessageContaining("refusing to detokenize");
  }
}
