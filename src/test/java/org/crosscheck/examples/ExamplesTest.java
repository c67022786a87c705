package org.crosscheck.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

  /**
   * {@code examples/crosscheck.ipynb} holds exactly the cells of its JShell twin {@code
   * examples/crosscheck.jsh} (Jupytext's percent format: {@code // %%} starts a code cell, {@code
   * // %% [markdown]} a Markdown cell whose lines are comments), so the notebook cannot drift from
   * the script this test class runs; the notebook is for the JJava kernel and carries no outputs.
   */
  @Test
  void notebook_holdsTheCellsOfItsJShellTwin() throws IOException {
    JsonNode nb = new ObjectMapper().readTree(Files.readString(Path.of("examples/crosscheck.ipynb"), StandardCharsets.UTF_8));
    assertThat(nb.path("nbformat").asInt()).isEqualTo(4);
    assertThat(nb.at("/metadata/kernelspec/name").asText()).as("the JJava kernel's name").isEqualTo("java");
    assertThat(nb.at("/metadata/kernelspec/language").asText()).isEqualTo("java");
    List<String> notebook = new java.util.ArrayList<>();
    for (JsonNode cell : nb.path("cells")) {
      StringBuilder source = new StringBuilder();
      cell.path("source").forEach(line -> source.append(line.asText()));
      String type = cell.path("cell_type").asText();
      if (type.equals("code")) {
        assertThat(cell.path("outputs")).as("outputs are stripped").isEmpty();
        assertThat(cell.path("execution_count").isNull()).as("execution counts are stripped").isTrue();
      }
      notebook.add(type + ":\n" + source.toString().strip());
    }
    assertThat(notebook).as("the notebook's cells, against examples/crosscheck.jsh").isEqualTo(percentCells(
        Files.readAllLines(Path.of("examples/crosscheck.jsh"), StandardCharsets.UTF_8)));
  }

  /** The cells of a script in Jupytext's percent format, each as {@code "code:\n…"} or {@code "markdown:\n…"}. */
  static List<String> percentCells(List<String> lines) {
    List<String> cells = new java.util.ArrayList<>();
    String type = null;
    StringBuilder body = new StringBuilder();
    for (String line : lines) {
      if (line.startsWith("// %%")) {
        if (type != null) cells.add(type + ":\n" + body.toString().strip());
        type = line.contains("[markdown]") ? "markdown" : "code";
        body.setLength(0);
        continue;
      }
      assertThat(type).as("examples/crosscheck.jsh starts with a cell marker").isNotNull();
      if (type.equals("markdown")) {
        assertThat(line.isEmpty() || line.startsWith("//")).as("a Markdown cell's line is a comment: " + line).isTrue();
        line = line.startsWith("// ") ? line.substring(3) : line.startsWith("//") ? line.substring(2) : line;
      }
      body.append(line).append('\n');
    }
    if (type != null) cells.add(type + ":\n" + body.toString().strip());
    return cells;
  }

  /**
   * In JShell, {@code explain(a, b)} shows its lines: it is a value whose text is the facts, not a
   * String that JShell would show quoted, with {@code \n} escapes.
   */
  @Test
  void explain_showsItsLinesInJShell() {
    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        if (!entry.isBlank()) shell.addToClasspath(entry);
      }
      shell.eval("import static org.crosscheck.Crosscheck.*;");
      shell.eval("var a = claim(FIGHTERS, place(\"al-Qaim\"), between(1500, 2500));");
      shell.eval("var b = claim(FIGHTERS, place(\"al-Qaim\"), about(1500));");
      List<SnippetEvent> events = shell.eval("explain(a, b)");
      assertThat(events).hasSize(1);
      String shown = events.get(0).value();
      assertThat(shown).as("what JShell shows").startsWith("verdict:").contains("\nrule:        quantity.containment\n")
          .doesNotContain("\\n").doesNotStartWith("\"");
      assertThat(shell.eval("\"a\\nb\"").get(0).value()).as("a String, for contrast").isEqualTo("\"a\\nb\"");
    }
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
      // line by line, as the jshell tool reads a script: a snippet runs as soon as it is complete, so
      // a bare expression on its own line (a notebook cell's last line) is a snippet of its own
      String pending = "";
      int snippets = 0;
      for (String line : Files.readAllLines(notebook, StandardCharsets.UTF_8)) {
        if (line.strip().startsWith("/") && !line.strip().startsWith("//")) continue; // a JShell command such as /exit
        pending = pending + line + "\n";
        while (!pending.isBlank()) {
          SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
          if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
            pending = "";
            break;
          }
          if (!info.completeness().isComplete()) break;
          String source = info.source();
          pending = info.remaining();
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
      }
      if (!pending.isBlank()) fail("%s: incomplete snippet at the end:%n%s", notebook, pending);
      assertThat(snippets).as("snippets run in " + notebook).isPositive();
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
