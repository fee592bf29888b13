package dev.kalkan.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One rule of a policy, or its default (id {@value Decision#DEFAULT_RULE_ID}, conditions {@link
 * Conditions#ALWAYS}).
 *
 * @param id unique within the policy
 * @param description what the rule is for, in words; empty when not given
 * @param when the conditions
 * @param action what to do when they hold
 * @param incident whether a decision by this rule opens an incident
 * @param suspend whether it suspends the principal (implies {@code incident})
 */
record Rule(
    String id,
    String description,
    Conditions when,
    Action action,
    boolean incident,
    boolean suspend) {

  Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(action, "action");
    if (action == Action.ALLOW && (incident || suspend)) {
      throw new IllegalArgumentException("ALLOW neither opens an incident nor suspends");
    }
    if (suspend && !incident) {
      throw new IllegalArgumentException("a suspension is recorded in an incident");
    }
  }

  /** True for the policy's default. */
  boolean isDefault() {
    return id.equals(Decision.DEFAULT_RULE_ID);
  }

  /** Whether a rule with {@code action} opens an incident when the policy does not say. */
  static boolean incidentByDefault(Action action) {
    return action == Action.BLOCK;
  }

  /** The rule as a policy writes it; for the default, the value of {@code default}. */
  Map<String, Object> yaml() {
    Map<String, Object> out = new LinkedHashMap<>();
    if (!isDefault()) {
      out.put("id", id);
    }
    if (!description.isEmpty()) {
      out.put("description", description);
    }
    Map<String, Object> conditions = when.yaml();
    if (!conditions.isEmpty()) {
      out.put("when", conditions);
    }
    out.put("action", action.name());
    out.put("incident", incident);
    out.put("suspend", suspend);
    return out;
  }
}
