package dev.kalkan.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One decision as audited: never the content or a detected value.
 *
 * @param id the decision's id (also returned to the caller)
 * @param decidedAt when
 * @param principalId the principal the decision is about
 * @param principal its name
 * @param caller who called (the API key or user; differs from the principal when an integration
 *     names an end user)
 * @param channel API, WEB_UPLOAD, EMAIL
 * @param destinations where the content was going, as given (canonical targets)
 * @param classification the content's classification
 * @param infoTypes findings per infoType
 * @param findingCount all findings
 * @param action ALLOW, ALERT, REDACT or BLOCK
 * @param rule the rule that decided
 * @param reason why, in words without values
 * @param policyId the enforced policy, or null for a dry run
 * @param policyVersion its version
 * @param incidentId the incident opened, or null
 */
public record DecisionRecord(
    UUID id,
    Instant decidedAt,
    long principalId,
    String principal,
    String caller,
    String channel,
    List<String> destinations,
    String classification,
    Map<String, Integer> infoTypes,
    int findingCount,
    String action,
    String rule,
    String reason,
    Long policyId,
    Integer policyVersion,
    Long incidentId) {
  public DecisionRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(decidedAt, "decidedAt");
    destinations = List.copyOf(destinations);
    infoTypes = Map.copyOf(infoTypes);
  }
}
