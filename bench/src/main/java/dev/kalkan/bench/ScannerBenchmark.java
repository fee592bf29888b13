package dev.kalkan.bench;

import dev.kalkan.detect.Scanner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of {@link Scanner#scan(String, byte[], int, java.util.function.Consumer)} over an
 * in-memory corpus from {@link CorpusGenerator} (20 MB by default, seed 42), one call per file as
 * the CLI makes them. The primary score is corpus passes per second; the {@code megabytes}
 * secondary score is MB/s (1 MB = 1,000,000 bytes), the figure to compare with the whole-command
 * benchmark. {@link #structure} says how the format of each file is decided, so that the cost of
 * following fields shows as the difference between {@code path} and {@code none}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class ScannerBenchmark {

  /** Counts the bytes scanned, reported by JMH as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Volume {
    /** Megabytes scanned in this iteration. */
    public double megabytes;

    /** Clears the count at the start of each iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      megabytes = 0;
    }
  }

  /** Size of the in-memory corpus in megabytes of 1,000,000 bytes. */
  @Param("20")
  public int corpusMegabytes;

  /**
   * {@code path}: the file's corpus path names its format, as in {@code kalkan scan}; {@code
   * content}: no name, the format is sniffed from the content; {@code none}: a name that is not
   * structured, so no field is followed (the scan as it was before fields).
   */
  @Param({"path", "content", "none"})
  public String structure;

  private Scanner scanner;
  private byte[][] files;
  private String[] names;
  private double corpusMegabytesExact;

  /** Generates the corpus and builds the scanner with default settings. */
  @Setup
  public void setUp() {
    List<byte[]> contents = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    CorpusStats stats =
        CorpusGenerator.withSeed(CorpusGenerator.DEFAULT_SEED)
            .generate(
                corpusMegabytes * 1_000_000L,
                file -> {
                  contents.add(file.content());
                  paths.add(
                      switch (structure) {
                        case "path" -> file.path();
                        case "content" -> null;
                        default -> file.path() + ".bin";
                      });
                });
    files = contents.toArray(byte[][]::new);
    names = paths.toArray(String[]::new);
    corpusMegabytesExact = stats.bytes() / 1e6;
    scanner = Scanner.withDefaults();
  }

  /** Scans every file of the corpus once. */
  @Benchmark
  public void scanCorpus(Volume volume, Blackhole blackhole) {
    for (int i = 0; i < files.length; i++) {
      scanner.scan(names[i], files[i], files[i].length, blackhole::consume);
    }
    volume.megabytes += corpusMegabytesExact;
  }
}
