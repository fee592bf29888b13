package dev.kalkan.icap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.Scanner;
import dev.kalkan.policy.Policy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Kalkan behind a real Squid: uploads from a real HTTP client through the proxy to a local origin
 * server, with Squid asking the {@link IcapServer} (REQMOD, bypass off) about every POST and PUT.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IcapServerSquidTest {
  private static final String CLOUD = "drive.google.com";
  private static final String ALLOWED = "files.corp.example";

  private final List<UploadIncident> incidents = new CopyOnWriteArrayList<>();
  private OriginServer origin;
  private IcapServer icap;
  private SquidProcess squid;
  private HttpClient client;

  @BeforeAll
  void start() throws IOException {
    origin = new OriginServer(true);
    icap =
        IcapServer.builder(
                ScannerUploadDecider.builder(Scanner.withDefaults())
                    .blockDestination(CLOUD, "personal cloud storage")
                    .onIncident(incidents::add)
                    .build())
            .port(0)
            .build()
            .start();
    squid = SquidProcess.start(icap.port(), List.of(CLOUD, ALLOWED));
    client = proxiedClient(squid.port());
  }

  @AfterAll
  void stop() {
    if (squid != null) {
      squid.close();
    }
    if (icap != null) {
      icap.close();
    }
    if (origin != null) {
      origin.close();
    }
  }

  static HttpClient proxiedClient(int proxyPort) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", proxyPort)))
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /**
   * An SP-API getOrders sandbox response from {@code testdata/spapi-examples}, found in the
   * repository's parent directory or another ancestor of the working directory.
   */
  static byte[] orders() throws IOException {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path file = p.resolve("testdata/spapi-examples/ordersV0__getOrders__sandbox-200-1.json");
      if (Files.isRegularFile(file)) {
        return Files.readAllBytes(file);
      }
    }
    throw new AssertionError("testdata/spapi-examples not found beside the repository");
  }

  private URI uri(String host, String path) {
    return URI.create("http://" + host + ":" + origin.port() + path);
  }

  private HttpResponse<String> post(String host, String path, String type, byte[] body)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(host, path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void uploadWhenOrderJsonToPersonalCloudThenBlockedWithPageAndIncident() throws Exception {
    byte[] order = orders();
    HttpResponse<String> r = post(CLOUD, "/upload/order-json", "application/json", order);

    assertThat(r.statusCode()).as(squid.log()).isEqualTo(403);
    String reference = r.headers().firstValue("X-Kalkan-Incident").orElseThrow();
    assertThat(r.body())
        .contains("Upload blocked", CLOUD, reference, "AMAZON_ORDER_ID", "Amazon Information")
        .doesNotContain("902-1845936-5435065");
    assertThat(incidents)
        .anySatisfy(
            i -> {
              assertThat(i.reference()).isEqualTo(reference);
              assertThat(i.host()).isEqualTo(CLOUD);
              assertThat(i.destination()).isEqualTo("personal cloud storage");
              assertThat(i.clientIp()).contains("127.0.0.1");
              assertThat(i.findings()).containsKey("AMAZON_ORDER_ID");
            });
    assertThat(origin.receivedAt("/upload/order-json")).isEmpty();
  }

  @Test
  void uploadWhenOrderJsonToAllowedDestinationThenArrivesByteForByte() throws Exception {
    byte[] order = orders();
    HttpResponse<String> r = post(ALLOWED, "/upload/allowed", "application/json", order);

    assertThat(r.statusCode()).as(squid.log()).isEqualTo(200);
    assertThat(origin.receivedAt("/upload/allowed"))
        .singleElement()
        .satisfies(got -> assertThat(got.body()).isEqualTo(order));
  }

  @Test
  void uploadWhenFiveMegabyteMultipartWithBuyerSpreadsheetThenBlocked() throws Exception {
    byte[] xlsx = buyerSpreadsheet(5_000);
    byte[] padding = new byte[5 * 1024 * 1024 - xlsx.length];
    new Random(11).nextBytes(padding);
    String boundary = "----kalkan-test-boundary-7MA4YWxkTrZu0gW";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nQ3 orders\r\n"
                + "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"orders-q3.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(xlsx);
    body.writeBytes(
        ("\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"shelf.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(padding);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    assertThat(body.size()).isGreaterThan(5 * 1024 * 1024);

    HttpResponse<String> r =
        post(
            CLOUD,
            "/upload/multipart",
            "multipart/form-data; boundary=" + boundary,
            body.toByteArray());

    assertThat(r.statusCode()).as(squid.log()).isEqualTo(403);
    String reference = r.headers().firstValue("X-Kalkan-Incident").orElseThrow();
    assertThat(r.body()).contains(reference, "AMAZON_BUYER_EMAIL", "AMAZON_ORDER_ID");
    assertThat(incidents)
        .anySatisfy(
            i -> {
              assertThat(i.reference()).isEqualTo(reference);
              assertThat(i.fullyInspected()).isTrue();
              assertThat(i.findings().get("AMAZON_ORDER_ID")).isEqualTo(5_000);
            });
    assertThat(origin.receivedAt("/upload/multipart")).isEmpty();
  }

  @Test
  void uploadWhenChunkedThenInspectedAndPassedOrBlocked() throws Exception {
    byte[] clean = new byte[300_000];
    new Random(5).nextBytes(clean);
    HttpResponse<String> passed =
        client.send(
            HttpRequest.newBuilder(uri(CLOUD, "/upload/chunked-clean"))
                .header("Content-Type", "application/octet-stream")
                .PUT(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(clean)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(passed.statusCode()).as(squid.log()).isEqualTo(200);
    assertThat(origin.receivedAt("/upload/chunked-clean"))
        .singleElement()
        .satisfies(got -> assertThat(got.body()).isEqualTo(clean));

    byte[] order = orders();
    HttpResponse<String> blocked =
        client.send(
            HttpRequest.newBuilder(uri(CLOUD, "/upload/chunked-order"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(order)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(blocked.statusCode()).isEqualTo(403);
    assertThat(origin.receivedAt("/upload/chunked-order")).isEmpty();
  }

  @Test
  void uploadWhenLargerThanInspectionLimitThenBlockedAsUnscannableWithPage() throws Exception {
    byte[] huge = new byte[11 << 20];
    new Random(13).nextBytes(huge);
    long unscannable = icap.metrics().unscannable();
    HttpResponse<String> r = post(ALLOWED, "/upload/huge", "application/octet-stream", huge);

    assertThat(r.statusCode()).as(squid.log()).isEqualTo(403);
    assertThat(r.body()).contains("could not be fully inspected", ALLOWED);
    assertThat(icap.metrics().unscannable()).isEqualTo(unscannable + 1);
    assertThat(origin.receivedAt("/upload/huge")).isEmpty();
  }

  @Test
  void uploadWhenNoSensitiveDataThenPassesToPersonalCloud() throws Exception {
    byte[] text =
        "Shelf plan for aisle 4: move the blue boxes left.\n"
            .repeat(50)
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> r = post(CLOUD, "/upload/clean", "text/plain", text);

    assertThat(r.statusCode()).as(squid.log()).isEqualTo(200);
    assertThat(origin.receivedAt("/upload/clean"))
        .singleElement()
        .satisfies(got -> assertThat(got.body()).isEqualTo(text));
  }

  @Test
  void getWhenNotAnUploadThenSquidDoesNotAskKalkan() throws Exception {
    long before = icap.metrics().reqmod();
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(uri(CLOUD, "/download")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(icap.metrics().reqmod()).isEqualTo(before);
  }

  @Test
  void uploadWhenDecidedByDefaultPolicyThenBlockedWithRuleIncident() throws Exception {
    List<PolicyUploadDecider.PolicyIncident> opened = new CopyOnWriteArrayList<>();
    try (IcapServer kalkan =
            IcapServer.builder(
                    new PolicyUploadDecider(
                        Scanner.withDefaults(), Policy.defaultPolicy(), opened::add))
                .port(0)
                .build()
                .start();
        SquidProcess proxy = SquidProcess.start(kalkan.port(), List.of(CLOUD))) {
      HttpClient c = proxiedClient(proxy.port());
      HttpResponse<String> r =
          c.send(
              HttpRequest.newBuilder(uri(CLOUD, "/upload/policy"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(orders()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(r.statusCode()).as(proxy.log()).isEqualTo(403);
      String reference = r.headers().firstValue("X-Kalkan-Incident").orElseThrow();
      assertThat(opened)
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.reference()).isEqualTo(reference);
                assertThat(i.decision().ruleId()).isEqualTo("sensitive-to-risky-destination");
                assertThat(i.upload().clientIp()).contains("127.0.0.1");
              });
      assertThat(origin.receivedAt("/upload/policy")).isEmpty();
    }
  }

  @Test
  void uploadWhenKalkanIsDownThenSquidRefusesIt() throws Exception {
    try (OriginServer own = new OriginServer(true);
        IcapServer kalkan =
            IcapServer.builder(ScannerUploadDecider.builder(Scanner.withDefaults()).build())
                .port(0)
                .build()
                .start();
        SquidProcess proxy = SquidProcess.start(kalkan.port(), List.of(ALLOWED))) {
      HttpClient c = proxiedClient(proxy.port());
      URI target = URI.create("http://" + ALLOWED + ":" + own.port() + "/upload");
      byte[] text = "hello".getBytes(StandardCharsets.UTF_8);
      HttpRequest upload =
          HttpRequest.newBuilder(target).POST(HttpRequest.BodyPublishers.ofByteArray(text)).build();
      assertThat(c.send(upload, HttpResponse.BodyHandlers.ofString()).statusCode())
          .as(proxy.log())
          .isEqualTo(200);

      kalkan.close();
      HttpResponse<String> refused = c.send(upload, HttpResponse.BodyHandlers.ofString());

      assertThat(refused.statusCode()).isGreaterThanOrEqualTo(500);
      assertThat(own.received()).hasSize(1);
    }
  }

  @Test
  void uploadWhenProxyAuthenticatesUserThenKalkanKnowsThePrincipal() throws Exception {
    try (SquidProcess proxy =
        SquidProcess.startAuthenticated(icap.port(), List.of(CLOUD), "alice", "s3cret-pass")) {
      HttpClient c =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", proxy.port())))
              .authenticator(
                  new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                      return getRequestorType() == RequestorType.PROXY
                          ? new PasswordAuthentication("alice", "s3cret-pass".toCharArray())
                          : null;
                    }
                  })
              .build();
      HttpResponse<String> r =
          c.send(
              HttpRequest.newBuilder(uri(CLOUD, "/upload/by-alice"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(orders()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(r.statusCode()).as(proxy.log()).isEqualTo(403);
      String reference = r.headers().firstValue("X-Kalkan-Incident").orElseThrow();
      assertThat(incidents)
          .anySatisfy(
              i -> {
                assertThat(i.reference()).isEqualTo(reference);
                assertThat(i.user()).contains("alice");
              });
    }
  }

  /** An XLSX with a header row and {@code rows} buyer rows (order id, buyer email, name, phone). */
  static byte[] buyerSpreadsheet(int rows) throws IOException {
    List<List<String>> table = new ArrayList<>();
    table.add(
        List.of("amazon-order-id", "buyer-email", "buyer-name", "buyer-phone-number", "quantity"));
    for (int r = 1; r <= rows; r++) {
      table.add(
          List.of(
              String.format("113-%07d-%07d", 1_000_000 + r, 5_000_000 + r * 7),
              "buyer" + r + "x7k@marketplace.amazon.com",
              "Buyer Number " + r,
              String.format("+44 20 7946 %04d", r % 10_000),
              Integer.toString(1 + r % 3)));
    }
    return XlsxWriter.write(table);
  }
}
