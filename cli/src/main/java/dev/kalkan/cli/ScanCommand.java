package dev.kalkan.cli;

import dev.kalkan.cli.ErrorReporter.UsageException;
import dev.kalkan.cli.report.ReportFormat;
import dev.kalkan.cli.report.ReportWriter;
import dev.kalkan.cli.report.ScanSummary;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import dev.kalkan.detect.Scanner;
import dev.kalkan.detect.ScannerSettings;
import dev.kalkan.detect.config.ConfigException;
import dev.kalkan.detect.config.ScanConfig;
import dev.kalkan.detect.config.ScannerConfigLoader;
import dev.kalkan.detect.edm.EdmException;
import dev.kalkan.detect.edm.EdmMatcher;
import dev.kalkan.detect.edm.RecordMatch;
import dev.kalkan.extract.DocumentScanner;
import dev.kalkan.extract.ExtractionLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kalkan scan}: finds sensitive data in files, directories and standard input. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpWidth = 100,
    header = "Find Amazon Information, personal data and credentials in files and streams.",
    description = {
      "Scans files, directories (recursively; symbolic links are not followed) or standard",
      "input ('-'). Documents (PDF, Office, OpenDocument, RTF, HTML), mail (EML, MSG) and",
      "archives (zip, tar, 7z, gzip, bzip2, xz) are extracted; each member is reported as",
      "outer.zip!/inner/file.csv. Base64, percent-encoded and quoted-printable spans are decoded.",
      "Findings go to standard output in the chosen format; errors and notes (files not fully",
      "scanned, unreadable paths) go to standard error, one line each.",
      "",
      "Detected values are never printed unless --show-values is given: each finding carries",
      "a masked preview such as j***@g***.com."
    },
    footer = {
      "",
      "InfoTypes:",
      "  EMAIL_ADDRESS PHONE_NUMBER CREDIT_CARD_NUMBER IBAN_CODE US_SOCIAL_SECURITY_NUMBER",
      "  TR_NATIONAL_ID IP_ADDRESS AMAZON_ORDER_ID AMAZON_BUYER_EMAIL AMAZON_SELLER_ID ASIN",
      "  AMAZON_MARKETPLACE_ID LWA_CLIENT_ID LWA_CLIENT_SECRET LWA_REFRESH_TOKEN",
      "  LWA_ACCESS_TOKEN SPAPI_RESTRICTED_DATA_TOKEN AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY",
      "  AMAZON_MWS_AUTH_TOKEN, and custom types defined with --config.",
      "",
      "Exit status:",
      "  0  no finding at or above the minimum likelihood",
      "  1  findings",
      "  2  a usage error, or a path that could not be scanned, or a file not fully",
      "     scanned (a zip bomb, nesting, size or time limit, encrypted or corrupt content;",
      "     not with --allow-incomplete); the rest is still scanned and reported; 2 wins over 1",
      "  141 standard output was closed early (for example by 'head'); the scan stopped",
      "",
      "Examples:",
      "  kalkan scan src/ config/",
      "  kalkan scan --format sarif . > kalkan.sarif",
      "  cat orders.json | kalkan scan --format jsonl -",
      "  kalkan scan --info-types EMAIL_ADDRESS,PHONE_NUMBER --min-likelihood LIKELY exports/",
      "  kalkan scan --config kalkan.yml --exclude '**/node_modules/**' .",
      "  kalkan scan --edm customers.edm --edm-key-file edm.key outbox/"
    })
final class ScanCommand implements Callable<Integer> {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: text (default), json, jsonl or sarif.")
  String format = "text";

  @Option(
      names = "--min-likelihood",
      paramLabel = "LEVEL",
      description =
          "Report findings at or above LEVEL: VERY_UNLIKELY, UNLIKELY, POSSIBLE (default),"
              + " LIKELY, VERY_LIKELY.")
  String minLikelihood;

  @Option(
      names = "--info-types",
      paramLabel = "T1,T2",
      split = ",",
      description = "Report only these infoTypes (comma-separated).")
  List<String> infoTypes = new ArrayList<>();

