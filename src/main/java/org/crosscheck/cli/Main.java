package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.crosscheck.claim.Claim;
import org.crosscheck.extract.Diagnostic;
import org.crosscheck.extract.Extraction;
import org.crosscheck.io.ClaimJson;
import org.crosscheck.io.Documents;
import org.crosscheck.io.FormatException;
import org.crosscheck.io.Pipeline;
import org.crosscheck.io.Renderer;
import org.crosscheck.io.RuleSetJson;
import org.crosscheck.io.Run;
import org.crosscheck.rules.RuleSet;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crosscheck}: extract claims from a folder of articles and reconcile them.
 *
 * <pre>
 * crosscheck report examples/articles --format html --out report.html
 * crosscheck extract examples/articles --out claims.jsonl
 * crosscheck reconcile claims.jsonl --format text
 * </pre>
 *
 * <p>Exit status: 0 when all went well, 1 when some documents failed (each listed with its reason;
 * the others processed), 2 for usage errors (bad options, inputs that do not exist, unreadable rules or
 * manifest, bad JSON).
 */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Reconciles claims across sources: where they agree, where they only seem to disagree, and where"
        + " they really contradict each other.",
    subcommands = {Main.ReportCommand.class, Main.ExtractCommand.class, Main.ReconcileCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 2)
public final class Main implements Callable<Integer> {

