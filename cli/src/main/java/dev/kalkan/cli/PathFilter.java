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
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        if (glob.endsWith("/**")) {
          String dir = glob.substring(0, glob.length() - 3);
          matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + dir));
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
