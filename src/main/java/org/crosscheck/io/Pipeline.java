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
import org.crosscheck.extract.Diagnostic;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Extractor;
import org.crosscheck.reconcile.Independence;
import org.crosscheck.reconcile.Reconciler;
import org.crosscheck.reconcile.Report;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.truth.Reliability;
import org.crosscheck.truth.echo.Echo;
import org.crosscheck.truth.echo.EchoDetector;

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

  public Pipeline(RuleSet rules, List<Extractor> extractors) {
    this(rules, extractors, 1);
  }

  private Pipeline(RuleSet rules, List<Extractor> extractors, int threads) {
    this.rules = checkNotNull(rules, "rules");
    this.extractors = List.copyOf(extractors);
    this.threads = threads;
  }

  /**
   * This pipeline extracting documents and reconciling groups on {@code n} threads; the output is
   * the same, byte for byte, whatever {@code n}.
   *
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public Pipeline withThreads(int n) {
    if (n < 1) throw new IllegalArgumentException("withThreads() needs at least 1 thread, got " + n);
    return new Pipeline(rules, extractors, n);
  }

  /** A pipeline with every extractor on the class path. */
  public static Pipeline withInstalledExtractors(RuleSet rules) {
    List<Extractor> found = new ArrayList<>();
    ServiceLoader.load(Extractor.class).forEach(found::add);
    return new Pipeline(rules, found);
  }

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

  /** Extracts every article, reporting progress as the number done. */
  public ImmutableList<Extraction> extractAll(List<Article> articles, IntConsumer progress) {
    if (threads == 1 || articles.size() < 2) {
      ImmutableList.Builder<Extraction> b = ImmutableList.builder();
      int done = 0;
      for (Article a : articles) {
        b.add(extract(a));
        progress.accept(++done);
      }
      return b.build();
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<Extraction>> futures = new ArrayList<>();
      for (Article a : articles) futures.add(pool.submit(() -> extract(a)));
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

  private Reconciler reconciler() {
    return Reconciler.with(rules).parallel(threads > 1);
  }

  /** Extracts, finds echoes, reconciles. */
  public Run run(Documents.Loaded loaded, IntConsumer progress) {
    ImmutableList<Extraction> extractions = extractAll(loaded.articles(), progress);
    List<EchoDetector.Document> docs = new ArrayList<>();
    for (Extraction x : extractions) {
      if (!x.failed()) docs.add(new EchoDetector.Document(x.article().id(), x.article().text(), x.published()));
    }
    List<Echo> echoes = new EchoDetector().detect(docs);
    Map<String, String> links = EchoDetector.links(echoes);
    List<Claim> claims = new ArrayList<>();
    for (Extraction x : extractions) claims.addAll(x.claims());
    Reconciler reconciler = reconciler().withIndependence(Independence.withEchoes(links));
    return weighted(reconciler, claims, extractions, loaded.failures(), echoes).withNotes(loaded.notes());
  }

  /** Reconciles claims that came from anywhere. */
  public Run reconcile(List<Claim> claims) {
    return weighted(reconciler(), claims, List.of(), List.of(), List.of());
  }

  /**
   * Reconciles, estimates each source's reliability from the result, and reconciles again with
   * claims weighted by it.
   */
  private static Run weighted(Reconciler reconciler, List<Claim> claims, List<Extraction> extractions,
      List<Run.Failure> failures, List<Echo> echoes) {
    Report first = reconciler.reconcile(claims);
    if (first.groups().isEmpty()) return Run.of(first, extractions, failures, echoes);
    Reliability.Estimate estimate = Reliability.estimate(first);
    Report report = reconciler.withWeights(estimate.weights()).reconcile(claims);
    return Run.of(report, extractions, failures, echoes).withReliability(estimate);
  }
}
