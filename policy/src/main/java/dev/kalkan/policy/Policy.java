package dev.kalkan.policy;

import dev.kalkan.detect.InfoType;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A DLP policy: named destination lists, rules and a default, parsed from YAML (the format is
 * documented in {@code docs/POLICY.md}). Immutable and thread-safe; {@link #evaluate} never throws
 * for a valid request and gives the same decision for the same request.
 *
 * <p>Each destination of a request is decided on its own: the first rule whose conditions all hold
 * decides, else the default. The request's decision is the most severe of these ({@code BLOCK >
 * REDACT > ALERT > ALLOW}), from the first destination that got it; it lists every destination that
 * got that action, and opens an incident or suspends the sender when any destination's decision
 * does.
 *
 * <p>A dry run is {@link #evaluate} on a policy that is parsed but not stored.
 */
public final class Policy {

  private Policy() {}

  /**
   * Parses a policy whose infoTypes are the built-in ones; errors name the source {@code policy}.
   *
   * @throws PolicyException when the text is not a valid policy, with line, column and reason
   */
  public static Policy parse(String yaml) throws PolicyException {
    return parse("policy", yaml, List.of());
  }

  /**
   * Parses a policy.
   *
   * @param source the name of the text in error messages (a file name, a version)
   * @param yaml the policy text
   * @param customInfoTypes infoTypes the scan configuration adds to the built-in ones, which rules
   *     may name too
   * @throws PolicyException when the text is not a valid policy, with line, column and reason
   */
  public static Policy parse(String source, String yaml, Collection<InfoType> customInfoTypes)
      throws PolicyException {
    throw new UnsupportedOperationException("skeleton");
  }

  /** The policy a fresh installation enforces ({@code default-policy.yml}, docs/POLICY.md). */
  public static Policy defaultPolicy() {
    throw new UnsupportedOperationException("skeleton");
  }

  /** The destination lists every policy starts with, by name, entries in canonical form. */
  public static Map<String, List<String>> builtInLists() {
    throw new UnsupportedOperationException("skeleton");
  }

  /** Decides what to do with the request's content. Never throws. */
  public Decision evaluate(DecisionRequest request) {
    throw new UnsupportedOperationException("skeleton");
  }

  /** The text this policy was parsed from, comments included. */
  public String text() {
    throw new UnsupportedOperationException("skeleton");
  }

  /** This policy as canonical YAML, which parses to an equal policy; comments are not kept. */
  public String toYaml() {
    throw new UnsupportedOperationException("skeleton");
  }

  /** The policy's description; empty when it has none. */
  public String description() {
    throw new UnsupportedOperationException("skeleton");
  }

  /** The ids of the rules, in evaluation order. */
  public List<String> ruleIds() {
    throw new UnsupportedOperationException("skeleton");
  }

  /** The destination lists rules may name: the built-in ones as this policy changed them. */
  public Map<String, List<String>> lists() {
    throw new UnsupportedOperationException("skeleton");
  }
}
