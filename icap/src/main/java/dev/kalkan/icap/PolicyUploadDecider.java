package dev.kalkan.icap;

import dev.kalkan.detect.Finding;
import dev.kalkan.detect.Scanner;
import dev.kalkan.policy.Action;
import dev.kalkan.policy.Channel;
import dev.kalkan.policy.ContentSummary;
import dev.kalkan.policy.Decision;
import dev.kalkan.policy.DecisionRequest;
import dev.kalkan.policy.Destination;
import dev.kalkan.policy.Policy;
import dev.kalkan.policy.Principal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Decides uploads with a {@link Policy}: each part is scanned with the engine, the findings become
 * a {@link ContentSummary} (not fully scanned when the upload was not fully inspected), and the
 * policy is asked about channel {@link Channel#WEB_UPLOAD}, the destination URL and the principal
 * the proxy reported (anonymous when none). BLOCK blocks with the policy's reason; REDACT rewrites
 * JSON and text bodies (blocks others); ALERT and ALLOW pass. Every decision that opens an incident
 * is passed to the incident sink, with the reference the user sees. Responses pass. Thread-safe.
 *
 * <p>For an ICAP server embedded without the service; {@code kalkan serve} decides through its
 * inspector instead, which also records decisions and suspends principals.
 */
public final class PolicyUploadDecider implements UploadDecider {

  /** What the service stores about a decision that opens an incident; no content, only counts. */
  public record PolicyIncident(
      String reference, Upload upload, Decision decision, ContentSummary content) {
    public PolicyIncident {
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(upload, "upload");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(content, "content");
    }
  }

  private final Scanner scanner;
  private final Policy policy;
  private final Consumer<PolicyIncident> incidents;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param scanner finds the data in each part
   * @param policy decides
   * @param incidents receives each decision that opens an incident (called on the connection's
   *     thread before the verdict is returned; must be thread-safe)
   */
  public PolicyUploadDecider(Scanner scanner, Policy policy, Consumer<PolicyIncident> incidents) {
    this.scanner = Objects.requireNonNull(scanner, "scanner");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.incidents = Objects.requireNonNull(incidents, "incidents");
  }

  @Override
  public UploadVerdict decide(Upload upload) {
    if (upload.direction() != Upload.Direction.REQUEST) {
      return UploadVerdict.allow();
    }
    List<Finding> findings = new ArrayList<>();
    List<Finding> bodyFindings = new ArrayList<>();
    boolean singleBody =
        upload.parts().size() == 1 && upload.parts().get(0).kind() == UploadPart.Kind.BODY;
    for (UploadPart part : upload.parts()) {
      byte[] bytes = part.offset() == 0 ? part.array() : part.toByteArray();
      scanner.scan(bytes, part.length(), findings::add);
    }
    if (singleBody) {
      bodyFindings.addAll(findings);
    }
    ContentSummary content = ContentSummary.of(findings, scanner.settings());
    if (!upload.fullyInspected()) {
      content = content.notFullyScanned("over the inspection limit or not decodable");
    }
    Decision decision =
        policy.evaluate(
            DecisionRequest.of(
                Channel.WEB_UPLOAD, destination(upload), principal(upload), content));
    String reference = FindingMask.reference(random);
    if (decision.openIncident()) {
      incidents.accept(new PolicyIncident(reference, upload, decision, content));
    }
    List<String> types = new ArrayList<>();
    Map<String, Integer> counts = new TreeMap<>(content.infoTypeCounts());
    counts.forEach((type, n) -> types.add(type + " (" + n + ")"));
    Action action = decision.action();
    if (action == Action.REDACT
        && upload.fullyInspected()
        && singleBody
        && FindingMask.rewritable(upload.contentType())) {
      return UploadVerdict.redact(
          reference,
          decision.reason(),
          types,
          FindingMask.mask(upload.parts().get(0).text(), bodyFindings));
    }
    if (action == Action.REDACT || action == Action.BLOCK) {
      return UploadVerdict.block(reference, decision.reason(), types);
    }
    return UploadVerdict.allow();
  }

  private static Destination destination(Upload upload) {
    try {
      return Destination.url(upload.url());
    } catch (IllegalArgumentException e) {
      try {
        return Destination.host(upload.host());
      } catch (IllegalArgumentException notAHost) {
        return Destination.none();
      }
    }
  }

  private static Principal principal(Upload upload) {
    return upload
        .user()
        .filter(u -> !u.isBlank())
        .map(Principal::of)
        .orElseGet(Principal::anonymous);
  }
}
