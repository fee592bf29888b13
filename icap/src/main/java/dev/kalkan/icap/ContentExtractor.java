package dev.kalkan.icap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Turns an HTTP body into the {@link UploadPart}s a decider inspects: undoes {@code
 * Content-Encoding} (gzip, deflate), splits {@code multipart/form-data} into fields and files and
 * {@code application/x-www-form-urlencoded} into values, and opens ZIP-based files (XLSX, DOCX,
 * ZIP; one level) into their entries. Decoded bytes are capped; whatever exceeds the cap or cannot
 * be decoded makes the result incomplete, never an error. Thread-safe (stateless).
 */
final class ContentExtractor {
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private final int maxDecodedBytes;
  private final int maxParts;

  /** The parts, and whether they hold all of the content. */
  record Result(List<UploadPart> parts, boolean complete) {}

  ContentExtractor(int maxDecodedBytes, int maxParts) {
    this.maxDecodedBytes = maxDecodedBytes;
    this.maxParts = maxParts;
  }

  /**
   * @param bodyComplete false when {@code body} is only a prefix of the message body
   */
  Result extract(
      String contentType, String contentEncoding, byte[] body, int length, boolean bodyComplete) {
    Extraction x = new Extraction(bodyComplete);
    byte[] decoded = body;
    int decodedLength = length;
    if (contentEncoding != null && !contentEncoding.isBlank()) {
      String[] codings = contentEncoding.toLowerCase(Locale.ROOT).split(",");
      for (int i = codings.length - 1; i >= 0; i--) {
        String coding = codings[i].strip();
        if (coding.equals("identity") || coding.isEmpty()) {
          continue;
        }
        byte[] next = x.decode(coding, decoded, decodedLength);
        if (next == null) {
          x.complete = false;
          x.add(UploadPart.Kind.BODY, null, null, contentType, body, 0, length);
          return x.result();
        }
        decoded = next;
        decodedLength = next.length;
      }
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String base =
        type.indexOf(';') < 0 ? type.strip() : type.substring(0, type.indexOf(';')).strip();
    if (base.equals("multipart/form-data") && parameter(contentType, "boundary") != null) {
      x.multipart(decoded, decodedLength, parameter(contentType, "boundary"));
    } else if (base.equals("application/x-www-form-urlencoded")) {
      x.form(decoded, decodedLength, contentType);
    } else {
      x.file(UploadPart.Kind.BODY, null, null, contentType, decoded, 0, decodedLength);
    }
    return x.result();
  }

  /** A parameter of a header value such as {@code multipart/form-data; boundary="x"}, or null. */
  static String parameter(String header, String name) {
    if (header == null) {
      return null;
    }
    int i = header.indexOf(';');
    while (i >= 0 && i < header.length()) {
      int end = i + 1;
      boolean quoted = false;
      while (end < header.length() && (quoted || header.charAt(end) != ';')) {
        if (header.charAt(end) == '"') {
          quoted = !quoted;
        } else if (quoted && header.charAt(end) == '\\') {
          end++;
        }
        end++;
      }
      String param = header.substring(i + 1, Math.min(end, header.length())).strip();
      int eq = param.indexOf('=');
      if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase(name)) {
        String value = param.substring(eq + 1).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return value;
      }
      i = end;
    }
    return null;
  }

  private final class Extraction {
    private final List<UploadPart> parts = new ArrayList<>();
    private boolean complete;
    private long budget = maxDecodedBytes;

    Extraction(boolean complete) {
      this.complete = complete;
    }

    Result result() {
      return new Result(parts, complete);
    }

    void add(
        UploadPart.Kind kind,
        String name,
        String fileName,
        String type,
        byte[] b,
        int off,
        int len) {
      if (parts.size() >= maxParts) {
        complete = false;
        return;
      }
      parts.add(new UploadPart(kind, name, fileName, type, b, off, len));
    }

    /** Adds a part, or its entries when it is a ZIP-based file. */
    void file(
        UploadPart.Kind kind,
        String name,
        String fileName,
        String type,
        byte[] b,
        int off,
        int len) {
      if (len >= 4
          && startsWith(b, off, ZIP_MAGIC)
          && zip(fileName == null ? name : fileName, b, off, len)) {
        return;
      }
      add(kind, name, fileName, type, b, off, len);
    }

    byte[] decode(String coding, byte[] b, int len) {
      try {
        return switch (coding) {
          case "gzip", "x-gzip" ->
              inflate(new GZIPInputStream(new ByteArrayInputStream(b, 0, len)));
          case "deflate" -> deflate(b, len);
          default -> null;
        };
      } catch (IOException e) {
        return null;
      }
    }

    private byte[] deflate(byte[] b, int len) throws IOException {
      try {
        return inflate(new InflaterInputStream(new ByteArrayInputStream(b, 0, len)));
      } catch (ZipException e) {
        return inflate(
            new InflaterInputStream(new ByteArrayInputStream(b, 0, len), new Inflater(true)));
      }
    }

