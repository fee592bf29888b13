package dev.kalkan.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Amazon's SP-API example payloads, {@code testdata/spapi-examples} of the repository. */
public final class SpApiExamples {
  /** An order's buyer info: an Amazon order id and a buyer email (SENSITIVE). */
  public static final String BUYER_INFO = "ordersV0__getOrderBuyerInfo__example-200-1.json";

  private SpApiExamples() {}

  /** The bytes of example {@code name}. */
  public static byte[] read(String name) {
    Path dir = directory();
    try {
      return Files.readAllBytes(dir.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path directory() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("testdata/spapi-examples");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "testdata/spapi-examples not found beside the repository or above it");
  }
}
