package org.crosscheck.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.IntConsumer;
import org.crosscheck.claim.Claim;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.DeclaredMeasure;
import org.crosscheck.extract.Diagnostic;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Extractor;
import org.crosscheck.reconcile.Independence;
import org.crosscheck.reconcile.Reconciler;
import org.crosscheck.reconcile.Report;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.truth.Reliability;
import org.crosscheck.truth.TruthConfig;
import org.crosscheck.truth.echo.Echo;
import org.crosscheck.truth.echo.EchoDetector;
import org.crosscheck.truth.echo.FigureEchoDetector;

/**
 * The main job: extract claims from articles, find echoes between them, reconcile. An article
 * whose extraction throws (it should not) is reported as failed with the exception; the batch goes
 * on. Extractors are found with {@link ServiceLoader} by language.
 *
 * <p>Immutable and thread-safe.
 */
public final class Pipeline {
  private final RuleSet rules;
  private final List<Extractor> extractors;
  private final int threads;
  /** What every batch's notes say about this pipeline: declared nouns an extractor does not read. */
  private final ImmutableList<String> notes;

  /**
   * A pipeline reconciling under {@code rules}, extracting with {@code extractors} (the first that
   * reads an article's language), on one thread.
   */
  public Pipeline(RuleSet rules, List<Extractor> extractors) {
    this(rules, extractors, 1, ImmutableList.of());
  }

  private Pipeline(RuleSet rules, List<Extractor> extractors, int threads, ImmutableList<String> notes) {
    this.rules = checkNotNull(rules, "rules");
    this.extractors = List.copyOf(extractors);
    this.threads = threads;
    this.notes = notes;
  }

  /**
   * This pipeline with its extractors also reading figures of {@code measures}, counted by the nouns
   * they declare ({@link Extractor#withMeasures}): what a rules file's {@code "measures"} give ({@link
   * RuleSetJson#readFile}). A language with declared nouns whose extractor does not read them is
   * named in a warning among the notes of every batch.
   */
  public Pipeline withMeasures(List<DeclaredMeasure> measures) {
    checkNotNull(measures, "measures");
    List<Extractor> reading = new ArrayList<>();
    ImmutableList.Builder<String> warnings = ImmutableList.<String>builder().addAll(notes);
    for (Extractor x : extractors) {
      Extractor y = x.withMeasures(measures);
      reading.add(y);
      for (String lang : new java.util.TreeSet<>(x.languages())) {
        if (!x.readsDeclaredMeasures() && !DeclaredMeasure.nounsIn(measures, lang).isEmpty()) {
          warnings.add("warning: the extractor for '" + lang + "' (" + x.getClass().getSimpleName() + ") does not read"
              + " declared measure nouns; the nouns declared for '" + lang + "' are not looked for");
        }
      }
    }
    return new Pipeline(rules, reading, threads, warnings.build());
  }

  /**
   * This pipeline extracting documents and reconciling groups on {@code n} threads; the output is
   * the same, byte for byte, whatever {@code n}.
   *
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public Pipeline withThreads(int n) {
    if (n < 1) throw new IllegalArgumentException("withThreads() needs at least 1 thread, got " + n);
    return new Pipeline(rules, extractors, n, notes);
  }

  /** A pipeline with every extractor on the class path. */
  public static Pipeline withInstalledExtractors(RuleSet rules) {
    List<Extractor> found = new ArrayList<>();
    ServiceLoader.load(Extractor.class).forEach(found::add);
    return new Pipeline(rules, found);
  }

  /** The extractors, in the order they are tried. */
  public List<Extractor> extractors() {
    return extractors;
  }

