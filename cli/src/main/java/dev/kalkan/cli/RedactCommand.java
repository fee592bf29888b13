package dev.kalkan.cli;

import dev.kalkan.cli.ErrorReporter.UsageException;
import dev.kalkan.deid.ContentFormat;
import dev.kalkan.deid.DeidException;
import dev.kalkan.deid.DeidKey;
import dev.kalkan.deid.DeidPolicy;
import dev.kalkan.deid.Redaction;
import dev.kalkan.deid.Redactor;
import dev.kalkan.detect.Scanner;
import dev.kalkan.detect.edm.EdmException;
import dev.kalkan.detect.edm.EdmMatcher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kalkan redact}: writes content with its findings transformed, keeping its structure. */
@Command(
    name = "redact",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpWidth = 100,
    header =
        "Write a file with its sensitive values removed, masked, replaced, hashed or tokenized.",
    description = {
      "Scans PATH (one file, or '-' for standard input) and writes it to standard output (or",
      "--output) with every finding transformed, keeping the structure of its format: text keeps",
      "every other byte, JSON stays valid JSON of the same shape, CSV/TSV keeps its columns.",
      "Nothing else is printed: notes (a value that could not be tokenized and was replaced",
      "instead) go to standard error with a line and column, never a value.",
      "",
      "PDF, Office documents, archives, images, other binary files (a NUL byte in the first",
      "8 KiB) and text that is not UTF-8 are refused: nothing is written."
    },
    footer = {
      "",
      "Transforms (--transform INFO_TYPE=KIND[:options], repeatable):",
      "  keep             leave the value",
      "  redact           remove it",
      "  mask[:C[:N]]     replace each letter and digit by C (default *), keeping the last N",
      "                   (default 0); other characters stay: mask:*:4 gives **** **** **** 1111",
      "  replace[:TEXT]   replace it by TEXT, by default the infoType in brackets: [EMAIL_ADDRESS]",
      "  hash[:N]         the first N (default 32) lower-case hex digits of a keyed HMAC-SHA-256",
      "                   of the infoType and the value: stable with the same key, so joins work",
      "  tokenize         format-preserving encryption (FF1, AES-256): an order id stays 3-7-7",
      "                   digits, an email an email (with a +tag), a card a Luhn-valid card of the",
      "                   same length; 'kalkan detokenize' reverses it with the key",
      "",
      "Defaults: keep for PUBLIC types (ASIN, AMAZON_MARKETPLACE_ID), mask:*:4 for",
      "CREDIT_CARD_NUMBER, replace for every other type. Credentials, PERSON_NAME and",
      "STREET_ADDRESS cannot be tokenized.",
      "",
      "The key (hash, tokenize) comes from --key-file or the KALKAN_DEID_KEY environment",
      "variable (the keyset JSON), never from the command line; create one with",
      "'kalkan deid keygen -o FILE'.",
      "",
      "Exit status:",
      "  0  written",
      "  2  a usage error, a missing or invalid key, an unreadable input, or content that",
      "     cannot be rewritten (nothing is written)",
      "",
      "Examples:",
      "  kalkan redact orders.json > orders.redacted.json",
      "  kalkan redact --transform CREDIT_CARD_NUMBER=mask:#:4 --transform PHONE_NUMBER=redact -",
      "  kalkan redact --edm customers.edm --edm-key-file edm.key outbox/mail.txt",
      "  kalkan redact --key-file deid.key --transform AMAZON_ORDER_ID=tokenize \\",
      "      --transform EMAIL_ADDRESS=hash report.tsv -o report.redacted.tsv"
    })
final class RedactCommand implements Callable<Integer> {

  @Option(
      names = "--transform",
      paramLabel = "TYPE=KIND",
      description =
          "How to transform findings of an infoType: keep, redact, mask[:C[:N]], replace[:TEXT],"
              + " hash[:N] or tokenize (repeatable; see below).")
  List<String> transforms = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "Structure to keep: auto (default: by extension, then content), text, json or csv"
              + " (comma or tab separated, chosen by the first line).")
  String format = "auto";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write to FILE (replaced only once the whole output is ready) instead of standard"
              + " output.")
  Path output;

  @Option(
      names = "--key-file",
      paramLabel = "FILE",
      description = "The key for hash and tokenize (default: the KALKAN_DEID_KEY variable).")
  Path keyFile;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Detection configuration (YAML), as for 'kalkan scan'.")
  Path config;

  @Option(
      names = "--min-likelihood",
      paramLabel = "LEVEL",
      description =
          "Transform findings at or above LEVEL: VERY_UNLIKELY, UNLIKELY, POSSIBLE (default),"
              + " LIKELY, VERY_LIKELY.")
  String minLikelihood;

  @Option(
      names = "--edm",
      paramLabel = "INDEX",
      description =
          "Exact data match: also transform every value registered in INDEX (names, addresses,"
              + " ...; built with 'kalkan edm index').")
  Path edmIndex;

  @Option(
      names = "--edm-key-file",
      paramLabel = "FILE",
      description = "The key of the --edm index (default: the KALKAN_EDM_KEY variable).")
  Path edmKeyFile;

  @Parameters(
      index = "0",
      paramLabel = "PATH",
      description = "The file to redact, or '-' for standard input.")
  String path;

  @Override
  public Integer call() throws IOException {
    DeidPolicy policy = DeidPolicy.defaults();
    for (String t : transforms) {
      try {
        policy = policy.withSpec(t);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--transform: " + e.getMessage());
      }
    }
    ContentFormat contentFormat;
    try {
      contentFormat = ContentFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format: " + e.getMessage());
    }
    Scanner scanner = DeidIo.scanner(config, minLikelihood);
    DeidIo.checkInfoTypes("--transform", policy.choices().keySet(), scanner);
    if (edmIndex != null) {
      try {
        EdmMatcher edm = EdmMatcher.load(edmIndex, EdmCommand.key(edmKeyFile, System.getenv()));
        scanner = Scanner.create(scanner.settings(), edm);
      } catch (EdmException e) {
        throw new UsageException("--edm: " + e.getMessage());
      }
    } else if (edmKeyFile != null) {
      throw new UsageException("--edm-key-file needs --edm INDEX");
    }
    DeidKey key =
        policy.needsKey() || keyFile != null ? DeidCommand.key(keyFile, System.getenv()) : null;
    byte[] content = DeidIo.read(path, System.in);
    Redaction redaction;
    try {
      redaction =
          Redactor.create(scanner, policy, key)
              .redact(content, contentFormat, path.equals("-") ? null : path);
    } catch (DeidException e) {
      throw new UsageException(path + ": " + e.getMessage());
    }
    DeidIo.write(redaction.text(), output);
    PrintStream err = System.err;
    for (String note : redaction.notes()) {
      err.println("kalkan: " + path + ": " + note);
    }
    if (output != null) {
      StringJoiner counts = new StringJoiner(", ");
      redaction.transformed().entrySet().stream()
          .sorted(java.util.Map.Entry.comparingByKey())
          .forEach(e -> counts.add(e.getKey() + " " + e.getValue()));
      long total = redaction.transformed().values().stream().mapToLong(Long::longValue).sum();
      err.println(
          "kalkan: wrote "
              + output
              + " ("
              + redaction.format().name().toLowerCase(java.util.Locale.ROOT)
              + "): "
              + total
              + " findings transformed"
              + (total == 0 ? "" : " (" + counts + ")"));
    }
    return 0;
  }
}
