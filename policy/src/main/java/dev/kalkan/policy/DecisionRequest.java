package dev.kalkan.policy;

import java.util.List;
import java.util.Objects;

/**
 * A question to a policy: may this content, sent by this principal through this channel, go to
 * these destinations?
 *
 * @param channel how the content leaves
 * @param destinations where it goes, in the caller's order (the recipients of an email); empty when
 *     not known, which rules see as one {@link Destination#none()}
 * @param principal who sends it
 * @param content what is known about the content
 */
public record DecisionRequest(
    Channel channel, List<Destination> destinations, Principal principal, ContentSummary content) {

  /** Validates and copies the components; null components are rejected. */
  public DecisionRequest {
    Objects.requireNonNull(channel, "channel");
    destinations = List.copyOf(destinations);
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(content, "content");
  }

  /** A request for one destination. */
  public static DecisionRequest of(
      Channel channel, Destination destination, Principal principal, ContentSummary content) {
    return new DecisionRequest(channel, List.of(destination), principal, content);
  }
}
