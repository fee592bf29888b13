package dev.kalkan.incident;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An incident as the API shows it. The timeline is present when one incident is read, absent in
 * lists.
 *
 * @param id its id
 * @param decisionId the decision that opened it
 * @param detectedAt when
 * @param status NEW, TRIAGED, CONTAINED, RESOLVED, CLOSED
 * @param severity LOW, MEDIUM, HIGH, CRITICAL
 * @param classification the content's classification
 * @param principalId the principal
 * @param principal its name
 * @param channel the channel
 * @param destinations the destinations that got the action
 * @param action the decision
 * @param rule the rule
 * @param reason the decision's reason
 * @param policyId the policy
 * @param policyVersion its version
 * @param assignee who works on it, or null
 * @param findingCount findings over all infoTypes
 * @param findings masked findings summary per infoType
 * @param amazonInformation whether Amazon Information is involved
 * @param notificationDeadline 24 hours after detection when Amazon Information is involved, else
 *     null
 * @param notificationTimeLeft ISO-8601 duration until the deadline (negative when passed), or null
 * @param notificationOverdue whether the deadline has passed
 * @param timeline the events and comments, oldest first
 */
public record IncidentView(
    long id,
    UUID decisionId,
    Instant detectedAt,
    IncidentStatus status,
    Severity severity,
    String classification,
    long principalId,
    String principal,
    String channel,
    List<String> destinations,
    String action,
    String rule,
    String reason,
    Long policyId,
    Integer policyVersion,
    String assignee,
    int findingCount,
    List<InfoTypeSummary> findings,
    boolean amazonInformation,
    Instant notificationDeadline,
    String notificationTimeLeft,
    boolean notificationOverdue,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<IncidentEvent> timeline) {}
