package dev.kalkan.service;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook endpoint on loopback (JDK HttpServer) that keeps the JSON bodies it receives; it can be
 * told to answer 503 to the next requests, to exercise retries and failures.
 */
public final class WebhookReceiver {
  private final HttpServer server;
  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();

  private WebhookReceiver(HttpServer server) {
    this.server = server;
  }

  static WebhookReceiver start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    WebhookReceiver receiver = new WebhookReceiver(server);
    server.createContext(
        "/hook",
        exchange -> {
          String body;
          try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          int status;
          if (receiver.failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            receiver.refused.incrementAndGet();
            status = 503;
          } else {
            receiver.received.add(body);
            status = 204;
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
    return receiver;
  }

  /** The URL to configure. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
  }

  /** Answers 503 to the next {@code n} requests. */
  public void failNext(int n) {
    failuresLeft.set(n);
  }

  /** Requests answered 503 so far. */
  public int refused() {
    return refused.get();
  }

  /**
   * Waits for the next accepted body whose text contains {@code marker}, dropping others.
   *
   * @throws AssertionError when none arrives within {@code timeout}
   */
  public String await(String marker, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      String body = received.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
      if (body == null) {
        throw new AssertionError("no webhook call containing " + marker + " within " + timeout);
      }
      if (body.contains(marker)) {
        return body;
      }
    }
  }
}
