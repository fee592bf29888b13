package dev.kalkan.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What an alert tells, as its JSON body: never content or values, only counts and masked facts.
 *
 * @param event {@code incident.opened} or {@code decision.alert}
 * @param decisionId the decision
 * @param incidentId the incident, or null for an ALERT without incident
 * @param severity the incident's severity, or null
 * @param action the decision
 * @param classification the content's classification
 * @param principal who sent it
 * @param suspended whether the principal was suspended
 * @param channel the channel
 * @param destinations where it was going
 * @param infoTypes findings per infoType
 * @param rule the rule that decided
 * @param reason why
 * @param policy the policy name
 * @param policyVersion its version
 * @param detectedAt when
 * @param notificationDeadline the Amazon notification deadline, or null
 */
public record Alert(
    String event,
    UUID decisionId,
    Long incidentId,
    String severity,
    String action,
    String classification,
    String principal,
    boolean suspended,
    String channel,
    List<String> destinations,
    Map<String, Integer> infoTypes,
    String rule,
    String reason,
    String policy,
    int policyVersion,
    Instant detectedAt,
    Instant notificationDeadline) {
  public Alert {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(decisionId, "decisionId");
    destinations = List.copyOf(destinations);
    infoTypes = Map.copyOf(infoTypes);
  }

  /** A one-line summary for an email subject. */
  String subject() {
    return "Kalkan "
        + action
        + (incidentId == null ? "" : " incident " + incidentId + " (" + severity + ")")
        + ": "
        + classification
        + " content from "
        + principal;
  }
}
