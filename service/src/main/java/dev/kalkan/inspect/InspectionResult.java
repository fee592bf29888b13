package dev.kalkan.inspect;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The answer to an inspection or a dry run.
 *
 * @param decisionId the id of the recorded decision (null for a dry run)
 * @param dryRun whether nothing was enforced or recorded
 * @param classification the content's classification
 * @param decision what the policy decided and why
 * @param policy the policy version that decided
 * @param principal who the decision is about
 * @param findingCount number of findings
 * @param infoTypes findings per infoType
 * @param findings the findings, masked
 * @param incidentId the incident opened, or null
 * @param suspended whether the principal was suspended by this decision
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InspectionResult(
    UUID decisionId,
    boolean dryRun,
    String classification,
    DecisionView decision,
    PolicyRef policy,
    String principal,
    int findingCount,
    Map<String, Integer> infoTypes,
    List<FindingView> findings,
    Long incidentId,
    boolean suspended) {

  /**
   * A policy decision.
   *
   * @param action ALLOW, ALERT, REDACT or BLOCK
   * @param rule the id of the rule that decided ({@code default} for the policy's default)
   * @param reason why, without content or values
   * @param openIncident whether the decision opens an incident
   * @param suspendPrincipal whether it suspends the principal
   * @param destinations the destinations that got the action
   */
  public record DecisionView(
      String action,
      String rule,
      String reason,
      boolean openIncident,
      boolean suspendPrincipal,
      List<String> destinations) {}

  /**
   * The policy version that decided.
   *
   * @param id its id
   * @param name its name
   * @param version its version
   */
  public record PolicyRef(long id, String name, int version) {}
}
