package dev.kalkan.inspect;

import dev.kalkan.access.Caller;
import dev.kalkan.access.PrincipalKind;
import dev.kalkan.access.Role;
import dev.kalkan.policies.PolicyStore;
import dev.kalkan.policy.Channel;
import dev.kalkan.policy.Destination;
import dev.kalkan.service.KalkanSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Before the service reports ready, dry-runs the inspection of built-in synthetic samples
 * (resources {@code warmup/}: SP-API orders, a flat-file report, a mail; every value invented) on
 * every core for {@code kalkan.warmup.time}, so that the JIT has compiled the scanner, the policy
 * and the response before traffic arrives. Under full load from the first second the compiler
 * threads share the cores with the requests, and a cold service took about 40 s to reach its steady
 * cost per request (bench/inspect-load.sh). Nothing is enforced or recorded. A failure is logged
 * and ends the warm-up early; it never stops the service, which then only starts colder.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class InspectionWarmup implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(InspectionWarmup.class);
  private static final Caller CALLER =
      new Caller(0, "warm-up", PrincipalKind.API_KEY, Role.INTEGRATION);

  /**
   * The samples, read once from the jar, and a 128 KB flat-file report made of the sample report's
   * rows: uploads and attachments are often that large, and the scanner's loops are compiled for
   * long inputs only after they have run over some.
   */
  static final List<byte[]> SAMPLES =
      withBulkReport(
          samples("order.json", "orders-de-tr.json", "report.tsv", "mail.txt"), 2, 128 * 1024);

  /** Where the samples go: an approved destination, personal cloud storage, external mail. */
  static final List<InspectionRequest> REQUESTS =
      List.of(
          request(Channel.API, Destination.url("https://sellercentral.amazon.com")),
          request(Channel.WEB_UPLOAD, Destination.url("https://drive.google.com/upload")),
          request(Channel.EMAIL, Destination.email("someone@example.org")));

  private final Inspector inspector;
  private final PolicyStore policies;
  private final JsonMapper json;
  private final Duration time;

  InspectionWarmup(
      Inspector inspector, PolicyStore policies, JsonMapper json, KalkanSettings settings) {
    this.inspector = inspector;
    this.policies = policies;
    this.json = json;
    this.time = settings.warmup() == null ? Duration.ZERO : settings.warmup().time();
  }

  @Override
  public void run(ApplicationArguments args) throws InterruptedException {
    if (time == null || time.isZero() || time.isNegative()) {
      return;
    }
    long started = System.nanoTime();
    try {
      long runs = warmFor(time);
      log.info(
          "warmed up the inspection path: {} dry runs in {} ms",
          runs,
          (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      log.warn("warm-up stopped early, the service starts colder: {}", e.toString());
    }
  }

  /**
   * Dry-runs the samples on every core for {@code duration}.
   *
   * @return how many dry runs completed
   * @throws IllegalStateException when a dry run failed (the other workers still finish)
   */
  long warmFor(Duration duration) throws InterruptedException {
    long deadline = System.nanoTime() + duration.toNanos();
    AtomicLong done = new AtomicLong();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    List<Thread> workers = new ArrayList<>(threads);
    for (int t = 0; t < threads; t++) {
      int offset = t;
      workers.add(
          Thread.ofPlatform()
              .name("kalkan-warmup-" + t)
              .daemon()
              .start(
                  () -> {
                    try {
                      for (int i = offset; System.nanoTime() < deadline; i++) {
                        json.writeValueAsBytes(
                            dryRun(
                                SAMPLES.get(i % SAMPLES.size()),
                                REQUESTS.get((i / SAMPLES.size()) % REQUESTS.size())));
                        done.incrementAndGet();
                      }
                    } catch (RuntimeException e) {
                      failure.compareAndSet(null, e);
                    }
                  }));
    }
    for (Thread worker : workers) {
      worker.join();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a warm-up dry run failed", failure.get());
    }
    return done.get();
  }

  /** The dry run of one sample, as the warm-up does it. */
  InspectionResult dryRun(byte[] sample, InspectionRequest request) {
    return inspector.dryRun(sample, request, policies.enforced());
  }

  private static InspectionRequest request(Channel channel, Destination destination) {
    return new InspectionRequest(channel, List.of(destination), CALLER, null, Set.of());
  }

  /**
   * {@code samples} and, after them, sample {@code report} (a header and rows) grown to {@code
   * size}.
   */
  private static List<byte[]> withBulkReport(List<byte[]> samples, int report, int size) {
    String text = new String(samples.get(report), StandardCharsets.UTF_8);
    int header = text.indexOf('\n') + 1;
    StringBuilder bulk = new StringBuilder(size + text.length()).append(text, 0, header);
    while (bulk.length() < size) {
      bulk.append(text, header, text.length());
    }
    List<byte[]> out = new ArrayList<>(samples);
    out.add(bulk.toString().getBytes(StandardCharsets.UTF_8));
    return List.copyOf(out);
  }

  private static List<byte[]> samples(String... names) {
    List<byte[]> out = new ArrayList<>();
    for (String name : names) {
      try (InputStream in = InspectionWarmup.class.getResourceAsStream("/warmup/" + name)) {
        if (in == null) {
          throw new IllegalStateException("warm-up sample missing from the jar: " + name);
        }
        out.add(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(out);
  }
}
