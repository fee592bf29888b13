package dev.kalkan.alert;

import dev.kalkan.service.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alert deliveries and their failures (read only). */
@RestController
@RequestMapping("/api/v1/alerts")
@Tag(name = "alerts")
class AlertController {
  private static final Set<String> STATUSES = Set.of("PENDING", "DELIVERED", "FAILED");
  private final AlertDispatcher alerts;

  AlertController(AlertDispatcher alerts) {
    this.alerts = alerts;
  }

  @GetMapping
  @Operation(summary = "List alert deliveries, newest first; ?status=FAILED for failures")
  List<AlertDelivery> list(
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "100") int limit) {
    if (status != null && !STATUSES.contains(status)) {
      throw ApiProblem.badRequest("status must be one of PENDING, DELIVERED, FAILED");
    }
    return alerts.list(status, Math.clamp(limit, 1, 1000));
  }
}
