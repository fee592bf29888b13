package dev.kalkan.icap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.Scanner;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * HTTPS uploads through Squid's ssl-bump (Debian squid-openssl, the shipped
 * deploy/squid/kalkan-icap-sslbump.conf): a test CA made with openssl mints the proxy's host
 * certificates and signs the HTTPS origin's; the client trusts only that CA.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IcapServerSquidSslBumpTest {
  private static final String CLOUD = "drive.google.com";
  private static final String ALLOWED = "files.corp.example";

  private Path ca;
  private final List<UploadIncident> incidents = new CopyOnWriteArrayList<>();
  private OriginServer origin;
  private IcapServer icap;
  private SquidProcess squid;
  private HttpClient client;

  @BeforeAll
  void start() throws IOException, GeneralSecurityException {
    ca = Files.createTempDirectory("kalkan-test-ca-");
    makeCertificates(ca);
    origin = new OriginServer(true, serverContext(ca.resolve("origin.p12")));
    icap =
        IcapServer.builder(
                ScannerUploadDecider.builder(Scanner.withDefaults())
                    .blockDestination(CLOUD, "personal cloud storage")
                    .onIncident(incidents::add)
                    .build())
            .port(0)
            .build()
            .start();
    squid = SquidProcess.startSslBump(icap.port(), List.of(CLOUD, ALLOWED), ca);
    client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .sslContext(clientContext(ca.resolve("ca.pem")))
            .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", squid.port())))
            .connectTimeout(Duration.ofSeconds(5))
            .build();
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
    try (java.util.stream.Stream<Path> files = Files.walk(ca)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp directory left behind is harmless
    }
  }

  private HttpResponse<String> post(String host, String path, byte[] body)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create("https://" + host + ":" + origin.port() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void httpsUploadWhenOrderToPersonalCloudThenBumpedAndBlocked() throws Exception {
    HttpResponse<String> r = post(CLOUD, "/upload/https-order", IcapServerSquidTest.orders());

    assertThat(r.statusCode()).as(squid.log()).isEqualTo(403);
    String reference = r.headers().firstValue("X-Kalkan-Incident").orElseThrow();
    assertThat(r.body()).contains("Upload blocked", reference, "AMAZON_ORDER_ID");
    assertThat(incidents).anySatisfy(i -> assertThat(i.reference()).isEqualTo(reference));
    assertThat(origin.receivedAt("/upload/https-order")).isEmpty();
  }

  @Test
  void httpsUploadWhenAllowedDestinationThenArrivesByteForByte() throws Exception {
    byte[] order = IcapServerSquidTest.orders();
    HttpResponse<String> r = post(ALLOWED, "/upload/https-allowed", order);

    assertThat(r.statusCode()).as(squid.log()).isEqualTo(200);
    assertThat(origin.receivedAt("/upload/https-allowed"))
        .singleElement()
        .satisfies(got -> assertThat(got.body()).isEqualTo(order));
  }

  /** A CA (ca.pem, ca.key) and an origin certificate for both test hosts (origin.p12). */
  static void makeCertificates(Path dir) throws IOException {
    DebianPackages.require("/usr/bin/openssl", "openssl");
    String d = dir.toAbsolutePath().toString();
    Files.writeString(
        dir.resolve("origin.ext"),
        "subjectAltName=DNS:"
            + CLOUD
            + ",DNS:"
            + ALLOWED
            + "\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
    openssl(
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-sha256",
        "-days",
        "2",
        "-nodes",
        "-subj",
        "/CN=Kalkan test proxy CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
        "-keyout",
        d + "/ca.key",
        "-out",
        d + "/ca.pem");
    openssl(
        "req",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-subj",
        "/CN=" + CLOUD,
        "-keyout",
        d + "/origin.key",
        "-out",
        d + "/origin.csr");
    openssl(
        "x509",
        "-req",
        "-in",
        d + "/origin.csr",
        "-CA",
        d + "/ca.pem",
        "-CAkey",
        d + "/ca.key",
        "-CAcreateserial",
        "-days",
        "2",
        "-sha256",
        "-extfile",
        d + "/origin.ext",
        "-out",
        d + "/origin.pem");
    openssl(
        "pkcs12",
        "-export",
        "-in",
        d + "/origin.pem",
        "-inkey",
        d + "/origin.key",
        "-out",
        d + "/origin.p12",
        "-passout",
        "pass:kalkan");
    SquidOpenssl.run(List.of("chmod", "-R", "a+rX", d));
  }

  private static void openssl(String... args) {
    List<String> command = new java.util.ArrayList<>(List.of("openssl"));
    command.addAll(List.of(args));
    SquidOpenssl.run(command);
  }

  private static SSLContext serverContext(Path p12) throws IOException, GeneralSecurityException {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(p12)) {
      ks.load(in, "kalkan".toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, "kalkan".toCharArray());
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf.getKeyManagers(), null, null);
    return ctx;
  }

  private static SSLContext clientContext(Path caPem) throws IOException, GeneralSecurityException {
    KeyStore ts = KeyStore.getInstance("PKCS12");
    ts.load(null, null);
    try (InputStream in = Files.newInputStream(caPem)) {
      ts.setCertificateEntry(
          "kalkan-test-ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(ts);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, tmf.getTrustManagers(), null);
    return ctx;
  }
}
