package dev.kalkan.icap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.Scanner;
import dev.kalkan.policy.Action;
import dev.kalkan.policy.Policy;
import dev.kalkan.policy.PolicyException;
import dev.kalkan.policy.Principal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class PolicyUploadDeciderTest {
  private static final String ORDER =
      "{\"AmazonOrderId\":\"902-3159896-1390916\",\"BuyerEmail\":\"jane.doe@example.com\"}";
  private final List<PolicyUploadDecider.PolicyIncident> incidents = new CopyOnWriteArrayList<>();

  private static Upload upload(String host, String user, String body, boolean complete) {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    return new Upload(
        Upload.Direction.REQUEST,
        "POST",
        "https://" + host + "/upload",
        host,
        Optional.ofNullable(user),
        Optional.of("10.0.0.7"),
        "application/json",
        List.of(UploadPart.of(UploadPart.Kind.BODY, null, null, "application/json", b)),
        b.length,
        complete);
  }

  private PolicyUploadDecider decider(Policy policy) {
    return new PolicyUploadDecider(Scanner.withDefaults(), policy, incidents::add);
  }

  @Test
  void decideWhenDefaultPolicyAndOrderToPersonalCloudThenBlockWithIncident() {
    UploadVerdict v =
        decider(Policy.defaultPolicy()).decide(upload("drive.google.com", "alice", ORDER, true));

    assertThat(v.action()).isEqualTo(UploadVerdict.Action.BLOCK);
    assertThat(v.reason())
        .isNotBlank()
        .doesNotContain("902-3159896-1390916", "jane.doe@example.com");
    assertThat(v.dataTypes()).contains("AMAZON_ORDER_ID (1)");
    assertThat(incidents)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.reference()).isEqualTo(v.reference());
              assertThat(i.decision().ruleId()).isEqualTo("sensitive-to-risky-destination");
              assertThat(i.decision().action()).isEqualTo(Action.BLOCK);
              assertThat(i.content().count("AMAZON_ORDER_ID")).isEqualTo(1);
            });
  }

  @Test
  void decideWhenDefaultPolicyAndCleanUploadThenAllowWithoutIncident() {
    UploadVerdict v =
        decider(Policy.defaultPolicy())
            .decide(upload("drive.google.com", null, "{\"shelf\":\"aisle 4\"}", true));
    assertThat(v.action()).isEqualTo(UploadVerdict.Action.ALLOW);
    assertThat(incidents).isEmpty();
  }

  @Test
  void decideWhenNotFullyInspectedThenUnscannedRuleBlocks() {
    UploadVerdict v =
        decider(Policy.defaultPolicy()).decide(upload("dropbox.com", null, "{}", false));
    assertThat(v.action()).isEqualTo(UploadVerdict.Action.BLOCK);
    assertThat(incidents)
        .singleElement()
        .satisfies(
            i -> assertThat(i.decision().ruleId()).isEqualTo("unscanned-to-risky-destination"));
  }

  @Test
  void decideWhenUserKnownOrNotThenPrincipalPassedToPolicy() throws PolicyException {
    Policy onlyAliceMayUpload =
        Policy.parse(
            """
            rules:
              - id: alice-uploads
                when:
                  principal: [alice]
                action: ALLOW
              - id: others-redacted
                when:
                  classification: SENSITIVE
                action: REDACT
                incident: true
            default: ALLOW
            """);
    PolicyUploadDecider d = decider(onlyAliceMayUpload);
    assertThat(d.decide(upload("drive.google.com", "alice", ORDER, true)).action())
        .isEqualTo(UploadVerdict.Action.ALLOW);

    UploadVerdict anonymous = d.decide(upload("drive.google.com", null, ORDER, true));
    assertThat(anonymous.action()).isEqualTo(UploadVerdict.Action.REDACT);
    assertThat(new String(anonymous.redactedBody().orElseThrow(), StandardCharsets.UTF_8))
        .contains("[REDACTED:AMAZON_ORDER_ID]")
        .doesNotContain("902-3159896-1390916");
    assertThat(incidents).singleElement().satisfies(i -> assertThat(i.upload().user()).isEmpty());
    assertThat(Principal.anonymous().id()).isEqualTo("anonymous");
  }

  @Test
  void decideWhenResponseThenAllow() {
    byte[] b = ORDER.getBytes(StandardCharsets.UTF_8);
    Upload download =
        new Upload(
            Upload.Direction.RESPONSE,
            "GET",
            "https://drive.google.com/x",
            "drive.google.com",
            Optional.empty(),
            Optional.empty(),
            "application/json",
            List.of(UploadPart.of(UploadPart.Kind.BODY, null, null, null, b)),
            b.length,
            true);
    assertThat(decider(Policy.defaultPolicy()).decide(download).action())
        .isEqualTo(UploadVerdict.Action.ALLOW);
  }
}
