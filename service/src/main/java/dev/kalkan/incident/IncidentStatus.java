package dev.kalkan.incident;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an incident stands. Valid moves: {@code NEW → TRIAGED | CLOSED}, {@code TRIAGED → CONTAINED
 * | RESOLVED | CLOSED}, {@code CONTAINED → RESOLVED}, {@code RESOLVED → CLOSED | TRIAGED}
 * (reopened); {@code CLOSED} is final.
 */
public enum IncidentStatus {
  NEW,
  TRIAGED,
  CONTAINED,
  RESOLVED,
  CLOSED;

  /** The statuses this one may move to. */
  public Set<IncidentStatus> next() {
    return switch (this) {
      case NEW -> EnumSet.of(TRIAGED, CLOSED);
      case TRIAGED -> EnumSet.of(CONTAINED, RESOLVED, CLOSED);
      case CONTAINED -> EnumSet.of(RESOLVED);
      case RESOLVED -> EnumSet.of(CLOSED, TRIAGED);
      case CLOSED -> EnumSet.noneOf(IncidentStatus.class);
    };
  }

  /** Whether an incident in this status may move to {@code target}. */
  public boolean canMoveTo(IncidentStatus target) {
    return next().contains(target);
  }
}
