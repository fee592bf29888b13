package dev.kalkan.cli;

import dev.kalkan.cli.ErrorReporter.UsageException;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Likelihood;
import dev.kalkan.detect.Scanner;
import dev.kalkan.detect.ScannerSettings;
import dev.kalkan.detect.config.ConfigException;
import dev.kalkan.detect.config.ScannerConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What {@code redact} and {@code detokenize} share: the scanner from {@code --config} and {@code
 * --min-likelihood}, reading one input whole, and writing the result only once it is complete (to a
 * temporary file moved into place, so a refused or failed run leaves no partial output).
 */
final class DeidIo {
  private DeidIo() {}

  static Scanner scanner(Path config, String minLikelihood) {
    ScannerSettings settings = ScannerSettings.defaults();
    if (config != null) {
      try {
        settings = ScannerConfigLoader.loadConfig(config).settings();
      } catch (ConfigException e) {
        throw new UsageException(e.getMessage());
      }
    }
    if (minLikelihood != null) {
      try {
        settings = settings.toBuilder().minLikelihood(Likelihood.parse(minLikelihood)).build();
      } catch (IllegalArgumentException e) {
        throw new UsageException("--min-likelihood: " + e.getMessage());
      }
    }
    return Scanner.create(settings);
  }

  /**
   * Checks that every name in {@code names} is a type {@code scanner} can report.
   *
   * @throws UsageException naming the unknown type and the known ones
   */
  static void checkInfoTypes(String option, Iterable<String> names, Scanner scanner) {
    Set<String> known = new LinkedHashSet<>();
    InfoType.builtIns().forEach(t -> known.add(t.name()));
    scanner.settings().customDetectors().forEach(d -> known.add(d.infoType().name()));
    for (String name : names) {
      if (!known.contains(name)) {
        throw new UsageException(
            option + ": unknown infoType '" + name + "'; known: " + String.join(", ", known));
      }
    }
  }

  /** The bytes of {@code path}, or of standard input for {@code -}. */
  static byte[] read(String path, InputStream stdin) {
    try {
      if (path.equals("-")) {
        return stdin.readAllBytes();
      }
      Path p = Path.of(path);
      if (Files.isDirectory(p)) {
        throw new UsageException(path + ": is a directory; give one file or '-'");
      }
      return Files.readAllBytes(p);
    } catch (NoSuchFileException e) {
      throw new UsageException(path + ": no such file or directory");
    } catch (AccessDeniedException e) {
      throw new UsageException(path + ": permission denied");
    } catch (IOException e) {
      throw new UsageException(path + ": cannot be read: " + e.getMessage());
    }
  }

  /** Writes {@code text} to {@code output}, or to standard output when it is null. */
  static void write(String text, Path output) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (output == null) {
      OutputStream out = StandardOutput.stream();
      out.write(bytes);
      out.flush();
      return;
    }
    Path dir = output.toAbsolutePath().getParent();
    Path tmp;
    try {
      tmp = Files.createTempFile(dir, ".kalkan-", ".tmp");
    } catch (IOException e) {
      throw new UsageException("cannot write " + output + ": " + e.getMessage());
    }
    try {
      Files.write(tmp, bytes);
      Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw new UsageException("cannot write " + output + ": " + e.getMessage());
    }
  }
}
