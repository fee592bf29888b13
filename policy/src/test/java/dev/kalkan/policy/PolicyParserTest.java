package dev.kalkan.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kalkan.detect.Category;
import dev.kalkan.detect.Classification;
import dev.kalkan.detect.InfoType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyParserTest {

  static String example() throws IOException {
    try (InputStream in = PolicyParserTest.class.getResourceAsStream("policy.example.yml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void parseWhenDocumentedExampleThenEveryPartRead() throws Exception {
    Policy policy = Policy.parse("policy.example.yml", example(), List.of());
    ContentSummary orders =
        ContentSummary.scanned(Classification.SENSITIVE, Map.of("AMAZON_ORDER_ID", 101));
    ContentSummary fewOrders =
        ContentSummary.scanned(Classification.SENSITIVE, Map.of("AMAZON_ORDER_ID", 3));
    Principal alice = Principal.of("alice", "SALES");

    assertThat(policy.description()).isEqualTo("Example Seller Ltd, DLP policy 2026-12");
    assertThat(policy.ruleIds())
        .containsExactly(
            "security-team",
            "bulk-order-export",
            "credentials-outside",
            "tax-filing",
            "unscannable-upload",
            "pii-external-email");
    assertThat(policy.lists().get("tax-authorities")).containsExactly("hmrc.gov.uk", "elster.de");
    assertThat(policy.lists().get("messaging")).doesNotContain("slack.com").contains("discord.com");
    Decision bulk =
        policy.evaluate(
            DecisionRequest.of(
                Channel.EMAIL, Destination.email("bob@example-seller.com"), alice, orders));
    assertThat(bulk.action()).isEqualTo(Action.BLOCK);
    assertThat(bulk.suspendPrincipal()).isTrue();
    assertThat(
            policy
                .evaluate(
                    DecisionRequest.of(
                        Channel.EMAIL,
                        Destination.email("bob@example-seller.com"),
                        Principal.of("sam", "security_analyst"),
                        orders))
                .action())
        .isEqualTo(Action.ALLOW);
    assertThat(
            policy
                .evaluate(
                    DecisionRequest.of(
                        Channel.WEB_UPLOAD,
                        Destination.url("https://www.tax.hmrc.gov.uk/submissions/vat/2026"),
                        alice,
                        fewOrders))
                .action())
        .isEqualTo(Action.REDACT);
    Decision external =
        policy.evaluate(
            DecisionRequest.of(Channel.EMAIL, Destination.email("x@gmail.com"), alice, fewOrders));
    assertThat(external.action()).isEqualTo(Action.ALERT);
    assertThat(external.openIncident()).isTrue();
    Decision unscanned =
        policy.evaluate(
            DecisionRequest.of(
                Channel.WEB_UPLOAD,
                Destination.url("https://files.example.net/up"),
                alice,
                ContentSummary.scanned(Classification.PUBLIC, Map.of())
                    .notFullyScanned("encrypted archive")));
    assertThat(unscanned.action()).isEqualTo(Action.BLOCK);
    assertThat(unscanned.openIncident()).isFalse();
  }

  @Test
  void docsWhenPolicyFormatDocumentedThenExampleAndShippedListsVerbatim() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "POLICY.md"));
    String lists;
    try (InputStream in = Policy.class.getResourceAsStream("builtin-lists.yml")) {
      lists = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(docs).contains(example()).contains(lists);
  }

  static Stream<Arguments> invalidPolicies() {
    return Stream.of(
        Arguments.of("", "policy: empty policy: a policy needs at least 'default'"),
        Arguments.of(
            "# only a comment\n", "policy: empty policy: a policy needs at least 'default'"),
        Arguments.of("- ALLOW\n", "policy:1:1: a policy must be a mapping, found a list"),
        Arguments.of(
            "rules: []\n",
            "policy:1:1: missing 'default': a policy must say what happens when no rule matches"
                + " (such as 'default: ALLOW')"),
        Arguments.of(
            "default: ALLOW\nrulez: []\n",
            "policy:2:1: unknown key 'rulez' in a policy (did you mean rules?)"),
        Arguments.of(
            "default: ALLOW\ncolour: red\n",
            "policy:2:1: unknown key 'colour' in a policy; expected one of description, lists,"
                + " rules, default"),
        Arguments.of(
            "default: PERMIT\n",
            "policy:1:10: invalid action 'PERMIT': expected one of ALLOW, ALERT, REDACT, BLOCK"),
        Arguments.of("default: BLOK\n", "policy:1:10: invalid action 'BLOK' (did you mean BLOCK?)"),
        Arguments.of(
            "default:\n  action: ALLOW\n  incident: true\n",
            "policy:3:13: ALLOW opens no incident: use ALERT to allow with an incident"),
        Arguments.of(
            "default:\n  incident: true\n",
            "policy:2:3: 'default' needs an 'action':" + " ALLOW, ALERT, REDACT or BLOCK"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: r1\n    action: BLOCK\n  - id: r1\n    action: ALERT\n",
            "policy:5:9: duplicate rule id 'r1' (first at line 3)"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - action: BLOCK\n", "policy:3:5: a rule needs an 'id'"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: default\n    action: BLOCK\n",
            "policy:3:9: rule id 'default' is reserved for the policy's default"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: 'r 1'\n    action: BLOCK\n",
            "policy:3:9: invalid rule id 'r 1': use letters, digits, '.', '_' and '-', such as"
                + " 'r1'"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: r1\n",
            "policy:3:5: rule 'r1' needs an 'action': ALLOW, ALERT, REDACT or BLOCK"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: r1\n    action: BLOCK\n    incident: false\n"
                + "    suspend: true\n",
            "policy:6:14: 'suspend: true' needs 'incident: true': the suspension is recorded in"
                + " the incident"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: r1\n    action: BLOCK\n    suspend: yes\n",
            "policy:5:14: 'suspend' must be true or false, found 'yes'"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: r1\n    action: BLOCK\n    when:\n"
                + "      infoTypes: [AMAZON_ORDER_ID, EMAIL_ADRESS]\n",
            "policy:6:36: unknown infoType 'EMAIL_ADRESS' (did you mean EMAIL_ADDRESS?)"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: r1\n    action: BLOCK\n    when:\n"
                + "      counts:\n        ORDER_NUMBER: 10\n",
            "policy:7:9: unknown infoType 'ORDER_NUMBER' (infoType names are upper-case, such as"
                + " AMAZON_ORDER_ID)"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: r1\n    action: BLOCK\n    when:\n"
                + "      counts:\n        AMAZON_ORDER_ID: many\n",
            "policy:7:26: count of AMAZON_ORDER_ID must be a number (at least) or a quoted"
                + " comparison such as \">= 10\", found 'many'"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: r1\n    action: BLOCK\n    when:\n"
                + "      clasification: SENSITIVE\n",
            "policy:6:7: unknown key 'clasification' in 'when' (did you mean classification?)"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: r1\n    action: BLOCK\n    when:\n"
                + "      classification: SECRET\n",
            "policy:6:23: invalid classification 'SECRET': expected one of PUBLIC, INTERNAL,"
                + " SENSITIVE"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: r1\n    action: BLOCK\n    when:\n"
                + "      channel: []\n",
            "policy:6:16: 'channel' must not be an empty list"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: r1\n    action: BLOCK\n    when:\n"
                + "      counts: {}\n",
            "policy:6:15: 'counts' must not be empty"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: r1\n    action: BLOCK\n    when:\n"
                + "      destination: []\n",
            "policy:6:20: 'destination' must not be empty"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: r1\n    action: BLOCK\n    when:\n"
                + "      destination:\n        except: {domain: []}\n",
            "policy:7:26: 'domain' must not be an empty list"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: r1\n    action: BLOCK\n    when:\n"
                + "      channel: FAX\n",
            "policy:6:16: invalid channel 'FAX': expected one of API, WEB_UPLOAD, EMAIL"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: r1\n    action: BLOCK\n    when:\n"
                + "      destination:\n        list: webmial\n",
            "policy:7:15: unknown list 'webmial' (did you mean webmail?)"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: r1\n    action: BLOCK\n    when:\n"
                + "      destination:\n        list: partners\n",
            "policy:7:15: unknown list 'partners'; known lists: amazon-seller-services,"
                + " approved-partners, file-sharing, internal-domains, messaging,"
                + " personal-cloud-storage, personal-email-domains, webmail"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: r1\n    action: BLOCK\n    when:\n"
                + "      destination:\n        domains: [dropbox.com]\n",
            "policy:7:9: unknown key 'domains' in 'destination' (did you mean domain?)"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: r1\n    action: BLOCK\n    when:\n"
                + "      destination: {}\n",
            "policy:6:20: 'destination' needs at least one of kind, list, domain, emailDomain,"
                + " url, except"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: r1\n    action: BLOCK\n    when:\n"
                + "      destination:\n        domain: https://dropbox.com/\n",
            "policy:7:17: invalid entry in 'domain': 'https://dropbox.com/' is not a domain or IP"
                + " address (write just the host, like dropbox.com)"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: r1\n    action: BLOCK\n    when:\n"
                + "      destination:\n        url: https://dropbox.com/**\n",
            "policy:7:14: URL patterns match host and path: write 'dropbox.com/**' without the"
                + " scheme"),
        Arguments.of(
            "default: ALLOW\nrules:\n  - id: r1\n    action: BLOCK\n    when:\n"
                + "      destination:\n        kind: FTP\n",
            "policy:7:15: invalid kind 'FTP': expected one of URL, EMAIL, HOST, NONE"),
        Arguments.of(
            "default: ALLOW\nlists:\n  My_List: [a.example]\n",
            "policy:3:3: invalid list name 'My_List': use lower-case letters, digits and '-', such"
                + " as 'my-partners'"),
        Arguments.of(
            "default: ALLOW\nlists:\n  partners:\n    add: [a.example]\n",
            "policy:3:3: 'add' and 'remove' change a built-in list, and 'partners' is not one;"
                + " define a new list with a list of entries"),
        Arguments.of(
            "default: ALLOW\nlists:\n  webmail:\n    remove: [mail.example]\n",
            "policy:4:14: 'mail.example' is not in built-in list 'webmail'"),
        Arguments.of(
            "default: ALLOW\nlists:\n  webmail:\n    delete: [mail.google.com]\n",
            "policy:4:5: unknown key 'delete' in list 'webmail'; expected one of add, remove"),
        Arguments.of(
            "default: ALLOW\nlists:\n  internal-domains: [example.com, 'bad host']\n",
            "policy:3:35: invalid entry in 'internal-domains': invalid host name 'bad host'"),
        Arguments.of(
            "default: ALLOW\ndefault: BLOCK\n",
            "policy:2:1: duplicate key 'default' (first at line 1)"),
        Arguments.of("default: [ALLOW\n", "policy:2:1: invalid YAML: expected ',' or ']'"),
        Arguments.of(
            "default: &a ALLOW\ndescription: *a\n",
            "policy:2:14: YAML aliases (*a) are not supported"));
  }

  @ParameterizedTest
  @MethodSource("invalidPolicies")
  void parseWhenInvalidThenLineColumnAndReason(String yaml, String message) {
    assertThatThrownBy(() -> Policy.parse(yaml))
        .isInstanceOf(PolicyException.class)
        .message()
        .startsWith(message);
  }

  @Test
  void parseWhenInvalidThenExceptionCarriesPosition() {
    PolicyException e =
        catchThrowableOfType(
            PolicyException.class,
            () -> Policy.parse("v12.yml", "default: ALLOW\nrulez: []\n", List.of()));

    assertThat(e.source()).isEqualTo("v12.yml");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.reason()).isEqualTo("unknown key 'rulez' in a policy (did you mean rules?)");
    assertThat(e.getMessage()).isEqualTo("v12.yml:2:1: " + e.reason());
  }

  @Test
  void parseWhenCustomInfoTypeGivenThenRulesMayNameIt() throws Exception {
    String yaml =
        "default: ALLOW\nrules:\n  - id: r1\n    action: BLOCK\n    when:\n"
            + "      infoTypes: EMPLOYEE_ID\n";
    InfoType employee = new InfoType("EMPLOYEE_ID", Category.CUSTOM, Classification.INTERNAL);

    assertThatThrownBy(() -> Policy.parse(yaml))
        .hasMessageStartingWith("policy:6:18: unknown infoType 'EMPLOYEE_ID'");
    assertThat(Policy.parse("policy", yaml, List.of(employee)).ruleIds()).containsExactly("r1");
  }

  @Test
  void listsWhenShippedResourceThenEveryEntryCanonicalAndListsNamed() {
    assertThat(Policy.builtInLists())
        .containsOnlyKeys(
            "personal-cloud-storage",
            "webmail",
            "messaging",
            "file-sharing",
            "personal-email-domains",
            "amazon-seller-services",
            "internal-domains",
            "approved-partners");
    Policy.builtInLists()
        .values()
        .forEach(entries -> entries.forEach(e -> assertThat(DomainSet.canonical(e)).isEqualTo(e)));
    assertThat(Policy.builtInLists().get("internal-domains")).isEmpty();
    assertThat(Policy.builtInLists().get("approved-partners")).isEmpty();
  }

  @Property(tries = 300)
  void parseWhenArbitraryTextThenPolicyOrPolicyExceptionOnly(@ForAll("yamlish") String text) {
    try {
      Policy policy = Policy.parse(text);
      assertThat(Policy.parse(policy.toYaml())).isEqualTo(policy);
      Statistics.collect("policy");
    } catch (PolicyException e) {
      Statistics.collect("rejected");
      assertThat(e.reason()).isNotBlank();
      assertThat(e.line()).isNotNegative();
      assertThat(e.getMessage()).doesNotContain("\n");
    }
  }

  @Provide
  Arbitrary<String> yamlish() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "default: ALLOW\n",
            "default: {action: BLOCK, suspend: true}\n",
            "rules:\n",
            "  - id: r1\n",
            "  - id: r2\n",
            "    action: BLOCK\n",
            "    action: alert\n",
            "    incident: true\n",
            "    suspend: true\n",
            "    when:\n",
            "      classification: [SENSITIVE]\n",
            "      counts: {AMAZON_ORDER_ID: \"> 3\"}\n",
            "      destination:\n",
            "        - {list: webmail, except: {domain: [a.example]}}\n",
            "        - url: '*.x.example/**'\n",
            "lists:\n",
            "  internal-domains: [company.example, 10.0.0.0/8]\n",
            "  webmail: {remove: [mail.google.com]}\n",
            "description: \"x\"\n",
            ": :\n",
            "[\n",
            "&a x\n",
            "\t",
            "  ",
            "- ",
            "\u00e9\u0000\uffff",
            "'",
            "#");
    Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(8);
    return Arbitraries.oneOf(piece, piece, piece, noise)
        .list()
        .ofMaxSize(14)
        .map(parts -> String.join("", parts));
  }
}
