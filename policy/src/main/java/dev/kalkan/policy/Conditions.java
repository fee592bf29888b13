package dev.kalkan.policy;

import dev.kalkan.detect.Classification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code when} of a rule: every condition given must hold; a list-valued condition holds when
 * any of its entries does (except {@code counts}, of which all must hold). Empty values do not
 * constrain, so {@link #ALWAYS} matches every request.
 *
 * @param classifications the content's classification is one of these
 * @param minClassification the content's classification is at least this; null for any
 * @param infoTypes the content has a finding of one of these infoTypes
 * @param counts every one of these holds for the content's counts
 * @param channels the channel is one of these
 * @param principals the principal's id is one of these (compared exactly)
 * @param roles the principal has one of these roles (compared ignoring case)
 * @param fullyScanned the content's {@link ContentSummary#fullyScanned()} is this; null for any
 * @param destinations the destination meets one of these conditions
 */
record Conditions(
    Set<Classification> classifications,
    Classification minClassification,
    Set<String> infoTypes,
    List<CountCondition> counts,
    Set<Channel> channels,
    Set<String> principals,
    Set<String> roles,
    Boolean fullyScanned,
    List<DestinationCondition> destinations) {

  static final Conditions ALWAYS =
      new Conditions(
          Set.of(), null, Set.of(), List.of(), Set.of(), Set.of(), Set.of(), null, List.of());

  Conditions {
    classifications =
        classifications.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(classifications));
    infoTypes = Collections.unmodifiableSet(new LinkedHashSet<>(infoTypes));
    counts = List.copyOf(counts);
    channels =
        channels.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(channels));
    principals = Collections.unmodifiableSet(new LinkedHashSet<>(principals));
    roles = Collections.unmodifiableSet(new LinkedHashSet<>(roles));
    destinations = List.copyOf(destinations);
  }

  /** True when every condition other than the destination holds for the request. */
  boolean matchesRequest(DecisionRequest request) {
    ContentSummary content = request.content();
    if (!classifications.isEmpty() && !classifications.contains(content.classification())) {
      return false;
    }
    if (minClassification != null && content.classification().compareTo(minClassification) < 0) {
      return false;
    }
    if (!infoTypes.isEmpty() && infoTypes.stream().noneMatch(t -> content.count(t) > 0)) {
      return false;
    }
    for (CountCondition count : counts) {
      if (!count.test(content)) {
        return false;
      }
    }
    if (!channels.isEmpty() && !channels.contains(request.channel())) {
      return false;
    }
    Principal principal = request.principal();
    if (!principals.isEmpty() && !principals.contains(principal.id())) {
      return false;
    }
    if (!roles.isEmpty() && roles.stream().noneMatch(principal::hasRole)) {
      return false;
    }
    return fullyScanned == null || fullyScanned == content.fullyScanned();
  }

  /**
   * Why {@code destination} meets the destination condition ({@code ""} when there is none), or
   * null when it meets none of them.
   */
  String matchDestination(Destination destination, Map<String, DomainSet> lists) {
    if (destinations.isEmpty()) {
      return "";
    }
    for (DestinationCondition condition : destinations) {
      String why = condition.match(destination, lists);
      if (why != null) {
        return why;
      }
    }
    return null;
  }

  /** The names of the lists the destination conditions use, nested ones included. */
  Set<String> listNames() {
    Set<String> names = new LinkedHashSet<>();
    for (DestinationCondition condition : destinations) {
      for (DestinationCondition c = condition; c != null; c = c.except()) {
        names.addAll(c.lists());
      }
    }
    return names;
  }

  /** The conditions as a policy writes them; empty when there are none. */
  Map<String, Object> yaml() {
    Map<String, Object> out = new LinkedHashMap<>();
    if (!classifications.isEmpty()) {
      out.put("classification", classifications.stream().map(Enum::name).toList());
    }
    if (minClassification != null) {
      out.put("minClassification", minClassification.name());
    }
    if (!infoTypes.isEmpty()) {
      out.put("infoTypes", List.copyOf(infoTypes));
    }
    if (!counts.isEmpty()) {
      Map<String, Object> byType = new LinkedHashMap<>();
      counts.forEach(c -> byType.put(c.infoType(), c.yamlValue()));
      out.put("counts", byType);
    }
    if (!channels.isEmpty()) {
      out.put("channel", channels.stream().map(Enum::name).toList());
    }
    if (!principals.isEmpty()) {
      out.put("principal", List.copyOf(principals));
    }
    if (!roles.isEmpty()) {
      out.put("role", List.copyOf(roles));
    }
    if (fullyScanned != null) {
      out.put("fullyScanned", fullyScanned);
    }
    if (!destinations.isEmpty()) {
      List<Object> alternatives = new ArrayList<>();
      destinations.forEach(d -> alternatives.add(d.yaml()));
      out.put("destination", alternatives);
    }
    return out;
  }
}
