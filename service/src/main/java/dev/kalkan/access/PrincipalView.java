package dev.kalkan.access;

import java.time.Instant;

/**
 * A principal as the API shows it.
 *
 * @param id its id
 * @param kind {@code USER}, {@code API_KEY} or {@code END_USER}
 * @param name its name
 * @param createdAt when Kalkan first saw it
 * @param suspended whether its requests are refused
 * @param suspendedAt when it was suspended, or null
 * @param suspendedBy who suspended it ({@code policy} for an automatic suspension), or null
 * @param suspensionReason why, or null
 * @param suspensionIncidentId the incident that suspended it, or null
 */
public record PrincipalView(
    long id,
    PrincipalKind kind,
    String name,
    Instant createdAt,
    boolean suspended,
    Instant suspendedAt,
    String suspendedBy,
    String suspensionReason,
    Long suspensionIncidentId) {}
