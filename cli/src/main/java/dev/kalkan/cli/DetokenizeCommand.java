package dev.kalkan.cli;

import dev.kalkan.cli.ErrorReporter.UsageException;
import dev.kalkan.deid.DeidException;
import dev.kalkan.deid.DeidKey;
import dev.kalkan.deid.Detokenizer;
import dev.kalkan.detect.Scanner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kalkan detokenize}: restores the values that {@code kalkan redact} tokenized. */
@Command(
    name = "detokenize",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpWidth = 100,
    header = "Restore the values of tokens made by 'kalkan redact --transform TYPE=tokenize'.",
    description = {
      "Finds the tokens in PATH (one file, or '-' for standard input) where the scanner finds",
      "values of their types, and writes PATH to standard output (or --output) with each token",
      "replaced by the value it stands for; every other byte is unchanged, so redact then",
      "detokenize gives back the input byte for byte. The output holds clear sensitive values:",
      "handle it as such (an --output file is created readable by you only).",
      "",
      "Give the key and the same --config and --min-likelihood as the redaction. Every value of a",
      "tokenizable type found is taken as a token (emails only with their +tag): when the file",
      "also holds clear values of such a type (a 'keep' transform), name the tokenized types",
      "with --info-types."
    },
    footer = {
      "",
      "Email tokens carry a keyed tag: a changed email token or a wrong key is an error. Tokens",
      "of fixed formats (order ids, cards, phones, ids) have no room for a tag: with a wrong key",
      "they decrypt to other values of the same form, undetected unless an email token is present.",
      "",
      "Exit status:",
      "  0  written",
      "  2  a usage error, a missing or invalid key, an unreadable input, or a token that does",
      "     not verify (changed, or a wrong key); nothing is written",
      "",
      "Examples:",
      "  kalkan detokenize --key-file deid.key orders.redacted.json > orders.json",
      "  KALKAN_DEID_KEY=\"$(cat deid.key)\" kalkan detokenize - < report.redacted.tsv"
    })
final class DetokenizeCommand implements Callable<Integer> {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (readable by you only) instead of standard output.")
  Path output;

  @Option(
      names = "--key-file",
      paramLabel = "FILE",
      description = "The key the tokens were made with (default: the KALKAN_DEID_KEY variable).")
  Path keyFile;

  @Option(
      names = "--info-types",
      paramLabel = "T1,T2",
      split = ",",
      description =
          "Only findings of these infoTypes are tokens (default: every tokenizable type that is"
              + " not PUBLIC).")
  List<String> infoTypes = new ArrayList<>();

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Detection configuration (YAML) used for the redaction.")
  Path config;

  @Option(
      names = "--min-likelihood",
      paramLabel = "LEVEL",
      description = "The minimum likelihood used for the redaction (default: POSSIBLE).")
  String minLikelihood;

  @Parameters(
      index = "0",
      paramLabel = "PATH",
      description = "The redacted file, or '-' for standard input.")
  String path;

  @Override
  public Integer call() throws IOException {
    Scanner scanner = DeidIo.scanner(config, minLikelihood);
    DeidKey key = DeidCommand.key(keyFile, System.getenv());
    Detokenizer detokenizer;
    try {
      LinkedHashSet<String> types = new LinkedHashSet<>();
      infoTypes.forEach(t -> types.add(t.strip()));
      DeidIo.checkInfoTypes("--info-types", types, scanner);
      detokenizer = Detokenizer.create(scanner, key, types);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--info-types: " + e.getMessage());
    }
    byte[] content = DeidIo.read(path, System.in);
    Detokenizer.Detokenization result;
    try {
      result = detokenizer.detokenize(content);
    } catch (DeidException e) {
      throw new UsageException(path + ": " + e.getMessage());
    }
    DeidIo.write(result.text(), output);
    if (output != null) {
      System.err.println("kalkan: wrote " + output + ": " + result.tokens() + " tokens restored");
    }
    return 0;
  }
}
