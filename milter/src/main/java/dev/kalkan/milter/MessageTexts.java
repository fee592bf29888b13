package dev.kalkan.milter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The texts of a message to inspect, in order: the subject, each text part (HTML with tags stripped
 * and character references decoded) and each attachment {@link AttachmentText} can read; plus the
 * attachments it cannot read yet. Deciders share it so that every one inspects the same text.
 * Immutable.
 *
 * @param texts the texts to scan
 * @param unread attachments whose format is not read yet (PDF, archives, other office documents)
 */
public record MessageTexts(List<String> texts, List<MailMessage.Attachment> unread) {

  public MessageTexts {
    texts = List.copyOf(texts);
    unread = List.copyOf(unread);
  }

  /** Extracts the texts of {@code message}. */
  public static MessageTexts of(MailMessage message) {
    List<String> texts = new ArrayList<>();
    List<MailMessage.Attachment> unread = new ArrayList<>();
    message.subject().ifPresent(texts::add);
    for (MailMessage.TextPart part : message.textParts()) {
      texts.add(part.isHtml() ? HtmlText.of(part.text()) : part.text());
    }
    for (MailMessage.Attachment a : message.attachments()) {
      Optional<String> text = AttachmentText.of(a);
      if (text.isPresent()) {
        texts.add(text.get());
      } else {
        unread.add(a);
      }
    }
    return new MessageTexts(texts, unread);
  }
}
