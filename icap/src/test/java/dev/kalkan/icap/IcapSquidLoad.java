package dev.kalkan.icap;

import dev.kalkan.detect.Scanner;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load driver of {@code bench/icap-squid.sh} (not a test): N concurrent clients upload bodies
 * through a real Squid without ICAP and through a Squid that asks Kalkan, in alternating rounds,
 * and report requests per second, latency percentiles and the p95 Kalkan adds. The origin checks
 * every body against its SHA-256, so a lost or corrupted upload is counted. Exit status 0 when the
 * target (p95 added under the limit, nothing lost or corrupted) is met, 1 when not.
 *
 * <p>Arguments: {@code [clients (20)] [bodyBytes (102400)] [requestsPerClientPerRound (50)] [rounds
 * (3)] [targetP95AddedMillis (20)]}.
 */
public final class IcapSquidLoad {
  private IcapSquidLoad() {}

  /** Latencies of one phase, in nanoseconds. */
  record Phase(String name, long[] latencies, long wallNanos, long failures) {
    double perSecond() {
      return latencies.length / (wallNanos / 1e9);
    }

    double percentileMillis(double p) {
      long[] sorted = latencies.clone();
      Arrays.sort(sorted);
      int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
      return sorted[Math.max(0, i)] / 1e6;
    }
  }

  public static void main(String[] args) throws Exception {
    System.exit(benchmark(args) ? 0 : 1);
  }

