package org.ixwire.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Locates the team's shared corpus ({@code ../shared/corpus} beside the project root).
 *
 * <p>Tests that need it call {@link #require(String)}, which skips the test with a clear message
 * when the corpus is absent (a checkout without {@code ../shared}).
 */
public final class SharedCorpus {

  private SharedCorpus() {}

  /** The shared folder, or null when it cannot be found. */
  public static @Nullable Path sharedRoot() {
    String prop = System.getProperty("ixwire.shared");
    if (prop != null && Files.isDirectory(Paths.get(prop, "corpus"))) {
      return Paths.get(prop).toAbsolutePath().normalize();
    }
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("corpus"))) {
        return candidate.normalize();
      }
      dir = dir.getParent();
    }
    return null;
  }

  /**
   * Returns {@code corpus/<relative>}, skipping the calling test (JUnit assumption) when it is
   * absent.
   */
  public static Path require(String relative) {
    Path root = sharedRoot();
    if (root == null) {
      assumeTrue(
          false,
          "../shared/corpus not found (set -Dixwire.shared=PATH): skipping corpus test for "
              + relative);
      throw new AssertionError("unreachable");
    }
    Path p = root.resolve("corpus").resolve(relative);
    assumeTrue(Files.exists(p), "corpus file absent, skipping: " + p);
    return p;
  }

  /**
   * Every regular file under {@code corpus/<relative>} whose name ends with {@code suffix}, sorted.
   */
  public static List<Path> files(String relative, String suffix) {
    Path dir = require(relative);
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
