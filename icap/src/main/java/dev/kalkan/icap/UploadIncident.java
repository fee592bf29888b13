package dev.kalkan.icap;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ScannerUploadDecider} records about an upload it blocked or redacted: who sent what
 * kind of data where. It holds counts of infoTypes, never the data.
 *
 * @param reference the reference shown to the user
 * @param time when it was decided
 * @param action {@code BLOCK} or {@code REDACT}
 * @param host the destination host
 * @param destination the destination's category ("personal cloud storage"), or empty
 * @param user the authenticated user, if the proxy reported one
 * @param clientIp the client address, if the proxy reported one
 * @param findings number of findings per infoType name
 * @param fullyInspected false when the decision was taken on part of the content
 */
public record UploadIncident(
    String reference,
    Instant time,
    UploadVerdict.Action action,
    String host,
    String destination,
    Optional<String> user,
    Optional<String> clientIp,
    Map<String, Integer> findings,
    boolean fullyInspected) {

  public UploadIncident {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(clientIp, "clientIp");
    findings = Map.copyOf(findings);
  }
}
