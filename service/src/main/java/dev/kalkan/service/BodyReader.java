package dev.kalkan.service;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * Reads request bodies up to {@code kalkan.request.limit}: a body over the limit is refused with
 * 413 as soon as its declared length or its bytes exceed it, and is never passed on.
 */
@Component
public class BodyReader {
  private final long limit;

  BodyReader(KalkanSettings settings) {
    this.limit = settings.request().limit().toBytes();
  }

  /** The limit in bytes. */
  public long limit() {
    return limit;
  }

  /**
   * The whole body of {@code request}.
   *
   * @throws ApiProblem 413 when it is larger than the limit
   */
  public byte[] read(HttpServletRequest request) {
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      throw ApiProblem.tooLarge(limit);
    }
    try (InputStream in = request.getInputStream()) {
      return read(in, declared);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the request body", e);
    }
  }

  /**
   * The whole of {@code in}.
   *
   * @param expected the expected length, or -1
   * @throws ApiProblem 413 when it is larger than the limit
   */
  public byte[] read(InputStream in, long expected) throws IOException {
    int initial = (int) Math.min(limit + 1, expected >= 0 ? expected : 16 * 1024);
    byte[] buffer = new byte[Math.max(initial, 1)];
    int length = 0;
    while (true) {
      if (length == buffer.length) {
        if (length > limit) {
          throw ApiProblem.tooLarge(limit);
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(limit + 1, (long) buffer.length * 2));
      }
      int n = in.read(buffer, length, buffer.length - length);
      if (n < 0) {
        break;
      }
      length += n;
      if (length > limit) {
        throw ApiProblem.tooLarge(limit);
      }
    }
    return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
  }
}
