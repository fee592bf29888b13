package dev.kalkan.detect;

import java.util.Set;

/**
 * File name extensions that look like top-level domains after an {@code @}: {@code icon@2x.png} is
 * a file, not an email address.
 */
final class FileExtensions {
  private static final Set<String> EXTENSIONS =
      Set.of(
          "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff", "css", "js",
          "mjs", "ts", "tsx", "jsx", "map", "json", "xml", "html", "htm", "txt", "md", "pdf", "zip",
          "gz", "tar", "tgz", "py", "java", "class", "jar", "rb", "go", "rs", "kt", "php", "sh",
          "yml", "yaml", "toml", "ini", "cfg", "conf", "log", "csv", "tsv", "mp3", "mp4", "mov",
          "avi", "woff", "woff2", "ttf", "otf", "eot", "lock", "exe", "dll", "so", "bin", "dat",
          "tmp", "bak", "swp", "scss", "less", "vue", "svelte");

  private FileExtensions() {}

  static boolean contains(String lowerCaseTld) {
    return EXTENSIONS.contains(lowerCaseTld);
  }
}
