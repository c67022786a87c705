package org.crosscheck.truth;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Truth discovery over a {@link TruthProblem}: estimates how reliable each source is from the data
 * alone, which sources depend on each other, and which are systematically off on an attribute,
 * and chooses a value for every item weighted accordingly.
 *
 * <h2>The model</h2>
 *
 * <ol>
 *   <li><b>Dependence</b> (before voting; in the spirit of AccuCopy). For pairs of sources,
 *       count the <em>contested</em> items both spoke about (items where the sources do not all
 *       agree) and on how many of those the two gave the identical value — a sample with a fixed
 *       budget of {@link TruthConfig#copySample()} pairs per observation, so the work is linear
 *       in the observations. Independent observers split on contested items; copies do not.
 *       Agreement above {@link TruthConfig#copyAgreementFloor()} makes a pair dependent, rising
 *       linearly to 1 at {@link TruthConfig#copyAgreementCeiling()}. Within an item, a source's
 *       vote is divided by {@code 1 + Σ dependence} over the sources that gave the same value, so
 *       a cluster of k copies votes about once (the discount is per value, not per pair).
 *   <li><b>Copies betrayed by shared mistakes</b> (after the first run, in up to
 *       {@link TruthConfig#copyRounds()} rounds). The agreement test misses copiers that copy
 *       only part of their values and cannot judge small sources. Each round weighs the same
 *       draws against the consensus of the run before (the Bayesian test of Dong, Berti-Équille
 *       and Srivastava, PVLDB 2009): sharing a rare false value is strong evidence of copying,
 *       sharing the true value weak evidence, differing evidence of independence; the posterior
 *       (prior {@link TruthConfig#copyPrior()}, at most {@link TruthConfig#copyPartners()}
 *       partners per source a priori) replaces the dependence, and the run is repeated until the
 *       pairs settle or no chosen value changes.
 *   <li><b>Voting</b> (in the spirit of Accu and TruthFinder). A source's vote on attribute
 *       {@code a} is {@code ln(n_a · A/(1 − A))} (floored at 0), where {@code A} is its accuracy on
 *       {@code a} and {@code n_a} the mean number of false values an item of {@code a} has. A value
 *       supports a candidate fully when they intersect and partially, falling linearly to 0, up to
 *       the attribute's tolerance (CRH-style closeness for continuous values); labels support one
 *       another by the attribute's {@link ValueSimilarity} (a first author alone supports the
 *       full list in part). The candidate with
 *       the highest support wins; ties go to the value more sources gave, then the narrower, then
 *       the lower. Candidate probabilities are the softmax of the supports (with the unseen false
 *       values at 0).
 *   <li><b>Reliability</b> (a fold). Each source's accuracy per attribute is the mean probability
 *       that its values are true, shrunk towards the source's overall accuracy, which is shrunk
 *       towards {@link TruthConfig#priorAccuracy()} (worth {@link TruthConfig#priorStrength()}
 *       claims: a source with two claims is neither trusted nor damned). A label is credited with
 *       its own probability only, not with what it supports: accuracy is the probability of
 *       giving the true value.
 *   <li><b>Systematic differences</b>. For continuous attributes, a histogram of (value −
 *       consensus) per source and attribute; a source whose near values mostly differ, mostly on
 *       one side, is systematic: a narrow spread is an offset (its values are shifted back by the
 *       median before voting), a wide one a different meaning (its votes on that attribute are
 *       dropped). Once found, a difference stays found.
 * </ol>
 *
 * Steps 2–4 repeat until the chosen values and the judgements stop changing (at most 0.1% of the
 * items changed value and no accuracy moved by 0.005), or {@link TruthConfig#maxIterations()}.
 *
 * <h2>How a pass is kept cheap</h2>
 *
 * <ul>
 *   <li><b>Warm start.</b> On a large problem the iterations first run on a sample of the items
 *       (one in 2<sup>k</sup>, chosen by a hash of the item key: the smallest sample with 5,000
 *       items and 1,000 claims per source, at most one item in 8), compacted into a problem of its
 *       own; the passes over all items then start from its reliabilities and systematic
 *       differences and settle in a few rounds.
 *   <li><b>Patterns.</b> A value class contributes to a pass only through its <em>pattern</em>
 *       (attribute and source list): its vote is the pattern's weighted sum and its evidence goes
 *       alike to each of the pattern's sources. Patterns repeat (the same sites report the same
 *       flights, copies move together), so a pass sums weights and scatters evidence once per
 *       distinct pattern, not once per observation.
 *   <li><b>Fixed items.</b> An uncontested item (one value) whose attribute expects at most one
 *       false value has probability 1 whatever the weights: its evidence is added from per-source
 *       sums computed once. Other uncontested items are counted per pattern.
 *   <li><b>Judging on demand.</b> The deviation histograms are built from the consensus only
 *       when systematic differences are judged, then moved along with the items whose value
 *       changed; agreements are counted once, for the report.
 * </ul>
 *
 * <h2>Determinism</h2>
 *
 * Items are resolved independently; per-source statistics are integer sums (probabilities in
 * fixed point), so neither thread count nor the order of items changes a result. Source ids
 * follow source names, observations within a class follow source ids, ties are broken by value,
 * and the samples (pairs for copy detection, items for the warm start) are chosen by hashes of
 * item keys, not of ids.
 *
 * <p>Stateless and thread-safe.
 */
public final class TruthDiscovery {
  /** Fixed-point scale of summed probabilities: exact integer sums, in any order. */
  static final double FIXED = 1L << 30;

  private TruthDiscovery() {}

  /**
   * Plain majority vote: every observation counts once; the value with most observations wins,
   * ties to the lower value; a member of a multi-truth item is true when more of the item's
   * observations hold it than leave it out. The baseline.
   */
  public static Consensus majorityVote(TruthProblem problem) {
    checkNotNull(problem, "problem");
    int items = problem.itemCount();
    int[] ics = problem.itemClassStart();
    int[] cos = problem.classObsStart();
    double[] clo = problem.classLo();
    double[] chi = problem.classHi();
    double[] lo = new double[items];
    double[] hi = new double[items];
    double[] conf = new double[items];
    for (int i = 0; i < items; i++) {
      int best = -1;
      int bestCount = -1;
      for (int c = ics[i]; c < ics[i + 1]; c++) {
        int n = cos[c + 1] - cos[c];
        if (n > bestCount) {
          best = c;
          bestCount = n;
        }
      }
      lo[i] = clo[best];
      hi[i] = chi[best];
      conf[i] = bestCount / (double) (cos[ics[i + 1]] - cos[ics[i]]);
    }
    // multi-truth members by a plain vote too: every source's word counts the same
    double[] same = new double[problem.sourceCount() * problem.attributes().size()];
    Arrays.fill(same, 0.75);
    return new Consensus(problem, "majority vote", lo, hi, conf, MultiTruth.resolve(problem, same, null, lo));
  }

  /**
   * Runs truth discovery.
   *
   * @throws IllegalArgumentException if the problem has no items
   */
  public static TruthResult run(TruthProblem problem, TruthConfig config) {
    checkNotNull(problem, "problem");
    checkNotNull(config, "config");
    if (problem.itemCount() == 0) throw new IllegalArgumentException("the problem has no items; add observations first");
    Run run = new Run(problem, config, null, null);
    TruthResult result;
    try {
      result = run.execute();
    } finally {
      run.close();
    }
    if (!config.copyDetection()) return result;
    // rounds of Bayesian copy detection: the dependence judged against this consensus, then a run
    // with it, until no chosen value changes
    int rounds = 0;
    Dependence.Draws draws = null; // the same in every round: drawn once
    for (int round = 1; round <= config.copyRounds(); round++) {
      rounds = round;
      if (draws == null) draws = Dependence.Draws.of(problem, config);
      Dependence d = Dependence.bayesian(problem, config, draws, run.observedAccuracy(), run.classTruth(),
          run.falseValues);
      // the same pairs with nearly the same dependence would choose the same values: no run needed
      if (d.closeTo(run.dependence, DEPENDENCE_SETTLED)) break;
      Run next = new Run(problem, config, d, run.falseValues, run.similarityStart, run.similarity);
      TruthResult nextResult;
      try {
        nextResult = next.execute();
      } finally {
        next.close();
      }
      boolean changed = false;
      for (int i = 0; i < run.items && !changed; i++) {
        changed = run.outLo[i] != next.outLo[i] || run.outHi[i] != next.outHi[i];
      }
      run = next;
      result = nextResult;
      if (!changed) break;
    }
    return rounds == 0 ? result : result.afterCopyRounds(rounds);
  }

  /** One run: the mutable state of the iterations, confined to the calling thread and its workers. */
  static final class Run {
    final TruthProblem p;
    final TruthConfig cfg;
    final int items;
    final int sources;
    final int attrs;
    final double[] tolerance;
    /** Per attribute: 1 / its {@link Attribute#unit()}, the deviation histograms' bins per value unit. */
    final double[] perUnit;
    final boolean[] continuous;
    final double[] falseValues;
    /**
     * The similarity matrices of the items whose attribute has a {@link ValueSimilarity} (and at
     * least two values): item {@code i}'s {@code k × k} matrix, row by row in class order, starts
     * at {@code similarityStart[i]} (-1 for other items).
     */
    final double[] similarity;
    final int @Nullable [] similarityStart;
    /** Null until estimated (see {@link #execute}). */
    @Nullable Dependence dependence;
    final Patterns patterns;
    final double[] accuracy;
    final double[] sourceAccuracy;
    final double[] previousSource;
    final double[] weight;
    final double[] offset;
    final byte[] mode;
    final double[] outLo;
    final double[] outHi;
    final double[] outConf;
    final int window;
    final int bins;
    /** The pattern of each class of the problem, once it has one; -1 before. */
    final int[] classPattern;
    /** Per item: whether the last pass resolved it observation by observation although it is regular. */
    final boolean[] fallback;
    /** The weight of every pattern in the current pass. */
    double[] patternWeight = new double[0];
    /**
     * {@code e^weight} of every pattern in the current pass, when all are finite: the softmax of
     * candidates whose supports are pattern weights is then a ratio of these, without an
     * exponential per candidate.
     */
    double[] patternExp = new double[0];
    boolean patternExpFinite;
    @SuppressWarnings("NullAway.Init") // set by the first pass, before anything reads it
    Layout layout;
    boolean judging;
    /** The deviation histogram of the regular items, kept up to date once judging has begun. */
    long[] regularHistogram = new long[0];
    boolean histogramLive;
    /** Whether the last pass swept the regular items' histogram as it went. */
    boolean sweptInPass;
    @SuppressWarnings("NullAway.Init") // set by the first pass, before anything reads it
    Statistics last;
    int iterations;
    int warmStartIterations;
    int warmStartShare;
    final List<SystematicDifference> differences = new ArrayList<>();
    /** The (source, attribute) pairs whose difference was found in the last pass. */
    final boolean[] newlyShifted;
    private final ItemResolver[] resolvers;
    private final @Nullable ExecutorService pool;

    /**
     * @param dependence the dependence estimated on the whole problem (for a warm start's sample),
     *     or null to estimate it here
     * @param falseValues likewise Accu's n per attribute, or null
     */
    Run(TruthProblem p, TruthConfig cfg, @Nullable Dependence dependence, double @Nullable [] falseValues) {
      this(p, cfg, dependence, falseValues, similarityStarts(p), null);
    }

    /**
     * @param similarityStart and {@code similarity}: the similarity matrices of the same problem
     *     (computed once for the rounds of copy detection), or {@code similarity} null to compute
     *     them here
     */
    Run(TruthProblem p, TruthConfig cfg, @Nullable Dependence dependence, double @Nullable [] falseValues,
        int @Nullable [] similarityStart, double @Nullable [] similarity) {
      this.p = p;
      this.cfg = cfg;
      items = p.itemCount();
      sources = p.sourceCount();
      attrs = p.attributes().size();
      tolerance = new double[attrs];
      perUnit = new double[attrs];
      continuous = new boolean[attrs];
      for (int a = 0; a < attrs; a++) {
        tolerance[a] = p.attributes().get(a).tolerance();
        perUnit[a] = 1 / p.attributes().get(a).unit();
        continuous[a] = p.attributes().get(a).isContinuous();
      }
      this.falseValues = falseValues != null ? falseValues : falseValues(p, attrs);
      this.similarityStart = similarityStart;
      this.similarity = similarity != null ? similarity
          : similarityStart == null ? new double[0] : similarities(p, similarityStart);
      int threads = Math.max(1, Math.min(cfg.threads(), Runtime.getRuntime().availableProcessors() * 4));
      pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
        Thread t = new Thread(runnable, "truth-discovery");
        t.setDaemon(true);
        return t;
      });
      this.dependence = dependence != null ? dependence : cfg.copyDetection() ? null : Dependence.none(sources);
      patterns = new Patterns(sources, attrs, this.dependence);
      accuracy = new double[sources * attrs];
      sourceAccuracy = new double[sources];
      previousSource = new double[sources];
      Arrays.fill(accuracy, cfg.priorAccuracy());
      Arrays.fill(sourceAccuracy, cfg.priorAccuracy());
      weight = new double[sources * attrs];
      offset = new double[sources * attrs];
      mode = new byte[sources * attrs];
      newlyShifted = new boolean[sources * attrs];
      outLo = new double[items];
      outHi = new double[items];
      outConf = new double[items];
      Arrays.fill(outLo, Double.NaN);
      Arrays.fill(outHi, Double.NaN);
      window = (int) Math.min(1000, Math.ceil(cfg.scopeWindow()));
      bins = 2 * window + 1;
      classPattern = new int[p.classCount()];
      Arrays.fill(classPattern, -1);
      fallback = new boolean[items];
      resolvers = new ItemResolver[threads];
      for (int t = 0; t < threads; t++) resolvers[t] = new ItemResolver(this);
    }

    private void invokeAll(List<Callable<Void>> tasks) {
      List<Future<Void>> futures;
      try {
        futures = java.util.Objects.requireNonNull(pool, "only a run with threads has tasks").invokeAll(tasks);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      for (Future<Void> f : futures) await(f);
    }

    /** The dependence (the run's own if it has one) and the warm start's run, laid out. */
    record Prepared(Dependence dependence, @Nullable Run warm) {}

    /**
     * The dependence, and the warm start: the same iterations on a sample of the items settle the
     * reliabilities and the systematic differences, so that the passes over all items start near
     * their end. On a worker the sample is iterated by that worker alone (it is small, and the
     * thread count does not change a result).
     */
    Prepared prepare(boolean @Nullable [] sample, boolean onWorker) {
      Dependence d = dependence != null ? dependence : Dependence.estimate(p, cfg);
      Run w = null;
      if (sample != null) {
        w = new Run(p.subset(sample), onWorker ? cfg.withThreads(1) : cfg, d, falseValues);
        try {
          w.layout = new Layout(w);
          w.iterations = w.iterate();
        } finally {
          w.close();
        }
      }
      return new Prepared(d, w);
    }

    /** Sets the dependence estimated elsewhere (or just now): the copy discounts follow from it. */
    void dependOn(Dependence d) {
      dependence = d;
      patterns.dependOn(d);
    }

    private static <T> T await(Future<T> f) {
      try {
        return f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) throw r;
        if (e.getCause() instanceof Error r) throw r;
        throw new IllegalStateException(e.getCause());
      }
    }

    /**
     * Each source's accuracy as observed in the last pass, without the prior: the mean
     * probability that its values are true (Accu's and the copy test's definition); the prior's
     * value for a source with no claim.
     */
    double[] observedAccuracy() {
      double[] out = new double[sources];
      for (int s = 0; s < sources; s++) {
        long claimed = 0;
        long support = 0;
        for (int a = 0; a < attrs; a++) {
          claimed += last.claims[s * attrs + a];
          support += last.support[s * attrs + a];
        }
        out[s] = claimed == 0 ? cfg.priorAccuracy() : support / FIXED / claimed;
      }
      return out;
    }

    /**
     * The probability that each class of the problem is the true value after this run, under its
     * final weights and copy discounts (see {@link ItemResolver#classProbabilities}).
     */
    double[] classTruth() {
      double[] truth = new double[p.classCount()];
      ItemResolver r = resolver();
      for (int i = 0; i < items; i++) r.classProbabilities(i, truth);
      return truth;
    }

    /** The offset of item {@code i}'s similarity matrix in {@link #similarity}, or -1. */
    int similarityOf(int i) {
      return similarityStart == null ? -1 : similarityStart[i];
    }

    /** Where each item's similarity matrix starts, or null when no attribute has a similarity. */
    static int @Nullable [] similarityStarts(TruthProblem p) {
      boolean any = false;
      for (Attribute a : p.attributes()) any |= !a.similarity().isExact();
      if (!any) return null;
      int[] ics = p.itemClassStart();
      int[] start = new int[p.itemCount()];
      long total = 0;
      for (int i = 0; i < p.itemCount(); i++) {
        int k = ics[i + 1] - ics[i];
        if (k < 2 || p.attributes().get(p.attributeOf(i)).similarity().isExact()) {
          start[i] = -1;
          continue;
        }
        start[i] = (int) total;
        total += (long) k * k;
        if (total > Integer.MAX_VALUE - 8) {
          throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
              "the similarity matrices of item '%s' and those before it need more than 2^31 entries; "
                  + "keep similarities for attributes with fewer distinct values per item", p.itemKey(i)));
        }
      }
      return start;
    }

    /**
     * Every matrix: entry (j, m) of an item's is the support that its category m gives category j
     * (the attribute's similarity between their display texts).
     */
    static double[] similarities(TruthProblem p, int[] start) {
      int[] ics = p.itemClassStart();
      double[] clo = p.classLo();
      int size = 0;
      for (int i = 0; i < start.length; i++) {
        if (start[i] >= 0) size = Math.max(size, start[i] + (ics[i + 1] - ics[i]) * (ics[i + 1] - ics[i]));
      }
      double[] m = new double[size];
      for (int i = 0; i < start.length; i++) {
        if (start[i] < 0) continue;
        ValueSimilarity similarity = p.attributes().get(p.attributeOf(i)).similarity();
        int c0 = ics[i];
        int k = ics[i + 1] - c0;
        List<String> values = new ArrayList<>(k);
        for (int j = 0; j < k; j++) values.add(p.category((int) clo[c0 + j]));
        similarity.fill(values, m, start[i]);
        for (int j = 0; j < k * k; j++) {
          double s = m[start[i] + j];
          if (!(s >= 0 && s <= 1)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                "the similarity %s of '%s' to '%s' is %s; a ValueSimilarity gives values in [0..1]", similarity,
                values.get(j % k), values.get(j / k), s));
          }
        }
      }
      return m;
    }

    /** A resolver, for work between passes. */
    ItemResolver resolver() {
      return resolvers[0];
    }

    void close() {
      if (pool != null) pool.shutdownNow();
    }

    /** Mean number of distinct values per item minus one, per attribute: Accu's n (at least 1). */
    static double[] falseValues(TruthProblem p, int attrs) {
      long[] itemCount = new long[attrs];
      long[] classCount = new long[attrs];
      int[] ics = p.itemClassStart();
      int[] ia = p.itemAttributeArray();
      for (int i = 0; i < p.itemCount(); i++) {
        itemCount[ia[i]]++;
        classCount[ia[i]] += ics[i + 1] - ics[i];
      }
      double[] n = new double[attrs];
      for (int a = 0; a < attrs; a++) {
        n[a] = itemCount[a] == 0 ? 1 : Math.max(1, classCount[a] / (double) itemCount[a] - 1);
      }
      return n;
    }

    /**
     * Estimates the dependence, runs the warm start on a sample if the problem is large, lays the
     * items out and iterates. With several workers, one of them estimates the dependence and runs
     * the warm start while this thread lays out all items (a layout needs the dependence only for
     * the copy discounts of its patterns, filled in when it is known); the systematic
     * differences the warm start finds then move the items they touch, as differences found in
     * a pass do. Without workers the layout follows the warm start. Both give the same result.
     */
    TruthResult execute() {
      boolean[] sample = warmStartSample();
      Prepared ready;
      if (dependence == null && pool != null) {
        Future<Prepared> pending = pool.submit(() -> prepare(sample, true));
        layout = new Layout(this); // meanwhile (a failure here leaves the worker to finish and close its run)
        ready = await(pending);
      } else {
        ready = prepare(sample, false);
      }
      if (dependence == null) dependOn(ready.dependence());
      Run warm = ready.warm();
      if (warm != null) {
        warmStartIterations = warm.iterations;
        System.arraycopy(warm.accuracy, 0, accuracy, 0, accuracy.length);
        System.arraycopy(warm.sourceAccuracy, 0, sourceAccuracy, 0, sources);
        System.arraycopy(warm.previousSource, 0, previousSource, 0, sources);
        System.arraycopy(warm.mode, 0, mode, 0, mode.length);
        System.arraycopy(warm.offset, 0, offset, 0, offset.length);
        judging = warm.judging;
        differences.addAll(warm.differences);
      }
      if (layout == null) {
        layout = new Layout(this);
      } else {
        boolean any = false;
        for (int sa = 0; sa < mode.length; sa++) {
          newlyShifted[sa] = mode[sa] != MODE_SAME;
          any |= newlyShifted[sa];
        }
        if (any) layout.shift(this, newlyShifted);
        Arrays.fill(newlyShifted, false);
      }
      iterations = iterate();
      layout.finish(this);
      agreements(last);
      // multi-truth attributes: members judged one by one, and their sources' reliability as multi-truth
      MultiTruth.Outcome judged = MultiTruth.judge(p, accuracy, dependence, outLo);
      if (judged != null) MultiTruth.reliability(this, judged);
      Consensus consensus = new Consensus(p, "truth discovery", outLo, outHi, outConf,
          judged == null ? null : judged.sets());
      return TruthResult.build(this, consensus);
    }

    /**
     * The items of the warm start: one in {@code share} by a hash of the item's key (not its id, so
     * the sample does not depend on input order), {@code share} the largest power of two that
     * leaves the sample {@link #WARM_START_MIN_ITEMS} items and {@link #WARM_START_MIN_CLAIMS}
     * claims per source; null when that is less than {@link #WARM_START_MIN_SHARE} (the sample
     * would cost too much of a pass to pay).
     */
    boolean @Nullable [] warmStartSample() {
      int share = 1;
      while (items / (2L * share) >= WARM_START_MIN_ITEMS
          && p.observationCount() / (2.0 * share * sources) >= WARM_START_MIN_CLAIMS) {
        share *= 2;
      }
      if (share < WARM_START_MIN_SHARE) return null;
      warmStartShare = share;
      boolean[] in = new boolean[items];
      int[] itemHash = p.itemHashArray();
      for (int i = 0; i < items; i++) in[i] = (Dependence.mix(itemHash[i], 0, 0) & (share - 1)) == 0;
      return in;
    }

    /**
     * Passes over the layout's items until settled; returns how many. Phase 1 settles
     * reliabilities on the pooled accuracy of each source (as Accu does): a source's record on
     * every attribute decides how much its word counts, which keeps one attribute's majority from
     * redefining what that attribute means. Phase 2 judges systematic differences against the
     * settled consensus, then refines with per-attribute accuracies.
     */
    int iterate() {
      int phaseOneEnd = Math.max(1, cfg.maxIterations() / 2);
      long tolerated = (long) Math.floor(items * CONVERGED_SHARE);
      boolean modesChanged = false;
      int pass;
      for (pass = 1; pass <= cfg.maxIterations(); pass++) {
        if (modesChanged) {
          // the live histogram loses the regular items that move (see Layout.shift)
          layout.shift(this, newlyShifted);
          Arrays.fill(newlyShifted, false);
        }
        updateWeights();
        Statistics stats = pass();
        last = stats;
        double moved = updateAccuracy(stats);
        long changedItems = pass == 1 ? items : stats.changed;
        boolean settled = changedItems <= tolerated && moved < CONVERGED_ACCURACY;
        boolean newDifference = false;
        if (cfg.scopeDetection() && (judging || settled || pass >= phaseOneEnd)) {
          judging = true;
          histogram(stats);
          newDifference = updateDifferences(stats);
        }
        modesChanged = newDifference;
        if (settled && !newDifference && (judging || !cfg.scopeDetection()) && pass > 1) break;
      }
      return Math.min(pass, cfg.maxIterations());
    }

    void updateWeights() {
      for (int s = 0; s < sources; s++) {
        for (int a = 0; a < attrs; a++) {
          int sa = s * attrs + a;
          double acc = Math.min(1 - 1e-3, Math.max(1e-3, judging ? accuracy[sa] : sourceAccuracy[s]));
          double w = Math.log(falseValues[a] * acc / (1 - acc));
          weight[sa] = mode[sa] == MODE_SCOPE ? 0 : Math.max(0, w);
        }
      }
    }

    /** Accuracy per (source, attribute), shrunk to the source's overall accuracy; returns the largest change. */
    double updateAccuracy(Statistics st) {
      double moved = 0;
      double k = cfg.priorStrength();
      for (int s = 0; s < sources; s++) {
        long claimed = 0;
        long support = 0;
        for (int a = 0; a < attrs; a++) {
          claimed += st.claims[s * attrs + a];
          support += st.support[s * attrs + a];
        }
        sourceAccuracy[s] = (support / FIXED + k * cfg.priorAccuracy()) / (claimed + k);
        moved = Math.max(moved, Math.abs(sourceAccuracy[s] - previousSource[s]));
        previousSource[s] = sourceAccuracy[s];
        for (int a = 0; a < attrs; a++) {
          int sa = s * attrs + a;
          double acc = (st.support[sa] / FIXED + k * sourceAccuracy[s]) / (st.claims[sa] + k);
          if (judging) moved = Math.max(moved, Math.abs(acc - accuracy[sa]));
          accuracy[sa] = acc;
        }
      }
      return moved;
    }

    /** Judges systematic differences from the deviation histograms; true when one was newly found. */
    boolean updateDifferences(Statistics st) {
      boolean found = false;
      for (int s = 0; s < sources; s++) {
        for (int a = 0; a < attrs; a++) {
          if (!continuous[a]) continue;
          int sa = s * attrs + a;
          long[] h = st.histogram;
          int base = sa * bins;
          long near = 0;
          long agree = 0;
          long above = 0;
          long below = 0;
          for (int b = 0; b < bins; b++) {
            long n = h[base + b];
            if (n == 0) continue;
            int d = b - window;
            near += n;
            if (Math.abs(d) <= tolerance[a] * perUnit[a]) agree += n;
            else if (d > 0) above += n;
            else below += n;
          }
          if (near < cfg.scopeMinEvidence()) continue;
          // in bins (units): the window and the offset spread are counted in them
          double median = quantile(h, base, bins, near, 0.5) - window;
          double spread = quantile(h, base, bins, near, 0.75) - quantile(h, base, bins, near, 0.25);
          double unit = p.attributes().get(a).unit();
          if (mode[sa] == MODE_OFFSET) {
            offset[sa] += median * unit; // refine the shift by the residual
            continue;
          }
          if (mode[sa] != MODE_SAME) continue;
          double disagreeing = (near - agree) / (double) near;
          if (disagreeing <= cfg.scopeDisagreement()) continue;
          double oneSided = Math.max(above, below) / (double) (above + below);
          if (oneSided < cfg.scopeOneSided()) continue;
          found = true;
          newlyShifted[sa] = true;
          if (spread <= cfg.offsetSpread()) {
            mode[sa] = MODE_OFFSET;
            offset[sa] = median * unit;
          } else {
            mode[sa] = MODE_SCOPE;
            offset[sa] = median * unit; // used only where no source of the attribute's own meaning spoke
          }
          differences.add(new SystematicDifference(p.sourceName(s), p.attributes().get(a).name(),
              mode[sa] == MODE_OFFSET ? SystematicDifference.Kind.OFFSET : SystematicDifference.Kind.SCOPE,
              median * unit, spread * unit, disagreeing, near));
        }
      }
      return found;
    }

    /** The bin (0-based) at which the cumulative count reaches {@code q} of {@code total}. */
    static double quantile(long[] h, int base, int bins, long total, double q) {
      double target = q * total;
      long cumulative = 0;
      for (int b = 0; b < bins; b++) {
        cumulative += h[base + b];
        if (cumulative >= target && cumulative > 0) return b;
      }
      return bins - 1;
    }

    /**
     * One pass: every pattern's weight, every item resolved (in blocks, on the workers), then the
     * per-pattern evidence scattered to its sources and added to the fixed evidence of the
     * uncontested items.
     */
    Statistics pass() {
      int patternCount = patterns.count;
      if (patternWeight.length < patternCount) {
        patternWeight = new double[patternCount];
        patternExp = new double[patternCount];
      }
      patterns.weights(weight, patternWeight, 0, patternCount);
      boolean finite = true;
      for (int q = 0; q < patternCount; q++) {
        double e = Math.exp(patternWeight[q]); // weights are >= 0: e >= 1
        patternExp[q] = e;
        finite &= e < Double.POSITIVE_INFINITY;
      }
      patternExpFinite = finite;
      Layout l = layout;
      // a pass that will be judged and has no live histogram sweeps it block by block, while the
      // block's classes are still in the cache (the sweep reads each item's final choice)
      boolean sweep = judging && cfg.scopeDetection() && !histogramLive;
      for (ItemResolver r : resolvers) {
        r.begin(patternCount);
        if (sweep) r.clearPatternSums(patternCount);
      }
      forEachBlock(l, (r, list, from, to, regular) -> {
        if (regular) {
          for (int k = from; k < to; k++) r.resolveRegular(l, k);
          if (sweep) r.histogramOf(l, from, to, r.sweepHistogram);
        } else {
          for (int k = from; k < to; k++) r.resolveGeneral(list[k]);
        }
      });
      sweptInPass = sweep;
      ItemResolver first = resolvers[0];
      if (histogramLive) for (ItemResolver r : resolvers) r.applyLog(l, regularHistogram);
      for (int t = 1; t < resolvers.length; t++) first.mergeFrom(resolvers[t], patternCount);
      l.addBulk(this, first);
      Statistics st = new Statistics(this);
      first.scatterSupport(st, patternCount);
      for (int sa = 0; sa < st.support.length; sa++) st.support[sa] += l.fixedSupport[sa];
      st.changed = first.changed;
      return st;
    }

    /**
     * The deviation histograms for the consensus of the last pass (judging needs them): the
     * regular items' part is swept once, then moved along with the items whose value changed.
     */
    void histogram(Statistics st) {
      Layout l = layout;
      int patternCount = patterns.count;
      ItemResolver first = resolvers[0];
      if (!histogramLive) {
        if (!sweptInPass) {
          for (ItemResolver r : resolvers) r.clearPatternSums(patternCount);
          forEachBlock(l, (r, list, from, to, regular) -> {
            if (regular) r.histogramOf(l, from, to, r.sweepHistogram);
          });
        }
        for (int t = 1; t < resolvers.length; t++) first.mergeSweep(resolvers[t], patternCount, true);
        regularHistogram = new long[sources * attrs * bins];
        first.scatterCenter(regularHistogram, patternCount);
        for (int k = 0; k < regularHistogram.length; k++) regularHistogram[k] += first.sweepHistogram[k];
        histogramLive = true;
      }
      long[] hist = regularHistogram.clone();
      // general items, counted in the pass itself, and the fixed items
      for (int k = 0; k < hist.length; k++) hist[k] += first.histogram[k];
      for (int sa = 0; sa < l.fixedCenter.length; sa++) hist[sa * bins + window] += l.fixedCenter[sa];
      st.histogram = hist;
    }

    /** Agreements with the final consensus, for the report. */
    void agreements(Statistics st) {
      Layout l = layout;
      int patternCount = patterns.count;
      for (ItemResolver r : resolvers) r.clearPatternSums(patternCount);
      forEachBlock(l, (r, list, from, to, regular) -> {
        if (regular) r.agreementsOf(l, from, to);
      });
      ItemResolver first = resolvers[0];
      for (int t = 1; t < resolvers.length; t++) first.mergeSweep(resolvers[t], patternCount, false);
      first.scatterAgreements(st.agreements, patternCount);
      for (int sa = 0; sa < st.agreements.length; sa++) st.agreements[sa] += first.agreements[sa] + l.fixedAgreements[sa];
    }

    interface BlockWork {
      void run(ItemResolver r, int[] list, int from, int to, boolean regular);
    }

    /** Runs {@code work} over blocks of the regular and general items, on the workers. */
    void forEachBlock(Layout l, BlockWork work) {
      int block = 2048;
      int regularBlocks = (l.regularCount + block - 1) / block;
      int generalBlocks = (l.generalCount + block - 1) / block;
      int blocks = regularBlocks + generalBlocks;
      int patternCount = patterns.count;
      AtomicInteger next = new AtomicInteger();
      List<Callable<Void>> tasks = new ArrayList<>();
      for (ItemResolver r : resolvers) {
        tasks.add(() -> {
          int b;
          while ((b = next.getAndIncrement()) < blocks) {
            if (b < regularBlocks) {
              work.run(r, l.regular, b * block, Math.min(l.regularCount, (b + 1) * block), true);
            } else {
              int g = b - regularBlocks;
              work.run(r, l.general, g * block, Math.min(l.generalCount, (g + 1) * block), false);
            }
          }
          return null;
        });
      }
      if (pool == null) {
        try {
          tasks.get(0).call();
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return;
      }
      invokeAll(tasks);
    }
  }

  /** A warm start's sample holds at least this many items ... */
  static final int WARM_START_MIN_ITEMS = 5_000;
  /**
   * ... and at least this many claims per source on average: an accuracy estimated from 1,000
   * claims is good to about ±0.013, close enough for the passes over all items to settle in a few
   * rounds; from fewer the warm start is noise ...
   */
  static final int WARM_START_MIN_CLAIMS = 1_000;
  /** ... and at most one item in this many: a larger sample costs too much of a pass to pay. */
  static final int WARM_START_MIN_SHARE = 8;

  /**
   * Bayesian copy detection has settled when a round finds the same dependent pairs as the run
   * before it, none of whose dependence moved by this much (a vote's discount then moves by less
   * than 1%).
   */
  static final double DEPENDENCE_SETTLED = 0.01;

  /** Converged when at most this share of the items changed value in an iteration ... */
  static final double CONVERGED_SHARE = 1e-3;
  /** ... and no accuracy moved by this much. */
  static final double CONVERGED_ACCURACY = 5e-3;

  /** The modes of a (source, attribute) are bits, so that the modes of an item's sources can be or-ed. */
  static final byte MODE_SAME = 0;
  static final byte MODE_OFFSET = 1;
  static final byte MODE_SCOPE = 2;

  /** Per-(source, attribute) sums of one pass; integer sums, so merging in any order is exact. */
  static final class Statistics {
    final long[] claims;
    final long[] support;
    final long[] agreements;
    /** Filled only for passes that judge systematic differences. */
    long[] histogram = new long[0];
    long changed;

    Statistics(Run run) {
      int n = run.sources * run.attrs;
      claims = run.layout.claims;
      support = new long[n];
      agreements = new long[n];
    }
  }
}