  @Option(
      names = "--show-values",
      description =
          "Also print each detected value in clear text (json, jsonl, text). Handle the output"
              + " as sensitive data.")
  boolean showValues;

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description = "Skip paths matching GLOB (repeatable), e.g. '**/node_modules/**'.")
  List<String> excludes = new ArrayList<>();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Files scanned in parallel (default: the number of processors).")
  Integer threads;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Detection configuration (YAML): custom detectors, hotwords, allowlist, exclusions,"
              + " disabled built-ins. See docs/CONFIGURATION.md.")
  Path config;

  @Option(
      names = "--edm",
      paramLabel = "INDEX",
      description =
          "Exact data match: also report every value registered in INDEX (built with 'kalkan edm"
              + " index') and every record of which several fields appear together.")
  Path edmIndex;

  @Option(
      names = "--edm-key-file",
      paramLabel = "FILE",
      description = "The key of the --edm index (default: the KALKAN_EDM_KEY variable).")
  Path edmKeyFile;

  @Option(
      names = "--allow-incomplete",
      description =
          "Files not fully scanned (a limit hit, encrypted, unsupported or corrupt) are still"
              + " reported, but do not make the exit status 2.")
  boolean allowIncomplete;

  @Option(
      names = "--no-extract",
      description =
          "Do not extract documents, archives, mail or encoded content: skip binary files and"
              + " scan every other file as UTF-8 text.")
  boolean noExtract;

  @Option(
      names = "--max-depth",
      paramLabel = "N",
      description = "Archives and attachments opened inside one another (default 10).")
  Integer maxDepth;

  @Option(
      names = "--max-extracted-mb",
      paramLabel = "MB",
      description = "MiB extracted from one file, all members together (default 1024).")
  Integer maxExtractedMb;

  @Option(
      names = "--max-expansion-ratio",
      paramLabel = "N",
      description =
          "Bytes extracted per byte of a file before it counts as a zip bomb (default 100).")
  Integer maxExpansionRatio;

  @Option(
      names = "--extract-timeout",
      paramLabel = "SECONDS",
      description = "Time to extract one file before its parse is abandoned (default 60).")
  Integer extractTimeout;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Files or directories to scan, or '-' for standard input.")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    ScanConfig loaded = loadConfig();
    EdmMatcher edm = loadEdm();
    ScannerSettings settings = settings(loaded.settings(), edm);
    ReportFormat reportFormat = parseFormat();
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1 || workers > 256) {
      throw new UsageException("--threads must be between 1 and 256, was " + workers);
    }
    List<String> allExcludes = new ArrayList<>(loaded.excludedPaths());
    allExcludes.addAll(excludes);
    PathFilter filter = PathFilter.of(allExcludes);

    Scanner scanner = edm == null ? Scanner.create(settings) : Scanner.create(settings, edm);
    OutputStream stdout = StandardOutput.stream();
    PrintStream stderr = System.err;
    ReportWriter writer = ReportWriter.create(reportFormat, stdout, showValues);
    Progress progress = Progress.forStandardError(stderr);
    long started = System.nanoTime();
    DocumentScanner documents =
        noExtract ? null : DocumentScanner.create(scanner, extractionLimits());
    ScanRun run = new ScanRun(scanner, documents, filter, writer, stderr, progress, workers);
    ScanTally tally = run.scanAll(paths);
    progress.finish();
    writer.finish(
        new ScanSummary(
            tally.filesScanned(),
            tally.filesSkipped(),
            tally.filesWithErrors(),
            tally.bytesScanned(),
            tally.findings(),
            tally.findingsByInfoType(),
            Duration.ofNanos(System.nanoTime() - started),
            tally.filesNotFullyScanned()));
    stdout.flush();
    if (tally.filesWithErrors() > 0 || tally.filesNotFullyScanned() > 0 && !allowIncomplete) {
      return ErrorReporter.USAGE_OR_IO_ERROR;
    }
    return tally.findings() > 0 ? 1 : 0;
  }

  private ExtractionLimits extractionLimits() {
    ExtractionLimits limits = ExtractionLimits.defaults();
    if (noExtract
        && (maxDepth != null
            || maxExtractedMb != null
            || maxExpansionRatio != null
            || extractTimeout != null)) {
      throw new UsageException("--no-extract cannot be combined with extraction limits");
    }
    try {
      if (maxDepth != null) {
        limits = limits.withMaxDepth(maxDepth);
      }
      if (maxExtractedMb != null) {
        limits = limits.withMaxExtractedBytes((long) maxExtractedMb << 20);
      }
      if (maxExpansionRatio != null) {
        limits = limits.withMaxExpansionRatio(maxExpansionRatio);
      }
      if (extractTimeout != null) {
        limits = limits.withTimeout(Duration.ofSeconds(extractTimeout));
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException("extraction limits: " + e.getMessage());
    }
    return limits;
  }

  private ScanConfig loadConfig() {
    if (config == null) {
      return new ScanConfig(ScannerSettings.defaults(), List.of());
    }
    try {
      return ScannerConfigLoader.loadConfig(config);
    } catch (ConfigException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private EdmMatcher loadEdm() {
    if (edmIndex == null) {
      if (edmKeyFile != null) {
        throw new UsageException("--edm-key-file needs --edm INDEX");
      }
      return null;
    }
    try {
      return EdmMatcher.load(edmIndex, EdmCommand.key(edmKeyFile, System.getenv()));
    } catch (EdmException e) {
      throw new UsageException("--edm: " + e.getMessage());
    }
  }

  private ScannerSettings settings(ScannerSettings base, EdmMatcher edm) {
    ScannerSettings.Builder b = base.toBuilder();
    if (minLikelihood != null) {
      try {
        b.minLikelihood(Likelihood.parse(minLikelihood));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--min-likelihood: " + e.getMessage());
      }
    }
    if (!infoTypes.isEmpty()) {
      Set<String> known = new LinkedHashSet<>();
      InfoType.builtIns().forEach(t -> known.add(t.name()));
      base.customDetectors().forEach(d -> known.add(d.infoType().name()));
      if (edm != null) {
        edm.infoTypes().forEach(t -> known.add(t.name()));
        known.add(RecordMatch.EDM_RECORD_MATCH.name());
      }
      Set<String> wanted = new LinkedHashSet<>();
      for (String t : infoTypes) {
        String name = t.trim();
        if (!known.contains(name)) {
          throw new UsageException(
              "--info-types: unknown infoType '" + name + "'; known: " + String.join(", ", known));
        }
        wanted.add(name);
      }
      b.onlyInfoTypes(wanted);
    }
    return b.build();
  }

  private ReportFormat parseFormat() {
    try {
      return ReportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format: " + e.getMessage());
    }
  }
}
