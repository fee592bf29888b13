/** {@code POST /api/v1/redact}: de-identification as {@code kalkan redact} does it. */
package dev.kalkan.redact;
