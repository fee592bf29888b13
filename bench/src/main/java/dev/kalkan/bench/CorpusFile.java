package dev.kalkan.bench;

import java.util.Objects;

/**
 * One generated file: its path relative to the corpus root ({@code /}-separated, e.g. {@code
 * catalog/012/catalog-006001.json}), its kind and its UTF-8 content. The content array is shared,
 * not copied: do not modify it.
 */
public record CorpusFile(String path, DocumentKind kind, byte[] content) {
  /** Validates that no component is null. */
  public CorpusFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
  }
}
