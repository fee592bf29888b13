package dev.kalkan.gateway;

import dev.kalkan.access.Caller;
import dev.kalkan.extract.DocumentScanner;
import dev.kalkan.icap.Upload;
import dev.kalkan.icap.UploadDecider;
import dev.kalkan.icap.UploadPart;
import dev.kalkan.icap.UploadVerdict;
import dev.kalkan.inspect.InspectionResult;
import dev.kalkan.inspect.Inspector;
import dev.kalkan.inspect.Transfer;
import dev.kalkan.policy.Channel;
import dev.kalkan.policy.Destination;
import dev.kalkan.service.ApiProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * Decides uploads the web proxy asks about with the enforced policy: channel {@code WEB_UPLOAD},
 * the request URL as destination, the proxy's authenticated user (else the client address) as
 * principal. BLOCK refuses the upload; REDACT refuses it too, since rewriting uploads is not wired
 * yet, and says so; ALERT and ALLOW pass it. Downloads (RESPMOD) are not a policy channel and pass.
 * Thread-safe.
 */
final class EnforcingUploadDecider implements UploadDecider {
  private final Inspector inspector;
  private final Caller gateway;

  EnforcingUploadDecider(Inspector inspector, Caller gateway) {
    this.inspector = inspector;
    this.gateway = gateway;
  }

  @Override
  public UploadVerdict decide(Upload upload) {
    if (upload.direction() == Upload.Direction.RESPONSE) {
      return UploadVerdict.allow();
    }
    List<byte[]> contents = new ArrayList<>(upload.parts().size());
    List<Transfer.Document> documents = new ArrayList<>();
    for (UploadPart part : upload.parts()) {
      byte[] bytes = part.bytes();
      String name = nameOf(part);
      if (DocumentScanner.needsExtraction(name, bytes, bytes.length, true)) {
        documents.add(new Transfer.Document(name == null ? "upload" : name, bytes));
      } else {
        contents.add(bytes);
      }
    }
    Transfer transfer =
        new Transfer(
            Channel.WEB_UPLOAD,
            List.of(destinationOf(upload)),
            endUserOf(upload),
            contents,
            documents,
            Set.of(),
            Set.of(),
            upload.fullyInspected()
                ? null
                : "the upload is larger than the inspection limit or could not be decoded");
    InspectionResult result;
    try {
      result = inspector.inspect(transfer, gateway);
    } catch (ApiProblem problem) {
      if (problem.status() == HttpStatus.FORBIDDEN) {
        return UploadVerdict.block(
            GatewayReferences.SUSPENDED,
            "your uploads are suspended after a policy violation until security reinstates you",
            List.of());
      }
      throw problem;
    }
    List<String> types = List.copyOf(result.infoTypes().keySet());
    return switch (result.decision().action()) {
      case "BLOCK" ->
          UploadVerdict.block(GatewayReferences.of(result), result.decision().reason(), types);
      case "REDACT" ->
          UploadVerdict.block(
              GatewayReferences.of(result),
              result.decision().reason() + " (uploads cannot be redacted yet, so it was blocked)",
              types);
      default -> UploadVerdict.allow();
    };
  }

  /**
   * The name whose extension tells a part's type: an uploaded file's name, an archive entry's own
   * name (its file name is the archive's), none for bodies and form fields.
   */
  private static String nameOf(UploadPart part) {
    return switch (part.kind()) {
      case FILE -> part.fileName().orElse(null);
      case ARCHIVE_ENTRY -> part.name().orElse(null);
      default -> null;
    };
  }

  /** The upload's URL, else its host; neither throws, which the server answers by blocking. */
  private static Destination destinationOf(Upload upload) {
    try {
      return Destination.url(upload.url());
    } catch (IllegalArgumentException e) {
      return Destination.host(upload.host());
    }
  }

  private static String endUserOf(Upload upload) {
    if (upload.user().filter(u -> !u.isBlank()).isPresent()) {
      return upload.user().get().strip();
    }
    return upload
        .clientIp()
        .filter(ip -> !ip.isBlank())
        .map(ip -> "client " + ip.strip())
        .orElse("unknown web user");
  }
}
