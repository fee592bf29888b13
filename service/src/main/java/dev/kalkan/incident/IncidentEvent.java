package dev.kalkan.incident;

import java.time.Instant;

/**
 * One entry of an incident's timeline.
 *
 * @param id its id
 * @param at when
 * @param kind OPENED, STATUS_CHANGED, ASSIGNED, COMMENT, PRINCIPAL_SUSPENDED, PRINCIPAL_REINSTATED,
 *     ALERT_SENT, ALERT_FAILED
 * @param actor who ({@code policy} or {@code kalkan} for the service itself)
 * @param text what happened, or the comment
 */
public record IncidentEvent(long id, Instant at, String kind, String actor, String text) {}