  /** The project's version, as Maven wrote it into {@code org/crosscheck/version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws java.io.IOException {
      java.util.Properties p = new java.util.Properties();
      try (java.io.InputStream in = Main.class.getResourceAsStream("/org/crosscheck/version.properties")) {
        if (in == null) return new String[] {"crosscheck (version unknown: built without Maven's resources)"};
        p.load(in);
      }
      return new String[] {"crosscheck " + p.getProperty("version", "(version unknown)")};
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /** The program: runs with standard output and error, and exits with the status. */
  @SuppressForbidden // the one place that writes to the process's streams
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the program with the given streams; returns the exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, line, parse) -> {
      err.print("crosscheck: " + message(e) + "\n");
      return 2;
    });
    return cl.execute(args);
  }

  private static String message(Throwable e) {
    if (e instanceof FormatException || e instanceof IllegalArgumentException) return e.getMessage();
    if (e instanceof java.nio.file.NoSuchFileException n) return "no such file: " + n.getFile();
    if (e instanceof IOException) return "cannot read or write: " + e.getMessage();
    return e.toString();
  }

  /** Options every command shares: output, format, rules. */
  static class Output {
    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    @Nullable Path out;

    @Option(names = "--rules", paramLabel = "FILE|CLASS",
        description = "A rule set: a JSON rules file, or a Java class on the class path that implements"
            + " Supplier<RuleSet>. Default: the default rules.")
    @Nullable String rules;

    RuleSet ruleSet() throws IOException {
      if (rules == null) return RuleSet.defaults();
      Path file = Path.of(rules);
      if (Files.isRegularFile(file)) return RuleSetJson.read(file);
      if (rules.endsWith(".json") || rules.contains("/") || rules.contains(java.io.File.separator)) {
        throw new IllegalArgumentException("--rules " + rules + ": no such file; give the path of a JSON rules file,"
            + " or the name of a class on the class path that implements Supplier<RuleSet>");
      }
      Class<?> c;
      try {
        c = Class.forName(rules);
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalArgumentException("--rules " + rules + ": neither a file nor a class on the class path; give"
            + " the path of a JSON rules file, or the fully qualified name of a class that implements"
            + " Supplier<RuleSet> (put its jar on the class path)");
      }
      Object o;
      try {
        o = c.getDeclaredConstructor().newInstance();
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException("--rules " + rules + ": the class needs a public constructor without"
            + " arguments");
      } catch (java.lang.reflect.InvocationTargetException e) {
        throw new IllegalArgumentException("--rules " + rules + ": the class's constructor failed: " + e.getCause(), e);
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException("--rules " + rules + ": cannot create the class: " + e, e);
      }
      if (o instanceof Supplier<?> s && s.get() instanceof RuleSet r) return r;
      throw new IllegalArgumentException("--rules " + rules + ": the class must implement Supplier<RuleSet>");
    }

    void write(String text, PrintWriter stdout) throws IOException {
      if (out == null) {
        stdout.print(text);
        stdout.flush();
      } else {
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
      }
    }
  }

  /** Options of the commands that read articles. */
  static class Inputs {
    @Parameters(paramLabel = "FOLDER|FILE", arity = "1..*", description = "Folders of articles, or article files.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--manifest", paramLabel = "FILE",
        description = "JSON manifest giving each file's outlet, language and publication date (default: manifest.json"
            + " in the folder, or beside the file, if any).")
    @Nullable Path manifest;

    @Option(names = "--max-size", paramLabel = "BYTES", description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
    long maxSize = Documents.DEFAULT_MAX_BYTES;

    @Option(names = "--threads", paramLabel = "N", description = "Extract documents on N threads; the output does not"
        + " change (default: ${DEFAULT-VALUE}).")
    int threads = 1;

    /** Refuses option values the library would refuse, naming the option rather than a method. */
    void check() {
      if (threads < 1) {
        throw new IllegalArgumentException("--threads " + threads + ": give 1 or more threads");
      }
      for (Path p : paths) {
        if (!Files.exists(p)) {
          throw new IllegalArgumentException(p + ": no such file or folder; give folders of articles or article files");
        }
      }
      if (maxSize < 1) {
        throw new IllegalArgumentException("--max-size " + maxSize + ": give a size in bytes greater than 0 (default "
            + Documents.DEFAULT_MAX_BYTES + ")");
      }
    }

    /** Reads the documents (after {@link #check}). */
    Documents.Loaded read() throws java.io.IOException {
      return new Documents(maxSize).read(paths, manifest);
    }

    /** A progress bar on standard error (shown only on a terminal) for {@code loaded}'s articles. */
    @SuppressForbidden // the progress bar is drawn on the process's standard error
    static Progress progress(Documents.Loaded loaded) {
      return new Progress(System.err, loaded.articles().size(), Progress.stderrIsTerminal());
    }
  }

  static int failures(Run run, PrintWriter err) {
    int failed = 0;
    for (Run.Failure f : run.failures()) {
      err.print("failed: " + f.document() + ": " + f.reason() + "\n");
      failed++;
    }
    for (Extraction x : run.extractions()) {
      if (x.failed()) {
        failed++;
        err.print("failed: " + x.article().id() + ": " + String.join("; ",
            x.diagnostics(Diagnostic.Severity.ERROR).stream().map(Diagnostic::message).toList()) + "\n");
      }
    }
    return failed == 0 ? 0 : 1;
  }

  @Command(name = "report", mixinStandardHelpOptions = true,
      description = "Extract claims from articles and reconcile them; write the report.")
  static final class ReportCommand implements Callable<Integer> {
    @CommandLine.Mixin Inputs inputs;
    @CommandLine.Mixin Output output;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text, markdown, html, json or csv (default: text).")
    String format = "text";

    @Override
    public Integer call() throws Exception {
      Renderer.Format f = Renderer.Format.parse(format);
      inputs.check();
      Pipeline pipeline = Pipeline.withInstalledExtractors(output.ruleSet()).withThreads(inputs.threads);
      Documents.Loaded loaded = inputs.read();
      PrintWriter err = spec.commandLine().getErr();
      Progress progress = Inputs.progress(loaded);
      Run run = pipeline.run(loaded, progress::accept);
      for (String note : loaded.notes()) err.print("note: " + note + "\n");
      output.write(Renderer.of(f).render(run), spec.commandLine().getOut());
      return failures(run, err);
    }
  }

  @Command(name = "extract", mixinStandardHelpOptions = true,
      description = "Extract claims from articles as JSON Lines (format " + ClaimJson.VERSION + ").")
  static final class ExtractCommand implements Callable<Integer> {
    @CommandLine.Mixin Inputs inputs;
    @CommandLine.Mixin Output output;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--diagnostics", description = "Also print every diagnostic to standard error.")
    boolean diagnostics;

    @Override
    public Integer call() throws Exception {
      inputs.check();
      Pipeline pipeline = Pipeline.withInstalledExtractors(output.ruleSet()).withThreads(inputs.threads);
      Documents.Loaded loaded = inputs.read();
      PrintWriter err = spec.commandLine().getErr();
      Progress progress = Inputs.progress(loaded);
      List<Extraction> extractions = pipeline.extractAll(loaded.articles(), progress::accept);
      List<Claim> claims = new ArrayList<>();
      for (Extraction x : extractions) {
        claims.addAll(x.claims());
        if (diagnostics) for (Diagnostic d : x.diagnostics()) err.print(x.article().id() + ": " + d + "\n");
      }
      Writer w = new StringWriter();
      ClaimJson.writeLines(claims, w);
      output.write(w.toString(), spec.commandLine().getOut());
      return failures(Run.of(pipeline.reconcile(List.of()).report(), extractions, loaded.failures(), List.of()), err);
    }
  }

  @Command(name = "reconcile", mixinStandardHelpOptions = true,
      description = "Reconcile claims from JSON Lines files (from 'extract', other tools, or made by hand).")
  static final class ReconcileCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CLAIMS.jsonl", arity = "1..*", description = "JSON Lines files of claims ('-' for standard input).")
    List<String> files = new ArrayList<>();

    @CommandLine.Mixin Output output;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text, markdown, html, json or csv (default: text).")
    String format = "text";

    @Override
    public Integer call() throws Exception {
      Renderer.Format f = Renderer.Format.parse(format);
      List<Claim> claims = new ArrayList<>();
      for (String file : files) {
        if (file.equals("-")) {
          // a decoder that reports bad bytes, so that UTF-16 input is an error naming <stdin>, not U+FFFD
          claims.addAll(ClaimJson.readLines(new java.io.InputStreamReader(System.in,
              StandardCharsets.UTF_8.newDecoder()), "<stdin>"));
        } else {
          if (Files.isDirectory(Path.of(file))) {
            throw new IllegalArgumentException(file + " is a folder; give JSON Lines files of claims (from 'crosscheck"
                + " extract'), or use 'crosscheck report' to read a folder of articles");
          }
          try (Reader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            claims.addAll(ClaimJson.readLines(r, file));
          }
        }
      }
      Run run = new Pipeline(output.ruleSet(), List.of()).reconcile(claims);
      output.write(Renderer.of(f).render(run), spec.commandLine().getOut());
      return 0;
    }
  }
}
