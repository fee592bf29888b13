package dev.kalkan.inspect;

import dev.kalkan.access.Caller;
import dev.kalkan.access.Role;
import dev.kalkan.policy.Channel;
import dev.kalkan.policy.Destination;
import dev.kalkan.service.ApiProblem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The attributes of an inspection: the channel, the destinations and whose content it is.
 *
 * @param channel how the content leaves
 * @param destinations where it goes (empty when unknown)
 * @param caller who called
 * @param endUser the end user an INTEGRATION caller acts for, or null for the caller itself
 * @param endUserRoles that end user's roles, as the integration says
 */
record InspectionRequest(
    Channel channel,
    List<Destination> destinations,
    Caller caller,
    String endUser,
    Set<String> endUserRoles) {
  InspectionRequest {
    Objects.requireNonNull(channel, "channel");
    destinations = List.copyOf(destinations);
    Objects.requireNonNull(caller, "caller");
    endUserRoles = Set.copyOf(endUserRoles);
  }

  /**
   * Parses the request attributes.
   *
   * @param channel the {@code channel} parameter, or null for API
   * @param destinations the {@code destination} parameters: URLs, email addresses or host names
   * @param endUser the end-user principal header, or null
   * @param endUserRoles the end-user roles header (comma-separated), or null
   * @param simulation true for a dry run, where any caller may name an end user
   * @throws ApiProblem 400 for an unknown channel or a malformed destination or principal; 403 when
   *     a caller other than an INTEGRATION names an end user outside a simulation
   */
  static InspectionRequest parse(
      String channel,
      List<String> destinations,
      Caller caller,
      String endUser,
      String endUserRoles,
      boolean simulation) {
    Channel parsedChannel = channelOf(channel);
    List<Destination> parsed = new ArrayList<>();
    if (destinations != null) {
      for (String destination : destinations) {
        if (destination == null || destination.isBlank()) {
          continue;
        }
        parsed.add(destinationOf(destination.strip()));
      }
    }
    String user = null;
    Set<String> roles = new LinkedHashSet<>();
    if (endUser != null && !endUser.isBlank()) {
      if (!simulation && caller.role() != Role.INTEGRATION) {
        throw ApiProblem.forbidden(
            "only an INTEGRATION key may name the end user it acts for (principal header)");
      }
      user = endUser.strip();
      if (user.length() > 320 || user.chars().anyMatch(Character::isISOControl)) {
        throw ApiProblem.badRequest("the end-user principal must be 1-320 printable characters");
      }
      if (endUserRoles != null) {
        for (String role : endUserRoles.split(",")) {
          if (!role.isBlank()) {
            roles.add(role.strip());
          }
        }
      }
    }
    return new InspectionRequest(parsedChannel, parsed, caller, user, roles);
  }

  private static Channel channelOf(String text) {
    if (text == null || text.isBlank()) {
      return Channel.API;
    }
    try {
      return Channel.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(
          "unknown channel '" + text + "': expected one of " + List.of(Channel.values()));
    }
  }

  private static Destination destinationOf(String text) {
    try {
      if (text.contains("://")) {
        return Destination.url(text);
      }
      if (text.contains("@")) {
        return Destination.email(text);
      }
      return Destination.host(text);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("bad destination: " + e.getMessage());
    }
  }
}
