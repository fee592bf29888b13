package dev.kalkan.audit;

import dev.kalkan.service.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit of decisions (read only). */
@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "decisions")
class DecisionController {
  private static final Set<String> ACTIONS = Set.of("ALLOW", "ALERT", "REDACT", "BLOCK");
  private final DecisionLog log;

  DecisionController(DecisionLog log) {
    this.log = log;
  }

  @GetMapping
  @Operation(
      summary =
          "List decisions, newest first: who, channel, destination, classification, infoTypes"
              + " and counts, decision, policy version, time; never content or values")
  List<DecisionRecord> list(
      @RequestParam(required = false) Long principal,
      @RequestParam(required = false) String action,
      @RequestParam(defaultValue = "100") int limit) {
    if (action != null && !ACTIONS.contains(action)) {
      throw ApiProblem.badRequest("action must be one of ALLOW, ALERT, REDACT, BLOCK");
    }
    return log.list(principal, action, Math.clamp(limit, 1, 1000));
  }
}
