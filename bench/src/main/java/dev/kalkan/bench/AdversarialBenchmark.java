package dev.kalkan.bench;

import dev.kalkan.detect.Scanner;
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
 * Time to scan 1, 2 and 4 MiB of each {@link AdversarialInput}. Scanning is linear when the time
 * for 4 MiB is about four times the time for 1 MiB; {@code bench/jmh.sh} prints that ratio per
 * input.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class AdversarialBenchmark {

  /** The shape of the input. */
  @Param public AdversarialInput input;

  /** The size of the input in MiB. */
  @Param({"1", "2", "4"})
  public int mebibytes;

  private Scanner scanner;
  private byte[] bytes;

  /** Builds the input and a scanner with default settings. */
  @Setup
  public void setUp() {
    bytes = input.bytes(mebibytes << 20);
    scanner = Scanner.withDefaults();
  }

  /** Scans the whole input once. */
  @Benchmark
  public void scan(Blackhole blackhole) {
    scanner.scan(bytes, blackhole::consume);
  }
}
