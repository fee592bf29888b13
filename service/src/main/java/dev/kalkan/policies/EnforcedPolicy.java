package dev.kalkan.policies;

import dev.kalkan.policy.Policy;
import java.util.Objects;

/**
 * The policy version the service enforces.
 *
 * @param policyId the stored policy's id
 * @param name its name
 * @param version the enforced version
 * @param policy the parsed policy
 */
public record EnforcedPolicy(long policyId, String name, int version, Policy policy) {
  public EnforcedPolicy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(policy, "policy");
  }
}
