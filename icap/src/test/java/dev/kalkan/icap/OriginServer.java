package dev.kalkan.icap;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;

/**
 * The destination web server of the proxy tests, on loopback: records every request body, and for
 * requests with an {@code X-Body-Sha256} header checks the body against it (the benchmark's
 * corruption check). Answers 200 with the number of bytes received.
 */
final class OriginServer implements AutoCloseable {
  /** One request as it arrived. */
  record Received(String method, String host, String path, byte[] body) {}

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicLong corrupted = new AtomicLong();
  private final AtomicLong verified = new AtomicLong();
  private final boolean keep;

  OriginServer(boolean keepBodies) throws IOException {
    this(keepBodies, null);
  }

  /** An HTTPS origin when {@code tls} is given. */
  OriginServer(boolean keepBodies, SSLContext tls) throws IOException {
    this.keep = keepBodies;
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    if (tls == null) {
      server = HttpServer.create(address, 256);
    } else {
      HttpsServer https = HttpsServer.create(address, 256);
      https.setHttpsConfigurator(new HttpsConfigurator(tls));
      server = https;
    }
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext(
        "/",
        exchange -> {
          byte[] body;
          try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
          }
          String expected = exchange.getRequestHeaders().getFirst("X-Body-Sha256");
          if (expected != null) {
            if (expected.equals(sha256(body))) {
              verified.incrementAndGet();
            } else {
              corrupted.incrementAndGet();
            }
          }
          if (keep) {
            received.add(
                new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestHeaders().getFirst("Host"),
                    exchange.getRequestURI().getPath(),
                    body));
          }
          byte[] answer = ("received " + body.length + "\n").getBytes(StandardCharsets.US_ASCII);
          exchange.sendResponseHeaders(200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  List<Received> received() {
    return received;
  }

  List<Received> receivedAt(String path) {
    return received.stream().filter(r -> r.path().equals(path)).toList();
  }

  long corrupted() {
    return corrupted.get();
  }

  long verified() {
    return verified.get();
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
