package dev.kalkan.milter;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;

/**
 * One message as the MTA handed it over, ready to inspect: the envelope (sender, SASL login,
 * client, every accepted recipient), the headers with encoded words decoded, the text and HTML
 * parts decoded to text (transfer encoding and charset), and every other part as an attachment with
 * its decoded bytes. Immutable.
 *
 * @param queueId the MTA's queue id (macro {@code i}), or empty
 * @param sender the envelope sender without angle brackets; empty for the null sender
 * @param authenticatedUser the SASL login (macro {@code {auth_authen}}), or empty when the client
 *     did not authenticate
 * @param clientAddress the SMTP client's IP address, or empty when unknown
 * @param recipients every envelope recipient the MTA accepted, without angle brackets
 * @param headers the message headers in order, values unfolded and decoded
 * @param textParts the {@code text/plain} and {@code text/html} parts that are not attachments
 * @param attachments every other leaf part (including text parts with a file name)
 * @param fullyInspected false when the message was larger than the server's limit (only the start
 *     was kept) or its MIME structure could not be parsed; the parts then cover what was read
 * @param size the message size in bytes as received (headers and body), also beyond the limit
 */
public record MailMessage(
    String queueId,
    String sender,
    String authenticatedUser,
    String clientAddress,
    List<String> recipients,
    List<Header> headers,
    List<TextPart> textParts,
    List<Attachment> attachments,
    boolean fullyInspected,
    long size) {

  public MailMessage {
    Objects.requireNonNull(queueId, "queueId");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(authenticatedUser, "authenticatedUser");
    Objects.requireNonNull(clientAddress, "clientAddress");
    recipients = List.copyOf(recipients);
    headers = List.copyOf(headers);
    textParts = List.copyOf(textParts);
    attachments = List.copyOf(attachments);
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative: " + size);
    }
  }

  /** The first {@code Subject} header's decoded value. */
  public Optional<String> subject() {
    return header("Subject");
  }

  /** The first value of the header {@code name} (compared without case). */
  public Optional<String> header(String name) {
    return headers.stream()
        .filter(h -> h.name().equalsIgnoreCase(name))
        .map(Header::value)
        .findFirst();
  }

  /** The lower-case domains of the recipients, in order, without duplicates. */
  public Set<String> recipientDomains() {
    Set<String> domains = new LinkedHashSet<>();
    for (String r : recipients) {
      domains.add(domainOf(r));
    }
    return domains;
  }

  /** Headers that name the message's own parties. */
  private static final List<String> PARTY_HEADERS =
      List.of("From", "Sender", "Reply-To", "To", "Cc");

  /**
   * The display names of the message's own parties, as the {@code From}, {@code Sender}, {@code
   * Reply-To}, {@code To} and {@code Cc} headers give them ({@code "Doe, Jane" <jane@example.com>}
   * gives {@code Doe, Jane}), in order, without duplicates; addresses without a name give none.
   */
  public Set<String> partyNames() {
    Set<String> names = new LinkedHashSet<>();
    for (Header h : headers) {
      if (PARTY_HEADERS.stream().noneMatch(h.name()::equalsIgnoreCase)) {
        continue;
      }
      for (Address address : LenientAddressParser.DEFAULT.parseAddressList(h.value())) {
        String name =
            address instanceof Mailbox mailbox
                ? mailbox.getName()
                : address instanceof Group group ? group.getName() : null;
        if (name != null && !name.isBlank()) {
          names.add(name.strip());
        }
        if (address instanceof Group group) {
          for (Mailbox member : group.getMailboxes()) {
            if (member.getName() != null && !member.getName().isBlank()) {
              names.add(member.getName().strip());
            }
          }
        }
      }
    }
    return names;
  }

  /** The lower-case domain of an address ({@code user@Example.COM} gives {@code example.com}). */
  public static String domainOf(String address) {
    int at = address.lastIndexOf('@');
    return (at < 0 ? "" : address.substring(at + 1)).toLowerCase(Locale.ROOT);
  }

  /** A header with its decoded value. */
  public record Header(String name, String value) {
    public Header {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A body part for people to read.
   *
   * @param contentType {@code text/plain} or {@code text/html}
   * @param text the decoded text
   */
  public record TextPart(String contentType, String text) {
    public TextPart {
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(text, "text");
    }

    public boolean isHtml() {
      return contentType.equalsIgnoreCase("text/html");
    }
  }

  /**
   * An attachment (or any leaf part that is not a text part for reading).
   *
   * @param fileName the file name from {@code Content-Disposition} or {@code Content-Type},
   *     decoded; empty when the part has none
   * @param contentType the lower-case MIME type, such as {@code text/csv}
   * @param charset the {@code charset} parameter, or empty
   * @param content the bytes after transfer decoding (base64, quoted-printable)
   */
  public record Attachment(String fileName, String contentType, String charset, byte[] content) {
    public Attachment {
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(charset, "charset");
      content = content.clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }

    /** The size of the decoded content in bytes. */
    public int size() {
      return content.length;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Attachment a
          && fileName.equals(a.fileName)
          && contentType.equals(a.contentType)
          && charset.equals(a.charset)
          && Arrays.equals(content, a.content);
    }

    @Override
    public int hashCode() {
      return Objects.hash(fileName, contentType, charset, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
      return "Attachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
    }
  }
}
