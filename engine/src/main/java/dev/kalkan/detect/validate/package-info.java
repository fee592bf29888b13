/**
 * Checksum and format validators for the values the engine detects: payment cards (Luhn and IIN
 * ranges), IBANs, US SSNs, Turkish national ids, IP addresses and randomness of secrets.
 *
 * <p>Every method is static, thread-safe, allocation-free where reasonable, and answers {@code
 * false} (or empty) for null, empty, oversized or non-ASCII input instead of throwing.
 */
package dev.kalkan.detect.validate;
