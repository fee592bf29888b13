package dev.kalkan.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.Classification;
import dev.kalkan.detect.InfoType;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyTest {
  private static final Principal ALICE = Principal.of("alice", "SALES");
  private static final ContentSummary ORDERS =
      ContentSummary.scanned(Classification.SENSITIVE, Map.of("AMAZON_ORDER_ID", 12));
  private static final ContentSummary NOTHING =
      ContentSummary.scanned(Classification.PUBLIC, Map.of());

  /** A policy of one rule {@code r1} that blocks when {@code when} (YAML, indented 6) holds. */
  private static Policy blockWhen(String when) throws PolicyException {
    return Policy.parse(
        "default: ALLOW\nrules:\n  - id: r1\n    action: BLOCK\n    when:\n" + when.indent(6));
  }

  private static Action action(Policy policy, DecisionRequest request) {
    return policy.evaluate(request).action();
  }

  private static DecisionRequest request(Channel channel, Destination destination) {
    return DecisionRequest.of(channel, destination, ALICE, ORDERS);
  }

  private static DecisionRequest request(ContentSummary content) {
    return DecisionRequest.of(Channel.API, Destination.none(), ALICE, content);
  }

  @ParameterizedTest
  @CsvSource({
    "classification: SENSITIVE, SENSITIVE, BLOCK",
    "classification: SENSITIVE, INTERNAL, ALLOW",
    "'classification: [INTERNAL, PUBLIC]', INTERNAL, BLOCK",
    "'classification: [INTERNAL, PUBLIC]', SENSITIVE, ALLOW",
    "minClassification: INTERNAL, SENSITIVE, BLOCK",
    "minClassification: INTERNAL, INTERNAL, BLOCK",
    "minClassification: INTERNAL, PUBLIC, ALLOW",
    "minClassification: internal, PUBLIC, ALLOW"
  })
  void evaluateWhenClassificationConditionThenExactlyOrAtLeast(
      String when, Classification classification, Action expected) throws Exception {
    ContentSummary content = ContentSummary.scanned(classification, Map.of());

    assertThat(action(blockWhen(when), request(content))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "'infoTypes: [EMAIL_ADDRESS, AMAZON_ORDER_ID]', 1, BLOCK",
    "infoTypes: EMAIL_ADDRESS, 1, ALLOW",
    "'counts: {AMAZON_ORDER_ID: 10}', 10, BLOCK",
    "'counts: {AMAZON_ORDER_ID: 10}', 9, ALLOW",
    "'counts: {AMAZON_ORDER_ID: \">= 10\"}', 10, BLOCK",
    "'counts: {AMAZON_ORDER_ID: \"> 10\"}', 10, ALLOW",
    "'counts: {AMAZON_ORDER_ID: \"> 10\"}', 11, BLOCK",
    "'counts: {AMAZON_ORDER_ID: \"< 5\"}', 4, BLOCK",
    "'counts: {AMAZON_ORDER_ID: \"< 5\"}', 5, ALLOW",
    "'counts: {AMAZON_ORDER_ID: \"<= 5\"}', 5, BLOCK",
    "'counts: {AMAZON_ORDER_ID: \"== 3\"}', 3, BLOCK",
    "'counts: {AMAZON_ORDER_ID: \"= 3\"}', 4, ALLOW",
    "'counts: {EMAIL_ADDRESS: \"< 1\"}', 4, BLOCK",
    "'counts: {AMAZON_ORDER_ID: 2, EMAIL_ADDRESS: 1}', 4, ALLOW"
  })
  void evaluateWhenInfoTypeOrCountConditionThenCompared(String when, int orders, Action expected)
      throws Exception {
    ContentSummary content =
        ContentSummary.scanned(Classification.SENSITIVE, Map.of("AMAZON_ORDER_ID", orders));

    assertThat(action(blockWhen(when), request(content))).isEqualTo(expected);
  }

  @Test
  void evaluateWhenZeroCountThenInfoTypeAbsent() throws Exception {
    ContentSummary content =
        ContentSummary.scanned(Classification.PUBLIC, Map.of("AMAZON_ORDER_ID", 0));

    assertThat(action(blockWhen("infoTypes: AMAZON_ORDER_ID"), request(content)))
        .isEqualTo(Action.ALLOW);
  }

  @Test
  void evaluateWhenChannelConditionThenOnlyThoseChannels() throws Exception {
    Policy policy = blockWhen("channel: [EMAIL, web_upload]");

    assertThat(action(policy, request(Channel.EMAIL, Destination.none()))).isEqualTo(Action.BLOCK);
    assertThat(action(policy, request(Channel.WEB_UPLOAD, Destination.none())))
        .isEqualTo(Action.BLOCK);
    assertThat(action(policy, request(Channel.API, Destination.none()))).isEqualTo(Action.ALLOW);
  }

  @Test
  void evaluateWhenPrincipalOrRoleConditionThenIdExactRoleIgnoringCase() throws Exception {
    Policy byId = blockWhen("principal: [alice, anonymous]");
    Policy byRole = blockWhen("role: sales");
    ContentSummary content = ORDERS;

    assertThat(
            byId.evaluate(DecisionRequest.of(Channel.API, Destination.none(), ALICE, content))
                .action())
        .isEqualTo(Action.BLOCK);
    assertThat(
            byId.evaluate(
                    DecisionRequest.of(
                        Channel.API, Destination.none(), Principal.of("Alice"), content))
                .action())
        .isEqualTo(Action.ALLOW);
    assertThat(
            byId.evaluate(
                    DecisionRequest.of(
                        Channel.API, Destination.none(), Principal.anonymous(), content))
                .action())
        .isEqualTo(Action.BLOCK);
    assertThat(
            byRole
                .evaluate(DecisionRequest.of(Channel.API, Destination.none(), ALICE, content))
                .action())
        .isEqualTo(Action.BLOCK);
    assertThat(
            byRole
                .evaluate(
                    DecisionRequest.of(
                        Channel.API, Destination.none(), Principal.of("bob", "SUPPORT"), content))
                .action())
        .isEqualTo(Action.ALLOW);
  }

  @Test
  void evaluateWhenFullyScannedConditionThenOnlyThatState() throws Exception {
    Policy policy = blockWhen("fullyScanned: false");

    assertThat(action(policy, request(NOTHING.notFullyScanned("encrypted archive"))))
        .isEqualTo(Action.BLOCK);
    assertThat(action(policy, request(NOTHING))).isEqualTo(Action.ALLOW);
  }

  @ParameterizedTest
  @CsvSource({
    "domain: dropbox.com, https://dl.dropbox.com/x, BLOCK",
    "domain: dropbox.com, https://notdropbox.com/x, ALLOW",
    "domain: dropbox.com, https://dropbox.com.evil.example/x, ALLOW",
    "domain: dropbox.com, https://user@DROPBOX.COM.:443/x, BLOCK",
    "'domain: [10.0.0.0/8]', http://10.1.2.3/, BLOCK",
    "'domain: [10.0.0.0/8]', http://11.1.2.3/, ALLOW",
    "emailDomain: example.com, https://example.com/, ALLOW",
    "url: dropbox.com/upload/**, https://dropbox.com/upload/a, BLOCK",
    "url: dropbox.com/upload/**, https://dropbox.com/home, ALLOW",
    "list: personal-cloud-storage, https://www.dropbox.com/, BLOCK",
    "list: personal-cloud-storage, https://mail.google.com/, ALLOW",
    "'list: [personal-cloud-storage, webmail]', https://mail.google.com/, BLOCK",
    "kind: URL, https://example.com/, BLOCK",
    "kind: EMAIL, https://example.com/, ALLOW",
    "'{kind: URL, except: {domain: example.com}}', https://www.example.com/, ALLOW",
    "'{kind: URL, except: {domain: example.com}}', https://example.org/, BLOCK"
  })
  void evaluateWhenDestinationConditionOnUrlThenMatched(
      String condition, String url, Action expected) throws Exception {
    Policy policy =
        blockWhen(
            "destination: " + (condition.startsWith("{") ? condition : "{" + condition + "}"));

    assertThat(action(policy, request(Channel.WEB_UPLOAD, Destination.url(url))))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "emailDomain: example.com, jane@mail.example.com, BLOCK",
    "emailDomain: example.com, jane@example.com.evil.example, ALLOW",
    "domain: Example.COM., jane@EXAMPLE.com, BLOCK",
    "list: personal-email-domains, jane@GMail.com, BLOCK",
    "list: personal-email-domains, jane@company.example, ALLOW",
    "url: example.com/**, jane@example.com, ALLOW",
    "'kind: [EMAIL]', jane@example.com, BLOCK",
    "'{kind: EMAIL, except: {list: internal-domains}}', jane@example.com, BLOCK"
  })
  void evaluateWhenDestinationConditionOnEmailThenMatched(
      String condition, String address, Action expected) throws Exception {
    Policy policy =
        blockWhen(
            "destination: " + (condition.startsWith("{") ? condition : "{" + condition + "}"));

    assertThat(action(policy, request(Channel.EMAIL, Destination.email(address))))
        .isEqualTo(expected);
  }

  @Test
  void evaluateWhenSeveralDestinationAlternativesThenAnyMatches() throws Exception {
    Policy policy =
        blockWhen("destination:\n  - domain: dropbox.com\n  - emailDomain: gmail.com\n");

    assertThat(action(policy, request(Channel.API, Destination.url("https://dropbox.com/"))))
        .isEqualTo(Action.BLOCK);
    assertThat(action(policy, request(Channel.EMAIL, Destination.email("a@gmail.com"))))
        .isEqualTo(Action.BLOCK);
    assertThat(action(policy, request(Channel.EMAIL, Destination.email("a@example.com"))))
        .isEqualTo(Action.ALLOW);
    assertThat(action(policy, request(Channel.API, Destination.none()))).isEqualTo(Action.ALLOW);
  }

  @Test
  void evaluateWhenSeveralRulesMatchThenFirstWins() throws Exception {
    Policy policy =
        Policy.parse(
            """
            default: BLOCK
            rules:
              - id: allow-security
                when: {role: SECURITY_ANALYST}
                action: ALLOW
              - id: redact-orders
                when: {infoTypes: AMAZON_ORDER_ID}
                action: REDACT
            """);

    Decision analyst =
        policy.evaluate(
            DecisionRequest.of(
                Channel.API, Destination.none(), Principal.of("sam", "security_analyst"), ORDERS));
    Decision sales = policy.evaluate(request(ORDERS));
    Decision other = policy.evaluate(request(NOTHING));

    assertThat(analyst.action()).isEqualTo(Action.ALLOW);
    assertThat(analyst.ruleId()).isEqualTo("allow-security");
    assertThat(sales.action()).isEqualTo(Action.REDACT);
    assertThat(sales.ruleId()).isEqualTo("redact-orders");
    assertThat(sales.openIncident()).isFalse();
    assertThat(other.action()).isEqualTo(Action.BLOCK);
    assertThat(other.ruleId()).isEqualTo(Decision.DEFAULT_RULE_ID);
    assertThat(other.openIncident()).isTrue();
    assertThat(other.suspendPrincipal()).isFalse();
  }

  @Test
  void evaluateWhenRuleHasNoWhenThenMatchesEverything() throws Exception {
    Policy policy = Policy.parse("default: ALLOW\nrules:\n  - id: all\n    action: ALERT\n");

    Decision decision = policy.evaluate(request(NOTHING));

    assertThat(decision.action()).isEqualTo(Action.ALERT);
    assertThat(decision.openIncident()).isFalse();
  }

  @Test
  void evaluateWhenRecipientsGetDifferentActionsThenMostSevereWinsWithItsDestinations()
      throws Exception {
    Policy policy =
        Policy.parse(
            """
            default: ALLOW
            rules:
              - id: alert-partner
                when: {destination: {emailDomain: partner.example}}
                action: ALERT
                incident: true
              - id: redact-gmail
                when: {destination: {emailDomain: gmail.com}}
                action: REDACT
              - id: block-yahoo
                when: {destination: {emailDomain: yahoo.com}}
                action: BLOCK
                suspend: true
            """);
    Destination internal = Destination.email("a@company.example");
    Destination partner = Destination.email("b@partner.example");
    Destination gmail1 = Destination.email("c@gmail.com");
    Destination gmail2 = Destination.email("d@gmail.com");
    Destination yahoo = Destination.email("e@yahoo.com");

    Decision redact =
        policy.evaluate(
            new DecisionRequest(
                Channel.EMAIL, List.of(internal, gmail1, partner, gmail2), ALICE, ORDERS));
    Decision block =
        policy.evaluate(
            new DecisionRequest(Channel.EMAIL, List.of(gmail1, yahoo, partner), ALICE, ORDERS));
    Decision allow =
        policy.evaluate(new DecisionRequest(Channel.EMAIL, List.of(internal), ALICE, ORDERS));

    assertThat(redact.action()).isEqualTo(Action.REDACT);
    assertThat(redact.ruleId()).isEqualTo("redact-gmail");
    assertThat(redact.destinations()).containsExactly(gmail1, gmail2);
    assertThat(redact.openIncident()).as("the partner's ALERT opens one").isTrue();
    assertThat(redact.suspendPrincipal()).isFalse();
    assertThat(redact.reason()).contains("to c@gmail.com", "and 1 more destination");
    assertThat(block.action()).isEqualTo(Action.BLOCK);
    assertThat(block.ruleId()).isEqualTo("block-yahoo");
    assertThat(block.destinations()).containsExactly(yahoo);
    assertThat(block.suspendPrincipal()).isTrue();
    assertThat(allow.action()).isEqualTo(Action.ALLOW);
    assertThat(allow.destinations()).containsExactly(internal);
  }

  @Test
  void evaluateWhenNoDestinationsThenDecidedAsNoneAndListsNone() throws Exception {
    Policy policy = blockWhen("destination: {kind: NONE}");

    Decision decision = policy.evaluate(new DecisionRequest(Channel.API, List.of(), ALICE, ORDERS));

    assertThat(decision.action()).isEqualTo(Action.BLOCK);
    assertThat(decision.destinations()).isEmpty();
    assertThat(decision.reason()).contains("to no destination");
  }

  @Test
  void evaluateWhenDecidedThenReasonNamesRuleContentAndWhyButNoValues() throws Exception {
    Policy policy =
        Policy.parse(
            """
            default: ALLOW
            rules:
              - id: no-cloud
                description: no personal cloud storage
                when:
                  destination: {list: personal-cloud-storage}
                action: BLOCK
            """);
    ContentSummary content =
        ContentSummary.scanned(
                Classification.SENSITIVE, Map.of("AMAZON_ORDER_ID", 12, "EMAIL_ADDRESS", 1))
            .notFullyScanned("encrypted archive");

    Decision decision =
        policy.evaluate(
            DecisionRequest.of(
                Channel.WEB_UPLOAD,
                Destination.url("https://u:pw@dl.Dropbox.com/up?name=jane@example.com"),
                ALICE,
                content));

    assertThat(decision.reason())
        .isEqualTo(
            "BLOCK by rule no-cloud (no personal cloud storage): SENSITIVE content"
                + " (AMAZON_ORDER_ID x12, EMAIL_ADDRESS x1), not fully scanned (encrypted archive)"
                + " from alice by WEB_UPLOAD to https://dl.dropbox.com/up, in list"
                + " personal-cloud-storage (dropbox.com)");
    assertThat(policy.evaluate(request(NOTHING)).reason())
        .isEqualTo(
            "ALLOW by the policy's default (no rule matched): PUBLIC content from alice by API to"
                + " no destination");
  }

  @Test
  void evaluateWhenExceptMatchesThenReasonSaysWhatItIsNot() throws Exception {
    Policy policy =
        blockWhen(
            "destination: {kind: EMAIL, except: {list: [internal-domains, approved-partners]}}");

    Decision decision = policy.evaluate(request(Channel.EMAIL, Destination.email("x@gmail.com")));

    assertThat(decision.reason())
        .endsWith("to x@gmail.com, not in list internal-domains or approved-partners");
  }

  @Test
  void listsWhenPolicyReplacesAddsAndRemovesThenRulesSeeTheResult() throws Exception {
    Policy policy =
        Policy.parse(
            """
            default: ALLOW
            lists:
              internal-domains: [Company.Example, 10.0.0.0/8]
              personal-cloud-storage:
                add: [cloud.example]
                remove: [box.com]
              partners: [partner.example]
            rules:
              - id: r1
                when:
                  destination:
                    list: [personal-cloud-storage, partners]
                action: BLOCK
            """);

    assertThat(policy.lists().get("internal-domains"))
        .containsExactly("company.example", "10.0.0.0/8");
    assertThat(policy.lists().get("personal-cloud-storage"))
        .contains("cloud.example", "dropbox.com")
        .doesNotContain("box.com");
    assertThat(policy.lists()).containsKey("webmail").containsKey("partners");
    assertThat(Policy.builtInLists().get("personal-cloud-storage")).contains("box.com");
    assertThat(
            action(
                policy, request(Channel.WEB_UPLOAD, Destination.url("https://a.cloud.example/"))))
        .isEqualTo(Action.BLOCK);
    assertThat(action(policy, request(Channel.WEB_UPLOAD, Destination.url("https://app.box.com/"))))
        .isEqualTo(Action.ALLOW);
    assertThat(action(policy, request(Channel.EMAIL, Destination.email("p@partner.example"))))
        .isEqualTo(Action.BLOCK);
  }

  @Test
  void toYamlWhenParsedAgainThenEqualPolicy() throws Exception {
    String yaml =
        """
        # comments are kept in text(), not in toYaml()
        description: "every feature: once"
        lists:
          internal-domains: [company.example]
          webmail: {add: [mail.example], remove: [mail.google.com]}
          partners: [partner.example, 192.168.0.0/16]
        rules:
          - id: r1
            description: 'quotes '' and # hashes'
            when:
              classification: [SENSITIVE, INTERNAL]
              minClassification: INTERNAL
              infoTypes: [AMAZON_ORDER_ID, EMAIL_ADDRESS]
              counts: {AMAZON_ORDER_ID: 10, EMAIL_ADDRESS: "< 3", IBAN_CODE: "== 0"}
              channel: [EMAIL, WEB_UPLOAD]
              principal: [alice, "true", "10"]
              role: [SALES]
              fullyScanned: true
              destination:
                - {list: [webmail, partners]}
                - {domain: dropbox.com, kind: [URL, HOST]}
                - {emailDomain: gmail.com}
                - {url: ['*.example.com/up/**', 'x.example/a b']}
                - {kind: EMAIL, except: {list: internal-domains, except: {domain: x.example}}}
            action: REDACT
            incident: true
          - id: r2
            action: ALERT
        default: {action: BLOCK, description: fail closed, incident: false}
        """;
    Policy policy = Policy.parse(yaml);

    Policy again = Policy.parse(policy.toYaml());

    assertThat(again).isEqualTo(policy).hasSameHashCodeAs(policy);
    assertThat(again.toYaml()).isEqualTo(policy.toYaml());
    assertThat(policy.text()).isEqualTo(yaml);
    assertThat(policy.description()).isEqualTo("every feature: once");
    assertThat(policy.ruleIds()).containsExactly("r1", "r2");
    assertThat(Policy.parse(Policy.defaultPolicy().toYaml())).isEqualTo(Policy.defaultPolicy());
  }

  @Test
  void equalsWhenRuleDiffersThenNotEqual() throws Exception {
    assertThat(blockWhen("channel: EMAIL")).isEqualTo(blockWhen("channel: [email]"));
    assertThat(blockWhen("channel: EMAIL")).isNotEqualTo(blockWhen("channel: API"));
    assertThat(Policy.parse("default: ALLOW")).isNotEqualTo(Policy.parse("default: BLOCK"));
  }

  @Property(tries = 400)
  void evaluateWhenAnyRequestThenNeverThrowsAndSameDecisionTwice(
      @ForAll("requests") DecisionRequest request) {
    for (Policy policy : List.of(Policy.defaultPolicy(), FEATURES)) {
      Decision first = policy.evaluate(request);
      Decision second = policy.evaluate(request);

      assertThat(second).isEqualTo(first);
      assertThat(first.destinations()).isSubsetOf(request.destinations());
      assertThat(!first.suspendPrincipal() || first.openIncident()).isTrue();
    }
  }

  private static final Policy FEATURES = features();

  private static Policy features() {
    try {
      return Policy.parse(
          """
          default: ALERT
          lists:
            internal-domains: [company.example, 10.0.0.0/8, "fd00::/8"]
          rules:
            - id: many-orders
              when: {counts: {AMAZON_ORDER_ID: "> 5"}, channel: [EMAIL, API]}
              action: BLOCK
              suspend: true
            - id: uploads
              when:
                destination:
                  - {url: ['**/upload/**', '*.example/?']}
                  - {kind: [HOST, NONE], except: {list: internal-domains}}
              action: REDACT
            - id: admins
              when: {role: ADMIN, minClassification: INTERNAL}
              action: ALLOW
          """);
    } catch (PolicyException e) {
      throw new AssertionError(e);
    }
  }

  @Provide
  Arbitrary<DecisionRequest> requests() {
    Arbitrary<String> label =
        Arbitraries.of("dropbox", "company", "gmail", "example", "xn--bcher-kva", "a-b", "1");
    Arbitrary<String> host =
        label.list().ofMinSize(1).ofMaxSize(4).map(labels -> String.join(".", labels) + ".com");
    Arbitrary<String> path = Arbitraries.strings().withChars("/aub%2Fload?#@\\é*").ofMaxLength(30);
    Arbitrary<Destination> url =
        Combinators.combine(
                Arbitraries.of("https://", "http://u:p@", "//", ""),
                host,
                Arbitraries.of("", ":8443", ":1"),
                path)
            .as((scheme, h, port, p) -> Destination.url(scheme + h + port + "/" + p));
    Arbitrary<Destination> ip =
        Arbitraries.integers()
            .between(0, 255)
            .list()
            .ofSize(4)
            .map(
                parts ->
                    Destination.url(
                        "http://"
                            + parts.get(0)
                            + "."
                            + parts.get(1)
                            + "."
                            + parts.get(2)
                            + "."
                            + parts.get(3)
                            + "/"));
    Arbitrary<Destination> email = host.map(h -> Destination.email("jane@" + h));
    Arbitrary<Destination> destination =
        Arbitraries.oneOf(
            url,
            ip,
            email,
            host.map(Destination::host),
            Arbitraries.just(Destination.none()),
            Arbitraries.just(Destination.url("http://[fd00::1]/")));
    Arbitrary<Map<String, Integer>> counts =
        Arbitraries.maps(
                Arbitraries.of(InfoType.builtIns()).map(InfoType::name),
                Arbitraries.integers().between(0, 1000))
            .ofMaxSize(4);
    Arbitrary<ContentSummary> content =
        Combinators.combine(
                Arbitraries.of(Classification.class), counts, Arbitraries.of(true, false))
            .as(
                (c, n, full) -> {
                  ContentSummary summary = ContentSummary.scanned(c, n);
                  return full ? summary : summary.notFullyScanned("too large");
                });
    Arbitrary<Principal> principal =
        Combinators.combine(
                Arbitraries.of("alice", "bob", Principal.ANONYMOUS_ID),
                Arbitraries.of("ADMIN", "admin", "SALES", "INTEGRATION").set().ofMaxSize(2))
            .as(Principal::new);
    return Combinators.combine(
            Arbitraries.of(Channel.class), destination.list().ofMaxSize(4), principal, content)
        .as(DecisionRequest::new);
  }

  @Property(tries = 200)
  void parseWhenGeneratedPolicyThenRoundTripsAndEvaluatesAnyRequest(
      @ForAll("policies") String yaml, @ForAll("requests") DecisionRequest request)
      throws PolicyException {
    Policy policy = Policy.parse(yaml);

    assertThat(Policy.parse(policy.toYaml())).isEqualTo(policy);
    assertThat(policy.evaluate(request)).isEqualTo(policy.evaluate(request));
  }

  @Provide
  Arbitrary<String> policies() {
    Arbitrary<String> condition =
        Arbitraries.of(
            "classification: [SENSITIVE, PUBLIC]",
            "minClassification: INTERNAL",
            "infoTypes: [AMAZON_ORDER_ID, EMAIL_ADDRESS]",
            "counts: {AMAZON_ORDER_ID: \"<= 7\", PERSON_NAME: 1}",
            "channel: [API, EMAIL]",
            "principal: [alice, anonymous]",
            "role: admin",
            "fullyScanned: false",
            "destination: {list: [webmail, partners]}",
            "destination: [{domain: [dropbox.com, 10.0.0.0/8]}, {emailDomain: gmail.com}]",
            "destination: {url: ['**/upload/**'], kind: URL}",
            "destination: {kind: [EMAIL, NONE], except: {list: internal-domains}}");
    Arbitrary<String> outcome =
        Arbitraries.of(
            "action: ALLOW",
            "action: ALERT",
            "action: ALERT\n    incident: true",
            "action: REDACT",
            "action: BLOCK\n    incident: false",
            "action: BLOCK\n    suspend: true");
    Arbitrary<String> rule =
        Combinators.combine(
                condition.list().uniqueElements(c -> c.substring(0, c.indexOf(':'))).ofMaxSize(4),
                outcome)
            .as(
                (conditions, then) ->
                    (conditions.isEmpty()
                            ? ""
                            : "    when:\n"
                                + conditions.stream()
                                    .map(c -> "      " + c + "\n")
                                    .reduce("", String::concat))
                        + "    "
                        + then
                        + "\n");
    Arbitrary<String> fallback =
        Arbitraries.of("ALLOW", "BLOCK", "{action: ALERT, incident: true}", "REDACT");
    return Combinators.combine(rule.list().ofMaxSize(5), fallback, Arbitraries.of(true, false))
        .as(
            (rules, otherwise, lists) -> {
              StringBuilder yaml = new StringBuilder("default: " + otherwise + "\n");
              yaml.append("lists:\n  partners: [partner.example]\n");
              if (lists) {
                yaml.append("  internal-domains: [company.example]\n");
                yaml.append(
                    "  webmail: {add: [mail.company.example], remove: [mail.google.com]}\n");
              }
              if (!rules.isEmpty()) {
                yaml.append("rules:\n");
                for (int i = 0; i < rules.size(); i++) {
                  yaml.append("  - id: r").append(i).append('\n').append(rules.get(i));
                }
              }
              return yaml.toString();
            });
  }
}
