package dev.kalkan.bench;

import dev.kalkan.detect.Scanner;
import dev.kalkan.detect.ScannerSettings;
import dev.kalkan.detect.edm.EdmException;
import dev.kalkan.detect.edm.EdmIndexBuilder;
import dev.kalkan.detect.edm.EdmKey;
import dev.kalkan.detect.edm.EdmMatcher;
import dev.kalkan.detect.edm.FieldMapping;
import dev.kalkan.detect.edm.RecordFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * Throughput of exact data match with an index of {@link EdmRecordGenerator} records (one million
 * by default) over the same in-memory catalog corpus as {@link ScannerBenchmark}: {@code edm} runs
 * {@link EdmMatcher#find} alone, {@code scanWithEdm} runs {@link Scanner#scan} and then {@code
 * find} on each file, {@code scanWithIndexLoaded} scans with the index loaded (the path of {@code
 * kalkan scan --edm}) and {@code scanWithoutIndex} is its baseline: the slowdown is the ratio of
 * their {@code megabytes} secondary scores in one run. Setup builds the index (tens of seconds for
 * a million records).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class EdmBenchmark {

  /** Records in the index. */
  @Param("1000000")
  public int records;

  /** Size of the in-memory corpus in megabytes of 1,000,000 bytes. */
  @Param("20")
  public int corpusMegabytes;

  private Scanner scanner;
  private Scanner scannerWithIndex;
  private EdmMatcher matcher;
  private byte[][] files;
  private String[] names;
  private double corpusMegabytesExact;

  /** Generates the corpus and the records, builds the index and loads it. */
  @Setup
  public void setUp() throws IOException, EdmException {
    List<CorpusFile> generated = new ArrayList<>();
    CorpusStats stats =
        CorpusGenerator.withSeed(CorpusGenerator.DEFAULT_SEED)
            .generate(corpusMegabytes * 1_000_000L, generated::add);
    files = generated.stream().map(CorpusFile::content).toArray(byte[][]::new);
    names = generated.stream().map(CorpusFile::path).toArray(String[]::new);
    corpusMegabytesExact = stats.bytes() / 1e6;
    scanner = Scanner.withDefaults();

    Path dir = Files.createTempDirectory("kalkan-edm-bench");
    Path csv = dir.resolve("records.csv");
    Path index = dir.resolve("records.edm");
    try {
      EdmRecordGenerator.write(csv, records, CorpusGenerator.DEFAULT_SEED);
      EdmKey key = EdmKey.generate();
      EdmIndexBuilder.create(key, FieldMapping.defaults(), EdmIndexBuilder.DEFAULT_PHONE_REGION)
          .build(csv, RecordFormat.CSV, index);
      matcher = EdmMatcher.load(index, key);
      scannerWithIndex = Scanner.create(ScannerSettings.defaults(), matcher);
    } finally {
      Files.deleteIfExists(csv);
      Files.deleteIfExists(index);
      Files.deleteIfExists(dir);
    }
  }

  /** Runs exact data match alone over every file of the corpus. */
  @Benchmark
  public void edm(ScannerBenchmark.Volume volume, Blackhole blackhole) {
    for (byte[] file : files) {
      matcher.find(file, 0, file.length, (s, e, t, r) -> blackhole.consume(r));
    }
    volume.megabytes += corpusMegabytesExact;
  }

  /**
   * Scans every file of the corpus with a scanner that has the index loaded, as {@code kalkan scan
   * --edm} does: registered values become findings, record matches are reported per file.
   */
  @Benchmark
  public void scanWithIndexLoaded(ScannerBenchmark.Volume volume, Blackhole blackhole) {
    for (int i = 0; i < files.length; i++) {
      scannerWithIndex.scan(names[i], files[i], files[i].length, blackhole::consume);
    }
    volume.megabytes += corpusMegabytesExact;
  }

  /**
   * Scans every file of the corpus with a scanner without an index, through the same call as {@link
   * #scanWithIndexLoaded}: the baseline of the slowdown, measured in the same run.
   */
  @Benchmark
  public void scanWithoutIndex(ScannerBenchmark.Volume volume, Blackhole blackhole) {
    for (int i = 0; i < files.length; i++) {
      scanner.scan(names[i], files[i], files[i].length, blackhole::consume);
    }
    volume.megabytes += corpusMegabytesExact;
  }

  /** Scans every file of the corpus, then runs exact data match over it. */
  @Benchmark
  public void scanWithEdm(ScannerBenchmark.Volume volume, Blackhole blackhole) {
    for (int i = 0; i < files.length; i++) {
      scanner.scan(names[i], files[i], files[i].length, blackhole::consume);
      matcher.find(files[i], 0, files[i].length, (s, e, t, r) -> blackhole.consume(r));
    }
    volume.megabytes += corpusMegabytesExact;
  }
}
