package dev.kalkan.icap;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Buffered input of one ICAP connection with time limits: every read waits at most the read
 * timeout, and while a deadline is set (the head of a request) all reads together end by it, so a
 * client that sends one byte at a time cannot hold a connection.
 */
final class IcapInput {
  /** Thrown when input did not arrive in time; the connection is then closed. */
  static final class TimeoutException extends IOException {
    TimeoutException(String message) {
      super(message);
    }
  }

  private final Socket socket;
  private final InputStream in;
  private final byte[] buf = new byte[16 * 1024];
  private int pos;
  private int limit;
  private long deadlineNanos;
  private int readTimeoutMillis;

  IcapInput(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
  }

  /** Each read waits at most this long; 0 clears the deadline too. */
  void readTimeout(int millis) {
    this.readTimeoutMillis = millis;
  }

  /** All reads from now on end by {@code millis} from now; {@code 0} removes the deadline. */
  void deadlineIn(long millis) {
    this.deadlineNanos = millis == 0 ? 0 : System.nanoTime() + millis * 1_000_000L;
  }

  /** True when buffered bytes are available without reading the socket. */
  boolean buffered() {
    return pos < limit;
  }

  private boolean fill() throws IOException {
    int wait = readTimeoutMillis;
    if (deadlineNanos != 0) {
      long left = (deadlineNanos - System.nanoTime()) / 1_000_000L;
      if (left <= 0) {
        throw new TimeoutException("request head not complete in time");
      }
      wait = (int) Math.min(wait == 0 ? Integer.MAX_VALUE : wait, left);
    }
    socket.setSoTimeout(wait);
    int n;
    try {
      n = in.read(buf, 0, buf.length);
    } catch (SocketTimeoutException e) {
      throw new TimeoutException("no input within " + wait + " ms");
    }
    if (n <= 0) {
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  /** Waits for the first byte of a request; false on a clean end of input. */
  boolean awaitRequest() throws IOException {
    return pos < limit || fill();
  }

  int read() throws IOException {
    if (pos == limit && !fill()) {
      return -1;
    }
    return buf[pos++] & 0xFF;
  }

  int read(byte[] dst, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (pos == limit && !fill()) {
      return -1;
    }
    int n = Math.min(len, limit - pos);
    System.arraycopy(buf, pos, dst, off, n);
    pos += n;
    return n;
  }

  void readFully(byte[] dst, int off, int len) throws IOException, IcapException {
    while (len > 0) {
      int n = read(dst, off, len);
      if (n < 0) {
        throw IcapException.badRequest("connection closed inside the message");
      }
      off += n;
      len -= n;
    }
  }

  /**
   * Reads one line ending in CRLF and returns it without the CRLF (ISO-8859-1). Returns null when
   * input ends before the first byte.
   *
   * @param max the longest line accepted
   * @throws IcapException when the line is longer, contains a bare CR or LF, or input ends inside
   */
  String readLine(int max) throws IOException, IcapException {
    StringBuilder line = new StringBuilder(64);
    while (true) {
      int b = read();
      if (b < 0) {
        if (line.isEmpty()) {
          return null;
        }
        throw IcapException.badRequest("connection closed inside a header line");
      }
      if (b == '\r') {
        int next = read();
        if (next != '\n') {
          throw IcapException.badRequest("CR not followed by LF");
        }
        return line.toString();
      }
      if (b == '\n') {
        throw IcapException.badRequest("line ends in LF without CR");
      }
      if (line.length() >= max) {
        throw IcapException.badRequest("header line longer than " + max + " bytes");
      }
      line.append((char) b);
    }
  }

  /** Reads and discards input until it ends or {@code maxBytes} were read; for lingering closes. */
  void discard(long maxBytes) {
    try {
      pos = limit;
      long left = maxBytes;
      while (left > 0 && fill()) {
        left -= limit;
        pos = limit;
      }
    } catch (IOException e) {
      // the peer went away or stopped sending: nothing left to read
    }
  }

  static String latin1(byte[] b, int off, int len) {
    return new String(b, off, len, StandardCharsets.ISO_8859_1);
  }
}
