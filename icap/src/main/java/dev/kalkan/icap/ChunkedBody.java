package dev.kalkan.icap;

import java.io.IOException;

/**
 * Reads an ICAP encapsulated body: HTTP/1.1 chunked coding, where the zero-size chunk ends either
 * the preview ({@code 0}) or the whole body ({@code 0; ieof} in a preview, or {@code 0} after it).
 * Chunk extensions other than {@code ieof} are ignored, trailers are read and dropped.
 */
final class ChunkedBody {
  private static final int MAX_SIZE_LINE = 1024;
  private static final int MAX_TRAILER_LINES = 32;

  private final IcapInput in;
  private final int maxLine;
  private long remaining;
  private boolean atEnd;
  private boolean ieof;
  private long bytesRead;

  ChunkedBody(IcapInput in, int maxLine) {
    this.in = in;
    this.maxLine = maxLine;
  }

  /**
   * Reads decoded body bytes; -1 at the end of the current section (the preview or the body).
   *
   * @throws IcapException when the chunk framing is malformed
   */
  int read(byte[] dst, int off, int len) throws IOException, IcapException {
    if (atEnd) {
      return -1;
    }
    if (remaining == 0) {
      nextChunk();
      if (atEnd) {
        return -1;
      }
    }
    int n = in.read(dst, off, (int) Math.min(len, remaining));
    if (n < 0) {
      throw IcapException.badRequest("connection closed inside a chunk");
    }
    remaining -= n;
    bytesRead += n;
    if (remaining == 0) {
      expectCrlf();
    }
    return n;
  }

  /** True when the section that ended was the last one (an {@code ieof} preview). */
  boolean ieof() {
    return ieof;
  }

  boolean atEnd() {
    return atEnd;
  }

  long bytesRead() {
    return bytesRead;
  }

  /** After a preview that did not end the body and a 100 Continue: read the rest. */
  void continueAfterPreview() {
    if (!atEnd || ieof) {
      throw new IllegalStateException("no preview to continue");
    }
    atEnd = false;
  }

  /** Reads and drops the rest of the current section. */
  void skipRest() throws IOException, IcapException {
    byte[] scratch = new byte[8192];
    while (read(scratch, 0, scratch.length) >= 0) {
      // dropped
    }
  }

  private void nextChunk() throws IOException, IcapException {
    String line = in.readLine(MAX_SIZE_LINE);
    if (line == null) {
      throw IcapException.badRequest("connection closed before a chunk");
    }
    int semi = line.indexOf(';');
    String size = (semi < 0 ? line : line.substring(0, semi)).strip();
    long n = parseSize(size);
    if (n == 0) {
      ieof = semi >= 0 && hasIeof(line.substring(semi + 1));
      readTrailers();
      atEnd = true;
      return;
    }
    remaining = n;
  }

  private static long parseSize(String size) throws IcapException {
    if (size.isEmpty() || size.length() > 8) {
      throw IcapException.badRequest("bad chunk size");
    }
    long n = 0;
    for (int i = 0; i < size.length(); i++) {
      int d = Character.digit(size.charAt(i), 16);
      if (d < 0) {
        throw IcapException.badRequest("bad chunk size");
      }
      n = n * 16 + d;
    }
    return n;
  }

  private static boolean hasIeof(String extensions) {
    for (String ext : extensions.split(";")) {
      String name = ext.strip();
      int eq = name.indexOf('=');
      if ((eq < 0 ? name : name.substring(0, eq).strip()).equalsIgnoreCase("ieof")) {
        return true;
      }
    }
    return false;
  }

  private void readTrailers() throws IOException, IcapException {
    for (int i = 0; i <= MAX_TRAILER_LINES; i++) {
      String line = in.readLine(maxLine);
      if (line == null) {
        throw IcapException.badRequest("connection closed inside the last chunk");
      }
      if (line.isEmpty()) {
        return;
      }
    }
    throw IcapException.badRequest("too many trailer lines");
  }

  private void expectCrlf() throws IOException, IcapException {
    if (in.read() != '\r' || in.read() != '\n') {
      throw IcapException.badRequest("chunk data not followed by CRLF");
    }
  }
}
