package org.crosscheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public or protected element of the exported packages has a doc comment: the JDK's javadoc,
 * run with doclint's {@code missing} group over the sources of the packages that the compiled module
 * descriptor exports, reports no "no comment". Missing {@code @param} and {@code @return} tags are
 * not counted: a summary such as "Returns the claim's measure" documents a method.
 *
 * <p>Tagged {@code slow}: javadoc over the API takes tens of seconds ({@code mvn -B -Pslow test}).
 */
@Tag("slow")
class DocumentedApiTest {
  private static final Path SOURCES = Path.of("src", "main", "java");

  /** The packages that {@code target/classes/module-info.class} exports, sorted. */
  static Set<String> exportedPackages() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      return ModuleDescriptor.read(in).exports().stream().map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** The source files of one package (not of its subpackages), sorted. */
  static List<Path> sourcesOf(String pkg) throws IOException {
    Path dir = SOURCES.resolve(pkg.replace('.', File.separatorChar));
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void everyPublicElementOfTheExportedPackages_hasADocComment() throws IOException {
    Set<String> exported = exportedPackages();
    assertThat(exported).as("exported packages").contains("org.crosscheck", "org.crosscheck.claim");
    List<Path> sources = new ArrayList<>();
    for (String pkg : exported) {
      List<Path> files = sourcesOf(pkg);
      assertThat(files).as("sources of exported package %s", pkg).isNotEmpty();
      sources.addAll(files);
    }
    List<String> undocumented = undocumented(SOURCES, sources, Path.of("target", "documented-api-test"));
    assertThat(undocumented)
        .as("%d public elements of the exported packages have no doc comment", undocumented.size())
        .isEmpty();
  }

  /** The check itself finds an undocumented method and constant, by file, line and declaration. */
  @Test
  void undocumented_namesEachElementWithoutAComment(@TempDir Path dir) throws IOException {
    Path root = dir.resolve("src");
    Path file = root.resolve("sample").resolve("Tally.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n",
        "package sample;",
        "",
        "/** A running count of reports. */",
        "public final class Tally {",
        "  /** The count so far. */",
        "  public int count() { return 3; }",
        "",
        "  public int undocumentedTotal() { return 4; }",
        "",
        "  public static final int UNDOCUMENTED_LIMIT = 5;",
        "",
        "  private int notPublic() { return 6; }",
        "}",
        ""), StandardCharsets.UTF_8);
    assertThat(undocumented(root, List.of(file), dir.resolve("out"))).containsExactly(
        "sample/Tally.java:8: public int undocumentedTotal()",
        "sample/Tally.java:10: public static final int UNDOCUMENTED_LIMIT");
  }

  /**
   * Runs javadoc with doclint's {@code missing} group over {@code sources} and returns each public
   * or protected element without a doc comment as {@code path:line: declaration}, the path relative
   * to {@code root}, sorted by file and line; fails on any javadoc error.
   */
  static List<String> undocumented(Path root, List<Path> sources, Path out) throws IOException {
    Files.createDirectories(out);
    DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
    assertThat(javadoc).as("the JDK's javadoc tool").isNotNull();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter log = new StringWriter();
    boolean ran;
    try (StandardJavaFileManager files = javadoc.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of(
          "-Xdoclint:missing", "-quiet", "-Xmaxwarns", "100000", "-Xmaxerrs", "100000",
          "-encoding", "UTF-8", "--release", "17", "-locale", "en", "-notimestamp",
          "-d", out.toString(),
          "-classpath", System.getProperty("java.class.path"));
      ran = javadoc.getTask(log, files, diagnostics, null, options, files.getJavaFileObjectsFromPaths(sources)).call();
    }

    List<String> errors = new ArrayList<>();
    List<Diagnostic<? extends JavaFileObject>> missing = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String message = d.getMessage(Locale.ROOT).strip();
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(where(root, d) + ": " + message);
      } else if (d.getSource() != null
          && (message.endsWith("no comment") || message.endsWith("does not provide a comment"))) {
        missing.add(d); // the second: an implicit default constructor, which newer JDKs report
      }
    }
    assertThat(errors).as("javadoc errors (log: %s)", log).isEmpty();
    assertThat(ran).as("javadoc ran (log: %s)", log).isTrue();
    return missing.stream()
        .sorted(Comparator.comparing((Diagnostic<? extends JavaFileObject> d) -> d.getSource().toUri().toString())
            .thenComparingLong(Diagnostic::getLineNumber))
        .map(d -> where(root, d) + ": " + element(d))
        .collect(Collectors.toList());
  }

  /** {@code path:line} of a diagnostic, the path relative to {@code root}. */
  private static String where(Path root, Diagnostic<? extends JavaFileObject> d) {
    if (d.getSource() == null) return "(no file)";
    Path file = Path.of(d.getSource().toUri());
    Path base = root.toAbsolutePath();
    String name = file.startsWith(base) ? base.relativize(file).toString() : file.toString();
    return name.replace(File.separatorChar, '/') + ":" + d.getLineNumber();
  }

  /**
   * The declaration that a diagnostic points at, from its source line: modifiers, type and name,
   * without an initializer or a body.
   */
  private static String element(Diagnostic<? extends JavaFileObject> d) {
    long line = d.getLineNumber();
    if (line < 1) return "(no line)";
    try {
      List<String> lines = Files.readAllLines(Path.of(d.getSource().toUri()), StandardCharsets.UTF_8);
      String text = line <= lines.size() ? lines.get((int) line - 1).strip() : "";
      for (String end : List.of(" = ", " {", ";")) {
        int at = text.indexOf(end);
        if (at > 0) text = text.substring(0, at);
      }
      return text;
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }
}
