package dev.kalkan.policies;

import java.time.Instant;

/**
 * One version of a stored policy.
 *
 * @param id the policy's id
 * @param name its unique name
 * @param version the version number, from 1
 * @param yaml the text as given
 * @param createdAt when this version was stored
 * @param createdBy who stored it
 * @param active whether this version is the one enforced
 */
public record StoredPolicy(
    long id,
    String name,
    int version,
    String yaml,
    Instant createdAt,
    String createdBy,
    boolean active) {}
