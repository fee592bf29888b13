package dev.kalkan.icap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadPartTest {
  @Test
  void bytesWhenPartIsAWholeBufferThenThatBufferElseACopyOfTheSlice() {
    byte[] whole = "abcdef".getBytes(StandardCharsets.US_ASCII);
    UploadPart body = new UploadPart(UploadPart.Kind.BODY, null, null, null, whole, 0, 6);
    UploadPart slice = new UploadPart(UploadPart.Kind.FILE, "f", "f.txt", null, whole, 2, 3);

    assertThat(body.bytes()).isSameAs(whole);
    assertThat(slice.bytes()).isNotSameAs(whole).containsExactly('c', 'd', 'e');
    assertThat(body.toByteArray()).isNotSameAs(whole).isEqualTo(whole);
  }
}
