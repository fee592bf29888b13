package dev.kalkan.icap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A minimal ICAP client over a raw socket, for tests: writes bytes, parses one response. */
final class IcapTestClient implements AutoCloseable {
  final Socket socket;
  final InputStream in;
  final OutputStream out;

  /** One ICAP response: status, headers (lower-case names), encapsulated heads and body. */
  record Response(int status, Map<String, String> headers, String httpHead, byte[] body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String bodyText() {
      return body == null ? null : new String(body, StandardCharsets.UTF_8);
    }
  }

  IcapTestClient(int port) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(10_000);
    in = socket.getInputStream();
    out = socket.getOutputStream();
  }

  void send(String s) throws IOException {
    send(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  void send(byte[] b) throws IOException {
    out.write(b);
    out.flush();
  }

  /** Reads one response; its body is de-chunked. */
  Response read() throws IOException {
    String status = line();
    if (status == null) {
      throw new IOException("connection closed before a response");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    String l;
    while (!(l = line()).isEmpty()) {
      int colon = l.indexOf(':');
      headers.put(
          l.substring(0, colon).strip().toLowerCase(Locale.ROOT), l.substring(colon + 1).strip());
    }
    int code = Integer.parseInt(status.split(" ")[1]);
    String enc = headers.get("encapsulated");
    String head = null;
    byte[] body = null;
    if (enc != null && !enc.startsWith("null-body")) {
      int bodyOffset = -1;
      boolean hasBody = false;
      for (String e : enc.split(",")) {
        String[] kv = e.strip().split("=");
        if (kv[0].endsWith("-body")) {
          bodyOffset = Integer.parseInt(kv[1]);
          hasBody = !kv[0].equals("null-body");
        }
      }
      head = new String(in.readNBytes(bodyOffset), StandardCharsets.ISO_8859_1);
      if (hasBody) {
        body = chunked();
      }
    } else if (enc != null) {
      // null-body=N after headers: read the heads
      String[] parts = enc.split(",");
      String last = parts[parts.length - 1].strip();
      int n = Integer.parseInt(last.substring(last.indexOf('=') + 1));
      if (n > 0) {
        head = new String(in.readNBytes(n), StandardCharsets.ISO_8859_1);
      }
    }
    return new Response(code, headers, head, body);
  }

  private byte[] chunked() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line();
      int semi = size.indexOf(';');
      int n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).strip(), 16);
      if (n == 0) {
        while (!line().isEmpty()) {
          // trailers
        }
        return body.toByteArray();
      }
      body.write(in.readNBytes(n));
      line();
    }
  }

  /** Reads one CRLF line, or null at end of input. */
  String line() throws IOException {
    StringBuilder s = new StringBuilder();
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        int len = s.length();
        return len > 0 && s.charAt(len - 1) == '\r' ? s.substring(0, len - 1) : s.toString();
      }
      s.append((char) b);
    }
    return s.isEmpty() ? null : s.toString();
  }

  /** True when the server closed the connection (end of input) within the socket timeout. */
  boolean closedByServer() throws IOException {
    try {
      return in.read() < 0;
    } catch (java.net.SocketException e) {
      return true;
    }
  }

  /** A REQMOD request with the HTTP request head and a chunked body in one chunk. */
  static byte[] reqmod(int port, String extraIcapHeaders, String httpHead, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] head = httpHead.getBytes(StandardCharsets.ISO_8859_1);
    String enc =
        body == null ? "req-hdr=0, null-body=" + head.length : "req-hdr=0, req-body=" + head.length;
    out.writeBytes(
        ("REQMOD icap://127.0.0.1:"
                + port
                + "/reqmod ICAP/1.0\r\nHost: 127.0.0.1:"
                + port
                + "\r\nEncapsulated: "
                + enc
                + "\r\n"
                + extraIcapHeaders
                + "\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(head);
    if (body != null) {
      if (body.length > 0) {
        out.writeBytes(
            (Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
      }
      out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    return out.toByteArray();
  }

  static String post(String url, String host, String contentType, int length) {
    return "POST "
        + url
        + " HTTP/1.1\r\nHost: "
        + host
        + "\r\nContent-Type: "
        + contentType
        + "\r\nContent-Length: "
        + length
        + "\r\n\r\n";
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