    /** Reads a decoding stream within the budget; a truncated or over-long input is incomplete. */
    private byte[] inflate(InputStream in) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      try (in) {
        int n;
        while ((n = in.read(buf)) > 0) {
          if (out.size() + n > budget) {
            out.write(buf, 0, (int) (budget - out.size()));
            complete = false;
            break;
          }
          out.write(buf, 0, n);
        }
      } catch (EOFException e) {
        complete = false;
      }
      budget -= out.size();
      return out.toByteArray();
    }

    void form(byte[] b, int len, String contentType) {
      String text = new String(b, 0, len, StandardCharsets.UTF_8);
      List<UploadPart> fields = new ArrayList<>();
      try {
        for (String pair : text.split("&")) {
          if (pair.isEmpty()) {
            continue;
          }
          int eq = pair.indexOf('=');
          String name =
              URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
          byte[] value =
              eq < 0
                  ? new byte[0]
                  : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)
                      .getBytes(StandardCharsets.UTF_8);
          fields.add(
              new UploadPart(UploadPart.Kind.FORM_FIELD, name, null, null, value, 0, value.length));
        }
      } catch (IllegalArgumentException e) {
        add(UploadPart.Kind.BODY, null, null, contentType, b, 0, len);
        return;
      }
      for (UploadPart field : fields) {
        if (parts.size() >= maxParts) {
          complete = false;
          break;
        }
        parts.add(field);
      }
    }

    void multipart(byte[] b, int len, String boundary) {
      byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
      byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
      int at = startsWith(b, 0, delimiter) ? 0 : indexOf(b, len, next, 0);
      if (at < 0) {
        add(UploadPart.Kind.BODY, null, null, "multipart/form-data", b, 0, len);
        complete = false;
        return;
      }
      int pos = at + (at == 0 && startsWith(b, 0, delimiter) ? delimiter.length : next.length);
      while (true) {
        if (pos + 2 <= len && b[pos] == '-' && b[pos + 1] == '-') {
          return;
        }
        int lineEnd = indexOf(b, len, new byte[] {'\r', '\n'}, pos);
        if (lineEnd < 0) {
          complete = false;
          return;
        }
        int headEnd = indexOf(b, len, new byte[] {'\r', '\n', '\r', '\n'}, lineEnd);
        int dataStart;
        String head;
        if (headEnd == lineEnd) {
          head = "";
          dataStart = lineEnd + 4;
        } else if (headEnd < 0) {
          complete = false;
          return;
        } else {
          head = new String(b, lineEnd + 2, headEnd - lineEnd - 2, StandardCharsets.UTF_8);
          dataStart = headEnd + 4;
        }
        int end = indexOf(b, len, next, dataStart);
        boolean last = end < 0;
        if (last) {
          end = len;
          complete = false;
        }
        String disposition = null;
        String type = null;
        for (String line : head.split("\r\n")) {
          int colon = line.indexOf(':');
          if (colon > 0) {
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (name.equals("content-disposition")) {
              disposition = line.substring(colon + 1).strip();
            } else if (name.equals("content-type")) {
              type = line.substring(colon + 1).strip();
            }
          }
        }
        String field = parameter(disposition, "name");
        String fileName = parameter(disposition, "filename");
        file(
            fileName == null ? UploadPart.Kind.FORM_FIELD : UploadPart.Kind.FILE,
            field,
            fileName,
            type,
            b,
            dataStart,
            end - dataStart);
        if (last) {
          return;
        }
        pos = end + next.length;
      }
    }

    /** Adds the entries of a ZIP file; false when it is not a readable ZIP. */
    private boolean zip(String archive, byte[] b, int off, int len) {
      List<UploadPart> entries = new ArrayList<>();
      boolean whole = true;
      try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(b, off, len))) {
        ZipEntry entry;
        byte[] buf = new byte[8192];
        while ((entry = zin.getNextEntry()) != null) {
          if (entry.isDirectory()) {
            continue;
          }
          if (parts.size() + entries.size() >= maxParts) {
            whole = false;
            break;
          }
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          int n;
          while ((n = zin.read(buf)) > 0) {
            if (out.size() + n > budget) {
              out.write(buf, 0, (int) (budget - out.size()));
              whole = false;
              break;
            }
            out.write(buf, 0, n);
          }
          budget -= out.size();
          byte[] data = out.toByteArray();
          entries.add(
              new UploadPart(
                  UploadPart.Kind.ARCHIVE_ENTRY,
                  entry.getName(),
                  archive,
                  null,
                  data,
                  0,
                  data.length));
          if (!whole) {
            break;
          }
        }
      } catch (IOException | IllegalArgumentException e) {
        if (entries.isEmpty()) {
          return false;
        }
        whole = false;
      }
      if (entries.isEmpty()) {
        return false;
      }
      parts.addAll(entries);
      complete &= whole;
      return true;
    }
  }

  private static boolean startsWith(byte[] b, int off, byte[] prefix) {
    if (off + prefix.length > b.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[off + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, int len, byte[] what, int from) {
    byte first = what[0];
    int max = len - what.length;
    for (int i = from; i <= max; i++) {
      if (b[i] != first) {
        continue;
      }
      int j = 1;
      while (j < what.length && b[i + j] == what[j]) {
        j++;
      }
      if (j == what.length) {
        return i;
      }
    }
    return -1;
  }
}
