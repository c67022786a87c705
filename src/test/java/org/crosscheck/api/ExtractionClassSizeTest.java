package org.crosscheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No source file of the extraction packages ({@code extract}, {@code arabic}, {@code english} and
 * their {@code internal} subpackages) is over 400 lines, import lines not counted (an API class that
 * calls the internals imports each of them): a stage that grows past that is split into named parts,
 * as issue 10 asks.
 */
class ExtractionClassSizeTest {
  static final int MAX_LINES = 400;

  @Test
  void noExtractionSourceFile_isOver400LinesBesideItsImports() throws IOException {
    List<String> over = new ArrayList<>();
    int files = 0;
    for (String pkg : List.of("extract", "arabic", "english")) {
      Path dir = Path.of("src", "main", "java", "org", "crosscheck", pkg);
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path f : s.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          files++;
          long lines;
          try (Stream<String> l = Files.lines(f)) {
            lines = l.filter(line -> !line.startsWith("import ")).count();
          }
          if (lines > MAX_LINES) over.add(f + ": " + lines + " lines");
        }
      }
    }
    assertThat(files).as("source files read").isGreaterThan(50);
    assertThat(over).as("extraction source files over %d lines", MAX_LINES).isEmpty();
  }
}
