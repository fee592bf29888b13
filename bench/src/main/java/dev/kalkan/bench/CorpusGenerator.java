package dev.kalkan.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.kalkan.detect.InfoType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Generates the benchmark corpus: about 95% product-catalog JSON shaped like SP-API Catalog Items
 * and Listings Items responses, the rest orders JSON, tab-separated order reports, configuration
 * files and logs that carry sparse sensitive values. Files average about 10.5 kB (configuration
 * files 0.5 to 4 kB, the rest 1 to 60 kB), so 200 MB makes about 19,000 files.
 *
 * <p>Deterministic: the same seed and size give the same files, byte for byte, on every JVM. Each
 * file draws from its own split of the seeded random stream, so a file depends only on the seed and
 * its position. Sizes are in bytes of UTF-8; a megabyte is 1,000,000 bytes.
 *
 * <p>Command line: {@code CorpusGenerator OUTPUT_DIR [MEGABYTES (200)] [SEED (42)]} writes the
 * files under {@code OUTPUT_DIR}, which must not exist or be empty, and prints what it planted.
 */
public final class CorpusGenerator {
  /** Size of the corpus the issue asks for, in megabytes of 1,000,000 bytes. */
  public static final int DEFAULT_MEGABYTES = 200;

  public static final long DEFAULT_SEED = 42;

  private static final int FILES_PER_DIRECTORY = 500;

  private final long seed;

  private CorpusGenerator(long seed) {
    this.seed = seed;
  }

  /** A generator whose output is fixed by {@code seed}. */
  public static CorpusGenerator withSeed(long seed) {
    return new CorpusGenerator(seed);
  }

  /**
   * Generates files, in a fixed order, until their total size reaches {@code totalBytes} (the last
   * file may pass it by up to 60 kB), and passes each to {@code sink}.
   *
   * @throws IllegalArgumentException when {@code totalBytes} is not positive
   */
  public CorpusStats generate(long totalBytes, Consumer<CorpusFile> sink) {
    if (totalBytes <= 0) {
      throw new IllegalArgumentException("corpus size must be positive, was " + totalBytes);
    }
    SplittableRandom master = new SplittableRandom(seed);
    Map<InfoType, Long> planted = new HashMap<>();
    Map<DocumentKind, Integer> filesByKind = new EnumMap<>(DocumentKind.class);
    StringBuilder text = new StringBuilder(128 * 1024);
    long bytes = 0;
    int files = 0;
    while (bytes < totalBytes) {
      SyntheticValues values = new SyntheticValues(master.split(), planted);
      DocumentKind kind = DocumentKind.forRoll(values.between(0, DocumentKind.shareTotal() - 1));
      DocumentKind.Sizes sizes = kind.sizes();
      int targetChars = values.size(sizes.min(), sizes.mean(), sizes.max());
      text.setLength(0);
      kind.writer().write(values, text, targetChars);
      byte[] content = text.toString().getBytes(UTF_8);
      String path =
          String.format(
              Locale.ROOT,
              "%s/%03d/%s-%06d.%s",
              kind.directory(),
              files / FILES_PER_DIRECTORY,
              kind.directory(),
              files,
              kind.extension());
      sink.accept(new CorpusFile(path, kind, content));
      filesByKind.merge(kind, 1, Integer::sum);
      bytes += content.length;
      files++;
    }
    return new CorpusStats(files, bytes, filesByKind, planted);
  }

  /**
   * Writes a corpus of {@code totalBytes} under {@code directory}, creating it.
   *
   * @throws IOException when {@code directory} exists and is not empty, or writing fails
   */
  public CorpusStats writeTo(Path directory, long totalBytes) throws IOException {
    if (Files.isDirectory(directory)) {
      try (Stream<Path> entries = Files.list(directory)) {
        if (entries.findAny().isPresent()) {
          throw new IOException(
              "corpus directory " + directory + " is not empty: remove it or choose another");
        }
      }
    }
    Files.createDirectories(directory);
    Set<Path> created = new HashSet<>();
    try {
      return generate(
          totalBytes,
          file -> {
            Path target = directory.resolve(file.path());
            try {
              if (created.add(target.getParent())) {
                Files.createDirectories(target.getParent());
              }
              Files.write(target, file.content());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Writes a corpus: {@code OUTPUT_DIR [MEGABYTES] [SEED]}; exit status 2 on a usage error. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 3) {
      usage("expected OUTPUT_DIR [MEGABYTES] [SEED]");
    }
    long megabytes = args.length > 1 ? number(args[1], "MEGABYTES") : DEFAULT_MEGABYTES;
    long seed = args.length > 2 ? number(args[2], "SEED") : DEFAULT_SEED;
    if (megabytes <= 0) {
      usage("MEGABYTES must be positive, was " + megabytes);
    }
    Path directory = Path.of(args[0]);
    long started = System.nanoTime();
    CorpusStats stats = withSeed(seed).writeTo(directory, megabytes * 1_000_000L);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.print(describe(stats, directory, seed, seconds));
  }

  static String describe(CorpusStats stats, Path directory, long seed, double seconds) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "wrote %d files, %d bytes (%.1f MB, mean %.1f kB) to %s with seed %d in %.1f s%n",
            stats.files(),
            stats.bytes(),
            stats.bytes() / 1e6,
            stats.bytes() / 1e3 / stats.files(),
            directory,
            seed,
            seconds));
    out.append("files by kind:");
    stats
        .filesByKind()
        .forEach(
            (kind, count) ->
                out.append(
                    String.format(
                        Locale.ROOT, " %s/*.%s %d", kind.directory(), kind.extension(), count)));
    out.append(System.lineSeparator())
        .append("planted values by infoType:")
        .append(System.lineSeparator());
    stats
        .planted()
        .forEach(
            (type, count) ->
                out.append(String.format(Locale.ROOT, "  %-28s %9d%n", type.name(), count)));
    return out.toString();
  }

  private static long number(String text, String name) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      usage(name + " must be a whole number, was '" + text + "'");
      throw new AssertionError(e);
    }
  }

  private static void usage(String problem) {
    System.err.println("CorpusGenerator: " + problem);
    System.err.println("usage: CorpusGenerator OUTPUT_DIR [MEGABYTES (200)] [SEED (42)]");
    System.exit(2);
  }
}
