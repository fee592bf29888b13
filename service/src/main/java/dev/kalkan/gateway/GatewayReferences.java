package dev.kalkan.gateway;

import dev.kalkan.inspect.InspectionResult;

/** The reference an enforcement point shows to the person it refused. */
final class GatewayReferences {
  /** Shown when the sender is already suspended: no new incident is opened for it. */
  static final String SUSPENDED = "SUSPENDED";

  private GatewayReferences() {}

  /**
   * {@code KLK-<incident id>} ({@code GET /api/v1/incidents/{id}}) when the decision opened an
   * incident, else {@code KLK-D-<decision id>} ({@code GET /api/v1/decisions}).
   */
  static String of(InspectionResult result) {
    return result.incidentId() != null
        ? "KLK-" + result.incidentId()
        : "KLK-D-" + result.decisionId();
  }
}
