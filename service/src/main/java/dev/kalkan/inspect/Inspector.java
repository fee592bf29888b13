package dev.kalkan.inspect;

import dev.kalkan.access.Caller;
import dev.kalkan.access.PrincipalKind;
import dev.kalkan.access.Principals;
import dev.kalkan.alert.Alert;
import dev.kalkan.alert.AlertDispatcher;
import dev.kalkan.audit.DecisionIds;
import dev.kalkan.audit.DecisionLog;
import dev.kalkan.audit.DecisionRecord;
import dev.kalkan.detect.Finding;
import dev.kalkan.detect.Scanner;
import dev.kalkan.detect.ScannerSettings;
import dev.kalkan.extract.DocumentScanner;
import dev.kalkan.extract.ExtractionLimits;
import dev.kalkan.extract.ScanGap;
import dev.kalkan.incident.IncidentView;
import dev.kalkan.incident.Incidents;
import dev.kalkan.incident.InfoTypeSummary;
import dev.kalkan.incident.NewIncident;
import dev.kalkan.policies.EnforcedPolicy;
import dev.kalkan.policies.PolicyStore;
import dev.kalkan.policy.Action;
import dev.kalkan.policy.ContentSummary;
import dev.kalkan.policy.Decision;
import dev.kalkan.policy.DecisionRequest;
import dev.kalkan.policy.Destination;
import dev.kalkan.policy.Principal;
import dev.kalkan.service.ApiProblem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Inspects content and enforces the active policy. Thread-safe; one shared {@link Scanner}.
 *
 * <p>The hot path (ALLOW, no incident) touches the database not at all: the principal's id and
 * suspension state, the API key and the parsed policy are in memory, and the decision goes to the
 * asynchronous {@link DecisionLog}. A decision that opens an incident writes the incident (and the
 * suspension) synchronously before answering, so that the caller's next request is already refused.
 */
@Component
public class Inspector {
  static final int PREVIEWS_PER_TYPE = 3;
  private final Scanner scanner;
  private final DocumentScanner documents;
  private final PolicyStore policies;
  private final Principals principals;
  private final Incidents incidents;
  private final DecisionLog decisions;
  private final AlertDispatcher alerts;
  private final Clock clock;
  private final Map<Action, Counter> counters = new EnumMap<>(Action.class);

  Inspector(
      Scanner scanner,
      PolicyStore policies,
      Principals principals,
      Incidents incidents,
      DecisionLog decisions,
      AlertDispatcher alerts,
      Clock clock,
      MeterRegistry meters) {
    this.scanner = scanner;
    this.documents = DocumentScanner.create(scanner, ExtractionLimits.defaults());
    this.policies = policies;
    this.principals = principals;
    this.incidents = incidents;
    this.decisions = decisions;
    this.alerts = alerts;
    this.clock = clock;
    for (Action action : Action.values()) {
      counters.put(
          action,
          Counter.builder("kalkan.decisions")
              .description("inspection decisions by action")
              .tag("action", action.name())
              .register(meters));
    }
  }

  /**
   * Inspects {@code content} (UTF-8) under the enforced policy, enforces the decision and records
   * it.
   *
   * @throws ApiProblem 403 when the end user is suspended
   */
  InspectionResult inspect(byte[] content, InspectionRequest request) {
    return enforce(request, () -> scan(content), null);
  }

  /**
   * Inspects a transfer that an enforcement point saw, under the enforced policy, and enforces and
   * records the decision exactly as for an inspection through the API; {@code gateway} is recorded
   * as the caller, the transfer's end user as the principal.
   *
   * @throws ApiProblem 403 when the end user is suspended
   */
  public InspectionResult inspect(Transfer transfer, Caller gateway) {
    InspectionRequest request =
        new InspectionRequest(
            transfer.channel(), transfer.destinations(), gateway, transfer.endUser(), Set.of());
    return enforce(request, () -> scan(transfer), transfer.notScannedReason());
  }

  /** What scanning found, and why the content was not fully scanned (null when it was). */
  private record Scanned(List<Finding> findings, String notScannedReason) {}

