package dev.kalkan.extract;

import dev.kalkan.detect.Finding;
import dev.kalkan.extract.ScanGap.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The extraction of one file, on one thread: detects each part's type, parses it with Tika (or
 * reads it as text in its encoding), scans its text, and recurses into its members through Tika's
 * embedded-document callback, so that every member is scanned and reported on its own with its own
 * path. Limits are enforced by the {@link ExtractionBudget} (size, expansion, time: every read and
 * every text event checks it), by depth here, and by the member text limit in {@link
 * TextCollector}.
 */
final class MemberExtraction {
  /** Types whose single member is named like the container (compression is not a level). */
  private static final Set<String> COMPRESSORS =
      Set.of(
          "application/gzip",
          "application/x-gzip",
          "application/x-bzip2",
          "application/x-bzip",
          "application/x-xz",
          "application/x-lzma",
          "application/x-compress",
          "application/zstd",
          "application/x-lz4",
          "application/x-snappy",
          "application/x-brotli");

  /** Formats that need a decoder Kalkan does not ship. */
  private static final Set<String> UNSUPPORTED =
      Set.of("application/x-rar-compressed", "application/vnd.rar", "application/x-rar");

  /** Types read as text in their encoding rather than parsed. */
  private static final Set<String> PARSED_TEXT =
      Set.of("text/html", "text/xml", "text/x-vcalendar", "text/rtf", "text/vnd.wap.wml");

  /** {@code application/*} types that are text to scan as it is. */
  private static final Set<String> TEXTUAL =
      Set.of(
          "application/json",
          "application/x-ndjson",
          "application/javascript",
          "application/x-javascript",
          "application/x-yaml",
          "application/yaml",
          "application/toml",
          "application/x-sh",
          "application/sql",
          "application/x-sql",
          "application/x-httpd-php");

  /** Metadata that describes the file technically rather than its content. */
  private static final List<String> TECHNICAL_METADATA =
      List.of(
          "X-TIKA",
          "X-Parsed-By",
          "Content-Type",
          "Content-Length",
          "Content-Encoding",
          "resourceName",
          "embedded",
          "access_permission",
          "pdf:",
          "xmpTPg",
          "tika:");

  private final Parser parser;
  private final Detector detector;
  private final EncodedContentScanner text;
  private final ExtractionBudget budget;
  private final Consumer<ScannedMember> out;

  MemberExtraction(
      Parser parser,
      Detector detector,
      EncodedContentScanner text,
      ExtractionBudget budget,
      Consumer<ScannedMember> out) {
    this.parser = parser;
    this.detector = detector;
    this.text = text;
    this.budget = budget;
    this.out = out;
  }

