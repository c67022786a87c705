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
import org.crosscheck.io.ClaimsFile;
import org.crosscheck.io.CsvRenderer;
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
        CommandLine.HelpCommand.class, picocli.AutoComplete.GenerateCompletion.class},
    exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 2,
    exitCodeListHeading = "\nExit status:\n",
    exitCodeList = {
        "0:all went well",
        "1:some documents failed (each listed with its reason on standard error and in the report; the others"
            + " were processed)",
        "2:usage error: a bad option, an input that does not exist, an unreadable manifest, rules file or claims file"},
    footerHeading = "\nExamples:\n",
    footer = {
        "  crosscheck report examples/articles",
        "  crosscheck report articles/ --format html --out report.html",
        "  crosscheck report page.html --outlet Reuters --published 2017-11-03",
        "  crosscheck report export.jsonl --diagnostics",
        "  crosscheck extract articles/ --out claims.jsonl",
        "  crosscheck reconcile claims.jsonl --format csv --out report.csv --excel",
        "  crosscheck report articles/ --rules newsroom.json",
        "  crosscheck report articles/ --gazetteer my-places.tsv",
        "  crosscheck report articles/ --gazetteer my-places.geojson --countries SD",
        "  crosscheck extract articles/ --actors my-actors.txt --out claims.jsonl",
        "  java -cp crosscheck-cli.jar:rules.jar org.crosscheck.cli.Main \\",
        "      report articles/ --rules com.example.NewsroomRules",
        "  source <(crosscheck generate-completion)",
        "(crosscheck is java -jar crosscheck-cli.jar, or an alias for it)"})
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
    try {
      return cl.execute(args);
    } finally {
      // the writers flush by themselves only on println: a message printed before System.exit must
      // not be lost (errors, --diagnostics, notes)
      out.flush();
      err.flush();
    }
  }

  private static String message(Throwable e) {
    if (e instanceof FormatException || e instanceof IllegalArgumentException) {
      return java.util.Objects.requireNonNullElse(e.getMessage(), e.toString());
    }
    if (e instanceof java.nio.file.NoSuchFileException n) return "no such file: " + n.getFile();
    if (e instanceof IOException) return "cannot read or write: " + e.getMessage();
    return e.toString();
  }

  /** A document written to a writer as it is made. */
  interface Document {
    void writeTo(java.io.Writer w) throws IOException;
  }

  /** Options every command shares: output, format, rules. */
  static class Output {
    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    @Nullable Path out;

    @Option(names = "--rules", paramLabel = "FILE|CLASS",
        description = {"A rule set: a JSON rules file (format: docs/json-format.md, schema:"
            + " docs/schemas/rules.schema.json), or the fully qualified name of a class that implements"
            + " Supplier<RuleSet> and has a public constructor without arguments. Put the class's jar on the class path"
            + " and start the main class yourself:",
            "  java -cp crosscheck-cli.jar:my-rules.jar org.crosscheck.cli.Main report articles/ --rules"
            + " com.example.NewsroomRules",
            "A rules file's \"measures\" with \"nouns\" are read by the extractors too.",
            "Default: the default rules."})
    @Nullable String rules;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on standard error but errors: no progress bar, no"
        + " notes or warnings (they stay in the report).")
    boolean quiet;

    @Option(names = "--no-progress", description = "No progress bar (it is shown only on a terminal anyway).")
    boolean noProgress;

    /** A progress bar on standard error, unless quiet, asked not to, or standard error is not a terminal. */
    @SuppressForbidden // the progress bar is drawn on the process's standard error
    Progress progress() {
      return new Progress(System.err, !quiet && !noProgress && Progress.stderrIsTerminal());
    }

    /** Prints the notes and warnings of a run on standard error, unless quiet. */
    void notes(List<String> notes, PrintWriter err) {
      if (quiet) return;
      for (String note : notes) err.print((note.startsWith("warning: ") ? note : "note: " + note) + "\n");
    }

    RuleSet ruleSet() throws IOException {
      return rulesFile().rules();
    }

    /** The rule set and, from a JSON rules file, the measures it declares with their nouns. */
    RuleSetJson.RulesFile rulesFile() throws IOException {
      if (rules == null) return RuleSetJson.RulesFile.of(RuleSet.defaults());
      Path file = Path.of(rules);
      if (Files.isRegularFile(file)) return RuleSetJson.readFile(file);
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
      if (o instanceof Supplier<?> s && s.get() instanceof RuleSet r) return RuleSetJson.RulesFile.of(r);
      throw new IllegalArgumentException("--rules " + rules + ": the class must implement Supplier<RuleSet>");
    }

    /** Writes what {@code document} writes here (the file, or standard output), as it goes. */
    void write(Document document, PrintWriter stdout) throws IOException {
      if (out == null) {
        document.writeTo(stdout);
        stdout.flush();
      } else {
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        try (java.io.Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          document.writeTo(w);
        }
      }
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

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "Places of one's own, looked up after the"
        + " built-in ones (repeat for several files): the built-in gazetteer's TSV format, gzip-compressed or plain"
        + " UTF-8, one place a line: WOF id, type (C country, R region, D district, L locality, N neighbourhood),"
        + " ISO country code, parent id, region id, population, tier (A: matched anywhere, B: only after a place"
        + " word), Arabic names and English names (each separated by |), and optionally latitude and longitude in"
        + " decimal degrees; or a GeoJSON FeatureCollection (.geojson or"
        + " .json) of Point, Polygon or MultiPolygon features whose properties give id, name (or name:ar, name:en,"
        + " names), type (country, region, district, locality, neighbourhood), country and optionally parent_id and"
        + " population.")
    List<Path> gazetteers = new ArrayList<>();

    @Option(names = "--gazetteer-only", description = "Look up only the places of --gazetteer, not the built-in ones.")
    boolean gazetteerOnly;

    @Option(names = "--countries", paramLabel = "CODE", split = ",", description = "Look up only the places of these"
        + " countries, ISO codes like SD,YE (default: every country of the gazetteer).")
    List<String> countries = new ArrayList<>();

    @Option(names = "--actors", paramLabel = "FILE", description = "Actors of one's own, named before the built-in"
        + " ones: UTF-8, one a line, name as written <TAB> canonical name <TAB> type (armed-group, state-force,"
        + " ministry, un-agency, ngo, media, coalition, government or news-agency), # for a comment; Arabic and"
        + " English names in one file (\"Red Dune Brigade<TAB>Red Dune Brigade<TAB>armed-group\"). Armed groups,"
        + " state forces and coalitions own the figures of their fighters; the others are speakers.")
    @Nullable Path actors;

    @Option(names = "--arabic-lexicons", paramLabel = "FOLDER", description = "Arabic word lists of one's own: the"
        + " files of FOLDER named like the built-in ones (measures.txt, measure-cues.txt, events.txt, actors.txt,"
        + " speech.txt, titles.txt, scopes.txt, boilerplate.txt) are read instead of them, each in the built-in"
        + " file's format.")
    @Nullable Path arabicLexicons;

    /**
     * The pipeline of these inputs: the installed extractors, or, with {@code --gazetteer}, {@code
     * --countries}, {@code --actors} or {@code --arabic-lexicons}, the Arabic and English ones built
     * with them; reading the measures of the rules file either way.
     */
    Pipeline pipeline(RuleSetJson.RulesFile rules) {
      if (gazetteerOnly && gazetteers.isEmpty()) {
        throw new IllegalArgumentException("--gazetteer-only needs --gazetteer FILE, the places to look up instead of"
            + " the built-in ones");
      }
      Pipeline p;
      if (gazetteers.isEmpty() && countries.isEmpty() && actors == null && arabicLexicons == null) {
        p = Pipeline.withInstalledExtractors(rules.rules());
      } else if (gazetteers.isEmpty() && countries.isEmpty()) {
        p = new Pipeline(rules.rules(), extractors(org.crosscheck.arabic.PlaceGazetteer.standard()));
      } else {
        for (Path g : gazetteers) {
          if (!Files.isRegularFile(g)) {
            throw new IllegalArgumentException("--gazetteer " + g + ": no such file; give a TSV or GeoJSON file of"
                + " places (see crosscheck report --help)");
          }
        }
        org.crosscheck.arabic.PlaceGazetteer places;
        try {
          places = org.crosscheck.arabic.PlaceGazetteer.read(gazetteers, !gazetteerOnly, java.util.Set.copyOf(countries));
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
          throw new IllegalArgumentException("--gazetteer: " + e.getMessage(), e);
        }
        for (String c : countries) {
          if (!places.hasCountry(c)) {
            throw new IllegalArgumentException("--countries " + String.join(",", countries) + ": no country " + c
                + " in the gazetteer; give ISO codes in capitals, like SD or YE");
          }
        }
        p = new Pipeline(rules.rules(), extractors(places));
      }
      return p.withMeasures(rules.measures()).withThreads(threads);
    }

    /** The Arabic and English extractors looking up {@code places}, with {@code --actors} and {@code --arabic-lexicons}. */
    private List<org.crosscheck.extract.Extractor> extractors(org.crosscheck.arabic.PlaceGazetteer places) {
      Path a = actors;
      Path folder = arabicLexicons;
      if (a != null && !Files.isRegularFile(a)) {
        throw new IllegalArgumentException("--actors " + a + ": no such file; give a file of actors, one a line: name"
            + " <TAB> canonical name <TAB> type (see crosscheck report --help)");
      }
      if (folder != null && !Files.isDirectory(folder)) {
        throw new IllegalArgumentException("--arabic-lexicons " + folder + ": no such folder; give a folder of word"
            + " lists named like " + String.join(", ", org.crosscheck.arabic.ArabicWordLists.FILES));
      }
      org.crosscheck.arabic.ArabicWordLists lexicons;
      try {
        lexicons = folder == null ? org.crosscheck.arabic.ArabicWordLists.standard()
            : org.crosscheck.arabic.ArabicWordLists.overriding(folder);
      } catch (IllegalStateException | java.io.UncheckedIOException e) {
        throw new IllegalArgumentException("--arabic-lexicons: " + e.getMessage(), e);
      }
      org.crosscheck.english.EnglishExtractor.Builder english =
          org.crosscheck.english.EnglishExtractor.builder().gazetteer(places);
      if (a != null) {
        try {
          lexicons = lexicons.withActors(a);
          english.actors(a);
        } catch (IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
          throw new IllegalArgumentException("--actors: " + e.getMessage(), e);
        }
      }
      return List.of(org.crosscheck.arabic.ArabicExtractor.builder().gazetteer(places).wordLists(lexicons).build(),
          english.build());
    }

    @Option(names = "--outlet", paramLabel = "NAME", description = "The outlet of a single article file (wins over the"
        + " manifest and over what the page says).")
    @Nullable String outlet;

    @Option(names = "--published", paramLabel = "DATE", description = "The publication date of a single article file,"
        + " like 2017-11-03.")
    @Nullable String published;

    @Option(names = "--language", paramLabel = "CODE", description = "The language of a single article file, an ISO"
        + " 639-1 code like ar or en.")
    @Nullable String language;

    /** What --outlet, --published and --language give. */
    Documents.Given given() {
      java.time.LocalDate date = null;
      if (published != null) {
        try {
          date = java.time.LocalDate.parse(published.strip());
        } catch (java.time.format.DateTimeParseException e) {
          throw new IllegalArgumentException("--published " + published + ": give a date like 2017-11-03");
        }
      }
      if (language != null && !language.strip().matches("[a-zA-Z]{2,3}")) {
        throw new IllegalArgumentException("--language " + language + ": give an ISO 639-1 code like ar or en");
      }
      return new Documents.Given(outlet == null || outlet.isBlank() ? null : outlet.strip(), date,
          language == null ? null : language.strip().toLowerCase(java.util.Locale.ROOT));
    }

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
      Documents.Given given = given();
      if ((given.outlet() != null || given.published() != null || given.language() != null)
          && (paths.size() != 1 || Files.isDirectory(paths.get(0)))) {
        throw new IllegalArgumentException("--outlet, --published and --language describe a single article file; for a"
            + " folder or several files give a manifest.json (see docs/json-format.md)");
      }
      return new Documents(maxSize).read(paths, manifest, given);
    }
  }

  /** Prints every diagnostic of every document on standard error, document by document. */
  static void diagnostics(List<Extraction> extractions, PrintWriter err) {
    for (Extraction x : extractions) for (Diagnostic d : x.diagnostics()) err.print(x.article().id() + ": " + d + "\n");
  }

  /** The report's format, and the CSV options. */
  static class Formats {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text, markdown, html, json or csv (default:"
        + " text). With csv and --out FILE.csv, the pairwise verdicts go to FILE-verdicts.csv beside it.")
    String format = "text";

    @Option(names = "--excel", description = "CSV for Excel: begin each CSV file with a UTF-8 byte-order mark, without"
        + " which Excel misreads Arabic and other non-Latin text.")
    boolean excel;

    Renderer.Format format() {
      Renderer.Format f = Renderer.Format.parse(format);
      if (excel && f != Renderer.Format.CSV) {
        throw new IllegalArgumentException("--excel applies to --format csv, not " + f);
      }
      return f;
    }

    /** Writes the report; for CSV to a file, also the pairwise verdicts beside it. */
    void write(Renderer.Format f, Run run, Output output, PrintWriter stdout, PrintWriter err) throws IOException {
      String bom = excel ? CsvRenderer.EXCEL_BOM : "";
      Renderer renderer = Renderer.of(f);
      output.write(w -> {
        w.write(bom);
        renderer.render(run, w);
      }, stdout);
      if (f == Renderer.Format.CSV && output.out != null) {
        Path verdicts = verdictsBeside(output.out);
        Files.writeString(verdicts, bom + CsvRenderer.verdictsOf(run), StandardCharsets.UTF_8);
        if (!output.quiet) err.print("note: pairwise verdicts written to " + verdicts + "\n");
      }
    }

    /** {@code report.csv} → {@code report-verdicts.csv}, in the same folder. */
    static Path verdictsBeside(Path claims) {
      String name = claims.getFileName().toString();
      int dot = name.lastIndexOf('.');
      String stem = dot > 0 ? name.substring(0, dot) : name;
      return claims.resolveSibling(stem + "-verdicts" + (dot > 0 ? name.substring(dot) : ".csv"));
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

    @CommandLine.Mixin Formats formats;

    @Option(names = "--diagnostics", description = "Also print every diagnostic of every document (where its metadata"
        + " came from, what was missing, what could not be read) to standard error.")
    boolean diagnostics;

    @Override
    public Integer call() throws Exception {
      Renderer.Format f = formats.format();
      inputs.check();
      Pipeline pipeline = inputs.pipeline(output.rulesFile());
      Documents.Loaded loaded = inputs.read();
      PrintWriter err = spec.commandLine().getErr();
      Run run = pipeline.run(loaded, output.progress());
      if (diagnostics) diagnostics(run.extractions(), err);
      output.notes(run.notes(), err);
      formats.write(f, run, output, spec.commandLine().getOut(), err);
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
      Pipeline pipeline = inputs.pipeline(output.rulesFile());
      Documents.Loaded loaded = inputs.read();
      PrintWriter err = spec.commandLine().getErr();
      Pipeline.Extracted batch = pipeline.extract(loaded, output.progress());
      if (diagnostics) diagnostics(batch.extractions(), err);
      output.notes(batch.notes(), err);
      Writer w = new StringWriter();
      ClaimsFile.write(batch, w);
      output.write(w.toString(), spec.commandLine().getOut());
      return failures(Run.of(pipeline.reconcile(List.of()).report(), batch.extractions(), loaded.failures(), List.of()),
          err);
    }
  }

  @Command(name = "reconcile", mixinStandardHelpOptions = true,
      description = "Reconcile claims from JSON Lines files (from 'extract', other tools, or made by hand).")
  static final class ReconcileCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CLAIMS.jsonl", arity = "1..*", description = "JSON Lines files of claims ('-' for standard input).")
    List<String> files = new ArrayList<>();

    @CommandLine.Mixin Output output;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin Formats formats;

    @Override
    public Integer call() throws Exception {
      Renderer.Format f = formats.format();
      ClaimsFile.Lines claims = new ClaimsFile.Lines();
      for (String file : files) {
        if (file.equals("-")) {
          // a decoder that reports bad bytes, so that UTF-16 input is an error naming <stdin>, not U+FFFD
          claims.read(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8.newDecoder()), "<stdin>");
        } else {
          if (Files.isDirectory(Path.of(file))) {
            throw new IllegalArgumentException(file + " is a folder; give JSON Lines files of claims (from 'crosscheck"
                + " extract'), or use 'crosscheck report' to read a folder of articles");
          }
          try (Reader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            claims.read(r, file);
          }
        }
      }
      Pipeline pipeline = new Pipeline(output.ruleSet(), List.of());
      // a claims file from extract carries its documents and echoes: the same report as 'report' gives
      Run run = claims.hasDocuments() ? pipeline.reconcile(claims.batch(), output.progress())
          : pipeline.reconcile(claims.claims());
      PrintWriter err = spec.commandLine().getErr();
      output.notes(run.notes(), err);
      formats.write(f, run, output, spec.commandLine().getOut(), err);
      return failures(run, err);
    }
  }
}
