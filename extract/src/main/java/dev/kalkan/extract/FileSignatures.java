package dev.kalkan.extract;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;
import java.util.Set;

/**
 * Decides from a file's name and first bytes whether it needs extraction or can be scanned as the
 * UTF-8 text it is. Costs one pass over the head, eight bytes at a time for ASCII.
 */
final class FileSignatures {
  /** Bytes inspected for a NUL byte. */
  static final int BINARY_PROBE = 8192;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Extensions of text-based formats that are documents, not text to scan as is. */
  private static final Set<String> DOCUMENT_EXTENSIONS =
      Set.of(
          "pdf", "rtf", "eml", "msg", "mht", "mhtml", "html", "htm", "xhtml", "docx", "xlsx",
          "pptx", "doc", "xls", "ppt", "odt", "ods", "odp", "zip", "tar", "gz", "tgz", "bz2", "xz",
          "7z", "rar", "jar", "mbox");

  private static final byte[][] MAGIC = {
    {'%', 'P', 'D', 'F', '-'},
    {'{', '\\', 'r', 't', 'f'},
    {'P', 'K', 3, 4},
    {'P', 'K', 5, 6},
    {(byte) 0x1F, (byte) 0x8B},
    {'B', 'Z', 'h'},
    {(byte) 0xFD, '7', 'z', 'X', 'Z', 0},
    {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C},
    {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
    {'R', 'a', 'r', '!'},
  };

  /** Header names that start an RFC 822 message. */
  private static final String[] MAIL_HEADERS = {
    "return-path:",
    "received:",
    "mime-version:",
    "delivered-to:",
    "message-id:",
    "from:",
    "x-mailer:",
    "dkim-signature:",
    "x-received:",
    "arc-seal:"
  };

  private FileSignatures() {}

  static boolean needsExtraction(String name, byte[] head, int length, boolean whole) {
    if (hasExtension(name) || hasMagic(head, length) || hasNul(head, length)) {
      return true;
    }
    if (isMail(head, length)) {
      return true;
    }
    return !TextEncoding.isUtf8(head, length, !whole);
  }

  private static boolean hasExtension(String name) {
    if (name == null) {
      return false;
    }
    int dot = name.lastIndexOf('.');
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    if (dot <= slash + 1 || name.length() - dot > 6) {
      return false;
    }
    return DOCUMENT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static boolean hasMagic(byte[] head, int length) {
    for (byte[] magic : MAGIC) {
      if (startsWith(head, length, 0, magic)) {
        return true;
      }
    }
    return length > 262 && startsWith(head, length, 257, new byte[] {'u', 's', 't', 'a', 'r'});
  }

  private static boolean startsWith(byte[] head, int length, int at, byte[] magic) {
    if (length - at < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[at + i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the first 8 KiB hold a NUL byte (the classic {@code (x - 0x01..) & ~x & 0x80..} test,
   * eight bytes at a time: this probe touches most of every small file).
   */
  static boolean hasNul(byte[] buf, int n) {
    int end = Math.min(n, BINARY_PROBE);
    int i = 0;
    for (; i + Long.BYTES <= end; i += Long.BYTES) {
      long x = (long) LONGS.get(buf, i);
      if (((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) != 0) {
        return true;
      }
    }
    for (; i < end; i++) {
      if (buf[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** True for content that starts with a mail header line and has a Content-Type header. */
  private static boolean isMail(byte[] head, int length) {
    if (length < 6 || !Character.isLetter(head[0])) {
      return false;
    }
    int probe = Math.min(length, 64);
    String start = new String(head, 0, probe, java.nio.charset.StandardCharsets.ISO_8859_1);
    String lower = start.toLowerCase(Locale.ROOT);
    boolean header = false;
    for (String h : MAIL_HEADERS) {
      if (lower.startsWith(h)) {
        header = true;
        break;
      }
    }
    if (!header) {
      return false;
    }
    String more =
        new String(
                head,
                0,
                Math.min(length, BINARY_PROBE),
                java.nio.charset.StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    return more.contains("\ncontent-type:") || more.contains("\nsubject:");
  }
}
