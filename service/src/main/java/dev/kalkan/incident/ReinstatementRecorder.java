package dev.kalkan.incident;

import dev.kalkan.access.PrincipalReinstated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records a reinstatement in the timeline of the incident that suspended the principal. */
@Component
class ReinstatementRecorder {
  private final Incidents incidents;

  ReinstatementRecorder(Incidents incidents) {
    this.incidents = incidents;
  }

  @EventListener
  void on(PrincipalReinstated event) {
    if (event.incidentId() != null) {
      incidents.addEvent(
          event.incidentId(),
          "PRINCIPAL_REINSTATED",
          event.by(),
          "principal '" + event.name() + "' reinstated: " + event.reason());
    }
  }
}
