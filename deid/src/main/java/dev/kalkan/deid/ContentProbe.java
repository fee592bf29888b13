package dev.kalkan.deid;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses content Kalkan cannot rewrite without leaving data behind: documents and archives (PDF,
 * Office, ZIP-based formats, RTF, compressed and image files, recognised by their magic bytes),
 * anything with a NUL byte in its first 8 KiB, and anything that is not valid UTF-8.
 */
final class ContentProbe {
  static final int PROBE_BYTES = 8192;

  private static final Object[][] MAGIC = {
    {"%PDF", "a PDF document"},
    {"PK\u0003\u0004", "a ZIP archive or an Office document (DOCX, XLSX, PPTX, ODF)"},
    {"PK\u0005\u0006", "a ZIP archive"},
    {
      "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1", "a legacy Office document (DOC, XLS, MSG)"
    },
    {"{\\rtf", "an RTF document"},
    {"\u001F\u008B", "a gzip file"},
    {"7z\u00BC\u00AF\u0027\u001C", "a 7z archive"},
    {"Rar!", "a RAR archive"},
    {"BZh", "a bzip2 file"},
    {"\u00FD7zXZ", "an xz file"},
    {"\u0089PNG", "a PNG image"},
    {"\u00FF\u00D8\u00FF", "a JPEG image"},
    {"GIF8", "a GIF image"},
  };

  private ContentProbe() {}

  /**
   * Decodes {@code content} as UTF-8 text.
   *
   * @throws DeidException naming what the content is when it is not text Kalkan can rewrite
   */
  static String text(byte[] content, String verb) throws DeidException {
    for (Object[] magic : MAGIC) {
      if (startsWith(content, (String) magic[0])) {
        throw new DeidException(
            "this is "
                + magic[1]
                + ", which kalkan cannot rewrite; refusing to "
                + verb
                + " it (nothing was written)."
                + " Extract its text first");
      }
    }
    int probe = Math.min(content.length, PROBE_BYTES);
    for (int i = 0; i < probe; i++) {
      if (content[i] == 0) {
        throw new DeidException(
            "binary content (a NUL byte in the first 8 KiB), which kalkan cannot rewrite;"
                + " refusing to "
                + verb
                + " it (nothing was written)");
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw new DeidException(
          "not UTF-8 text; refusing to "
              + verb
              + " it (nothing was written). Convert it to UTF-8"
              + " first");
    }
  }

  private static boolean startsWith(byte[] content, String magic) {
    if (content.length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if ((content[i] & 0xff) != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
