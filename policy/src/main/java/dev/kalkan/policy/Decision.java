package dev.kalkan.policy;

import java.util.List;
import java.util.Objects;

/**
 * A policy's answer to a {@link DecisionRequest}. The reason is written for people and never holds
 * content: it names the rule, the classification, infoTypes and counts, the channel and the
 * destinations.
 *
 * @param action what to do
 * @param ruleId the id of the rule that decided, or {@value #DEFAULT_RULE_ID} for the policy's
 *     default
 * @param reason why, in one sentence
 * @param openIncident whether the violation becomes an incident
 * @param suspendPrincipal whether the sender is suspended until an administrator reinstates them
 * @param destinations the destinations that got {@link #action()}, in request order (empty when the
 *     request named none)
 */
public record Decision(
    Action action,
    String ruleId,
    String reason,
    boolean openIncident,
    boolean suspendPrincipal,
    List<Destination> destinations) {

  /** The {@link #ruleId()} of a decision made by the policy's {@code default}. */
  public static final String DEFAULT_RULE_ID = "default";

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException when the rule id or reason is blank, or an {@code ALLOW} opens
   *     an incident or suspends, or a suspension opens no incident (it is recorded in one)
   */
  public Decision {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(reason, "reason");
    if (ruleId.isBlank() || reason.isBlank()) {
      throw new IllegalArgumentException("a decision needs a rule id and a reason");
    }
    if (action == Action.ALLOW && (openIncident || suspendPrincipal)) {
      throw new IllegalArgumentException("ALLOW neither opens an incident nor suspends");
    }
    if (suspendPrincipal && !openIncident) {
      throw new IllegalArgumentException("a suspension is recorded in an incident");
    }
    destinations = List.copyOf(destinations);
  }
}