  /**
   * Extracts one article with the extractor for its language; never throws. An article whose
   * metadata names no language gets the one {@link LanguageDetector} finds, reported as an INFO
   * diagnostic {@code language.detected} with its confidence.
   */
  public Extraction extract(Article a) {
    if (a.metadata().language().isBlank()) {
      LanguageDetector.Guess g = LanguageDetector.detect(a.text());
      org.crosscheck.extract.Metadata m = a.metadata();
      Article detected = new Article(a.id(), a.text(), new org.crosscheck.extract.Metadata(m.outlet(), m.published(),
          g.language(), m.url(), m.agency(), m.dateline()));
      Extraction x = extract(detected);
      return new Extraction(x.article(), x.claims(), ImmutableList.<Diagnostic>builder().addAll(x.diagnostics())
          .add(Diagnostic.info("language.detected", "no language given; detected " + g, null)).build(), x.published());
    }
    String lang = a.metadata().language();
    for (Extractor x : extractors) {
      if (x.languages().contains(lang)) {
        try {
          return x.extract(a);
        } catch (RuntimeException e) {
          return Extraction.failed(a, Diagnostic.error("extract.crashed", "the " + lang + " extractor failed on this"
              + " document (" + e + "); please report it with the file"));
        }
      }
    }
    return Extraction.failed(a, Diagnostic.error("extract.language", "no extractor for language '" + lang
        + "'; installed: " + extractors.stream().flatMap(x -> x.languages().stream()).sorted().toList()));
  }

  /**
   * Progress of a batch: the phase it is in ({@code extracting}, {@code echoes}, {@code reconciling})
   * with the amount of work in it, then how much of it is done.
   */
  public interface Progress extends IntConsumer {
    /** A new phase of {@code total} steps begins (the number of documents, or 1 for a phase not counted in steps). */
    default void phase(String name, int total) {}
  }

  private static void phase(IntConsumer progress, String name, int total) {
    if (progress instanceof Progress p) p.phase(name, total);
  }

  /** Extracts every article, reporting progress as the number done. */
  public ImmutableList<Extraction> extractAll(List<Article> articles, IntConsumer progress) {
    return extractAll(articles, a -> ImmutableList.of(), progress);
  }

  private ImmutableList<Extraction> extractAll(List<Article> articles,
      java.util.function.Function<Article, List<Diagnostic>> reading, IntConsumer progress) {
    phase(progress, "extracting", articles.size());
    if (threads == 1 || articles.size() < 2) {
      ImmutableList.Builder<Extraction> b = ImmutableList.builder();
      int done = 0;
      for (Article a : articles) {
        b.add(withReading(extract(a), reading.apply(a)));
        progress.accept(++done);
      }
      return b.build();
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<Extraction>> futures = new ArrayList<>();
      for (Article a : articles) futures.add(pool.submit(() -> withReading(extract(a), reading.apply(a))));
      ImmutableList.Builder<Extraction> b = ImmutableList.builder();
      int done = 0;
      for (java.util.concurrent.Future<Extraction> f : futures) {
        try {
          b.add(f.get());
        } catch (java.util.concurrent.ExecutionException | InterruptedException e) {
          throw new IllegalStateException("extraction was interrupted: " + e, e);
        }
        progress.accept(++done);
      }
      return b.build();
    } finally {
      pool.shutdown();
    }
  }

  /** The extraction with what reading the input found (metadata sources, missing fields) first among its diagnostics. */
  private static Extraction withReading(Extraction x, List<Diagnostic> reading) {
    if (reading.isEmpty()) return x;
    return new Extraction(x.article(), x.claims(), ImmutableList.<Diagnostic>builder().addAll(reading)
        .addAll(x.diagnostics()).build(), x.published());
  }

  private Reconciler reconciler() {
    return Reconciler.with(rules).parallel(threads > 1);
  }

