package dev.kalkan.icap;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of decoded content of an {@link Upload}: the body itself (decompressed), a form field,
 * an attached file, or an entry of an archive. Immutable: the bytes are never handed out, only
 * copies and streams.
 */
public final class UploadPart {

  /** What the part is. */
  public enum Kind {
    /** The whole body, after {@code Content-Encoding} (gzip, deflate) was undone. */
    BODY,
    /** A form value: a {@code multipart/form-data} part without file name or a urlencoded value. */
    FORM_FIELD,
    /** A {@code multipart/form-data} part with a file name. */
    FILE,
    /** An entry of a ZIP-based file (XLSX, DOCX, ZIP) that was attached or uploaded. */
    ARCHIVE_ENTRY
  }

  private final Kind kind;
  private final String name;
  private final String fileName;
  private final String contentType;
  private final byte[] content;
  private final int offset;
  private final int length;

  UploadPart(
      Kind kind,
      String name,
      String fileName,
      String contentType,
      byte[] content,
      int offset,
      int length) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.name = name;
    this.fileName = fileName;
    this.contentType = contentType;
    this.content = Objects.requireNonNull(content, "content");
    Objects.checkFromIndexSize(offset, length, content.length);
    this.offset = offset;
    this.length = length;
  }

  /** A part holding a copy of {@code content}; for deciders and tests that build uploads. */
  public static UploadPart of(
      Kind kind, String name, String fileName, String contentType, byte[] content) {
    byte[] copy = content.clone();
    return new UploadPart(kind, name, fileName, contentType, copy, 0, copy.length);
  }

  public Kind kind() {
    return kind;
  }

  /** The form field name, or the entry path inside its archive; empty for the body. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The file name given by the client (for archive entries: the archive's). */
  public Optional<String> fileName() {
    return Optional.ofNullable(fileName);
  }

  /** The declared content type, if any. */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  /** Number of content bytes. */
  public int length() {
    return length;
  }

  /** Scans or reads the content in place; for this package's deciders, which never modify it. */
  byte[] array() {
    return content;
  }

  int offset() {
    return offset;
  }

  /**
   * The content, without a copy when the part is a whole buffer of its own (an upload body read
   * into a buffer of its declared length), else a copy. Callers must not change the array: it may
   * be the one the server echoes to the proxy.
   */
  public byte[] bytes() {
    return offset == 0 && length == content.length ? content : toByteArray();
  }

  /** A copy of the content. */
  public byte[] toByteArray() {
    byte[] copy = new byte[length];
    System.arraycopy(content, offset, copy, 0, length);
    return copy;
  }

  /** The content as a stream, without copying. */
  public InputStream open() {
    return new ByteArrayInputStream(content, offset, length);
  }

  /** The content decoded as UTF-8 (malformed input replaced). */
  public String text() {
    return new String(content, offset, length, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "UploadPart[" + kind + (name == null ? "" : " " + name) + ", " + length + " bytes]";
  }
}