  /** Runs the benchmark, stopping every process it started; true when the target is met. */
  static boolean benchmark(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int bodyBytes = args.length > 1 ? Integer.parseInt(args[1]) : 100 * 1024;
    int perClient = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    double target = args.length > 4 ? Double.parseDouble(args[4]) : 20;
    String host = "drive.google.com";

    byte[][] bodies = new byte[clients][];
    String[] digests = new String[clients];
    for (int i = 0; i < clients; i++) {
      bodies[i] = catalogText(bodyBytes, i);
      digests[i] = OriginServer.sha256(bodies[i]);
    }
    String load0 = Files.readString(Path.of("/proc/loadavg")).strip();
    // KALKAN_BENCH_ICAP_PORT: measure a running `kalkan serve` (bench/icap-squid.sh --serve)
    // instead of an ICAP server with the scanner decider in this JVM.
    String served = System.getenv("KALKAN_BENCH_ICAP_PORT");
    try (OriginServer origin = new OriginServer(false);
        IcapServer icap =
            served != null
                ? null
                : IcapServer.builder(
                        ScannerUploadDecider.builder(Scanner.withDefaults())
                            .blockDestination(host, "personal cloud storage")
                            .build())
                    .port(0)
                    .build()
                    .start();
        SquidProcess plain = SquidProcess.start(-1, List.of(host));
        SquidProcess kalkan =
            SquidProcess.start(
                icap != null ? icap.port() : Integer.parseInt(served), List.of(host))) {
      int icapPort = icap != null ? icap.port() : Integer.parseInt(served);
      URI target0 = URI.create("http://" + host + ":" + origin.port() + "/upload");
      System.out.printf(
          "icap-squid: %d clients x %d requests x %d rounds per proxy, %d-byte bodies to %s (scanned, clean), Kalkan: %s%n",
          clients,
          perClient,
          rounds,
          bodyBytes,
          host,
          icap != null ? "ICAP server with the scanner decider" : "kalkan serve (default policy)");
      // As many requests as a round: the load client's own JIT is still warming after a few, and
      // it slowed whichever proxy came first (the first Squid-alone round had twice the p95).
      int warmUp = perClient;
      run("warm-up plain", plain.port(), target0, clients, warmUp, bodies, digests);
      run("warm-up kalkan", kalkan.port(), target0, clients, warmUp, bodies, digests);
      List<Phase> withoutIcap = new ArrayList<>();
      List<Phase> withIcap = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        withoutIcap.add(run("squid", plain.port(), target0, clients, perClient, bodies, digests));
        withIcap.add(
            run("squid+kalkan", kalkan.port(), target0, clients, perClient, bodies, digests));
      }
      Phase direct = direct("Kalkan alone (no Squid)", icapPort, host, clients, perClient, bodies);
      Phase single = direct("Kalkan alone, 1 client", icapPort, host, 1, perClient * 4, bodies);
      Phase a = merge("squid without ICAP", withoutIcap);
      Phase b = merge("squid + Kalkan ICAP", withIcap);
      String load1 = Files.readString(Path.of("/proc/loadavg")).strip();
      System.out.printf(
          "%-24s %9s %8s %8s %8s %8s%n", "", "req/s", "p50 ms", "p95 ms", "p99 ms", "failed");
      for (Phase p : List.of(a, b, direct, single)) {
        System.out.printf(
            "%-24s %9.1f %8.2f %8.2f %8.2f %8d%n",
            p.name(),
            p.perSecond(),
            p.percentileMillis(50),
            p.percentileMillis(95),
            p.percentileMillis(99),
            p.failures());
      }
      for (int r = 0; r < rounds; r++) {
        System.out.printf(
            "round %d: p95 %.2f ms without, %.2f ms with ICAP (added %.2f ms)%n",
            r + 1,
            withoutIcap.get(r).percentileMillis(95),
            withIcap.get(r).percentileMillis(95),
            withIcap.get(r).percentileMillis(95) - withoutIcap.get(r).percentileMillis(95));
      }
      double added = b.percentileMillis(95) - a.percentileMillis(95);
      long sent = origin.verified() + origin.corrupted();
      System.out.printf("p95 added by Kalkan: %.2f ms (target < %.0f ms)%n", added, target);
      if (icap != null) {
        IcapMetrics m = icap.metrics();
        System.out.printf(
            "origin: %d bodies verified, %d corrupted; Kalkan: %d REQMOD, %d allowed, %d blocked, %d failed closed%n",
            origin.verified(),
            origin.corrupted(),
            m.reqmod(),
            m.allowed(),
            m.blocked(),
            m.failedClosed());
      } else {
        System.out.printf(
            "origin: %d bodies verified, %d corrupted; Kalkan: kalkan serve (its kalkan_icap_*"
                + " counters follow)%n",
            origin.verified(), origin.corrupted());
      }
      System.out.println(
          "load average before: " + load0 + " | after: " + load1 + " (2 cores, shared)");
      long failures = a.failures() + b.failures() + direct.failures() + single.failures();
      long expected = 2L * clients * (perClient * rounds + warmUp);
      boolean ok = added < target && failures == 0 && origin.corrupted() == 0 && sent == expected;
      System.out.println(
          (ok ? "PASS" : "FAIL") + " (" + sent + " of " + expected + " uploads arrived)");
      return ok;
    }
  }

  /** Kalkan alone: the same uploads as REQMOD requests straight to the ICAP port, no Squid. */
  private static Phase direct(
      String name, int icapPort, String host, int clients, int perClient, byte[][] bodies)
      throws InterruptedException {
    long[] latencies = new long[clients * perClient];
    AtomicLong failures = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int id = c;
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    String head =
                        IcapTestClient.post(
                            "http://" + host + "/upload",
                            host,
                            "text/plain; charset=utf-8",
                            bodies[id].length);
                    byte[] request =
                        IcapTestClient.reqmod(icapPort, "Allow: trailers\r\n", head, bodies[id]);
                    try (IcapTestClient client = new IcapTestClient(icapPort)) {
                      for (int i = 0; i < perClient; i++) {
                        long t0 = System.nanoTime();
                        client.send(request);
                        IcapTestClient.Response r = client.read();
                        if (r.status() != 200 || r.body().length != bodies[id].length) {
                          failures.incrementAndGet();
                        }
                        latencies[id * perClient + i] = System.nanoTime() - t0;
                      }
                    } catch (IOException e) {
                      failures.incrementAndGet();
                    }
                  }));
    }
    for (Thread t : threads) {
      t.join();
    }
    return new Phase(name, latencies, System.nanoTime() - start, failures.get());
  }

  private static Phase merge(String name, List<Phase> phases) {
    long[] all = phases.stream().flatMapToLong(p -> Arrays.stream(p.latencies())).toArray();
    return new Phase(
        name,
        all,
        phases.stream().mapToLong(Phase::wallNanos).sum(),
        phases.stream().mapToLong(Phase::failures).sum());
  }

  private static Phase run(
      String name,
      int proxyPort,
      URI target,
      int clients,
      int perClient,
      byte[][] bodies,
      String[] digests)
      throws InterruptedException {
    long[] latencies = new long[clients * perClient];
    AtomicLong failures = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int id = c;
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    try (ProxyPostClient client =
                        new ProxyPostClient(
                            proxyPort,
                            target,
                            "text/plain; charset=utf-8",
                            "X-Body-Sha256: " + digests[id] + "\r\n",
                            bodies[id])) {
                      for (int i = 0; i < perClient; i++) {
                        long t0 = System.nanoTime();
                        try {
                          if (client.post() != 200) {
                            failures.incrementAndGet();
                          }
                        } catch (IOException e) {
                          failures.incrementAndGet();
                        }
                        latencies[id * perClient + i] = System.nanoTime() - t0;
                      }
                    }
                  }));
    }
    for (Thread t : threads) {
      t.join();
    }
    return new Phase(name, latencies, System.nanoTime() - start, failures.get());
  }

  /** Product-catalog-like text without personal data (SKUs, titles, prices), {@code size} bytes. */
  static byte[] catalogText(int size, int seed) {
    Random random = new Random(seed);
    String[] words = {
      "steel", "bottle", "organic", "cotton", "shelf", "lamp", "blue", "pack", "travel", "mug",
      "kids", "garden"
    };
    StringBuilder s = new StringBuilder(size + 100);
    while (s.length() < size) {
      s.append("SKU-").append(10_000 + random.nextInt(90_000)).append('\t');
      for (int w = 0; w < 5; w++) {
        s.append(words[random.nextInt(words.length)]).append(' ');
      }
      s.append('\t')
          .append(random.nextInt(100))
          .append('.')
          .append(random.nextInt(90) + 10)
          .append(" USD\tqty ")
          .append(random.nextInt(500))
          .append('\n');
    }
    s.setLength(size);
    return s.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
