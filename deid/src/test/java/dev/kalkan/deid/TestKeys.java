package dev.kalkan.deid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The fixed keyset of the tests (test-key.json), so golden outputs of hash and tokenize hold. */
final class TestKeys {
  private TestKeys() {}

  static String json() {
    try (InputStream in = TestKeys.class.getResourceAsStream("test-key.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DeidKey fixed() {
    try {
      return DeidKey.parse(json(), "test-key.json");
    } catch (DeidException e) {
      throw new IllegalStateException(e);
    }
  }
}
