package dev.kalkan.alert;

import java.time.Instant;
import java.util.UUID;

/**
 * One alert to one channel and how its delivery went.
 *
 * @param id its id
 * @param incidentId the incident, or null
 * @param decisionId the decision
 * @param channel webhook or email
 * @param target the URL or recipients
 * @param status PENDING, DELIVERED or FAILED (after every attempt failed)
 * @param attempts attempts made
 * @param lastError the last failure, or null
 * @param createdAt when the alert was raised
 * @param updatedAt the last attempt
 */
public record AlertDelivery(
    long id,
    Long incidentId,
    UUID decisionId,
    String channel,
    String target,
    String status,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant updatedAt) {}
