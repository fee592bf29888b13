package dev.kalkan.bench;

import dev.kalkan.detect.Scanner;
import dev.kalkan.extract.DocumentScanner;
import dev.kalkan.extract.ExtractionLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of the fast path's additions on plain text, in one run: {@code scan} is {@link
 * Scanner#scan(byte[], java.util.function.Consumer)} alone, {@code scanText} is what {@code kalkan
 * scan} does per text file now ({@link DocumentScanner#needsExtraction} and {@link
 * DocumentScanner#scanText}, which also finds and decodes encoded spans), over the 20 MB corpus of
 * {@link ScannerBenchmark}. Compare their {@code megabytes} scores (MB/s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class EncodedContentBenchmark {
  private Scanner scanner;
  private DocumentScanner documents;
  private byte[][] files;
  private double corpusMegabytes;

  /** Generates the corpus (20 MB, seed 42) and builds both scanners. */
  @Setup
  public void setUp() {
    List<byte[]> contents = new ArrayList<>();
    CorpusStats stats =
        CorpusGenerator.withSeed(CorpusGenerator.DEFAULT_SEED)
            .generate(20_000_000L, file -> contents.add(file.content()));
    files = contents.toArray(byte[][]::new);
    corpusMegabytes = stats.bytes() / 1e6;
    scanner = Scanner.withDefaults();
    documents = DocumentScanner.create(scanner, ExtractionLimits.defaults());
  }

  /** The engine alone. */
  @Benchmark
  public void scan(ScannerBenchmark.Volume volume, Blackhole blackhole) {
    for (byte[] file : files) {
      scanner.scan(file, blackhole::consume);
    }
    volume.megabytes += corpusMegabytes;
  }

  /** The fast path of {@code kalkan scan}: the extraction check, the engine and encoded spans. */
  @Benchmark
  public void scanText(ScannerBenchmark.Volume volume, Blackhole blackhole) {
    for (byte[] file : files) {
      if (DocumentScanner.needsExtraction("f.json", file, file.length, true)) {
        throw new IllegalStateException("corpus file needs extraction");
      }
      blackhole.consume(documents.scanText(file, file.length, "f.json", blackhole::consume));
    }
    volume.megabytes += corpusMegabytes;
  }
}
