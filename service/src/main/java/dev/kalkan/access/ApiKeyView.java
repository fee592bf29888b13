package dev.kalkan.access;

import java.time.Instant;

/**
 * An API key as listed: never its secret.
 *
 * @param id its id
 * @param name its unique name
 * @param role what it may do
 * @param prefix the first characters of the key, to recognise it
 * @param principalId the principal its requests are recorded under
 * @param createdAt when it was created
 * @param createdBy who created it
 * @param revokedAt when it was revoked, or null while valid
 */
public record ApiKeyView(
    long id,
    String name,
    Role role,
    String prefix,
    long principalId,
    Instant createdAt,
    String createdBy,
    Instant revokedAt) {}
