package dev.kalkan.bench;

import dev.kalkan.detect.Scanner;
import dev.kalkan.detect.ScannerSettings;
import dev.kalkan.detect.edm.EdmException;
import dev.kalkan.detect.edm.EdmKey;
import dev.kalkan.detect.edm.EdmMatcher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The speed drop of a scan with an exact data match index loaded, measured in one JVM: rounds over
 * the in-memory corpus of {@link EdmBenchmark} alternate between a scanner without the index and
 * one with it, so that both see the same machine at the same time (on a shared machine, the
 * separate forks of {@code EdmBenchmark} can differ by a third in their baseline alone). Reports
 * the median time of each, and the median and quartiles of the per-round speed drop {@code 1 -
 * t(without) / t(with)}; the last line says PASS when the median drop is at most 30%. Files are
 * scanned with their names, as {@code kalkan scan} does (without one, each file's format would be
 * sniffed from its text, which costs the baseline about 4% more).
 *
 * <p>Usage: {@code EdmSlowdown INDEX KEY [ROUNDS (40)] [MEGABYTES (20)]}; the first quarter of the
 * rounds are warm-up and not counted. Exit status 0 PASS, 1 FAIL, 2 usage or index error.
 */
public final class EdmSlowdown {
  private static final double BAR = 0.30;

  private EdmSlowdown() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2 || args.length > 4) {
      System.err.println("usage: EdmSlowdown INDEX KEY [ROUNDS (40)] [MEGABYTES (20)]");
      System.exit(2);
    }
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    long megabytes = args.length > 3 ? Long.parseLong(args[3]) : 20;
    if (rounds < 4 || megabytes < 1) {
      System.err.println("EdmSlowdown: ROUNDS must be at least 4 and MEGABYTES at least 1");
      System.exit(2);
    }
    EdmMatcher matcher;
    try {
      matcher = EdmMatcher.load(Path.of(args[0]), EdmKey.read(Path.of(args[1])));
    } catch (EdmException e) {
      System.err.println("EdmSlowdown: " + e.getMessage());
      System.exit(2);
      return;
    }
    List<CorpusFile> files = new ArrayList<>();
    CorpusStats stats =
        CorpusGenerator.withSeed(CorpusGenerator.DEFAULT_SEED)
            .generate(megabytes * 1_000_000L, files::add);
    Scanner without = Scanner.withDefaults();
    Scanner with = Scanner.create(ScannerSettings.defaults(), matcher);

    int warmup = rounds / 4;
    int counted = rounds - warmup;
    double[] plain = new double[counted];
    double[] indexed = new double[counted];
    double[] drop = new double[counted];
    long[] findings = new long[1];
    for (int round = 0; round < rounds; round++) {
      long t0 = System.nanoTime();
      for (CorpusFile file : files) {
        without.scan(file.path(), file.content(), file.content().length, f -> findings[0]++);
      }
      long t1 = System.nanoTime();
      for (CorpusFile file : files) {
        with.scan(file.path(), file.content(), file.content().length, f -> findings[0]++);
      }
      long t2 = System.nanoTime();
      if (round >= warmup) {
        int k = round - warmup;
        plain[k] = (t1 - t0) / 1e6;
        indexed[k] = (t2 - t1) / 1e6;
        drop[k] = 1 - plain[k] / indexed[k];
      }
    }
    double mb = stats.bytes() / 1e6;
    double medianPlain = median(plain);
    double medianIndexed = median(indexed);
    double medianDrop = median(drop);
    System.out.printf(
        Locale.ROOT,
        "%d records indexed; %d files, %.1f MB; %d rounds counted after %d of warm-up%n"
            + "without the index: median %.1f ms per pass (%.0f MB/s)%n"
            + "with the index:    median %.1f ms per pass (%.0f MB/s)%n"
            + "speed drop per round: median %.1f%%, quartiles %.1f%% and %.1f%%%n",
        matcher.recordCount(),
        files.size(),
        mb,
        counted,
        warmup,
        medianPlain,
        mb / medianPlain * 1000,
        medianIndexed,
        mb / medianIndexed * 1000,
        100 * medianDrop,
        100 * quantile(drop, 0.25),
        100 * quantile(drop, 0.75));
    boolean pass = medianDrop <= BAR;
    System.out.println(
        (pass ? "PASS" : "FAIL") + " (the speed may drop by at most 30% with the index loaded)");
    System.exit(pass ? 0 : 1);
  }

  private static double median(double[] values) {
    return quantile(values, 0.5);
  }

  private static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  }
}
