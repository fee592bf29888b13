package dev.kalkan.extract;

import dev.kalkan.detect.Finding;
import dev.kalkan.detect.Scanner;
import dev.kalkan.extract.ScanGap.Reason;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;

/**
 * Scans what plain UTF-8 scanning cannot: documents (PDF, Office, OpenDocument, RTF, HTML), mail
 * (EML, MSG) with their attachments, archives (zip, tar, 7z, gzip, bzip2, xz) nested to a depth,
 * text in legacy encodings, and encoded spans inside any text (base64, gzip'd base64, percent
 * encoding, quoted-printable). Thread-safe; build one per scanner and share it.
 *
 * <p>Every part of a file is scanned on its own and reported as a {@link ScannedMember} named
 * {@code file!/member}. Hostile input is bounded by {@link ExtractionLimits}: a part that hits a
 * limit, is encrypted, or cannot be parsed is still reported, with a {@link ScanGap}, after the
 * findings made in what could be read. A watchdog abandons a file whose extraction takes longer
 * than the timeout; the abandoned parse stops at its next read or text event.
 *
 * <p>Apache Tika is loaded on the first file that needs it, so scanning plain text ({@link
 * #scanText}) never pays for it.
 */
public final class DocumentScanner {
  private final Scanner scanner;
  private final ExtractionLimits limits;
  private final EncodedContentScanner text;
  private volatile AutoDetectParser parser;
  private volatile ExecutorService watchdog;

  private DocumentScanner(Scanner scanner, ExtractionLimits limits) {
    this.scanner = Objects.requireNonNull(scanner, "scanner");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.text = new EncodedContentScanner(scanner, limits);
  }

  /** A document scanner that scans extracted text with {@code scanner} within {@code limits}. */
  public static DocumentScanner create(Scanner scanner, ExtractionLimits limits) {
    return new DocumentScanner(scanner, limits);
  }

  public Scanner scanner() {
    return scanner;
  }

  public ExtractionLimits limits() {
    return limits;
  }

  /**
   * True when content that starts with {@code head[0, length)} needs {@link #scan} rather than
   * {@link #scanText}: a NUL byte in the first 8 KiB, a document, archive or mail signature, a
   * document extension ({@code .pdf}, {@code .eml}, {@code .html}, …), or bytes that are not UTF-8.
   * Reads the head once, eight bytes at a time where it can; loads nothing.
   *
   * @param name the file name or path (may be null, for standard input)
   * @param whole true when the head is the whole content, false when more follows
   */
  public static boolean needsExtraction(String name, byte[] head, int length, boolean whole) {
    return FileSignatures.needsExtraction(name, head, length, whole);
  }

  /**
   * Scans UTF-8 text held in memory, and the decoded content of its encoded spans.
   *
   * @param path the name to put in a gap, and whose extension names the text's format
   * @return why decoded content was not fully scanned (decoding depth, size), or null
   */
  public ScanGap scanText(byte[] utf8, int length, String path, Consumer<Finding> sink) {
    Objects.checkFromIndexSize(0, length, utf8.length);
    Objects.requireNonNull(sink, "sink");
    LimitExceededException problem = text.scan(path, utf8, length, sink);
    return problem == null ? null : new ScanGap(path, problem.reason(), problem.getMessage());
  }

  /**
   * Extracts and scans the content read from {@code in} (not closed), named {@code path}, passing
   * each part to {@code sink} on the calling thread after the extraction ends.
   *
   * @param size the content's size when known, else -1 (for the expansion ratio)
   * @throws InterruptedIOException when the calling thread is interrupted; the extraction is
   *     abandoned
   */
  public ExtractionOutcome scan(
      InputStream in, String path, long size, Consumer<ScannedMember> sink)
      throws InterruptedIOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sink, "sink");
    ExtractionBudget budget = new ExtractionBudget(limits, size);
    List<ScannedMember> parts = new ArrayList<>();
    Consumer<ScannedMember> collect =
        m -> {
          synchronized (parts) {
            if (budget.tripped() == null || budget.tripped().reason() != Reason.TIME_LIMIT) {
              parts.add(m);
            }
          }
        };
    MemberExtraction extraction =
        new MemberExtraction(parser(), parser().getDetector(), text, budget, collect);
    Future<?> running = watchdog().submit(() -> extraction.extractFile(in, path));
    ScanGap timeout = null;
    try {
      running.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      synchronized (parts) {
        budget.trip(
            Reason.TIME_LIMIT,
            "extraction took longer than " + limits.timeout().toSeconds() + " s; abandoned");
      }
      running.cancel(true);
      timeout = new ScanGap(path, Reason.TIME_LIMIT, budget.tripped().getMessage());
    } catch (InterruptedException e) {
      budget.trip(Reason.TIME_LIMIT, "interrupted");
      running.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while extracting " + path);
    } catch (ExecutionException e) {
      synchronized (parts) {
        parts.add(
            new ScannedMember(
                path,
                budget.inputBytes(),
                List.of(),
                new ScanGap(path, Reason.CORRUPT, "extraction failed")));
      }
    }
    List<ScannedMember> done;
    synchronized (parts) {
      done = new ArrayList<>(parts);
    }
    if (timeout != null) {
      done.add(new ScannedMember(path, budget.inputBytes(), List.of(), timeout));
    }
    List<ScanGap> gaps = new ArrayList<>();
    for (ScannedMember m : done) {
      if (m.gap() != null) {
        gaps.add(m.gap());
      }
      sink.accept(m);
    }
    return new ExtractionOutcome(budget.inputBytes(), done.size(), gaps);
  }

  private AutoDetectParser parser() {
    AutoDetectParser p = parser;
    if (p == null) {
      synchronized (this) {
        p = parser;
        if (p == null) {
          p = new AutoDetectParser(TikaConfig.getDefaultConfig());
          p.setAutoDetectParserConfig(
              new AutoDetectParserConfig(
                  null,
                  ExtractionLimits.RATIO_FLOOR,
                  limits.maxExpansionRatio(),
                  Math.max(100, limits.maxDepth() * 10),
                  limits.maxDepth()));
          parser = p;
        }
      }
    }
    return p;
  }

  private ExecutorService watchdog() {
    ExecutorService w = watchdog;
    if (w == null) {
      synchronized (this) {
        w = watchdog;
        if (w == null) {
          w =
              Executors.newCachedThreadPool(
                  Thread.ofPlatform().daemon().name("kalkan-extract-", 0).factory());
          watchdog = w;
        }
      }
    }
    return w;
  }
}
