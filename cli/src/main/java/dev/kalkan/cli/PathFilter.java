package dev.kalkan.cli;

import dev.kalkan.cli.ErrorReporter.UsageException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Path exclusions given as globs. A glob matches a path when it matches the path as walked (forward
 * slashes, without a leading {@code ./}), any suffix of it that starts at a directory boundary, or
 * the file name alone; so {@code **}{@code /node_modules/**}, {@code node_modules/**} and {@code
 * *.min.js} all work as people expect. Immutable.
 */
final class PathFilter {
  private final List<PathMatcher> matchers;

  private PathFilter(List<PathMatcher> matchers) {
    this.matchers = matchers;
  }

  /**
   * @throws UsageException naming the glob that does not parse
   */
  static PathFilter of(List<String> globs) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : globs) {
      try {
        // "**/x" also matches x at the top; "x/**" also matches the directory x itself
        String top = glob.startsWith("**/") ? glob.substring(3) : glob;
        for (String g : List.of(glob, top)) {
          matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
          if (g.endsWith("/**")) {
            matchers.add(
                FileSystems.getDefault().getPathMatcher("glob:" + g.substring(0, g.length() - 3)));
          }
        }
      } catch (IllegalArgumentException e) {
        throw new UsageException("--exclude: invalid glob '" + glob + "': " + e.getMessage());
      }
    }
    return new PathFilter(List.copyOf(matchers));
  }

  boolean isEmpty() {
    return matchers.isEmpty();
  }

  /** True when {@code path} (as walked) is excluded. */
  boolean excludes(Path path) {
    if (matchers.isEmpty()) {
      return false;
    }
    Path p = path.normalize();
    int n = p.getNameCount();
    for (int from = 0; from < n; from++) {
      Path suffix = p.subpath(from, n);
      for (PathMatcher m : matchers) {
        if (m.matches(suffix)) {
          return true;
        }
      }
    }
    return false;
  }
}
