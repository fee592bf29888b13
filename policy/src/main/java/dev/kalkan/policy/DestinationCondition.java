package dev.kalkan.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A condition on one destination: every constraint given must hold, and each list-valued one holds
 * when any of its entries does. An empty constraint (an empty set, null {@code except}) does not
 * constrain.
 *
 * @param kinds the destination's kind is one of these
 * @param lists its host is in one of these named lists
 * @param domains its host is one of these domains or under one
 * @param emailDomains it is an email recipient whose domain is one of these or under one
 * @param urls it is a URL that one of these patterns matches
 * @param except it does not meet this condition
 */
record DestinationCondition(
    Set<Destination.Kind> kinds,
    List<String> lists,
    DomainSet domains,
    DomainSet emailDomains,
    List<UrlPattern> urls,
    DestinationCondition except) {

  DestinationCondition {
    kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    lists = List.copyOf(new LinkedHashSet<>(lists));
    Objects.requireNonNull(domains, "domains");
    Objects.requireNonNull(emailDomains, "emailDomains");
    urls = List.copyOf(urls);
    if (kinds.isEmpty()
        && lists.isEmpty()
        && domains.entries().isEmpty()
        && emailDomains.entries().isEmpty()
        && urls.isEmpty()
        && except == null) {
      throw new IllegalArgumentException("a destination condition needs at least one constraint");
    }
  }

  /**
   * Why {@code destination} meets this condition, such as {@code "in list webmail"}, or null when
   * it does not.
   *
   * @param named the policy's lists; every name in {@link #lists()} is one of them
   */
  String match(Destination destination, Map<String, DomainSet> named) {
    List<String> why = new ArrayList<>();
    if (!kinds.isEmpty()) {
      if (!kinds.contains(destination.kind())) {
        return null;
      }
    }
    if (!lists.isEmpty()) {
      String found = null;
      for (String name : lists) {
        String entry = named.get(name).find(destination.host());
        if (entry != null) {
          found = "in list " + name + " (" + entry + ")";
          break;
        }
      }
      if (found == null) {
        return null;
      }
      why.add(found);
    }
    if (!domains.entries().isEmpty()) {
      String entry = domains.find(destination.host());
      if (entry == null) {
        return null;
      }
      why.add("under domain " + entry);
    }
    if (!emailDomains.entries().isEmpty()) {
      String entry =
          destination.kind() == Destination.Kind.EMAIL
              ? emailDomains.find(destination.host())
              : null;
      if (entry == null) {
        return null;
      }
      why.add("email domain under " + entry);
    }
    if (!urls.isEmpty()) {
      UrlPattern found = null;
      for (UrlPattern url : urls) {
        if (url.matches(destination)) {
          found = url;
          break;
        }
      }
      if (found == null) {
        return null;
      }
      why.add("matches URL pattern " + found);
    }
    if (except != null) {
      if (except.match(destination, named) != null) {
        return null;
      }
      why.add("not " + except.describe());
    }
    return String.join(", ", why);
  }

  /** The constraints in words, such as {@code "in list internal-domains or approved-partners"}. */
  String describe() {
    List<String> parts = new ArrayList<>();
    if (!kinds.isEmpty()) {
      parts.add(
          "a destination of kind " + String.join(" or ", kinds.stream().map(Enum::name).toList()));
    }
    if (!lists.isEmpty()) {
      parts.add("in list " + String.join(" or ", lists));
    }
    if (!domains.entries().isEmpty()) {
      parts.add("under domain " + String.join(" or ", domains.entries()));
    }
    if (!emailDomains.entries().isEmpty()) {
      parts.add("email domain under " + String.join(" or ", emailDomains.entries()));
    }
    if (!urls.isEmpty()) {
      parts.add(
          "matching URL pattern "
              + String.join(" or ", urls.stream().map(UrlPattern::glob).toList()));
    }
    if (except != null) {
      parts.add("not " + except.describe());
    }
    return parts.size() == 1 ? parts.get(0) : "(" + String.join(", ", parts) + ")";
  }

  /** The condition as a policy writes it. */
  Map<String, Object> yaml() {
    Map<String, Object> out = new LinkedHashMap<>();
    if (!kinds.isEmpty()) {
      out.put("kind", kinds.stream().map(Enum::name).toList());
    }
    if (!lists.isEmpty()) {
      out.put("list", lists);
    }
    if (!domains.entries().isEmpty()) {
      out.put("domain", domains.entries());
    }
    if (!emailDomains.entries().isEmpty()) {
      out.put("emailDomain", emailDomains.entries());
    }
    if (!urls.isEmpty()) {
      out.put("url", urls.stream().map(UrlPattern::glob).toList());
    }
    if (except != null) {
      out.put("except", except.yaml());
    }
    return out;
  }
}
