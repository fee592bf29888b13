package dev.kalkan.gateway;

import dev.kalkan.access.Caller;
import dev.kalkan.inspect.InspectionResult;
import dev.kalkan.inspect.Inspector;
import dev.kalkan.inspect.Transfer;
import dev.kalkan.milter.MailMessage;
import dev.kalkan.milter.MessageDecider;
import dev.kalkan.milter.MessageTexts;
import dev.kalkan.milter.MessageVerdict;
import dev.kalkan.policy.Channel;
import dev.kalkan.policy.Destination;
import dev.kalkan.service.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * Decides outbound mail the MTA asks about with the enforced policy: channel {@code EMAIL}, every
 * recipient as a destination (the most severe decision over them wins, see {@code docs/POLICY.md}),
 * the SASL login (else the envelope sender) as principal. BLOCK rejects the message with a 5xx
 * naming the incident; attachments that are not text (PDF, Office, archives) are extracted as
 * {@code kalkan scan} does; ALERT accepts it with an {@code X-Kalkan-Decision} header; REDACT puts
 * it in the MTA's quarantine, since rewriting mail is not wired yet. The participants' own
 * addresses in the text are not findings. Thread-safe.
 */
final class EnforcingMessageDecider implements MessageDecider {
  private final Inspector inspector;
  private final Caller gateway;

  EnforcingMessageDecider(Inspector inspector, Caller gateway) {
    this.inspector = inspector;
    this.gateway = gateway;
  }

  @Override
  public MessageVerdict decide(MailMessage message) {
    List<Destination> destinations = new ArrayList<>();
    Set<String> participants = new HashSet<>();
    if (!message.sender().isEmpty()) {
      participants.add(message.sender());
    }
    for (String recipient : message.recipients()) {
      participants.add(recipient);
      destinations.add(destinationOf(recipient));
    }
    MessageTexts texts = MessageTexts.of(message);
    List<byte[]> contents = new ArrayList<>(texts.texts().size());
    for (String text : texts.texts()) {
      contents.add(text.getBytes(StandardCharsets.UTF_8));
    }
    List<Transfer.Document> documents = new ArrayList<>(texts.unread().size());
    for (MailMessage.Attachment attachment : texts.unread()) {
      String name = attachment.fileName().isBlank() ? "attachment" : attachment.fileName();
      documents.add(new Transfer.Document(name, attachment.content()));
    }
    String notScanned =
        message.fullyInspected()
            ? null
            : "the message is larger than the inspection limit or its MIME structure is broken";
    Transfer transfer =
        new Transfer(
            Channel.EMAIL,
            destinations,
            endUserOf(message),
            contents,
            documents,
            participants,
            message.partyNames(),
            notScanned);
    InspectionResult result;
    try {
      result = inspector.inspect(transfer, gateway);
    } catch (ApiProblem problem) {
      if (problem.status() == HttpStatus.FORBIDDEN) {
        return MessageVerdict.reject(
            GatewayReferences.SUSPENDED,
            "Sending is suspended after a policy violation until security reinstates the sender");
      }
      throw problem;
    }
    String reference = GatewayReferences.of(result);
    return switch (result.decision().action()) {
      case "BLOCK" -> MessageVerdict.reject(reference, oneLine(result.decision().reason()));
      case "REDACT" ->
          MessageVerdict.quarantine(
              oneLine(result.decision().reason()) + " (held: mail cannot be redacted yet)");
      case "ALERT" ->
          MessageVerdict.acceptWithHeader(
              MessageVerdict.DECISION_HEADER,
              "ALERT; incident=" + reference + "; classification=" + result.classification());
      default -> MessageVerdict.accept();
    };
  }

  /**
   * A recipient as a destination; a bare mailbox ({@code root}) is delivered locally and goes
   * nowhere. A malformed address throws, which the milter answers by failing closed.
   */
  private static Destination destinationOf(String recipient) {
    if (recipient.indexOf('@') < 0) {
      return Destination.none();
    }
    return Destination.email(recipient);
  }

  private static String endUserOf(MailMessage message) {
    if (!message.authenticatedUser().isBlank()) {
      return message.authenticatedUser().strip();
    }
    return message.sender().isBlank() ? "null sender" : message.sender().strip();
  }

  /** Reply texts travel in SMTP replies: printable ASCII on one line. */
  private static String oneLine(String text) {
    String ascii = text.replaceAll("[^\\x20-\\x7E]", "?");
    return ascii.length() <= 300 ? ascii : ascii.substring(0, 297) + "...";
  }
}