  /** Extracts and scans the file read from {@code in}, named {@code path}. */
  void extractFile(InputStream in, String path) {
    Metadata metadata = new Metadata();
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, path.substring(slash + 1));
    member(new BudgetedInputStream(in, budget, false), path, 0, metadata);
  }

  private void report(ScannedMember member) {
    out.accept(member);
  }

  private void member(BudgetedInputStream in, String path, int depth, Metadata metadata) {
    TemporaryResources tmp = new TemporaryResources();
    try (TikaInputStream tis = TikaInputStream.get(in, tmp, metadata)) {
      MediaType type;
      try {
        type = detector.detect(tis, metadata).getBaseType();
      } catch (IOException | RuntimeException e) {
        report(failed(path, in.count(), List.of(), e));
        return;
      }
      String name = type.toString();
      if (UNSUPPORTED.contains(name)) {
        report(
            new ScannedMember(
                path,
                in.count(),
                List.of(),
                new ScanGap(path, Reason.UNSUPPORTED, "format " + name + " cannot be opened")));
      } else if (type.equals(MediaType.OCTET_STREAM)) {
        report(new ScannedMember(path, in.count(), List.of(), null, true));
      } else if (isPlainText(type)) {
        plainText(tis, in, path);
      } else {
        parsed(tis, in, path, depth, metadata, COMPRESSORS.contains(name));
      }
    } catch (IOException e) {
      report(failed(path, in.count(), List.of(), e));
    } finally {
      try {
        tmp.close();
      } catch (IOException ignored) {
        // temporary files of Tika; the JVM deletes them on exit at the latest
      }
    }
  }

  /**
   * True for text read as is in its encoding (CSV, JSON, YAML, logs, source code): a {@code text/*}
   * type other than HTML, XML or RTF (which Tika parses), or one of the textual {@code
   * application/*} types. Mail ({@code message/rfc822}) is parsed, for its attachments.
   */
  private static boolean isPlainText(MediaType type) {
    String name = type.toString();
    return type.getType().equals("text") ? !PARSED_TEXT.contains(name) : TEXTUAL.contains(name);
  }

  private void plainText(TikaInputStream tis, BudgetedInputStream in, String path)
      throws IOException {
    int limit = budget.limits().maxTextBytes();
    byte[] bytes = tis.readNBytes(limit);
    boolean more = bytes.length == limit && tis.read() >= 0;
    TextEncoding.Decoded decoded = TextEncoding.toUtf8(bytes, bytes.length);
    List<Finding> findings = new ArrayList<>();
    LimitExceededException problem =
        text.scan(path, decoded.utf8(), decoded.length(), findings::add);
    ScanGap gap = null;
    if (more) {
      gap =
          new ScanGap(
              path,
              Reason.SIZE_LIMIT,
              "more than " + ExtractionBudget.mib(limit) + " of text; the rest was not scanned");
    } else if (problem != null) {
      gap = new ScanGap(path, problem.reason(), problem.getMessage());
    }
    report(new ScannedMember(path, in.count(), findings, gap));
  }

  private void parsed(
      TikaInputStream tis,
      BudgetedInputStream in,
      String path,
      int depth,
      Metadata metadata,
      boolean compressor) {
    TextCollector collector = new TextCollector(budget, budget.limits().maxTextBytes());
    ParseContext context = new ParseContext();
    context.set(EmbeddedDocumentExtractor.class, new Members(path, depth, compressor));
    Throwable failure = null;
    try {
      parser.parse(tis, collector, metadata, context);
    } catch (OutOfMemoryError | StackOverflowError | Exception e) {
      failure = e;
    }
    if (!compressor) {
      appendMetadata(collector, metadata);
    }
    List<Finding> findings = new ArrayList<>();
    LimitExceededException problem =
        collector.length() == 0
            ? null
            : text.scan(null, collector.buffer(), collector.length(), findings::add);
    ScanGap gap = failure != null ? gapOf(path, failure) : null;
    if (gap == null && problem != null) {
      gap = new ScanGap(path, problem.reason(), problem.getMessage());
    }
    if (gap != null || !compressor && (depth == 0 || collector.length() > 0)) {
      report(new ScannedMember(path, in.count(), findings, gap));
    }
  }

  /**
   * Appends the document's metadata as {@code name: value} lines, each value once: Tika files a
   * mail's sender under several names ({@code Message-From}, {@code Message:From-Name}, {@code
   * dc:creator}, ...), and a value already inside a longer one ({@code Hans <h@x.de>}) adds nothing
   * but a repeated finding. Longer values go first.
   */
  private static void appendMetadata(TextCollector collector, Metadata metadata) {
    List<String[]> lines = new ArrayList<>();
    for (String name : metadata.names()) {
      if (TECHNICAL_METADATA.stream().anyMatch(name::startsWith)) {
        continue;
      }
      for (String value : metadata.getValues(name)) {
        if (value != null && !value.isBlank()) {
          lines.add(new String[] {name, value.strip()});
        }
      }
    }
    lines.sort(Comparator.comparingInt((String[] line) -> -line[1].length()));
    List<String> written = new ArrayList<>();
    try {
      for (String[] line : lines) {
        if (written.stream().noneMatch(w -> w.contains(line[1]))) {
          written.add(line[1]);
          collector.appendLine(line[0], line[1]);
        }
      }
    } catch (SAXException full) {
      // the member's text limit was reached; what fitted is scanned
    }
  }

  private ScannedMember failed(String path, long bytes, List<Finding> findings, Throwable e) {
    return new ScannedMember(path, bytes, findings, gapOf(path, e));
  }

  /** Classifies why a parse failed, without quoting the content. */
  private ScanGap gapOf(String path, Throwable failure) {
    LimitExceededException tripped = budget.tripped();
    if (tripped != null) {
      return new ScanGap(path, tripped.reason(), tripped.getMessage());
    }
    if (failure instanceof OutOfMemoryError) {
      return new ScanGap(path, Reason.SIZE_LIMIT, "ran out of memory while parsing");
    }
    if (failure instanceof StackOverflowError) {
      return new ScanGap(path, Reason.DEPTH_LIMIT, "nested too deeply to parse");
    }
    String root = null;
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof LimitExceededException limit) {
        return new ScanGap(path, limit.reason(), limit.getMessage());
      }
      String kind = t.getClass().getSimpleName();
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (kind.contains("Encrypted")
          || kind.contains("InvalidPassword")
          || message.contains("encrypt")
          || message.contains("password")) {
        return new ScanGap(path, Reason.ENCRYPTED, "encrypted or password-protected");
      }
      if (message.contains("entity expansion")
          || message.contains("entityexpansion")
          || message.contains("jaxp0001")
          || message.contains("doctype")
          || message.contains("entity reference")) {
        return new ScanGap(
            path,
            Reason.XML_LIMIT,
            "XML entity expansion over the parser's limit (billion laughs?)");
      }
      if (message.contains("zip bomb")) {
        return new ScanGap(
            path,
            Reason.EXPANSION_LIMIT,
            "expands more than " + budget.limits().maxExpansionRatio() + " times (a zip bomb?)");
      }
      root = kind;
    }
    return new ScanGap(path, Reason.CORRUPT, "cannot be parsed (" + root + ")");
  }

  /** Tika's callback for each member of the part being parsed. */
  private final class Members implements EmbeddedDocumentExtractor {
    private final String path;
    private final int depth;
    private final boolean compressor;
    private int unnamed;

    Members(String path, int depth, boolean compressor) {
      this.path = path;
      this.depth = depth;
      this.compressor = compressor;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      return true;
    }

    @Override
    public void parseEmbedded(
        InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
        throws IOException, SAXException {
      budget.check();
      if (inlineBody(metadata)) {
        // a mail's unnamed text part is its body: its text belongs to the mail itself
        try {
          parser.parse(
              new BudgetedInputStream(stream, budget, true),
              new EmbeddedContentHandler(handler),
              metadata,
              new ParseContext());
        } catch (TikaException e) {
          throw new IOException("cannot parse a mail body", e);
        }
        return;
      }
      String child = compressor ? path : path + "!/" + name(metadata);
      if (depth + 1 > budget.limits().maxDepth()) {
        report(
            new ScannedMember(
                child,
                0,
                List.of(),
                new ScanGap(
                    child,
                    Reason.DEPTH_LIMIT,
                    "nested deeper than " + budget.limits().maxDepth() + " containers")));
        return;
      }
      member(new BudgetedInputStream(stream, budget, true), child, depth + 1, metadata);
      budget.check(); // a tripped budget stops the container too
    }

    private static boolean inlineBody(Metadata metadata) {
      String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
      String type = metadata.get(Metadata.CONTENT_TYPE);
      return (name == null || name.isBlank())
          && type != null
          && (type.startsWith("text/plain") || type.startsWith("text/html"));
    }

    private String name(Metadata metadata) {
      String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
      if (name == null || name.isBlank()) {
        name = metadata.get(TikaCoreProperties.EMBEDDED_RELATIONSHIP_ID);
      }
      if (name == null || name.isBlank()) {
        name = "embedded-" + ++unnamed;
      }
      StringBuilder clean = new StringBuilder(name.length());
      name.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? '?' : c));
      return clean.toString();
    }
  }
}
