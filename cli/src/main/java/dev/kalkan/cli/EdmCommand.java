package dev.kalkan.cli;

import dev.kalkan.cli.ErrorReporter.UsageException;
import dev.kalkan.detect.edm.EdmBuildSummary;
import dev.kalkan.detect.edm.EdmException;
import dev.kalkan.detect.edm.EdmIndexBuilder;
import dev.kalkan.detect.edm.EdmKey;
import dev.kalkan.detect.edm.FieldMapping;
import dev.kalkan.detect.edm.RecordFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kalkan edm}: exact data match. {@code keygen} makes the secret key, {@code index} turns a
 * records file into an index of keyed hashes that {@code kalkan scan --edm} looks for.
 */
@Command(
    name = "edm",
    usageHelpWidth = 100,
    header = "Exact data match: register records so that scans find them.",
    mixinStandardHelpOptions = true,
    description = {
      "Exact data match: register records you hold (customers' names, email addresses, phone",
      "numbers, addresses, order ids) so that scans report them wherever they appear. The index",
      "stores only keyed hashes of normalised values, never the values; it is useless without",
      "the key it was built with."
    },
    subcommands = {EdmCommand.Keygen.class, EdmCommand.Index.class},
    footer = {
      "",
      "Examples:",
      "  kalkan edm keygen -o edm.key",
      "  kalkan edm index customers.csv -o customers.edm --key-file edm.key",
      "  KALKAN_EDM_KEY=$(cat edm.key) kalkan edm index orders.jsonl -o orders.edm"
    })
final class EdmCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: keygen or index");
  }

  /**
   * The key from {@code keyFile} when given, else from the {@value EdmKey#ENVIRONMENT_VARIABLE}
   * variable of {@code environment}.
   *
   * @throws UsageException when there is neither, or the one given holds no key
   */
  static EdmKey key(Path keyFile, Map<String, String> environment) {
    try {
      if (keyFile != null) {
        return EdmKey.read(keyFile);
      }
      String text = environment.get(EdmKey.ENVIRONMENT_VARIABLE);
      if (text == null || text.isBlank()) {
        throw new UsageException(
            "no EDM key: give --key-file FILE or set "
                + EdmKey.ENVIRONMENT_VARIABLE
                + " (create a key with 'kalkan edm keygen -o FILE')");
      }
      return EdmKey.parse(text, "the " + EdmKey.ENVIRONMENT_VARIABLE + " variable");
    } catch (EdmException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** {@code kalkan edm keygen -o FILE}. */
  @Command(
      name = "keygen",
      usageHelpWidth = 100,
      header = "Write a new random EDM key to a file.",
      mixinStandardHelpOptions = true,
      description = {
        "Write a new random EDM key (32 bytes, base64) to FILE, readable by you only.",
        "Keep it secret, and keep it: an index can only be used with the key it was built with."
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
        EdmKey.generate().writeNew(output);
      } catch (FileAlreadyExistsException e) {
        throw new UsageException(output + " exists; refusing to overwrite a key");
      } catch (IOException e) {
        throw new UsageException("cannot write key file " + output + ": " + e.getMessage());
      }
      PrintStream out = System.out;
      out.println("wrote a new EDM key to " + output);
      out.println(
          "Keep it secret: with the key and an index, guessed values can be tested. Keep a copy:");
      out.println(
          "without it, indexes built with it cannot be used. Pass it with --key-file "
              + output
              + " or in "
              + EdmKey.ENVIRONMENT_VARIABLE
              + ".");
      return 0;
    }
  }

  /** {@code kalkan edm index RECORDS -o INDEX}. */
  @Command(
      name = "index",
      usageHelpWidth = 100,
      header = "Build an EDM index of keyed hashes from a records file (CSV or JSON lines).",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Build an EDM index from RECORDS, a CSV file with a header line or JSON lines (one flat",
        "object per line). Columns are recognised by their header: email, phone, name (or first",
        "and last name), address and order id; city, postal code, country and unrecognised",
        "columns are ignored unless mapped with --field. The summary names each column's type."
      },
      footer = {
        "",
        "The key comes from --key-file or the KALKAN_EDM_KEY environment variable, never from the",
        "command line. Errors (missing key, unreadable or malformed records, nothing to index) exit",
        "with status 2."
      })
  static final class Index implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RECORDS", description = "The records file (UTF-8).")
    Path records;

    @Option(
        names = {"-o", "--output"},
        required = true,
        paramLabel = "INDEX",
        description = "The index file to write (replaced if it exists).")
    Path output;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "csv or jsonl (default: jsonl for .jsonl/.ndjson/.json files, else csv).")
    String format;

    @Option(
        names = "--key-file",
        paramLabel = "FILE",
        description = "The key file (default: the KALKAN_EDM_KEY environment variable).")
    Path keyFile;

    @Option(
        names = "--field",
        paramLabel = "HEADER=INFOTYPE",
        description =
            "Index the column HEADER as INFOTYPE (EMAIL_ADDRESS, PHONE_NUMBER, PERSON_NAME,"
                + " STREET_ADDRESS, AMAZON_ORDER_ID, any other type name for generic words), or"
                + " IGNORE it. Repeatable.")
    List<String> fields = new ArrayList<>();

    @Option(
        names = "--phone-region",
        paramLabel = "REGION",
        description =
            "ISO 3166 region of phone numbers written without a country code (default: TR).")
    String phoneRegion = EdmIndexBuilder.DEFAULT_PHONE_REGION;

    @Override
    public Integer call() {
      EdmKey key = key(keyFile, System.getenv());
      RecordFormat recordFormat;
      FieldMapping mapping = FieldMapping.defaults();
      EdmIndexBuilder builder;
      try {
        recordFormat = format == null ? RecordFormat.forFile(records) : RecordFormat.parse(format);
        for (String f : fields) {
          int eq = f.lastIndexOf('=');
          if (eq <= 0 || eq == f.length() - 1) {
            throw new UsageException("--field expects HEADER=INFOTYPE, got '" + f + "'");
          }
          mapping = mapping.withOverride(f.substring(0, eq), f.substring(eq + 1));
        }
        builder =
            EdmIndexBuilder.create(key, mapping, phoneRegion.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      long started = System.nanoTime();
      EdmBuildSummary summary;
      try {
        summary = builder.build(records, recordFormat, output);
      } catch (EdmException e) {
        throw new UsageException(e.getMessage());
      }
      print(summary, (System.nanoTime() - started) / 1e9, System.out);
      return 0;
    }

    private void print(EdmBuildSummary s, double seconds, PrintStream out) {
      out.printf(
          Locale.ROOT,
          "indexed %d records from %s into %s (%.1f MB) in %.1f s: %d values%n",
          s.records(),
          records,
          output,
          s.indexBytes() / 1e6,
          seconds,
          s.values());
      s.columns().forEach((header, type) -> out.printf(Locale.ROOT, "  %-28s %s%n", header, type));
      out.println("values by type: " + joined(s.valuesByInfoType()));
      if (!s.skipped().isEmpty()) {
        out.println("values left out: " + joined(s.skipped()));
      }
    }

    private static String joined(Map<String, Long> counts) {
      StringJoiner j = new StringJoiner(", ");
      counts.forEach((name, count) -> j.add(name + " " + count));
      return j.toString();
    }
  }
}
