package dev.kalkan.incident;

import dev.kalkan.detect.Classification;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a decision knows about the incident it opens.
 *
 * @param decisionId the decision
 * @param detectedAt when it was decided
 * @param classification the content's classification
 * @param principalId the principal whose content it was
 * @param principal its name
 * @param channel the channel
 * @param destinations the destinations that got the action
 * @param action the action
 * @param rule the rule that decided
 * @param reason the decision's reason
 * @param policyId the enforced policy
 * @param policyVersion its version
 * @param findings the masked findings summary
 */
public record NewIncident(
    UUID decisionId,
    Instant detectedAt,
    Classification classification,
    long principalId,
    String principal,
    String channel,
    List<String> destinations,
    String action,
    String rule,
    String reason,
    long policyId,
    int policyVersion,
    List<InfoTypeSummary> findings) {
  public NewIncident {
    Objects.requireNonNull(decisionId, "decisionId");
    Objects.requireNonNull(detectedAt, "detectedAt");
    Objects.requireNonNull(classification, "classification");
    destinations = List.copyOf(destinations);
    findings = List.copyOf(findings);
  }

  /** Number of findings over all infoTypes. */
  public int findingCount() {
    return findings.stream().mapToInt(InfoTypeSummary::count).sum();
  }

  /** Whether Amazon Information is involved, which starts the 24-hour notification clock. */
  public boolean amazonInformation() {
    return findings.stream().anyMatch(f -> f.category().equals("AMAZON_INFORMATION"));
  }

  /** Whether a credential is involved. */
  public boolean credential() {
    return findings.stream().anyMatch(f -> f.category().equals("CREDENTIAL"));
  }
}
