package dev.kalkan.icap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalkan.detect.Classification;
import dev.kalkan.detect.Scanner;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ScannerUploadDeciderTest {
  private static final String ORDER =
      "{\"AmazonOrderId\":\"902-3159896-1390916\",\"BuyerEmail\":\"jane.doe@example.com\"}";
  private final List<UploadIncident> incidents = new CopyOnWriteArrayList<>();

  private ScannerUploadDecider.Builder decider() {
    return ScannerUploadDecider.builder(Scanner.withDefaults())
        .blockDestination("drive.google.com", "personal cloud storage")
        .blockDestination("dropbox.com", "personal cloud storage")
        .onIncident(incidents::add);
  }

  private static Upload upload(String host, String type, String body, boolean complete) {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    return new Upload(
        Upload.Direction.REQUEST,
        "POST",
        "http://" + host + "/up",
        host,
        Optional.of("alice"),
        Optional.of("10.0.0.7"),
        type,
        List.of(UploadPart.of(UploadPart.Kind.BODY, null, null, type, b)),
        b.length,
        complete);
  }

  @Test
  void decideWhenOrderToBlockedDestinationThenBlockWithTypesAndIncident() {
    UploadVerdict v =
        decider().build().decide(upload("drive.google.com", "application/json", ORDER, true));
    assertThat(v.action()).isEqualTo(UploadVerdict.Action.BLOCK);
    assertThat(v.reference()).matches("KLK-[A-Z2-9]{10}");
    assertThat(v.reason())
        .isEqualTo("personal data and Amazon Information to personal cloud storage");
    assertThat(v.dataTypes()).containsExactly("AMAZON_ORDER_ID (1)", "EMAIL_ADDRESS (1)");
    assertThat(incidents)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.reference()).isEqualTo(v.reference());
              assertThat(i.user()).contains("alice");
              assertThat(i.clientIp()).contains("10.0.0.7");
              assertThat(i.findings()).containsEntry("AMAZON_ORDER_ID", 1);
              assertThat(i.toString())
                  .doesNotContain("902-3159896-1390916", "jane.doe@example.com");
            });
  }

  @Test
  void decideWhenSubdomainOfBlockedSuffixThenBlocked() {
    assertThat(
            decider()
                .build()
                .decide(upload("content.dropbox.com", "application/json", ORDER, true))
                .action())
        .isEqualTo(UploadVerdict.Action.BLOCK);
    assertThat(
            decider()
                .build()
                .decide(upload("notdropbox.com", "application/json", ORDER, true))
                .action())
        .isEqualTo(UploadVerdict.Action.ALLOW);
  }

  @Test
  void decideWhenAllowedDestinationOrNoDataThenAllow() {
    ScannerUploadDecider d = decider().build();
    assertThat(
            d.decide(upload("sellercentral.amazon.com", "application/json", ORDER, true)).action())
        .isEqualTo(UploadVerdict.Action.ALLOW);
    assertThat(
            d.decide(
                    upload(
                        "drive.google.com",
                        "text/plain",
                        "quarterly shelf plan, no customers",
                        true))
                .action())
        .isEqualTo(UploadVerdict.Action.ALLOW);
    assertThat(incidents).isEmpty();
  }

  @Test
  void decideWhenOnlyPublicDataThenAllowUnlessThresholdLowered() {
    String asins = "B07XJ8C8F5 B08N5WRWNW";
    assertThat(
            decider()
                .build()
                .decide(upload("drive.google.com", "text/plain", asins, true))
                .action())
        .isEqualTo(UploadVerdict.Action.ALLOW);
    assertThat(
            decider()
                .minClassification(Classification.PUBLIC)
                .build()
                .decide(upload("drive.google.com", "text/plain", asins, true))
                .action())
        .isEqualTo(UploadVerdict.Action.BLOCK);
  }

  @Test
  void decideWhenNotFullyInspectedThenBlockedAnywhereUnlessConfigured() {
    Upload partial = upload("files.corp.example", "application/octet-stream", "prefix", false);
    UploadVerdict v = decider().build().decide(partial);
    assertThat(v.action()).isEqualTo(UploadVerdict.Action.BLOCK);
    assertThat(v.reason()).contains("could not be fully inspected");
    assertThat(decider().blockUnscannable(false).build().decide(partial).action())
        .isEqualTo(UploadVerdict.Action.ALLOW);
  }

  @Test
  void decideWhenRedactingJsonThenFindingsMaskedInBody() {
    UploadVerdict v =
        decider()
            .redact(true)
            .build()
            .decide(upload("drive.google.com", "application/json; charset=utf-8", ORDER, true));
    assertThat(v.action()).isEqualTo(UploadVerdict.Action.REDACT);
    assertThat(new String(v.redactedBody().orElseThrow(), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"AmazonOrderId\":\"[REDACTED:AMAZON_ORDER_ID]\",\"BuyerEmail\":\"[REDACTED:EMAIL_ADDRESS]\"}");
    assertThat(incidents)
        .singleElement()
        .satisfies(i -> assertThat(i.action()).isEqualTo(UploadVerdict.Action.REDACT));
  }

  @Test
  void decideWhenRedactingButFormatNotRewritableThenBlock() {
    UploadVerdict v =
        decider()
            .redact(true)
            .build()
            .decide(upload("drive.google.com", "application/pdf", ORDER, true));
    assertThat(v.action()).isEqualTo(UploadVerdict.Action.BLOCK);
  }

  @Test
  void decideWhenResponseThenAllow() {
    byte[] b = ORDER.getBytes(StandardCharsets.UTF_8);
    Upload download =
        new Upload(
            Upload.Direction.RESPONSE,
            "GET",
            "http://drive.google.com/x",
            "drive.google.com",
            Optional.empty(),
            Optional.empty(),
            "application/json",
            List.of(UploadPart.of(UploadPart.Kind.BODY, null, null, null, b)),
            b.length,
            true);
    assertThat(decider().build().decide(download).action()).isEqualTo(UploadVerdict.Action.ALLOW);
  }

  @Test
  void blockDestinationWhenNotAHostSuffixThenRejected() {
    assertThatThrownBy(() -> decider().blockDestination("http://x", "y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("http://x");
  }
}
