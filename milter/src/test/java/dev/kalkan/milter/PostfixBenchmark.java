package dev.kalkan.milter;

import dev.kalkan.detect.Scanner;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The milter benchmark behind {@code bench/milter-postfix.sh}: a real Postfix on loopback with and
 * without Kalkan's milter, a local sink as next hop.
 *
 * <ol>
 *   <li>Throughput: Postfix's {@code smtp-source} sends N messages of L bytes in S concurrent
 *       sessions; the time runs until the sink has counted every message (none may be lost).
 *   <li>Latency: S Java SMTP clients send realistic 50 KB business messages (text and a catalogue
 *       CSV attachment, nothing sensitive, so all are delivered) and time each transaction from
 *       MAIL FROM to the 250 after DATA; the p95 difference with and without milter is the time the
 *       milter adds.
 * </ol>
 *
 * Arguments: {@code messages sizeBytes sessions}. Not a test; run by the script.
 */
public final class PostfixBenchmark {
  private PostfixBenchmark() {}

  public static void main(String[] args) throws Exception {
    int messages = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int size = args.length > 1 ? Integer.parseInt(args[1]) : 50 * 1024;
    int sessions = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    ScannerMessageDecider decider =
        ScannerMessageDecider.builder(Scanner.withDefaults())
            .internalDomains(List.of("corp.example"))
            .build();
    // KALKAN_BENCH_MILTER_PORT: measure a running `kalkan serve` (bench/milter-postfix.sh --serve)
    // instead of a milter with the scanner decider in this JVM.
    String served = System.getenv("KALKAN_BENCH_MILTER_PORT");
    try (SmtpSink sink = new SmtpSink(false);
        MilterServer milter =
            served != null ? null : MilterServer.builder(decider).port(0).build().start();
        PostfixInstance postfix =
            new PostfixInstance(
                milter != null ? milter.port() : Integer.parseInt(served), sink.port())) {
      System.out.printf(
          Locale.ROOT,
          "postfix %s, %d messages of %d bytes, %d sessions, %d cores%n",
          postfix.directory(),
          messages,
          size,
          sessions,
          Runtime.getRuntime().availableProcessors());
      // Warm-up: JIT of the milter path and Postfix's process pools.
      smtpSource(postfix.smtpPort(), sink, 200, size, sessions);
      smtpSource(postfix.plainSmtpPort(), sink, 200, size, sessions);
      latencies(postfix.smtpPort(), sink, 100, sessions);

      long cpu0 = cpuNanos();
      double plain = smtpSource(postfix.plainSmtpPort(), sink, messages, size, sessions);
      long cpu1 = cpuNanos();
      MilterMetrics before = milter != null ? milter.metrics() : null;
      double filtered = smtpSource(postfix.smtpPort(), sink, messages, size, sessions);
      long cpu2 = cpuNanos();
      if (milter != null) {
        MilterMetrics after = milter.metrics();
        long decided = after.messages() - before.messages();
        System.out.printf(
            Locale.ROOT,
            "smtp-source throughput: without milter %.1f msg/s, with milter %.1f msg/s (%d"
                + " decided, mean decision %.2f ms)%n",
            plain,
            filtered,
            decided,
            (after.decisionNanos() - before.decisionNanos()) / 1e6 / Math.max(1, decided));
        System.out.printf(
            Locale.ROOT,
            "milter CPU per smtp-source message (this JVM, with milter minus without): %.2f ms%n",
            ((cpu2 - cpu1) - (cpu1 - cpu0)) / 1e6 / messages);
      } else {
        System.out.printf(
            Locale.ROOT,
            "smtp-source throughput: without milter %.1f msg/s, with kalkan serve's milter %.1f"
                + " msg/s%n",
            plain,
            filtered);
      }

      int perSession = Math.max(1, messages / sessions);
      long cpu3 = cpuNanos();
      long[] plainLatency = latencies(postfix.plainSmtpPort(), sink, perSession, sessions);
      long cpu4 = cpuNanos();
      long[] milterLatency = latencies(postfix.smtpPort(), sink, perSession, sessions);
      long cpu5 = cpuNanos();
      if (milter != null) {
        System.out.printf(
            Locale.ROOT,
            "milter CPU per 50 KB business message (with milter minus without): %.2f ms%n",
            ((cpu5 - cpu4) - (cpu4 - cpu3)) / 1e6 / (perSession * sessions));
      }
      System.out.printf(
          Locale.ROOT,
          "transaction latency without milter: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
          pct(plainLatency, 50),
          pct(plainLatency, 95),
          pct(plainLatency, 99));
      System.out.printf(
          Locale.ROOT,
          "transaction latency with milter:    p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
          pct(milterLatency, 50),
          pct(milterLatency, 95),
          pct(milterLatency, 99));
      System.out.printf(
          Locale.ROOT,
          "added by the milter: p50 %.1f ms, p95 %.1f ms (target: under 50 ms at p95)%n",
          pct(milterLatency, 50) - pct(plainLatency, 50),
          pct(milterLatency, 95) - pct(plainLatency, 95));
      if (milter == null) {
        System.out.println(
            "milter totals: kalkan serve (its kalkan_milter_* counters follow); every message"
                + " reached the sink");
        return;
      }
      MilterMetrics m = milter.metrics();
      System.out.printf(
          Locale.ROOT,
          "milter totals: %d messages, %d accepted, %d rejected, %d tempfailed, %d internal errors,"
              + " %d protocol errors%n",
          m.messages(),
          m.accepted(),
          m.rejected(),
          m.tempfailed(),
          m.internalErrors(),
          m.protocolErrors());
    }
  }

