package dev.kalkan.milter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of the attachments Kalkan reads today: text formats (CSV, TSV, TXT, JSON, XML, YAML,
 * logs) decoded in their charset, and XLSX workbooks read from their XML parts (shared strings
 * resolved, one line per row, cells separated by tabs). Other formats (PDF, archives, other office
 * documents) give no text here; the extraction module ({@code kalkan-extract}) will read them.
 *
 * <p>Bounded: an XLSX expands to at most {@value #MAX_XLSX_BYTES} bytes of XML, and anything that
 * is not a readable workbook gives no text rather than an error. Thread-safe.
 */
public final class AttachmentText {
  static final long MAX_XLSX_BYTES = 64L << 20;
  static final int MAX_XLSX_ENTRIES = 10_000;

  private static final Set<String> TEXT_TYPES =
      Set.of(
          "application/json",
          "application/x-ndjson",
          "application/csv",
          "application/xml",
          "application/yaml",
          "application/x-yaml",
          "application/tab-separated-values");
  private static final Set<String> TEXT_EXTENSIONS =
      Set.of(
          "csv",
          "tsv",
          "tab",
          "txt",
          "text",
          "json",
          "jsonl",
          "ndjson",
          "xml",
          "yaml",
          "yml",
          "log",
          "md",
          "env",
          "properties",
          "ini",
          "conf",
          "sql");
  private static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final Pattern SHEET = Pattern.compile("xl/worksheets/sheet[0-9]*\\.xml");

  private AttachmentText() {}

  /** The attachment's text, or empty when its format is not one read here. */
  public static Optional<String> of(MailMessage.Attachment attachment) {
    String type = attachment.contentType();
    String extension = extension(attachment.fileName());
    byte[] bytes = attachment.content();
    if (type.equals(XLSX_TYPE) || extension.equals("xlsx") || extension.equals("xlsm")) {
      return xlsx(bytes);
    }
    boolean textual =
        type.startsWith("text/")
            || TEXT_TYPES.contains(type)
            || TEXT_EXTENSIONS.contains(extension);
    if (!textual || looksBinary(bytes)) {
      return Optional.empty();
    }
    String text = MimeMessageReader.decodeText(bytes, attachment.charset());
    return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** Reads a workbook's shared strings and sheets; empty when it is not a readable XLSX. */
  static Optional<String> xlsx(byte[] bytes) {
    byte[] sharedStrings = null;
    TreeMap<String, byte[]> sheets = new TreeMap<>();
    long total = 0;
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > MAX_XLSX_ENTRIES) {
          return Optional.empty();
        }
        String name = entry.getName();
        boolean shared = name.equals("xl/sharedStrings.xml");
        if (!shared && !SHEET.matcher(name).matches()) {
          continue;
        }
        byte[] xml = readBounded(zip, MAX_XLSX_BYTES - total);
        if (xml == null) {
          return Optional.empty();
        }
        total += xml.length;
        if (shared) {
          sharedStrings = xml;
        } else {
          sheets.put(name, xml);
        }
      }
      if (sheets.isEmpty()) {
        return Optional.empty();
      }
      List<String> strings = sharedStrings == null ? List.of() : sharedStrings(sharedStrings);
      StringBuilder text = new StringBuilder();
      for (byte[] sheet : sheets.values()) {
        sheetText(sheet, strings, text);
      }
      return Optional.of(text.toString());
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static byte[] readBounded(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    int n;
    while ((n = in.read(buf)) > 0) {
      if (out.size() + (long) n > limit) {
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private static XMLStreamReader xml(byte[] bytes) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
  }

  private static List<String> sharedStrings(byte[] bytes) throws XMLStreamException {
    List<String> strings = new ArrayList<>();
    XMLStreamReader r = xml(bytes);
    StringBuilder current = null;
    boolean inText = false;
    int phonetic = 0;
    while (r.hasNext()) {
      switch (r.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          switch (r.getLocalName()) {
            case "si" -> current = new StringBuilder();
            case "t" -> inText = phonetic == 0;
            case "rPh" -> phonetic++;
            default -> {}
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          switch (r.getLocalName()) {
            case "si" -> {
              strings.add(current == null ? "" : current.toString());
              current = null;
            }
            case "t" -> inText = false;
            case "rPh" -> phonetic--;
            default -> {}
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (inText && current != null) {
            current.append(r.getText());
          }
        }
        default -> {}
      }
    }
    r.close();
    return strings;
  }

  private static void sheetText(byte[] bytes, List<String> strings, StringBuilder out)
      throws XMLStreamException {
    XMLStreamReader r = xml(bytes);
    String cellType = null;
    StringBuilder value = null;
    boolean inValue = false;
    boolean firstCell = true;
    while (r.hasNext()) {
      switch (r.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          switch (r.getLocalName()) {
            case "row" -> firstCell = true;
            case "c" -> {
              cellType = r.getAttributeValue(null, "t");
              value = new StringBuilder();
            }
            case "v", "t" -> inValue = true;
            default -> {}
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          switch (r.getLocalName()) {
            case "v", "t" -> inValue = false;
            case "row" -> out.append('\n');
            case "c" -> {
              if (!firstCell) {
                out.append('\t');
              }
              firstCell = false;
              out.append(cellText(cellType, value, strings));
              value = null;
            }
            default -> {}
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (value != null && inValue) {
            value.append(r.getText());
          }
        }
        default -> {}
      }
    }
    r.close();
  }

  private static String cellText(String type, StringBuilder value, List<String> strings) {
    String v = value == null ? "" : value.toString().strip();
    if ("s".equals(type)) {
      try {
        int index = Integer.parseInt(v);
        return index >= 0 && index < strings.size() ? strings.get(index) : "";
      } catch (NumberFormatException e) {
        return "";
      }
    }
    return v;
  }
}
