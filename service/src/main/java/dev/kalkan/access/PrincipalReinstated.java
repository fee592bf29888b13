package dev.kalkan.access;

/**
 * Published when an administrator lifts a suspension, so that the incident behind it records it.
 *
 * @param principalId the principal
 * @param name its name
 * @param by the administrator
 * @param reason why, as given
 * @param incidentId the incident that suspended it, or null
 */
public record PrincipalReinstated(
    long principalId, String name, String by, String reason, Long incidentId) {}
