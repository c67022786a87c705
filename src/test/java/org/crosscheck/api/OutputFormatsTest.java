package org.crosscheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's output ends lines with {@code "\n"} on every platform. The forbidden-apis check
 * (ci profile) refuses the APIs that write the platform's line separator; a {@code %n} inside a
 * format string is data, which it cannot see, so this test reads the sources for it. The AssertJ
 * assertions are left out: their messages follow AssertJ's own convention of {@code %n}.
 */
class OutputFormatsTest {
  /** A Java string literal (text blocks aside: the library has none with a format). */
  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");

  static List<String> platformNewlines(Path sources) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        if (file.startsWith(sources.resolve("org/crosscheck/assertj"))) continue;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = STRING_LITERAL.matcher(lines.get(i));
          while (m.find()) {
            if (m.group().replace("%%", "").contains("%n")) {
              found.add(sources.relativize(file) + ":" + (i + 1) + ": " + m.group());
            }
          }
        }
      }
    }
    return found;
  }

  @Test
  void librarySources_formatNoPlatformNewline() throws IOException {
    Path sources = Path.of("src/main/java");
    assertThat(sources).as("run from the project folder (as Maven does)").isDirectory();
    assertThat(platformNewlines(sources)).as("write \\n instead of %%n").isEmpty();
  }

  @Test
  void scan_findsAPlatformNewlineButNotAnEscapedPercent(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path file = dir.resolve("org/example/Shout.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n",
        "class Shout {",
        "  String a = String.format(java.util.Locale.ROOT, \"%d%n\", 1);",
        "  String b = String.format(java.util.Locale.ROOT, \"100%%n\");",
        "  String c = \"say \\\"%n\\\" twice\";",
        "}"), StandardCharsets.UTF_8);
    assertThat(platformNewlines(dir)).containsExactly(
        "org/example/Shout.java:2: \"%d%n\"".replace('/', dir.getFileSystem().getSeparator().charAt(0)),
        "org/example/Shout.java:4: \"say \\\"%n\\\" twice\"".replace('/', dir.getFileSystem().getSeparator().charAt(0)));
  }
}
