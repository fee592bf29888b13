package dev.kalkan.policies;

import java.time.Instant;

/**
 * A stored policy as listed.
 *
 * @param id its id
 * @param name its unique name
 * @param latestVersion its newest version
 * @param active whether one of its versions is enforced
 * @param activeVersion the enforced version, or null
 * @param createdAt when it was created
 */
public record PolicySummary(
    long id,
    String name,
    int latestVersion,
    boolean active,
    Integer activeVersion,
    Instant createdAt) {}