  /** Runs smtp-source and waits until the sink counted every message; returns messages/s. */
  private static double smtpSource(int port, SmtpSink sink, int messages, int size, int sessions)
      throws Exception {
    int target = sink.count() + messages;
    long start = System.nanoTime();
    PostfixInstance.Result r =
        PostfixInstance.run(
            Duration.ofMinutes(10),
            "smtp-source",
            "-s",
            String.valueOf(sessions),
            "-m",
            String.valueOf(messages),
            "-l",
            String.valueOf(size),
            "-f",
            "load@corp.example",
            "-t",
            "partner@gmail.com",
            "-M",
            "client.corp.example",
            "127.0.0.1:" + port);
    if (r.exit() != 0) {
      throw new IllegalStateException(
          "smtp-source failed: " + PostfixInstance.tail(r.output(), 500));
    }
    awaitCount(sink, target);
    double seconds = (System.nanoTime() - start) / 1e9;
    return messages / seconds;
  }

  private static void awaitCount(SmtpSink sink, int target) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (sink.count() < target) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "lost messages: the sink counted " + sink.count() + " of " + target);
      }
      Thread.sleep(5);
    }
  }

  /** Per-transaction latencies in nanoseconds, sorted, after every message reached the sink. */
  private static long[] latencies(int port, SmtpSink sink, int perSession, int sessions)
      throws Exception {
    int target = sink.count() + perSession * sessions;
    byte[] message = realisticMessage();
    List<Future<long[]>> futures = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(sessions)) {
      for (int s = 0; s < sessions; s++) {
        futures.add(pool.submit(() -> session(port, message, perSession)));
      }
      List<Long> all = new ArrayList<>();
      for (Future<long[]> f : futures) {
        for (long v : f.get()) {
          all.add(v);
        }
      }
      awaitCount(sink, target);
      return all.stream().mapToLong(Long::longValue).sorted().toArray();
    }
  }

  private static long[] session(int port, byte[] message, int count) throws IOException {
    long[] out = new long[count];
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setTcpNoDelay(true);
      s.setSoTimeout(120_000);
      InputStream in = new BufferedInputStream(s.getInputStream());
      OutputStream o = new BufferedOutputStream(s.getOutputStream(), 1 << 16);
      expect(in, "220");
      command(o, in, "EHLO client.corp.example", "250");
      for (int i = 0; i < count; i++) {
        long t0 = System.nanoTime();
        command(o, in, "MAIL FROM:<load@corp.example>", "250");
        command(o, in, "RCPT TO:<partner@gmail.com>", "250");
        command(o, in, "DATA", "354");
        o.write(message);
        o.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
        o.flush();
        expect(in, "250");
        out[i] = System.nanoTime() - t0;
      }
      command(o, in, "QUIT", "221");
    }
    return out;
  }

  private static void command(OutputStream o, InputStream in, String line, String code)
      throws IOException {
    o.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    o.flush();
    expect(in, code);
  }

  /** Reads one (possibly multi-line) reply and checks its code. */
  private static void expect(InputStream in, String code) throws IOException {
    while (true) {
      StringBuilder line = new StringBuilder();
      int c;
      while ((c = in.read()) >= 0 && c != '\n') {
        line.append((char) c);
      }
      if (c < 0) {
        throw new IOException("connection closed, expected " + code);
      }
      if (line.length() >= 4 && line.charAt(3) == '-') {
        continue;
      }
      if (!line.toString().startsWith(code)) {
        throw new IOException("expected " + code + ", got: " + line.toString().strip());
      }
      return;
    }
  }

  /** A 50 KB business message: a note and a product catalogue CSV, nothing sensitive. */
  static byte[] realisticMessage() {
    StringBuilder csv = new StringBuilder("sku,asin,title,price,stock\r\n");
    int i = 0;
    while (csv.length() < 36 * 1024) {
      csv.append(
          String.format(
              Locale.ROOT,
              "MUG-%05d,B0%08d,Ceramic mug no. %d,%d.99,%d\r\n",
              i,
              i,
              i,
              5 + i % 20,
              i % 300));
      i++;
    }
    TestMessages.Mime mime =
        TestMessages.multipart(
            "load@corp.example",
            "partner@gmail.com",
            "Catalogue update",
            TestMessages.text(
                "Hello,\r\n\r\nplease find the updated catalogue attached. Prices are valid from"
                    + " Monday.\r\n\r\nBest regards\r\n"),
            TestMessages.attachment(
                "catalogue.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
    byte[] bytes = mime.bytes();
    // dot-stuffing is not needed: no line starts with '.'
    if (Arrays.equals(bytes, 0, 1, new byte[] {'.'}, 0, 1)) {
      throw new IllegalStateException("message starts with a dot");
    }
    return bytes;
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double pct(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }
}
