package dev.kalkan.icap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.Scanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Protocol conformance against a third-party ICAP client: {@code c-icap-client} (Debian c-icap).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IcapServerCIcapClientTest {
  private static final String CLIENT = "/usr/bin/c-icap-client";

  private final List<UploadIncident> incidents = new CopyOnWriteArrayList<>();
  private IcapServer server;
  @TempDir Path dir;

  /** What c-icap-client printed and wrote. */
  record Run(int exit, String output, byte[] written) {}

  @BeforeAll
  void start() throws IOException {
    DebianPackages.require(CLIENT, "c-icap");
    server =
        IcapServer.builder(
                ScannerUploadDecider.builder(Scanner.withDefaults())
                    .blockDestination("drive.google.com", "personal cloud storage")
                    .onIncident(incidents::add)
                    .build())
            .port(0)
            .build()
            .start();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private Run run(String... args) throws IOException, InterruptedException {
    Path out = dir.resolve("out-" + System.nanoTime());
    List<String> command =
        new ArrayList<>(List.of(CLIENT, "-i", "127.0.0.1", "-p", Integer.toString(server.port())));
    command.addAll(List.of(args));
    command.addAll(List.of("-v", "-o", out.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] printed = p.getInputStream().readAllBytes();
    if (!p.waitFor(20, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("c-icap-client did not finish: " + command);
    }
    return new Run(
        p.exitValue(),
        new String(printed, StandardCharsets.UTF_8),
        Files.exists(out) ? Files.readAllBytes(out) : null);
  }

  private Path file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  @Test
  void optionsWhenAskedThenClientSees204PreviewAndMethods() throws Exception {
    Run r = run("-s", "reqmod");
    assertThat(r.exit()).isZero();
    assertThat(r.output())
        .contains(
            "Allow 204: Yes",
            "Preview: 4096",
            "Methods: REQMOD",
            "ISTag: " + server.isTag(),
            "Keep alive: Yes");
  }

  @Test
  void reqmodWhenOrderToPersonalCloudThenClientGetsBlockPage() throws Exception {
    Path order = file("order.json", IcapServerSquidTest.orders());
    Run r =
        run(
            "-s",
            "reqmod",
            "-req",
            "http://drive.google.com/upload",
            "-method",
            "POST",
            "-f",
            order.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.output()).contains("HTTP/1.1 403 Forbidden", "X-Kalkan-Incident: KLK-");
    String page = new String(r.written(), StandardCharsets.UTF_8);
    assertThat(page)
        .contains("Upload blocked", "AMAZON_ORDER_ID")
        .doesNotContain("902-1845936-5435065");
    assertThat(incidents).anySatisfy(i -> assertThat(page).contains(i.reference()));
  }

  @Test
  void reqmodWhenCleanAndPreviewThenNoModificationsWith204() throws Exception {
    byte[] clean = new byte[20_000];
    new Random(1).nextBytes(clean);
    Run r =
        run(
            "-s",
            "reqmod",
            "-req",
            "http://files.example/upload",
            "-method",
            "POST",
            "-f",
            file("clean.bin", clean).toString());
    assertThat(r.exit()).isZero();
    assertThat(r.output()).contains("ICAP/1.0 204 No Content");
  }

  @Test
  void reqmodWhenClientDoesNotAllow204ThenBodyEchoedByteForByte() throws Exception {
    byte[] clean = new byte[100_000];
    new Random(2).nextBytes(clean);
    Run r =
        run(
            "-s",
            "reqmod",
            "-req",
            "http://files.example/upload",
            "-method",
            "POST",
            "-no204",
            "-f",
            file("big.bin", clean).toString());
    assertThat(r.exit()).isZero();
    assertThat(r.output())
        .doesNotContain("ICAP/1.0 204")
        .contains("ICAP/1.0 200 OK", "Encapsulated: req-hdr=0, req-body=");
    assertThat(r.written()).isEqualTo(clean);
  }

  @Test
  void reqmodWhenNoPreviewThenStillDecided() throws Exception {
    Path order = file("order2.json", IcapServerSquidTest.orders());
    Run r =
        run(
            "-s",
            "reqmod",
            "-req",
            "http://drive.google.com/upload",
            "-method",
            "POST",
            "-nopreview",
            "-f",
            order.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.output()).contains("HTTP/1.1 403 Forbidden");
  }

  @Test
  void respmodWhenDownloadThenPassed() throws Exception {
    Path order = file("download.json", IcapServerSquidTest.orders());
    Run r =
        run(
            "-s",
            "respmod",
            "-resp",
            "http://drive.google.com/report.json",
            "-f",
            order.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.output()).contains("ICAP/1.0 204 No Content");
  }

  @Test
  void optionsWhenUnknownServiceThenClientReportsError() throws Exception {
    Run r = run("-s", "virus_scan");
    assertThat(r.output()).contains("404");
  }
}
