package dev.kalkan.cli;

import dev.kalkan.cli.ErrorReporter.UsageException;
import dev.kalkan.deid.DeidException;
import dev.kalkan.deid.DeidKey;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kalkan deid}: the key of {@code kalkan redact} (hash, tokenize) and detokenize. */
@Command(
    name = "deid",
    usageHelpWidth = 100,
    header = "De-identification keys: create the key that hash and tokenize use.",
    mixinStandardHelpOptions = true,
    description = {
      "The key of 'kalkan redact' (the hash and tokenize transforms) and 'kalkan detokenize':",
      "a Tink keyset in JSON with one HMAC-SHA-256 PRF key, from which the keyed hashes, the",
      "AES-256 key of the FF1 token cipher and the tags of email tokens are derived."
    },
    subcommands = {DeidCommand.Keygen.class},
    footer = {
      "",
      "Examples:",
      "  kalkan deid keygen -o deid.key",
      "  kalkan redact --key-file deid.key --transform EMAIL_ADDRESS=tokenize orders.json",
      "  KALKAN_DEID_KEY=\"$(cat deid.key)\" kalkan detokenize orders.redacted.json"
    })
final class DeidCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: keygen");
  }

  /**
   * The key from {@code keyFile} when given, else from the {@value DeidKey#ENVIRONMENT_VARIABLE}
   * variable of {@code environment}.
   *
   * @throws UsageException when there is neither, or the one given holds no usable keyset
   */
  static DeidKey key(Path keyFile, Map<String, String> environment) {
    try {
      if (keyFile != null) {
        return DeidKey.read(keyFile);
      }
      String text = environment.get(DeidKey.ENVIRONMENT_VARIABLE);
      if (text == null || text.isBlank()) {
        throw new UsageException(
            "no de-identification key: give --key-file FILE or set "
                + DeidKey.ENVIRONMENT_VARIABLE
                + " (create a key with 'kalkan deid keygen -o FILE')");
      }
      return DeidKey.parse(text, "the " + DeidKey.ENVIRONMENT_VARIABLE + " variable");
    } catch (DeidException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** {@code kalkan deid keygen -o FILE}. */
  @Command(
      name = "keygen",
      usageHelpWidth = 100,
      header = "Write a new de-identification key (Tink keyset JSON) to a file.",
      mixinStandardHelpOptions = true,
      description = {
        "Write a new random key, a Tink keyset in JSON with one HMAC-SHA-256 PRF key, to FILE,",
        "readable by you only. Keep it secret, and keep it: tokens can only be reversed and hashes",
        "only reproduced with the key they were made with."
      })
  static final class Keygen implements Callable<Integer> {
    @Option(
        names = {"-o", "--output"},
        required = true,
        paramLabel = "FILE",
        description = "Where to write the key; an existing file is never overwritten.")
    Path output;

    @Override
    public Integer call() {
      try {
        DeidKey.generate().writeNew(output);
      } catch (FileAlreadyExistsException e) {
        throw new UsageException(output + " exists; refusing to overwrite a key");
      } catch (IOException e) {
        throw new UsageException("cannot write key file " + output + ": " + e.getMessage());
      }
      PrintStream out = System.out;
      out.println("wrote a new de-identification key to " + output);
      out.println(
          "Keep it secret: with it, tokens can be reversed and guessed values hashed. Keep a copy:");
      out.println(
          "without it, tokens made with it cannot be reversed. Pass it with --key-file "
              + output
              + " or in "
              + DeidKey.ENVIRONMENT_VARIABLE
              + ".");
      return 0;
    }
  }
}
