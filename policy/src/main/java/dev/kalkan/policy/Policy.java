package dev.kalkan.policy;

import dev.kalkan.detect.InfoType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

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
  private static final YAMLMapper WRITER =
      YAMLMapper.builder()
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .build();

  private final String text;
  private final String description;
  private final Map<String, Object> declaredLists;
  private final Map<String, DomainSet> lists;
  private final List<Rule> rules;
  private final Rule fallback;

  Policy(
      String text,
      String description,
      Map<String, Object> declaredLists,
      Map<String, DomainSet> lists,
      List<Rule> rules,
      Rule fallback) {
    this.text = text;
    this.description = description;
    this.declaredLists = Collections.unmodifiableMap(new LinkedHashMap<>(declaredLists));
    this.lists = Collections.unmodifiableMap(new LinkedHashMap<>(lists));
    this.rules = List.copyOf(rules);
    this.fallback = fallback;
  }

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
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(yaml, "yaml");
    return PolicyParser.parse(source, yaml, customInfoTypes, BuiltIns.LISTS);
  }

  /**
   * The policy a fresh installation enforces: {@code default-policy.yml} beside this class,
   * documented in {@code docs/POLICY.md}.
   */
  public static Policy defaultPolicy() {
    return BuiltIns.DEFAULT_POLICY;
  }

  /** The destination lists every policy starts with, by name, entries in canonical form. */
  public static Map<String, List<String>> builtInLists() {
    return entries(BuiltIns.LISTS);
  }

  /** Decides what to do with the request's content. Never throws. */
  public Decision evaluate(DecisionRequest request) {
    List<Destination> destinations =
        request.destinations().isEmpty() ? List.of(Destination.none()) : request.destinations();
    List<Rule> candidates = new ArrayList<>();
    for (Rule rule : rules) {
      if (rule.when().matchesRequest(request)) {
        candidates.add(rule);
      }
    }
    Rule decided = null;
    String why = "";
    Destination first = null;
    List<Destination> got = new ArrayList<>();
    boolean incident = false;
    boolean suspend = false;
    for (Destination destination : destinations) {
      Rule rule = fallback;
      String because = "";
      for (Rule candidate : candidates) {
        String match = candidate.when().matchDestination(destination, lists);
        if (match != null) {
          rule = candidate;
          because = match;
          break;
        }
      }
      incident |= rule.incident();
      suspend |= rule.suspend();
      if (decided == null || rule.action().isMoreSevereThan(decided.action())) {
        decided = rule;
        why = because;
        first = destination;
        got.clear();
        got.add(destination);
      } else if (rule.action() == decided.action()) {
        got.add(destination);
      }
    }
    return new Decision(
        decided.action(),
        decided.id(),
        reason(decided, request, first, why, got.size()),
        incident,
        suspend,
        request.destinations().isEmpty() ? List.of() : got);
  }

  private static String reason(
      Rule rule, DecisionRequest request, Destination destination, String why, int count) {
    StringBuilder out = new StringBuilder();
    out.append(rule.action()).append(' ');
    if (rule.isDefault()) {
      out.append("by the policy's default (no rule matched)");
    } else {
      out.append("by rule ").append(rule.id());
    }
    if (!rule.description().isEmpty()) {
      out.append(" (").append(rule.description()).append(')');
    }
    ContentSummary content = request.content();
    out.append(": ").append(content.classification()).append(" content");
    String counts =
        content.infoTypeCounts().entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .map(e -> e.getKey() + " x" + e.getValue())
            .collect(Collectors.joining(", "));
    if (!counts.isEmpty()) {
      out.append(" (").append(counts).append(')');
    }
    if (!content.fullyScanned()) {
      out.append(", not fully scanned (").append(content.notScannedReason()).append(')');
    }
    out.append(" from ").append(request.principal().id());
    out.append(" by ").append(request.channel());
    out.append(" to ").append(destination);
    if (!why.isEmpty()) {
      out.append(", ").append(why);
    }
    if (count > 1) {
      out.append(", and ")
          .append(count - 1)
          .append(count == 2 ? " more destination" : " more destinations");
    }
    return out.toString();
  }

  /** The text this policy was parsed from, comments included. */
  public String text() {
    return text;
  }

  /** This policy as canonical YAML, which parses to an equal policy; comments are not kept. */
  public String toYaml() {
    Map<String, Object> out = new LinkedHashMap<>();
    if (!description.isEmpty()) {
      out.put("description", description);
    }
    if (!declaredLists.isEmpty()) {
      out.put("lists", declaredLists);
    }
    if (!rules.isEmpty()) {
      out.put("rules", rules.stream().map(Rule::yaml).toList());
    }
    out.put("default", fallback.yaml());
    return WRITER.writeValueAsString(out);
  }

  /** The policy's description; empty when it has none. */
  public String description() {
    return description;
  }

  /** The ids of the rules, in evaluation order (the default not included). */
  public List<String> ruleIds() {
    return rules.stream().map(Rule::id).toList();
  }

  /**
   * The destination lists rules may name: the built-in ones as this policy changed them, and its
   * own.
   */
  public Map<String, List<String>> lists() {
    return entries(lists);
  }

  private static Map<String, List<String>> entries(Map<String, DomainSet> lists) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    lists.forEach((name, set) -> out.put(name, set.entries()));
    return Collections.unmodifiableMap(out);
  }

  /** Equal when the rules, default, description and lists are; the text's layout does not count. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Policy other
        && description.equals(other.description)
        && lists.equals(other.lists)
        && rules.equals(other.rules)
        && fallback.equals(other.fallback);
  }

  @Override
  public int hashCode() {
    return Objects.hash(description, lists, rules, fallback);
  }

  @Override
  public String toString() {
    return "Policy" + ruleIds() + " default " + fallback.action();
  }

  /** The shipped lists and default policy, read once from resources beside this class. */
  private static final class BuiltIns {
    static final Map<String, DomainSet> LISTS = readLists();
    static final Policy DEFAULT_POLICY = readDefaultPolicy();

    private static Map<String, DomainSet> readLists() {
      try {
        return PolicyParser.lists("builtin-lists.yml", resource("builtin-lists.yml"));
      } catch (PolicyException e) {
        throw new IllegalStateException("the shipped lists are invalid: " + e.getMessage(), e);
      }
    }

    private static Policy readDefaultPolicy() {
      try {
        return PolicyParser.parse(
            "default-policy.yml", resource("default-policy.yml"), List.of(), LISTS);
      } catch (PolicyException e) {
        throw new IllegalStateException("the default policy is invalid: " + e.getMessage(), e);
      }
    }

    private static String resource(String name) {
      try (InputStream in = Policy.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + name + " beside " + Policy.class);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
