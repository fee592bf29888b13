package dev.kalkan.cli;

import dev.kalkan.cli.report.ReportWriter;
import dev.kalkan.cli.report.ScannedFile;
import dev.kalkan.cli.report.ScannedFile.Status;
import dev.kalkan.detect.Finding;
import dev.kalkan.detect.Scanner;
import dev.kalkan.extract.DocumentScanner;
import dev.kalkan.extract.ScanGap;
import dev.kalkan.extract.ScannedMember;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One run of {@code kalkan scan}: walks the paths, scans each regular file on a pool of workers
 * (each with one reused read buffer, so nothing is allocated per file on the read path), and
 * reports every file to the {@link ReportWriter} as it completes, from one thread at a time.
 *
 * <p>A file that fits the buffer and is UTF-8 text is scanned in place, with its encoded spans (the
 * fast path: no parser is loaded). A file that needs extraction (binary, a document, mail or
 * archive, or text in another encoding: {@link DocumentScanner#needsExtraction}) is read again by
 * the {@link DocumentScanner}, and each of its parts is reported as a file of its own ({@code
 * outer.zip!/inner.csv}). Without a document scanner ({@code --no-extract}) binary files are
 * skipped as before.
 */
final class ScanRun {
  /** Bytes inspected for a NUL byte to tell binary files from text. */
  private static final int BINARY_PROBE = 8192;

  /** Submitted files whose results are checked before more are remembered. */
  private static final int MAX_PENDING = 4096;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final Scanner scanner;
  private final DocumentScanner documents;
  private final PathFilter filter;
  private final ReportWriter writer;
  private final PrintStream err;
  private final Progress progress;
  private final int workers;
  private final ScanTally tally = new ScanTally();
  private final ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(ScanRun::newBuffer);

  ScanRun(
      Scanner scanner,
      PathFilter filter,
      ReportWriter writer,
      PrintStream err,
      Progress progress,
      int workers) {
    this(scanner, null, filter, writer, err, progress, workers);
  }

  /**
   * @param documents extracts documents, archives and encoded content; null to skip binary files
   */
  ScanRun(
      Scanner scanner,
      DocumentScanner documents,
      PathFilter filter,
      ReportWriter writer,
      PrintStream err,
      Progress progress,
      int workers) {
    this.scanner = scanner;
    this.documents = documents;
    this.filter = filter;
    this.writer = writer;
    this.err = err;
    this.progress = progress;
    this.workers = workers;
  }

  private static byte[] newBuffer() {
    return new byte[(1 << 20) + (1 << 13)];
  }

  /**
   * Scans every path and returns the totals; problems with single paths are reported, not thrown.
   */
  ScanTally scanAll(List<String> paths) throws IOException {
    progress.start(tally);
    if (workers == 1) {
      for (String p : paths) {
        walk(p, this::scanAndReport);
      }
      return tally;
    }
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            workers,
            workers,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(workers * 64),
            Thread.ofPlatform().daemon().name("kalkan-scan-", 0).factory(),
            new ThreadPoolExecutor.CallerRunsPolicy());
    Deque<Future<?>> pending = new ArrayDeque<>();
    try {
      for (String p : paths) {
        walk(
            p,
            file -> {
              pending.add(pool.submit(() -> scanAndReport(file)));
              while (pending.size() >= MAX_PENDING) {
                await(pending.poll()); // keeps memory bounded however many files a tree holds
              }
            });
        drainDone(pending);
      }
      for (Future<?> f : pending) {
        await(f);
      }
    } finally {
      shutdown(pool);
    }
    return tally;
  }

  /** Checks the results of the oldest submitted files that are done (the pool runs them FIFO). */
  private static void drainDone(Deque<Future<?>> pending) throws IOException {
    while (!pending.isEmpty() && pending.peek().isDone()) {
      await(pending.poll());
    }
  }

  private static void await(Future<?> f) throws IOException {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static void shutdown(ExecutorService pool) {
    pool.shutdownNow();
    try {
      pool.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private interface FileTask {
    void accept(Target target) throws IOException;
  }

  /** A file to scan: its path on disk (null for standard input) and the name to report. */
  private record Target(Path path, String display) {}

  private void walk(String arg, FileTask task) throws IOException {
    if (arg.equals("-")) {
      task.accept(new Target(null, "-"));
      return;
    }
    Path root = Path.of(arg);
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      report(error(arg, "no such file or directory"));
      return;
    }
    if (!Files.isDirectory(root)) {
      if (!filter.excludes(root)) {
        task.accept(new Target(root, arg));
      }
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && filter.excludes(dir)
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            if (attrs.isRegularFile() && !filter.excludes(file)) {
              task.accept(new Target(file, file.toString()));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            report(error(file.toString(), reason(e)));
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private void scanAndReport(Target target) {
    List<ScannedFile> results;
    try {
      results =
          target.path() == null ? scanStandardInput() : scanFile(target.path(), target.display());
    } catch (ClosedByInterruptException e) {
      return; // the run is being stopped (output closed or failed): nothing more to report
    } catch (IOException e) {
      results = List.of(error(target.display(), reason(e)));
    }
    try {
      for (ScannedFile result : results) {
        report(result);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<ScannedFile> scanStandardInput() throws IOException {
    byte[] buf = buffers.get();
    int n = System.in.readNBytes(buf, 0, buf.length);
    if (n < buf.length) {
      return scanWhole(buf, n, "-", () -> new ByteArrayInputStream(buf, 0, n), n);
    }
    InputStream rest =
        new SequenceInputStream(new ByteArrayInputStream(buf.clone(), 0, n), System.in);
    return scanStream(rest, buf, n, "-", () -> rest, -1);
  }

  private interface Reopen {
    InputStream open() throws IOException;
  }

  private List<ScannedFile> scanFile(Path path, String display) throws IOException {
    byte[] buf = buffers.get();
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      ByteBuffer bb = ByteBuffer.wrap(buf);
      while (bb.hasRemaining() && ch.read(bb) >= 0) {
        // fill the buffer or reach the end of the file
      }
      int n = bb.position();
      Reopen reopen =
          () -> new BufferedInputStream(Channels.newInputStream(ch.position(0)), 1 << 16);
      if (n < buf.length) {
        return scanWhole(buf, n, display, reopen, n);
      }
      return scanStream(reopen.open(), buf, n, display, reopen, ch.size());
    }
  }

  /** Content that fits the buffer: the fast path for UTF-8 text, else extraction. */
  private List<ScannedFile> scanWhole(byte[] buf, int n, String display, Reopen reopen, long size)
      throws IOException {
    List<Finding> findings = new ArrayList<>(0);
    if (documents == null) {
      if (isBinary(buf, n)) {
        return List.of(skipped(display, n));
      }
      scanner.scan(display, buf, n, findings::add);
      return List.of(new ScannedFile(display, Status.SCANNED, null, n, findings));
    }
    if (DocumentScanner.needsExtraction(displayName(display), buf, n, true)) {
      return extract(reopen, display, size);
    }
    ScanGap gap = documents.scanText(buf, n, display, findings::add);
    return List.of(
        gap == null
            ? new ScannedFile(display, Status.SCANNED, null, n, findings)
            : ScannedFile.notFullyScanned(gap, n, findings));
  }

  /** Content larger than the buffer, whose head is in {@code buf}: streamed, or extracted. */
  private List<ScannedFile> scanStream(
      InputStream in, byte[] buf, int n, String display, Reopen reopen, long size)
      throws IOException {
    if (documents == null && isBinary(buf, n)) {
      return List.of(skipped(display, n));
    }
    if (documents != null && DocumentScanner.needsExtraction(displayName(display), buf, n, false)) {
      return extract(reopen, display, size);
    }
    List<Finding> findings = new ArrayList<>(0);
    long bytes = scanner.scan(display, in, buf, findings::add);
    return List.of(new ScannedFile(display, Status.SCANNED, null, bytes, findings));
  }

  private List<ScannedFile> extract(Reopen reopen, String display, long size) throws IOException {
    List<ScannedFile> parts = new ArrayList<>();
    documents.scan(reopen.open(), display, size, member -> parts.add(toFile(member)));
    return parts;
  }

  private static ScannedFile toFile(ScannedMember member) {
    if (member.binary()) {
      return skipped(member.path(), member.bytes());
    }
    return member.gap() == null
        ? new ScannedFile(member.path(), Status.SCANNED, null, member.bytes(), member.findings())
        : ScannedFile.notFullyScanned(member.gap(), member.bytes(), member.findings());
  }

  private static String displayName(String display) {
    return display.equals("-") ? null : display;
  }

  private static ScannedFile skipped(String display, long bytes) {
    return new ScannedFile(display, Status.SKIPPED_BINARY, "binary file skipped", bytes, List.of());
  }

  /**
   * True when the first {@value #BINARY_PROBE} bytes hold a NUL byte. Reads eight bytes at a time
   * (a zero byte in a word is found with the classic {@code (x - 0x01..) & ~x & 0x80..} test): this
   * probe touches most of every small file, so a byte loop would cost as much as a second scan.
   */
  static boolean isBinary(byte[] buf, int n) {
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

  private static ScannedFile error(String display, String reason) {
    return new ScannedFile(display, Status.ERROR, reason, 0, List.of());
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  private void report(ScannedFile file) throws IOException {
    synchronized (this) {
      tally.add(file);
      if (file.status() == Status.ERROR) {
        err.println("kalkan: " + file.path() + ": " + file.message());
      } else if (file.status() == Status.NOT_FULLY_SCANNED) {
        err.println("kalkan: " + file.path() + ": not fully scanned: " + file.message());
      } else if (file.status() == Status.SKIPPED_BINARY) {
        err.println("kalkan: note: " + file.path() + ": " + file.message());
      }
      writer.file(file);
    }
  }
}
