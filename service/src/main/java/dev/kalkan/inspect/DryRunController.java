package dev.kalkan.inspect;

import dev.kalkan.access.Caller;
import dev.kalkan.policies.EnforcedPolicy;
import dev.kalkan.policies.PolicyStore;
import dev.kalkan.policies.StoredPolicy;
import dev.kalkan.service.BodyReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/policies/{id}/dry-run}: evaluates a stored policy version (the latest, or
 * {@code ?version=N}) against sample content, with the same attributes as inspect; nothing is
 * enforced or recorded.
 */
@RestController
@Tag(name = "policies")
class DryRunController {
  private final Inspector inspector;
  private final PolicyStore policies;
  private final BodyReader bodies;

  DryRunController(Inspector inspector, PolicyStore policies, BodyReader bodies) {
    this.inspector = inspector;
    this.policies = policies;
    this.bodies = bodies;
  }

  @PostMapping("/api/v1/policies/{id}/dry-run")
  @Operation(
      summary =
          "Evaluate a policy version against sample content (the body); no enforcement, no"
              + " record")
  InspectionResult dryRun(
      @PathVariable long id,
      @RequestParam(required = false) Integer version,
      @RequestParam(required = false) String channel,
      @RequestParam(required = false) List<String> destination,
      @RequestHeader(value = InspectController.PRINCIPAL_HEADER, required = false) String endUser,
      @RequestHeader(value = InspectController.ROLES_HEADER, required = false) String endUserRoles,
      HttpServletRequest request) {
    StoredPolicy stored = policies.get(id, version);
    EnforcedPolicy policy =
        new EnforcedPolicy(
            stored.id(),
            stored.name(),
            stored.version(),
            PolicyStore.parse(stored.name() + " v" + stored.version(), stored.yaml()));
    InspectionRequest attributes =
        InspectionRequest.parse(
            channel, destination, Caller.current(), endUser, endUserRoles, true);
    return inspector.dryRun(bodies.read(request), attributes, policy);
  }
}