  /**
   * A batch extracted and not yet reconciled: what {@code crosscheck extract} writes (claims file
   * format {@value ClaimJson#VERSION} with {@value ClaimsFile#DOCUMENT} and {@value ClaimsFile#ECHO}
   * lines) and {@code crosscheck reconcile} reads back.
   *
   * <p>Immutable and thread-safe.
   *
   * @param extractions one per document read, in document order
   * @param loose claims that came without a document (a claims file made by hand or by other tools)
   * @param failures documents that could not be read at all
   * @param echoes articles found to rewrite others
   * @param notes what a reader should know about the input (files not read, metadata missing)
   */
  public record Extracted(ImmutableList<Extraction> extractions, ImmutableList<Claim> loose,
      ImmutableList<Run.Failure> failures, ImmutableList<Echo> echoes, ImmutableList<String> notes) {
    /** A batch extracted and not yet reconciled. */
    public Extracted {
      extractions = ImmutableList.copyOf(extractions);
      loose = ImmutableList.copyOf(loose);
      failures = ImmutableList.copyOf(failures);
      echoes = ImmutableList.copyOf(echoes);
      notes = ImmutableList.copyOf(notes);
    }

    /** Every claim, in document order. */
    public ImmutableList<Claim> claims() {
      ImmutableList.Builder<Claim> b = ImmutableList.builder();
      for (Extraction x : extractions) b.addAll(x.claims());
      return b.addAll(loose).build();
    }
  }

  /** Extracts every article and finds echoes between them. */
  public Extracted extract(Documents.Loaded loaded, IntConsumer progress) {
    ImmutableList<Extraction> extractions = extractAll(loaded.articles(), a -> loaded.diagnostics(a.id()), progress);
    phase(progress, "echoes", 1);
    List<EchoDetector.Document> docs = new ArrayList<>();
    for (Extraction x : extractions) {
      if (!x.failed()) docs.add(new EchoDetector.Document(x.article().id(), x.article().text(), x.published()));
    }
    List<Echo> echoes = new ArrayList<>(new EchoDetector().detect(docs));
    // a story translated into another language shares no words with its original, but its figures
    List<FigureEchoDetector.Document> figures = new ArrayList<>();
    for (Extraction x : extractions) {
      if (!x.failed()) {
        figures.add(new FigureEchoDetector.Document(x.article().id(), x.article().metadata().language(),
            x.published(), x.claims()));
      }
    }
    echoes.addAll(new FigureEchoDetector().detect(figures, echoes));
    echoes.sort(java.util.Comparator.comparing(Echo::rewrite).thenComparing(Echo::original));
    progress.accept(1);
    return new Extracted(extractions, ImmutableList.of(), loaded.failures(), ImmutableList.copyOf(echoes),
        ImmutableList.<String>builder().addAll(loaded.notes()).addAll(notes).build());
  }

  /** Extracts, finds echoes, reconciles. */
  public Run run(Documents.Loaded loaded, IntConsumer progress) {
    return reconcile(extract(loaded, progress), progress);
  }

  /**
   * Reconciles an extracted batch, its echoes making the claims of a rewrite dependent on those of
   * its original: the same run as {@link #run} on the articles it was extracted from.
   */
  public Run reconcile(Extracted batch, IntConsumer progress) {
    phase(progress, "reconciling", 1);
    Map<String, String> links = EchoDetector.links(batch.echoes());
    Reconciler reconciler = reconciler().withIndependence(Independence.withEchoes(links));
    Run run = weighted(reconciler, batch.claims(), batch.extractions(), batch.failures(), batch.echoes(), links)
        .withNotes(batch.notes());
    progress.accept(1);
    return run;
  }

  /** Reconciles claims that came from anywhere. */
  public Run reconcile(List<Claim> claims) {
    return weighted(reconciler(), claims, List.of(), List.of(), List.of(), Map.of());
  }

  /**
   * Reconciles, estimates each source's reliability from the result (outlets whose articles echo
   * one another linked for copy detection: {@code links}, rewrite to original document), and
   * reconciles again with claims weighted by it.
   */
  private static Run weighted(Reconciler reconciler, List<Claim> claims, List<Extraction> extractions,
      List<Run.Failure> failures, List<Echo> echoes, Map<String, String> links) {
    Report first = reconciler.reconcile(claims);
    if (first.groups().isEmpty()) return Run.of(first, extractions, failures, echoes);
    Reliability.Estimate estimate = Reliability.estimate(first, TruthConfig.defaults(), links);
    Report report = reconciler.withWeights(estimate.weights()).reconcile(claims);
    return Run.of(report, extractions, failures, echoes).withReliability(estimate);
  }
}
