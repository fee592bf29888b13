package dev.kalkan.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.Classification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** The shipped {@code default-policy.yml} decides as docs/POLICY.md says. */
class DefaultPolicyTest {
  private static final Policy DEFAULT = Policy.defaultPolicy();
  private static final Policy CONFIGURED = configured();

  /** The default policy after the operator named the company's domains. */
  private static Policy configured() {
    try {
      return Policy.parse(
          DEFAULT.text() + "lists:\n  internal-domains: [company.example, 10.0.0.0/8]\n");
    } catch (PolicyException e) {
      throw new AssertionError(e);
    }
  }

  /** The written DLP policy in plain Java, independent of the YAML rules. */
  private static Decision expected(DecisionMatrix.Case c) {
    boolean risky =
        switch (c.category()) {
          case "consumer", "unknown" -> true;
          case "internal" -> !c.internalDomainsConfigured();
          default -> false;
        };
    if (risky && c.classification() == Classification.SENSITIVE) {
      return new Decision(
          Action.BLOCK,
          "sensitive-to-risky-destination",
          "-",
          true,
          true,
          List.of(c.destination()));
    }
    if (risky && !c.fullyScanned()) {
      return new Decision(
          Action.BLOCK,
          "unscanned-to-risky-destination",
          "-",
          true,
          false,
          List.of(c.destination()));
    }
    if (risky && c.classification() == Classification.INTERNAL) {
      return new Decision(
          Action.ALERT,
          "internal-to-risky-destination",
          "-",
          true,
          false,
          List.of(c.destination()));
    }
    return new Decision(
        Action.ALLOW, Decision.DEFAULT_RULE_ID, "-", false, false, List.of(c.destination()));
  }

  @ParameterizedTest(name = "{0}")
  @DecisionMatrix(
      roles = {"INTEGRATION", "SALES"},
      destinations = {
        "url https://drive.google.com/drive/u/0/upload consumer",
        "url https://www.dropbox.com/upload consumer",
        "url https://mail.google.com/mail/u/0 consumer",
        "url https://web.whatsapp.com/ consumer",
        "url https://files.slack.com/upload consumer",
        "url https://wetransfer.com/ consumer",
        "host transfer.sh:443 consumer",
        "email jane@gmail.com consumer",
        "url https://share.unknown-files.example/up unknown",
        "url http://203.0.113.7/upload unknown",
        "email buyer@supplier.example unknown",
        "email jane@company.example internal",
        "url http://10.1.2.3/upload internal",
        "email abc123@marketplace.amazon.de amazon",
        "url https://sellercentral.amazon.com/listing/upload amazon",
        "none - none"
      })
  void evaluateWhenAnyCombinationThenAsTheWrittenPolicy(DecisionMatrix.Case c) {
    Policy policy = c.internalDomainsConfigured() ? CONFIGURED : DEFAULT;
    ContentSummary content =
        ContentSummary.scanned(
            c.classification(),
            c.classification() == Classification.PUBLIC ? Map.of() : Map.of("AMAZON_ORDER_ID", 3));
    if (!c.fullyScanned()) {
      content = content.notFullyScanned("encrypted archive");
    }
    DecisionRequest request =
        new DecisionRequest(
            c.channel(),
            c.destination().kind() == Destination.Kind.NONE ? List.of() : List.of(c.destination()),
            Principal.of("p1", c.role()),
            content);

    Decision actual = policy.evaluate(request);
    Decision expected = expected(c);

    assertThat(actual.action()).isEqualTo(expected.action());
    assertThat(actual.ruleId()).isEqualTo(expected.ruleId());
    assertThat(actual.openIncident()).isEqualTo(expected.openIncident());
    assertThat(actual.suspendPrincipal()).isEqualTo(expected.suspendPrincipal());
    assertThat(actual.destinations()).isEqualTo(request.destinations());
  }

