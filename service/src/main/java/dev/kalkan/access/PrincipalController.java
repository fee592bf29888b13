package dev.kalkan.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Principals: list, get, suspend, reinstate. */
@RestController
@RequestMapping("/api/v1/principals")
@Tag(name = "principals")
class PrincipalController {
  private final Principals principals;

  PrincipalController(Principals principals) {
    this.principals = principals;
  }

  /** Why a principal is suspended or reinstated. */
  record Reason(String reason) {}

  @GetMapping
  @Operation(summary = "List principals, newest first; suspended=true for suspended ones only")
  List<PrincipalView> list(
      @RequestParam(required = false) Boolean suspended,
      @RequestParam(defaultValue = "100") int limit) {
    return principals.list(suspended, Math.clamp(limit, 1, 1000));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Get a principal")
  PrincipalView get(@PathVariable long id) {
    return principals.get(id);
  }

  @PostMapping("/{id}/suspend")
  @Operation(summary = "Suspend a principal: its requests are refused until reinstated")
  PrincipalView suspend(@PathVariable long id, @RequestBody(required = false) Reason reason) {
    principals.suspend(id, Caller.current().name(), textOf(reason, "suspended by hand"), null);
    return principals.get(id);
  }

  @PostMapping("/{id}/reinstate")
  @Operation(summary = "Reinstate a suspended principal (ADMIN)")
  PrincipalView reinstate(@PathVariable long id, @RequestBody(required = false) Reason reason) {
    return principals.reinstate(id, Caller.current().name(), textOf(reason, "reinstated"));
  }

  private static String textOf(Reason reason, String otherwise) {
    if (reason == null || reason.reason() == null || reason.reason().isBlank()) {
      return otherwise;
    }
    String text = reason.reason().strip();
    return text.length() > 1000 ? text.substring(0, 1000) : text;
  }
}
