/**
 * Stored policies: every version of each policy kept as YAML in the database, the one active
 * version that the service enforces, and the REST API to list, read, create, update and activate.
 */
package dev.kalkan.policies;
