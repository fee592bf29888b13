package dev.kalkan.access;

/**
 * A new API key: {@code key} is shown this once and stored only as a hash.
 *
 * @param key the secret to send as {@code Authorization: Bearer <key>}
 * @param apiKey the stored key
 */
public record CreatedApiKey(String key, ApiKeyView apiKey) {}