  private InspectionResult enforce(
      InspectionRequest request, Supplier<Scanned> scan, String notScannedReason) {
    Caller caller = request.caller();
    long principalId;
    String principalName;
    Principal principal;
    if (request.endUser() != null) {
      principalName = request.endUser();
      principalId = principals.idOf(PrincipalKind.END_USER, principalName);
      principal = new Principal(principalName, request.endUserRoles());
    } else {
      principalName = caller.name();
      principalId = caller.principalId();
      principal = new Principal(principalName, Set.of(caller.role().name()));
    }
    if (principals.isSuspended(principalId)) {
      throw ApiProblem.of(
          HttpStatus.FORBIDDEN,
          "Principal suspended",
          "principal '"
              + principalName
              + "' is suspended after a policy violation; an administrator must reinstate it",
          Map.of("principalId", principalId));
    }
    Scanned scanned = scan.get();
    List<Finding> findings = scanned.findings();
    ScannerSettings settings = scanner.settings();
    ContentSummary summary = ContentSummary.of(findings, settings);
    String gap = notScannedReason != null ? notScannedReason : scanned.notScannedReason();
    if (gap != null) {
      summary = summary.notFullyScanned(gap);
    }
    EnforcedPolicy enforced = policies.enforced();
    Decision decision =
        enforced
            .policy()
            .evaluate(
                new DecisionRequest(request.channel(), request.destinations(), principal, summary));
    Instant now = clock.instant();
    UUID decisionId = DecisionIds.next(now.toEpochMilli());
    List<String> destinations = targets(request.destinations());
    List<String> decided = targets(decision.destinations());

    Long incidentId = null;
    boolean suspended = false;
    if (decision.openIncident()) {
      incidentId =
          incidents.open(
              new NewIncident(
                  decisionId,
                  now,
                  summary.classification(),
                  principalId,
                  principalName,
                  request.channel().name(),
                  decided.isEmpty() ? destinations : decided,
                  decision.action().name(),
                  decision.ruleId(),
                  decision.reason(),
                  enforced.policyId(),
                  enforced.version(),
                  summarise(findings, settings)));
    }
    if (decision.suspendPrincipal()) {
      suspended = principals.suspend(principalId, "policy", decision.reason(), incidentId);
      if (incidentId != null && suspended) {
        incidents.addEvent(
            incidentId,
            "PRINCIPAL_SUSPENDED",
            "policy",
            "principal '" + principalName + "' suspended until an administrator reinstates it");
      }
    }
    decisions.record(
        new DecisionRecord(
            decisionId,
            now,
            principalId,
            principalName,
            caller.name(),
            request.channel().name(),
            destinations,
            summary.classification().name(),
            summary.infoTypeCounts(),
            findings.size(),
            decision.action().name(),
            decision.ruleId(),
            decision.reason(),
            enforced.policyId(),
            enforced.version(),
            incidentId));
    counters.get(decision.action()).increment();
    if (incidentId != null || decision.action() == Action.ALERT) {
      IncidentView incident = incidentId == null ? null : incidents.get(incidentId);
      alerts.raise(
          new Alert(
              incidentId != null ? "incident.opened" : "decision.alert",
              decisionId,
              incidentId,
              incident == null ? null : incident.severity().name(),
              decision.action().name(),
              summary.classification().name(),
              principalName,
              suspended,
              request.channel().name(),
              decided.isEmpty() ? destinations : decided,
              summary.infoTypeCounts(),
              decision.ruleId(),
              decision.reason(),
              enforced.name(),
              enforced.version(),
              now,
              incident == null ? null : incident.notificationDeadline()));
    }
    return result(
        decisionId,
        false,
        summary,
        decision,
        enforced,
        principalName,
        findings,
        incidentId,
        suspended);
  }

  /** Evaluates {@code content} under {@code enforced} without enforcing or recording anything. */
  InspectionResult dryRun(byte[] content, InspectionRequest request, EnforcedPolicy enforced) {
    String principalName = request.endUser() != null ? request.endUser() : request.caller().name();
    Principal principal =
        request.endUser() != null
            ? new Principal(principalName, request.endUserRoles())
            : new Principal(principalName, Set.of(request.caller().role().name()));
    Scanned scanned = scan(content);
    List<Finding> findings = scanned.findings();
    ContentSummary summary = ContentSummary.of(findings, scanner.settings());
    if (scanned.notScannedReason() != null) {
      summary = summary.notFullyScanned(scanned.notScannedReason());
    }
    Decision decision =
        enforced
            .policy()
            .evaluate(
                new DecisionRequest(request.channel(), request.destinations(), principal, summary));
    return result(null, true, summary, decision, enforced, principalName, findings, null, false);
  }

