package dev.kalkan.milter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Turns the headers and body the MTA sent into decoded parts with Apache James mime4j: text and
 * HTML parts as text (transfer encoding and charset undone), everything else as attachments with
 * decoded bytes. Lenient: a malformed structure yields what could be read and {@code complete ==
 * false}; nesting deeper than {@value #MAX_DEPTH} levels is not followed.
 */
final class MimeMessageReader {
  static final int MAX_DEPTH = 32;

  private MimeMessageReader() {}

  /** The decoded content of one message. */
  record Content(
      List<MailMessage.Header> headers,
      List<MailMessage.TextPart> textParts,
      List<MailMessage.Attachment> attachments,
      boolean complete) {}

  /**
   * Reads a message.
   *
   * @param headers the headers as the MTA sent them (wire strings, folded lines separated by a bare
   *     or CRLF line break, no space after the colon)
   * @param body the body as on the wire, CRLF line ends
   */
  static Content read(List<MilterCommand.Header> headers, byte[] body) {
    List<MailMessage.Header> decoded = new ArrayList<>(headers.size());
    ByteArrayOutputStream raw = new ByteArrayOutputStream(64 * headers.size() + 2);
    for (MilterCommand.Header h : headers) {
      decoded.add(new MailMessage.Header(h.name(), decodeHeaderValue(h.value())));
      raw.writeBytes(h.name().getBytes(StandardCharsets.ISO_8859_1));
      raw.writeBytes(new byte[] {':', ' '});
      raw.writeBytes(crlfLines(h.value()).getBytes(StandardCharsets.ISO_8859_1));
      raw.writeBytes(new byte[] {'\r', '\n'});
    }
    raw.writeBytes(new byte[] {'\r', '\n'});

    List<MailMessage.TextPart> text = new ArrayList<>();
    List<MailMessage.Attachment> attachments = new ArrayList<>();
    boolean complete;
    try {
      Message message =
          builder()
              .parseMessage(
                  new SequenceInputStream(
                      new ByteArrayInputStream(raw.toByteArray()), new ByteArrayInputStream(body)));
      complete = walk(message, 0, text, attachments);
      message.dispose();
    } catch (IOException | RuntimeException e) {
      complete = false;
    }
    return new Content(decoded, text, attachments, complete);
  }

  private static DefaultMessageBuilder builder() {
    DefaultMessageBuilder builder = new DefaultMessageBuilder();
    builder.setMimeEntityConfig(
        new MimeConfig.Builder()
            .setMaxLineLen(-1)
            .setMaxHeaderLen(-1)
            .setMaxHeaderCount(-1)
            .setMaxContentLen(-1)
            .setStrictParsing(false)
            .build());
    builder.setDecodeMonitor(DecodeMonitor.SILENT);
    builder.setFieldParser(LenientFieldParser.getParser());
    return builder;
  }

  private static boolean walk(
      Entity entity,
      int depth,
      List<MailMessage.TextPart> text,
      List<MailMessage.Attachment> attachments)
      throws IOException {
    if (depth > MAX_DEPTH) {
      return false;
    }
    Body body = entity.getBody();
    boolean complete = true;
    if (body instanceof Multipart multipart) {
      for (Entity part : multipart.getBodyParts()) {
        complete &= walk(part, depth + 1, text, attachments);
      }
    } else if (body instanceof Message nested) {
      complete &= walk(nested, depth + 1, text, attachments);
    } else if (body instanceof SingleBody single) {
      byte[] bytes;
      try (InputStream in = single.getInputStream()) {
        bytes = in.readAllBytes();
      }
      String mimeType = entity.getMimeType() == null ? "text/plain" : lower(entity.getMimeType());
      String fileName = entity.getFilename() == null ? "" : decodeHeaderValue(entity.getFilename());
      String charset = entity.getCharset() == null ? "" : entity.getCharset();
      boolean attachment =
          !fileName.isEmpty() || "attachment".equalsIgnoreCase(entity.getDispositionType());
      if (!attachment && (mimeType.equals("text/plain") || mimeType.equals("text/html"))) {
        text.add(new MailMessage.TextPart(mimeType, decodeText(bytes, charset)));
      } else {
        attachments.add(new MailMessage.Attachment(fileName, mimeType, charset, bytes));
      }
    }
    return complete;
  }

  /**
   * Decodes bytes in the named charset; unknown or missing charsets are read as UTF-8 with
   * replacement characters.
   */
  static String decodeText(byte[] bytes, String charsetName) {
    Charset charset = StandardCharsets.UTF_8;
    if (!charsetName.isBlank()) {
      try {
        charset = Charset.forName(charsetName.trim());
      } catch (IllegalArgumentException e) {
        charset = StandardCharsets.UTF_8;
      }
    }
    return new String(bytes, charset);
  }

  /**
   * Unfolds a header value and decodes RFC 2047 encoded words; raw 8-bit bytes are read as UTF-8
   * when they are valid UTF-8 (SMTPUTF8), otherwise as ISO-8859-1.
   */
  static String decodeHeaderValue(String wire) {
    String unfolded = wire.replaceAll("\r?\n(?=[ \t])", "").replaceAll("\r?\n", " ");
    return DecoderUtil.decodeEncodedWords(eightBit(unfolded), DecodeMonitor.SILENT);
  }

  private static String eightBit(String wire) {
    boolean ascii = wire.chars().allMatch(c -> c < 0x80);
    if (ascii) {
      return wire;
    }
    byte[] bytes = wire.getBytes(StandardCharsets.ISO_8859_1);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return wire;
    }
  }

  private static String crlfLines(String value) {
    return value.replaceAll("\r?\n", "\r\n");
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
