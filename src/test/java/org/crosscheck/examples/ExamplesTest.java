package org.crosscheck.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code examples/*.jsh} through the JDK's {@code jdk.jshell} API, snippet by snippet,
 * and fails if a snippet is rejected or throws. Lines starting with {@code /} are JShell commands
 * ({@code /exit}) and are skipped.
 */
class ExamplesTest {

  static Stream<Path> notebooks() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("examples"))) {
      List<Path> list = files.filter(p -> p.toString().endsWith(".jsh")).sorted().toList();
      assertThat(list).as("notebooks in examples/").isNotEmpty();
      return list.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("notebooks")
  void notebook_runsEverySnippet(Path notebook) throws IOException {
    assertThat(run(notebook)).as("what " + notebook + " printed").isNotBlank();
  }

  /** The README shows the quickstart's ten lines and what they print: both must be the real ones. */
  @Test
  void readme_quickstartBlocks_matchTheNotebookAndItsOutput() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Path quickstart = Path.of("examples/quickstart.jsh");
    List<String> code = Files.readAllLines(quickstart, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.startsWith("/")).toList();
    assertThat(block(readme, "## Ten lines in JShell")).isEqualTo(String.join("\n", code));
    assertThat(block(readme, "prints (this is `examples/quickstart.jsh`)")).isEqualTo(run(quickstart).strip());
  }

  /** The text of the first fenced block after {@code marker}. */
  static String block(String markdown, String marker) {
    int at = markdown.indexOf(marker);
    assertThat(at).as("README has " + marker).isNotNegative();
    int open = markdown.indexOf("```", at);
    int start = markdown.indexOf('\n', open) + 1;
    int end = markdown.indexOf("\n```", start);
    return markdown.substring(start, end).strip();
  }

  static String run(Path notebook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream original = System.out;
    System.setOut(print); // the local engine runs snippets in this JVM, printing to System.out
    try (JShell shell = JShell.builder().executionEngine("local").out(print).err(print).build()) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        if (!entry.isBlank()) shell.addToClasspath(entry);
      }
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      StringBuilder code = new StringBuilder();
      for (String line : Files.readAllLines(notebook, StandardCharsets.UTF_8)) {
        if (!line.strip().startsWith("/") || line.strip().startsWith("//")) code.append(line).append('\n');
      }
      String remaining = code.toString();
      int snippets = 0;
      while (!remaining.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
        if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) break;
        if (!info.completeness().isComplete()) fail("%s: incomplete snippet at the end:%n%s", notebook, remaining);
        String source = info.source();
        remaining = info.remaining();
        snippets++;
        for (SnippetEvent e : shell.eval(source)) {
          if (e.status() == Snippet.Status.REJECTED) {
            StringBuilder why = new StringBuilder();
            shell.diagnostics(e.snippet()).forEach((Diag d) -> why.append(d.getMessage(java.util.Locale.ROOT)).append('\n'));
            fail("%s: snippet rejected:%n%s%n%s", notebook, source, why);
          }
          if (e.exception() != null) fail("%s: snippet threw %s:%n%s", notebook, e.exception(), source);
        }
      }
      assertThat(snippets).as("snippets run in " + notebook).isPositive();
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
