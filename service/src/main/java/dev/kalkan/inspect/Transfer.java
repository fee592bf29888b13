package dev.kalkan.inspect;

import dev.kalkan.detect.Finding;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.PlaintextAccess;
import dev.kalkan.policy.Channel;
import dev.kalkan.policy.Destination;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Content on its way out that an enforcement point (the web proxy, the MTA) asks about. Immutable;
 * the byte arrays are not copied, so callers must not change them afterwards.
 *
 * @param channel how the content leaves ({@code WEB_UPLOAD}, {@code EMAIL})
 * @param destinations where it goes: the upload URL, every recipient
 * @param endUser who sends it (the proxy's authenticated user or client address, the SASL login or
 *     envelope sender)
 * @param contents the decoded pieces to scan (body, form fields, subject, text parts), each UTF-8
 *     and scanned on its own
 * @param documents files to extract and scan (uploaded files, attachments): documents, archives,
 *     mail and text in any encoding, each within the extraction limits
 * @param participants email addresses of the transfer's own parties (sender, recipients), which are
 *     not findings: a reply quoting its recipient's address leaks nothing
 * @param participantNames display names of the transfer's own parties ({@code From: Jane Doe
 *     <jane@…>}): a person name made only of words of one of them (the sender's signature, "Dear
 *     Jane") is not a finding
 * @param notScannedReason why the content was not fully read or decoded, or null when it was
 */
public record Transfer(
    Channel channel,
    List<Destination> destinations,
    String endUser,
    List<byte[]> contents,
    List<Document> documents,
    Set<String> participants,
    Set<String> participantNames,
    String notScannedReason) {

  /** A file in a transfer, named by its file name (its extension helps to tell its type). */
  public record Document(String name, byte[] content) {
    public Document {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(content, "content");
    }
  }

  public Transfer {
    Objects.requireNonNull(channel, "channel");
    destinations = List.copyOf(destinations);
    Objects.requireNonNull(endUser, "endUser");
    if (endUser.isBlank()) {
      throw new IllegalArgumentException("endUser must not be blank");
    }
    contents = List.copyOf(contents);
    documents = List.copyOf(documents);
    participantNames =
        participantNames.stream()
            .map(Transfer::words)
            .filter(words -> !words.isEmpty())
            .map(words -> String.join(" ", words))
            .collect(Collectors.toUnmodifiableSet());
    participants =
        participants.stream()
            .map(address -> address.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  /** A transfer of texts only. */
  public Transfer(
      Channel channel,
      List<Destination> destinations,
      String endUser,
      List<byte[]> contents,
      Set<String> participants,
      String notScannedReason) {
    this(
        channel,
        destinations,
        endUser,
        contents,
        List.of(),
        participants,
        Set.of(),
        notScannedReason);
  }

  /** Whether {@code finding} is a person name made only of words of one participant's name. */
  boolean isParticipantName(Finding finding) {
    if (participantNames.isEmpty()
        || !finding.infoType().name().equals(InfoType.PERSON_NAME.name())) {
      return false;
    }
    List<String> found = words(finding.value(PlaintextAccess.explicitlyRequested()));
    return !found.isEmpty()
        && participantNames.stream()
            .map(name -> List.of(name.split(" ")))
            .anyMatch(name -> name.containsAll(found));
  }

  /** The lower-case words (letters, apostrophes, hyphens) of a name. */
  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}'\u2019-]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** Whether {@code finding} is the address of one of this transfer's own parties. */
  boolean isParticipantAddress(Finding finding) {
    return !participants.isEmpty()
        && finding.infoType().name().equals(InfoType.EMAIL_ADDRESS.name())
        && participants.contains(
            finding.value(PlaintextAccess.explicitlyRequested()).toLowerCase(Locale.ROOT));
  }
}
