/**
 * The inspect path: content in (text, JSON, a file), findings, classification and the enforced
 * policy's decision out; enforcement (incident, suspension, alert) and the audit record; dry runs.
 */
package dev.kalkan.inspect;
