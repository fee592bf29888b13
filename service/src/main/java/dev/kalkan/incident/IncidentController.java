package dev.kalkan.incident;

import dev.kalkan.access.Caller;
import dev.kalkan.service.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Incidents: list (by status), get with timeline, update status and assignee, comment. */
@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "incidents")
class IncidentController {
  private final Incidents incidents;

  IncidentController(Incidents incidents) {
    this.incidents = incidents;
  }

  /** A change of status and/or assignee; absent members are kept. */
  record Change(String status, String assignee) {}

  /** A comment. */
  record Comment(String text) {}

  @GetMapping
  @Operation(summary = "List incidents, newest first; ?status=NEW etc., ?principal=ID")
  List<IncidentView> list(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Long principal,
      @RequestParam(defaultValue = "100") int limit) {
    return incidents.list(
        status == null ? null : statusOf(status), principal, Math.clamp(limit, 1, 1000));
  }

  @GetMapping("/{id}")
  @Operation(
      summary =
          "Get an incident: timeline, masked findings summary, notification deadline and"
              + " time left")
  IncidentView get(@PathVariable long id) {
    return incidents.get(id);
  }

  @PatchMapping("/{id}")
  @Operation(summary = "Change an incident's status (along the workflow) and/or assignee")
  IncidentView update(@PathVariable long id, @RequestBody Change change) {
    if (change == null || (change.status() == null && change.assignee() == null)) {
      throw ApiProblem.badRequest("send status and/or assignee");
    }
    return incidents.update(
        id,
        change.status() == null ? null : statusOf(change.status()),
        change.assignee(),
        Caller.current().name());
  }

  @PostMapping("/{id}/comments")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a comment to an incident's timeline")
  IncidentEvent comment(@PathVariable long id, @RequestBody Comment comment) {
    if (comment == null || comment.text() == null || comment.text().isBlank()) {
      throw ApiProblem.badRequest("text is required");
    }
    return incidents.addEvent(id, "COMMENT", Caller.current().name(), comment.text().strip());
  }

  private static IncidentStatus statusOf(String text) {
    try {
      return IncidentStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(
          "status must be one of NEW, TRIAGED, CONTAINED, RESOLVED, CLOSED");
    }
  }
}
