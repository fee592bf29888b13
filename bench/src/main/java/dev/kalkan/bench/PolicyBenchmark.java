package dev.kalkan.bench;

import dev.kalkan.detect.Classification;
import dev.kalkan.policy.Channel;
import dev.kalkan.policy.ContentSummary;
import dev.kalkan.policy.Decision;
import dev.kalkan.policy.DecisionRequest;
import dev.kalkan.policy.Destination;
import dev.kalkan.policy.Policy;
import dev.kalkan.policy.PolicyException;
import dev.kalkan.policy.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of a policy decision with the shipped default policy, on one thread: {@code evaluate} cycles
 * through eight requests (uploads to consumer, unknown, internal and Amazon hosts; emails to one
 * and to five recipients; a request without destination; unscanned content), {@code parseDefault}
 * parses the default policy's text, and {@code parseUrl} builds one URL destination, as the service
 * does per request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class PolicyBenchmark {
  private Policy policy;
  private String defaultText;
  private DecisionRequest[] requests;
  private int next;

  /** Parses the default policy with operator-filled internal domains and builds the requests. */
  @Setup
  public void setUp() throws PolicyException {
    defaultText = Policy.defaultPolicy().text();
    policy =
        Policy.parse(defaultText + "lists:\n  internal-domains: [company.example, 10.0.0.0/8]\n");
    ContentSummary orders =
        ContentSummary.scanned(
            Classification.SENSITIVE, Map.of("AMAZON_ORDER_ID", 12, "PERSON_NAME", 12));
    ContentSummary seller =
        ContentSummary.scanned(Classification.INTERNAL, Map.of("AMAZON_SELLER_ID", 1));
    ContentSummary unscanned =
        ContentSummary.scanned(Classification.PUBLIC, Map.of()).notFullyScanned("encrypted");
    Principal alice = Principal.of("alice", "SALES");
    requests =
        new DecisionRequest[] {
          DecisionRequest.of(
              Channel.WEB_UPLOAD,
              Destination.url("https://www.dropbox.com/upload?x=1"),
              alice,
              orders),
          DecisionRequest.of(
              Channel.WEB_UPLOAD,
              Destination.url("https://files.unknown-share.example/up"),
              alice,
              seller),
          DecisionRequest.of(
              Channel.WEB_UPLOAD,
              Destination.url("https://intranet.company.example/reports"),
              alice,
              orders),
          DecisionRequest.of(
              Channel.API,
              Destination.url("https://sellingpartnerapi-eu.amazon.com/feeds/2021-06-30/feeds"),
              alice,
              orders),
          DecisionRequest.of(Channel.EMAIL, Destination.email("jane@gmail.com"), alice, orders),
          new DecisionRequest(
              Channel.EMAIL,
              List.of(
                  Destination.email("a@company.example"),
                  Destination.email("b@company.example"),
                  Destination.email("c@partner.example"),
                  Destination.email("d@company.example"),
                  Destination.email("e@marketplace.amazon.de")),
              alice,
              orders),
          new DecisionRequest(Channel.API, List.of(), alice, orders),
          DecisionRequest.of(
              Channel.WEB_UPLOAD, Destination.url("https://wetransfer.com/"), alice, unscanned)
        };
  }

  /** One decision, cycling through the requests. */
  @Benchmark
  public Decision evaluate() {
    DecisionRequest request = requests[next];
    next = (next + 1) % requests.length;
    return policy.evaluate(request);
  }

  /** Parsing and validating the default policy's text. */
  @Benchmark
  public Policy parseDefault() throws PolicyException {
    return Policy.parse(defaultText);
  }

  /** Building a URL destination (parsing and canonicalising the host). */
  @Benchmark
  public Destination parseUrl() {
    return Destination.url("https://User@WWW.DropBox.com.:443/upload/file.zip?token=abc");
  }
}