  /**
   * Content sent to the API: text, or a document or archive (extracted as {@code kalkan scan}
   * does).
   */
  private Scanned scan(byte[] content) {
    List<Finding> findings = new ArrayList<>();
    List<String> gaps = new ArrayList<>();
    scanPart("content", content, findings::add, gaps);
    return new Scanned(findings, gaps.isEmpty() ? null : String.join("; ", gaps));
  }

  /**
   * The findings of every part of {@code transfer}, texts and documents (attachments, uploaded
   * files: extracted), without its participants' own addresses and names.
   */
  private Scanned scan(Transfer transfer) {
    List<Finding> findings = new ArrayList<>();
    List<String> gaps = new ArrayList<>();
    Consumer<Finding> sink =
        finding -> {
          if (!transfer.isParticipantAddress(finding) && !transfer.isParticipantName(finding)) {
            findings.add(finding);
          }
        };
    for (byte[] content : transfer.contents()) {
      scanner.scan(content, sink);
    }
    for (Transfer.Document document : transfer.documents()) {
      scanPart(document.name(), document.content(), sink, gaps);
    }
    return new Scanned(findings, gaps.isEmpty() ? null : String.join("; ", gaps));
  }

  /**
   * Scans one part named {@code name}: UTF-8 text directly, anything else (documents, archives,
   * mail, legacy encodings) through extraction within the default limits. What could not be scanned
   * is added to {@code gaps} as {@code name: reason}.
   */
  private void scanPart(String name, byte[] content, Consumer<Finding> sink, List<String> gaps) {
    if (!DocumentScanner.needsExtraction(name, content, content.length, true)) {
      ScanGap gap = documents.scanText(content, content.length, name, sink);
      if (gap != null) {
        gaps.add(gap.path() + ": " + gap.message());
      }
      return;
    }
    try {
      documents
          .scan(
              new ByteArrayInputStream(content),
              name,
              content.length,
              member -> {
                member.findings().forEach(sink);
                if (member.gap() != null) {
                  gaps.add(member.gap().path() + ": " + member.gap().message());
                }
              })
          .gaps()
          .stream()
          .filter(gap -> gaps.stream().noneMatch(g -> g.startsWith(gap.path() + ": ")))
          .forEach(gap -> gaps.add(gap.path() + ": " + gap.message()));
    } catch (InterruptedIOException e) {
      Thread.currentThread().interrupt();
      gaps.add(name + ": inspection interrupted");
    }
  }

  private InspectionResult result(
      UUID decisionId,
      boolean dryRun,
      ContentSummary summary,
      Decision decision,
      EnforcedPolicy enforced,
      String principal,
      List<Finding> findings,
      Long incidentId,
      boolean suspended) {
    ScannerSettings settings = scanner.settings();
    List<FindingView> views = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      views.add(FindingView.of(finding, settings));
    }
    return new InspectionResult(
        decisionId,
        dryRun,
        summary.classification().name(),
        new InspectionResult.DecisionView(
            decision.action().name(),
            decision.ruleId(),
            decision.reason(),
            decision.openIncident(),
            decision.suspendPrincipal(),
            targets(decision.destinations())),
        new InspectionResult.PolicyRef(enforced.policyId(), enforced.name(), enforced.version()),
        principal,
        findings.size(),
        summary.infoTypeCounts(),
        views,
        incidentId,
        suspended);
  }

  static List<InfoTypeSummary> summarise(List<Finding> findings, ScannerSettings settings) {
    Map<String, List<Finding>> byType = new LinkedHashMap<>();
    for (Finding finding : findings) {
      byType.computeIfAbsent(finding.infoType().name(), k -> new ArrayList<>()).add(finding);
    }
    List<InfoTypeSummary> summary = new ArrayList<>();
    byType.forEach(
        (name, list) -> {
          Finding first = list.get(0);
          summary.add(
              new InfoTypeSummary(
                  name,
                  first.infoType().category().name(),
                  settings.classificationOf(first.infoType()).name(),
                  list.size(),
                  list.stream()
                      .limit(PREVIEWS_PER_TYPE)
                      .map(Finding::preview)
                      .distinct()
                      .toList()));
        });
    return summary;
  }

  private static List<String> targets(List<Destination> destinations) {
    List<String> targets = new ArrayList<>(destinations.size());
    for (Destination destination : destinations) {
      targets.add(destination.target());
    }
    return targets;
  }
}
