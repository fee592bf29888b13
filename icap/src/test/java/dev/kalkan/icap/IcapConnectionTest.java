package dev.kalkan.icap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of malformed and hostile ICAP input sent over a raw socket: every case must get an ICAP
 * error status and a closed connection within the timeouts, never a hung socket.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IcapConnectionTest {
  private static final String HEAD =
      "POST http://files.example/up HTTP/1.1\r\nHost: files.example\r\nContent-Length: 5\r\n\r\n";
  private IcapServer server;
  private int port;

  @BeforeAll
  void start() throws IOException {
    server =
        IcapServer.builder(upload -> UploadVerdict.allow())
            .port(0)
            .readTimeout(Duration.ofMillis(500))
            .headerTimeout(Duration.ofMillis(1000))
            .idleTimeout(Duration.ofSeconds(2))
            .maxHeaderBytes(8192)
            .maxHeaderFields(50)
            .build()
            .start();
    port = server.port();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private static String reqmod(String encapsulated, String extra) {
    return "REQMOD icap://127.0.0.1/reqmod ICAP/1.0\r\nHost: 127.0.0.1\r\n"
        + (encapsulated == null ? "" : "Encapsulated: " + encapsulated + "\r\n")
        + extra
        + "\r\n";
  }

  private static String body() {
    return "req-hdr=0, req-body=" + HEAD.length();
  }

  static Stream<Arguments> corpus() {
    byte[] noise = new byte[2000];
    new Random(42).nextBytes(noise);
    return Stream.of(
        Arguments.of("garbage line", "hello world\r\n\r\n", false, 400),
        Arguments.of("binary noise", new String(noise, StandardCharsets.ISO_8859_1), false, 400),
        Arguments.of("HTTP instead of ICAP", "GET / HTTP/1.1\r\nHost: x\r\n\r\n", false, 400),
        Arguments.of("ICAP/2.0", "OPTIONS icap://h/reqmod ICAP/2.0\r\n\r\n", false, 505),
        Arguments.of("unknown method", "FETCH icap://h/reqmod ICAP/1.0\r\n\r\n", false, 501),
        Arguments.of("unknown service", "OPTIONS icap://h/nope ICAP/1.0\r\n\r\n", false, 404),
        Arguments.of("bad URI", "OPTIONS icap://h/re qmod ICAP/1.0\r\n\r\n", false, 400),
        Arguments.of(
            "truncated headers then close",
            "REQMOD icap://h/reqmod ICAP/1.0\r\nHost: h\r\nEncaps",
            true,
            400),
        Arguments.of(
            "truncated headers then silence",
            "REQMOD icap://h/reqmod ICAP/1.0\r\nHost: h\r\nEncaps",
            false,
            408),
        Arguments.of("missing Encapsulated", reqmod(null, ""), false, 400),
        Arguments.of("Encapsulated garbage", reqmod("banana", ""), false, 400),
        Arguments.of(
            "Encapsulated unknown entry", reqmod("req-hdr=0, foo-body=10", ""), false, 400),
        Arguments.of("offset not starting at 0", reqmod("req-hdr=5, req-body=40", ""), false, 400),
        Arguments.of(
            "offsets decreasing", reqmod("req-hdr=0, res-hdr=40, req-body=10", ""), false, 400),
        Arguments.of("body entry not last", reqmod("req-body=0, req-hdr=10", ""), false, 400),
        Arguments.of("huge offset", reqmod("req-hdr=0, req-body=999999999", ""), false, 400),
        Arguments.of(
            "REQMOD with res-hdr",
            reqmod("res-hdr=0, res-body=" + HEAD.length(), "") + HEAD + "0\r\n\r\n",
            false,
            400),
        Arguments.of(
            "offset too short",
            reqmod("req-hdr=0, req-body=20", "") + HEAD + "5\r\nhello\r\n0\r\n\r\n",
            false,
            400),
        Arguments.of(
            "offset too long",
            reqmod("req-hdr=0, req-body=" + (HEAD.length() + 4), "")
                + HEAD
                + "5\r\nhello\r\n0\r\n\r\n",
            false,
            400),
        Arguments.of(
            "offset beyond input",
            reqmod("req-hdr=0, req-body=" + (HEAD.length() + 500), "") + HEAD,
            false,
            408),
        Arguments.of(
            "bad chunk size", reqmod(body(), "") + HEAD + "zz\r\nhello\r\n0\r\n\r\n", false, 400),
        Arguments.of(
            "negative chunk size",
            reqmod(body(), "") + HEAD + "-5\r\nhello\r\n0\r\n\r\n",
            false,
            400),
        Arguments.of(
            "chunk size overflow",
            reqmod(body(), "") + HEAD + "FFFFFFFFFF\r\nhello\r\n",
            false,
            400),
        Arguments.of(
            "chunk data without CRLF",
            reqmod(body(), "") + HEAD + "5\r\nhelloXX0\r\n\r\n",
            false,
            400),
        Arguments.of(
            "chunk promises more then close", reqmod(body(), "") + HEAD + "100\r\nabc", true, 400),
        Arguments.of(
            "chunk promises more then silence",
            reqmod(body(), "") + HEAD + "100\r\nabc",
            false,
            408),
        Arguments.of(
            "no last chunk then close", reqmod(body(), "") + HEAD + "5\r\nhello\r\n", true, 400),
        Arguments.of(
            "huge header line",
            reqmod(body(), "X-Big: " + "a".repeat(100_000) + "\r\n"),
            false,
            400),
        Arguments.of(
            "huge header section",
            reqmod(body(), ("X-Some: " + "b".repeat(100) + "\r\n").repeat(100)),
            false,
            400),
        Arguments.of("too many headers", reqmod(body(), "X-A: b\r\n".repeat(500)), false, 400),
        Arguments.of("header without colon", reqmod(body(), "NoColonHere\r\n"), false, 400),
        Arguments.of("control byte in header name", reqmod(body(), "X\u0001Y: z\r\n"), false, 400),
        Arguments.of(
            "bare LF line ends", "OPTIONS icap://h/reqmod ICAP/1.0\nHost: h\n\n", false, 400),
        Arguments.of("CR without LF", "OPTIONS icap://h/reqmod ICAP/1.0\rHost: h\r\r", false, 400),
        Arguments.of(
            "no line end, long",
            "OPTIONS icap://h/reqmod ICAP/1.0 " + "x".repeat(20_000),
            false,
            400),
        Arguments.of("no line end, short", "OPTIONS icap://h/reqmod ICAP/1.0", false, 408),
        Arguments.of(
            "bad Preview", reqmod(body(), "Preview: -5\r\n") + HEAD + "0\r\n\r\n", false, 400),
        Arguments.of(
            "HTTP head with bare LF",
            reqmod("req-hdr=0, req-body=30", "")
                + "POST /x HTTP/1.1\nHost: h\n\r\n\r\n"
                + "0\r\n\r\n",
            false,
            400),
        Arguments.of(
            "HTTP head too many fields",
            reqmod("req-hdr=0, req-body=" + (20 + 8 * 60), "")
                + "POST /x HTTP/1.1\r\n"
                + "X-A: b\r\n".repeat(60)
                + "\r\n",
            false,
            400),
        Arguments.of(
            "HTTP head bad start line",
            reqmod("req-hdr=0, null-body=8", "") + "BROKEN\r\n\r\n",
            false,
            400));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void serveWhenInputMalformedThenErrorAndCloseWithinTimeout(
      String name, String input, boolean halfClose, int expected) throws IOException {
    long start = System.nanoTime();
    try (IcapTestClient c = new IcapTestClient(port)) {
      c.socket.setSoTimeout(5_000);
      try {
        c.send(input.getBytes(StandardCharsets.ISO_8859_1));
        if (halfClose) {
          c.socket.shutdownOutput();
        }
      } catch (IOException e) {
        // the server may already have answered and closed while a huge input was being written
      }
      IcapTestClient.Response r = c.read();
      assertThat(r.status()).as(name).isEqualTo(expected);
      assertThat(r.header("Connection")).isEqualTo("close");
      assertThat(c.closedByServer()).as(name + ": closed after the error").isTrue();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .as(name)
        .isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void serveWhenClientSendsOneByteAtATimeThenHeadDeadlineEndsIt() throws Exception {
    try (IcapTestClient c = new IcapTestClient(port)) {
      c.socket.setSoTimeout(5_000);
      Thread writer =
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      OutputStream out = c.socket.getOutputStream();
                      byte[] line =
                          "OPTIONS icap://h/reqmod ICAP/1.0\r\nX-Slow: "
                              .getBytes(StandardCharsets.ISO_8859_1);
                      for (int i = 0; i < 1000; i++) {
                        out.write(i < line.length ? line[i] : 'a');
                        out.flush();
                        Thread.sleep(100);
                      }
                    } catch (IOException | InterruptedException e) {
                      // the server closed the connection, as it must
                    }
                  });
      long start = System.nanoTime();
      IcapTestClient.Response r = c.read();
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(r.status()).isEqualTo(408);
      assertThat(took).isLessThan(Duration.ofSeconds(4));
      writer.interrupt();
      writer.join();
    }
    assertThat(server.metrics().timeouts()).isPositive();
  }

  @Test
  void serveWhenIdleKeepAliveThenClosedQuietlyAfterIdleTimeout() throws Exception {
    try (IcapTestClient c = new IcapTestClient(port)) {
      c.send("OPTIONS icap://127.0.0.1/reqmod ICAP/1.0\r\n\r\n");
      assertThat(c.read().status()).isEqualTo(200);
      long start = System.nanoTime();
      assertThat(c.closedByServer()).isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }
  }

  @Test
  void serveWhenErrorsHappenedThenServerStillAnswersNewConnections() throws Exception {
    for (int i = 0; i < 3; i++) {
      try (IcapTestClient bad = new IcapTestClient(port)) {
        bad.send("nonsense\r\n\r\n");
        assertThat(bad.read().status()).isEqualTo(400);
      }
    }
    try (IcapTestClient good = new IcapTestClient(port)) {
      good.send(
          IcapTestClient.reqmod(
              port, "Allow: 204\r\n", HEAD, "hello".getBytes(StandardCharsets.US_ASCII)));
      assertThat(good.read().status()).isEqualTo(204);
    }
    assertThat(server.metrics().protocolErrors()).isGreaterThanOrEqualTo(3);
  }
}