  @Test
  void evaluateWhenOneOfSeveralRecipientsExternalThenBlockNamesOnlyThatOne() {
    Destination colleague = Destination.email("bob@company.example");
    Destination personal = Destination.email("jane@gmail.com");
    Destination buyer = Destination.email("x1@marketplace.amazon.com");
    ContentSummary orders =
        ContentSummary.scanned(Classification.SENSITIVE, Map.of("AMAZON_ORDER_ID", 40));

    Decision decision =
        CONFIGURED.evaluate(
            new DecisionRequest(
                Channel.EMAIL, List.of(colleague, personal, buyer), Principal.of("alice"), orders));

    assertThat(decision.action()).isEqualTo(Action.BLOCK);
    assertThat(decision.destinations()).containsExactly(personal);
    assertThat(decision.suspendPrincipal()).isTrue();
    assertThat(decision.reason())
        .isEqualTo(
            "BLOCK by rule sensitive-to-risky-destination (SENSITIVE content to a personal or"
                + " unapproved destination): SENSITIVE content (AMAZON_ORDER_ID x40) from alice by"
                + " EMAIL to jane@gmail.com, in list personal-email-domains (gmail.com)");
  }

  @Test
  void evaluateWhenOperatorApprovesParentOfConsumerServiceThenConsumerServiceStillBlocked()
      throws Exception {
    Policy approved = Policy.parse(DEFAULT.text() + "lists:\n  approved-partners: [google.com]\n");
    ContentSummary orders = ContentSummary.scanned(Classification.SENSITIVE, Map.of());
    Principal alice = Principal.of("alice");

    assertThat(
            approved
                .evaluate(
                    DecisionRequest.of(
                        Channel.WEB_UPLOAD,
                        Destination.url("https://drive.google.com/upload"),
                        alice,
                        orders))
                .action())
        .isEqualTo(Action.BLOCK);
    assertThat(
            approved
                .evaluate(
                    DecisionRequest.of(
                        Channel.WEB_UPLOAD,
                        Destination.url("https://analytics.google.com/upload"),
                        alice,
                        orders))
                .action())
        .isEqualTo(Action.ALLOW);
  }

  @Test
  void evaluateWhenOperatorRemovesSlackFromMessagingThenSlackIsUnknownNotConsumer()
      throws Exception {
    Policy withSlack =
        Policy.parse(
            DEFAULT.text()
                + "lists:\n  messaging: {remove: [slack.com, slack-files.com]}\n"
                + "  approved-partners: [slack.com, slack-files.com]\n");
    ContentSummary orders = ContentSummary.scanned(Classification.SENSITIVE, Map.of());

    Decision decision =
        withSlack.evaluate(
            DecisionRequest.of(
                Channel.WEB_UPLOAD,
                Destination.url("https://files.slack.com/upload"),
                Principal.of("alice"),
                orders));

    assertThat(decision.action()).isEqualTo(Action.ALLOW);
  }

  @Test
  void evaluateWhenHostDisguisedThenUnknownAndStillBlocked() {
    ContentSummary orders =
        ContentSummary.scanned(Classification.SENSITIVE, Map.of("AMAZON_ORDER_ID", 1));
    for (String url :
        List.of(
            "https://dr\u043e\u0440box.com/upload",
            "https://company.example@files.unknown.example/",
            "http://3232235777/upload",
            "https://company.example.evil.example/")) {
      Decision decision =
          CONFIGURED.evaluate(
              DecisionRequest.of(
                  Channel.WEB_UPLOAD, Destination.url(url), Principal.of("alice"), orders));

      assertThat(decision.action()).as(url).isEqualTo(Action.BLOCK);
      assertThat(decision.reason()).as(url).contains("not in list internal-domains");
    }
  }

  @Test
  void docsWhenDefaultPolicyDocumentedThenVerbatim() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "POLICY.md"));

    assertThat(docs).contains(DEFAULT.text());
  }

  @Test
  void defaultPolicyWhenLoadedThenDocumentedRulesInOrder() {
    assertThat(DEFAULT.ruleIds())
        .containsExactly(
            "sensitive-to-risky-destination",
            "unscanned-to-risky-destination",
            "internal-to-risky-destination");
    assertThat(DEFAULT.description()).isEqualTo("Kalkan default policy");
    assertThat(DEFAULT.lists().get("internal-domains")).isEmpty();
  }
}
