package dev.kalkan.icap;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * POSTs one body again and again through a forward proxy on one keep-alive HTTP/1.1 connection,
 * blocking: the load generator of {@link IcapSquidLoad}. It is lean on purpose (a prepared request,
 * no per-request objects beyond a line buffer) because it shares the machine it measures: the
 * {@code java.net.http} client it replaces took more CPU than Squid and Kalkan together. Not
 * thread-safe: one per client thread.
 */
final class ProxyPostClient implements AutoCloseable {
  private final int proxyPort;
  private final byte[] head;
  private final byte[] body;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
  private final byte[] skip = new byte[16 * 1024];
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  /**
   * @param target the absolute URL to POST to (sent as the request target, as to a proxy)
   * @param headers extra header lines, each ending with CRLF
   */
  ProxyPostClient(int proxyPort, URI target, String contentType, String headers, byte[] body) {
    this.proxyPort = proxyPort;
    this.body = body;
    String authority = target.getRawAuthority();
    this.head =
        ("POST "
                + target
                + " HTTP/1.1\r\nHost: "
                + authority
                + "\r\nContent-Type: "
                + contentType
                + "\r\n"
                + headers
                + "Content-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Sends the request and reads the whole response.
   *
   * @return the response's status code
   * @throws IOException when the connection fails or the response is malformed; the connection is
   *     closed and the next call opens a new one
   */
  int post() throws IOException {
    try {
      if (socket == null) {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress("127.0.0.1", proxyPort), 5_000);
        socket.setSoTimeout(30_000);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = socket.getOutputStream();
      }
      out.write(head);
      out.write(body);
      out.flush();
      return readResponse();
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  private int readResponse() throws IOException {
    String status = readLine();
    if (!status.startsWith("HTTP/1.") || status.length() < 12) {
      throw new IOException("not an HTTP response: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean closes = false;
    for (String h = readLine(); !h.isEmpty(); h = readLine()) {
      int colon = h.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.contains("chunked");
        case "connection" -> closes = value.contains("close");
        default -> {}
      }
    }
    if (chunked) {
      for (long size = chunkSize(); size > 0; size = chunkSize()) {
        discard(size);
        readLine();
      }
      while (!readLine().isEmpty()) {
        // trailers
      }
    } else if (length >= 0) {
      discard(length);
    } else {
      closes = true;
      while (in.read(skip) >= 0) {
        // the body ends with the connection
      }
    }
    if (closes) {
      close();
    }
    return code;
  }

  private long chunkSize() throws IOException {
    String s = readLine();
    int semicolon = s.indexOf(';');
    return Long.parseLong((semicolon < 0 ? s : s.substring(0, semicolon)).trim(), 16);
  }

  private void discard(long n) throws IOException {
    while (n > 0) {
      int r = in.read(skip, 0, (int) Math.min(skip.length, n));
      if (r < 0) {
        throw new EOFException("response body cut short");
      }
      n -= r;
    }
  }

  private String readLine() throws IOException {
    line.reset();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("connection closed in a response head");
      }
      if (c != '\r') {
        line.write(c);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      socket = null;
    }
  }
}
