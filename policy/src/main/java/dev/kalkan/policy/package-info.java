/**
 * DLP policies: a {@link dev.kalkan.policy.Policy} parsed from YAML decides, for a {@link
 * dev.kalkan.policy.DecisionRequest} (channel, destinations, principal, content summary), the
 * {@link dev.kalkan.policy.Decision} to enforce. Plain Java, no framework; values are immutable.
 */
package dev.kalkan.policy;
