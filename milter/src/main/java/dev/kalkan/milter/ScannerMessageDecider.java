package dev.kalkan.milter;

import dev.kalkan.detect.Classification;
import dev.kalkan.detect.Finding;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.PlaintextAccess;
import dev.kalkan.detect.Scanner;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The standalone decider: scans a message with the detection engine and keeps sensitive data inside
 * the organisation's own domains. The service replaces it with its policy engine (channel {@code
 * EMAIL}, destinations from the recipients, incidents and suspension).
 *
 * <p>Rules, for messages with at least one recipient outside the internal domains (a domain is
 * internal when it equals or is a subdomain of a configured one):
 *
 * <ul>
 *   <li>a SENSITIVE finding in the subject, a text or HTML part or a readable attachment: reject
 *       the whole message, also when other recipients are internal (SMTP decides a message once for
 *       all its recipients; the reply names the external domains and the incident reference);
 *   <li>a message that could not be fully inspected (over the size limit, unparseable MIME):
 *       reject, as it may not leave uninspected;
 *   <li>INTERNAL findings only: accept with {@code X-Kalkan-Decision: ALERT; incident=...};
 *   <li>attachments of formats not read yet (PDF, archives): accept with {@code X-Kalkan-Decision:
 *       ALLOW; uninspected-attachments=N};
 *   <li>otherwise accept.
 * </ul>
 *
 * Mail to internal recipients only is accepted unscanned. Email addresses of the sender, the
 * recipients and the internal domains are not counted as findings (a signature is not a leak).
 * Decisions are logged with the incident reference, infoTypes and counts, never values.
 * Thread-safe.
 */
public final class ScannerMessageDecider implements MessageDecider {
  private static final System.Logger LOG = System.getLogger(ScannerMessageDecider.class.getName());
  private static final int MAX_NAMES = 3;

  private final Scanner scanner;
  private final Set<String> internalDomains;
  private final Supplier<String> incidentReferences;

  private ScannerMessageDecider(Builder b) {
    this.scanner = b.scanner;
    this.internalDomains = Set.copyOf(b.internalDomains);
    this.incidentReferences = b.incidentReferences;
  }

  /** A builder that scans with {@code scanner}. */
  public static Builder builder(Scanner scanner) {
    return new Builder(scanner);
  }

  @Override
  public MessageVerdict decide(MailMessage message) {
    List<String> external = new ArrayList<>();
    for (String domain : message.recipientDomains()) {
      if (!isInternal(domain)) {
        external.add(domain.isEmpty() ? "(no domain)" : domain);
      }
    }
    if (external.isEmpty()) {
      return MessageVerdict.accept();
    }
    if (!message.fullyInspected()) {
      String ref = incidentReferences.get();
      log(ref, message, "REJECT not fully inspected", external);
      return MessageVerdict.reject(
          ref,
          "Message could not be fully inspected (size or structure) and may not leave the"
              + " organisation uninspected");
    }
    Map<String, Integer> counts = new TreeMap<>();
    Classification highest = Classification.PUBLIC;
    Set<String> participants = participants(message);
    MessageTexts texts = MessageTexts.of(message);
    for (String text : texts.texts()) {
      for (Finding f : scanner.scan(text)) {
        if (isParticipantAddress(f, participants)) {
          continue;
        }
        counts.merge(f.infoType().name(), 1, Integer::sum);
        highest = highest.max(f.infoType().classification());
      }
    }
    if (highest == Classification.SENSITIVE) {
      String ref = incidentReferences.get();
      log(ref, message, "REJECT " + counts, external);
      return MessageVerdict.reject(
          ref,
          "Message carries sensitive data ("
              + names(new ArrayList<>(counts.keySet()))
              + ") for recipients outside the organisation ("
              + names(external)
              + ")");
    }
    if (highest == Classification.INTERNAL) {
      String ref = incidentReferences.get();
      log(ref, message, "ALERT " + counts, external);
      return MessageVerdict.acceptWithHeader(
          MessageVerdict.DECISION_HEADER, "ALERT; incident=" + ref + "; classification=INTERNAL");
    }
    if (!texts.unread().isEmpty()) {
      return MessageVerdict.acceptWithHeader(
          MessageVerdict.DECISION_HEADER,
          "ALLOW; uninspected-attachments=" + texts.unread().size());
    }
    return MessageVerdict.accept();
  }

  private boolean isInternal(String domain) {
    for (String internal : internalDomains) {
      if (domain.equals(internal) || domain.endsWith("." + internal)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> participants(MailMessage message) {
    Set<String> out = new HashSet<>();
    out.add(message.sender().toLowerCase(Locale.ROOT));
    for (String r : message.recipients()) {
      out.add(r.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /**
   * Whether a finding is the address of a participant or of an internal domain. The clear value is
   * compared in memory only, never kept or logged.
   */
  private boolean isParticipantAddress(Finding f, Set<String> participants) {
    if (!f.infoType().name().equals(InfoType.EMAIL_ADDRESS.name())) {
      return false;
    }
    String value = f.value(PlaintextAccess.explicitlyRequested()).toLowerCase(Locale.ROOT);
    return participants.contains(value) || isInternal(MailMessage.domainOf(value));
  }

  private static String names(List<String> names) {
    if (names.size() <= MAX_NAMES) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, MAX_NAMES))
        + " and "
        + (names.size() - MAX_NAMES)
        + " more";
  }

  private static void log(String ref, MailMessage m, String decision, List<String> external) {
    LOG.log(
        System.Logger.Level.INFO,
        "incident " + ref + ": " + decision + " queue id " + m.queueId() + " to " + external);
  }

  /** Builds a {@link ScannerMessageDecider}. Not thread-safe. */
  public static final class Builder {
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Scanner scanner;
    private final Set<String> internalDomains = new HashSet<>();
    private Supplier<String> incidentReferences = Builder::randomReference;

    private Builder(Scanner scanner) {
      this.scanner = Objects.requireNonNull(scanner, "scanner");
    }

    /** Adds domains whose recipients are inside the organisation (subdomains included). */
    public Builder internalDomains(Collection<String> domains) {
      for (String d : domains) {
        String domain = d.trim().toLowerCase(Locale.ROOT);
        if (domain.startsWith("@")) {
          domain = domain.substring(1);
        }
        if (domain.isEmpty() || domain.contains("@") || domain.contains(" ")) {
          throw new IllegalArgumentException("not a domain: '" + d + "'");
        }
        internalDomains.add(domain);
      }
      return this;
    }

    /**
     * Where incident references come from; default {@code KLK-} and 12 random characters. The
     * references must be valid for {@link MessageVerdict#reject}.
     */
    public Builder incidentReferences(Supplier<String> references) {
      this.incidentReferences = Objects.requireNonNull(references, "references");
      return this;
    }

    public ScannerMessageDecider build() {
      return new ScannerMessageDecider(this);
    }

    static String randomReference() {
      char[] out = new char[12];
      for (int i = 0; i < out.length; i++) {
        out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
      }
      return "KLK-" + new String(out);
    }
  }
}
