package org.crosscheck.truth;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Truth discovery over a {@link TruthProblem}: estimates how reliable each source is from the data
 * alone, which sources depend on each other, and which are systematically off on an attribute,
 * and chooses a value for every item weighted accordingly.
 *
 * <h2>The model</h2>
 *
 * <ol>
 *   <li><b>Dependence</b> (once, before voting; in the spirit of AccuCopy). For every pair of
 *       sources, count the <em>contested</em> items both spoke about (items where the sources do
 *       not all agree) and on how many of those the two gave the identical value. Independent
 *       observers split on contested items; copies do not. Agreement above
 *       {@link TruthConfig#copyAgreementFloor()} makes a pair dependent, rising linearly to 1 at
 *       {@link TruthConfig#copyAgreementCeiling()}. Within an item, a source's vote is divided by
 *       {@code 1 + Σ dependence} over the sources that gave the same value, so a cluster of k
 *       copies votes about once.
 *   <li><b>Voting</b> (in the spirit of Accu and TruthFinder). A source's vote on attribute
 *       {@code a} is {@code ln(n_a · A/(1 − A))} (floored at 0), where {@code A} is its accuracy on
 *       {@code a} and {@code n_a} the mean number of false values an item of {@code a} has. A value
 *       supports a candidate fully when they intersect and partially, falling linearly to 0, up to
 *       the attribute's tolerance (CRH-style closeness for continuous values). The candidate with
 *       the highest support wins; ties go to the narrower, then the lower value. Candidate
 *       probabilities are the softmax of the supports (with the unseen false values at 0).
 *   <li><b>Reliability</b> (a fold). Each source's accuracy per attribute is the mean probability
 *       that its values are true, shrunk towards the source's overall accuracy, which is shrunk
 *       towards {@link TruthConfig#priorAccuracy()}.
 *   <li><b>Systematic differences</b>. For continuous attributes, a histogram of (value −
 *       consensus) per source and attribute; a source whose near values mostly differ, mostly on
 *       one side, is systematic: a narrow spread is an offset (its values are shifted back by the
 *       median before voting), a wide one a different meaning (its votes on that attribute are
 *       dropped). Once found, a difference stays found.
 * </ol>
 *
 * Steps 2–4 repeat until the chosen values and the judgements stop changing, or
 * {@link TruthConfig#maxIterations()}.
 *
 * <h2>Determinism</h2>
 *
 * Items are resolved independently; per-source statistics are integer sums (probabilities in
 * fixed point), so neither thread count nor the order of items changes a result. Source ids
 * follow source names, observations within a class follow source ids, and ties are broken by
 * value.
 *
 * <p>Stateless and thread-safe.
 */
public final class TruthDiscovery {
  /** Fixed-point scale of summed probabilities: exact integer sums, in any order. */
  static final double FIXED = 1L << 30;

  private TruthDiscovery() {}

  /**
   * Plain majority vote: every observation counts once; the value with most observations wins,
   * ties to the lower value. The baseline.
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
    return new Consensus(problem, "majority vote", lo, hi, conf);
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
    return new Run(problem, config).execute();
  }

  /** One run: the mutable state of the iterations, confined to the calling thread. */
  static final class Run {
    final TruthProblem p;
    final TruthConfig cfg;
    final int items;
    final int sources;
    final int attrs;
    final double[] tolerance;
    final boolean[] continuous;
    final double[] falseValues;
    final Dependence dependence;
    final float[] discount;
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
    boolean judging;
    Statistics last;
    int iterations;
    final List<SystematicDifference> differences = new ArrayList<>();

    Run(TruthProblem p, TruthConfig cfg) {
      this.p = p;
      this.cfg = cfg;
      items = p.itemCount();
      sources = p.sourceCount();
      attrs = p.attributes().size();
      tolerance = new double[attrs];
      continuous = new boolean[attrs];
      for (int a = 0; a < attrs; a++) {
        tolerance[a] = p.attributes().get(a).tolerance();
        continuous[a] = p.attributes().get(a).isContinuous();
      }
      falseValues = falseValues(p, attrs);
      dependence = cfg.copyDetection() ? Dependence.estimate(p, cfg) : Dependence.none(p.sourceCount());
      discount = dependence.discounts(p);
      accuracy = new double[sources * attrs];
      sourceAccuracy = new double[sources];
      previousSource = new double[sources];
      Arrays.fill(accuracy, cfg.priorAccuracy());
      Arrays.fill(sourceAccuracy, cfg.priorAccuracy());
      weight = new double[sources * attrs];
      offset = new double[sources * attrs];
      mode = new byte[sources * attrs];
      outLo = new double[items];
      outHi = new double[items];
      outConf = new double[items];
      window = (int) Math.min(1000, Math.ceil(cfg.scopeWindow()));
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

    TruthResult execute() {
      // Phase 1 settles reliabilities on the pooled accuracy of each source (as Accu does): a
      // source's record on every attribute decides how much its word counts, which keeps one
      // attribute's majority from redefining what that attribute means. Phase 2 judges systematic
      // differences against the settled consensus, then refines with per-attribute accuracies.
      int[] previous = null;
      int phaseOneEnd = Math.max(1, cfg.maxIterations() / 2);
      long tolerated = (long) Math.floor(items * CONVERGED_SHARE);
      for (iterations = 1; iterations <= cfg.maxIterations(); iterations++) {
        updateWeights();
        Statistics stats = resolveAll();
        last = stats;
        double moved = updateAccuracy(stats);
        int[] now = stats.chosenFingerprint;
        long changedItems = previous == null ? items : differing(previous, now);
        previous = now;
        boolean settled = changedItems <= tolerated && moved < CONVERGED_ACCURACY;
        boolean newDifference = false;
        if (!judging && cfg.scopeDetection() && (settled || iterations >= phaseOneEnd)) {
          judging = true;
          newDifference = updateDifferences(stats);
        } else if (judging) {
          newDifference = updateDifferences(stats);
        }
        if (settled && !newDifference && (judging || !cfg.scopeDetection()) && iterations > 1) break;
      }
      iterations = Math.min(iterations, cfg.maxIterations());
      Consensus consensus = new Consensus(p, "truth discovery", outLo, outHi, outConf);
      return TruthResult.build(this, consensus);
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
        long claims = 0;
        long support = 0;
        for (int a = 0; a < attrs; a++) {
          claims += st.claims[s * attrs + a];
          support += st.support[s * attrs + a];
        }
        sourceAccuracy[s] = (support / FIXED + k * cfg.priorAccuracy()) / (claims + k);
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
      int bins = 2 * window + 1;
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
            if (Math.abs(d) <= tolerance[a]) agree += n;
            else if (d > 0) above += n;
            else below += n;
          }
          if (near < cfg.scopeMinEvidence()) continue;
          double median = quantile(h, base, bins, near, 0.5) - window;
          double spread = quantile(h, base, bins, near, 0.75) - quantile(h, base, bins, near, 0.25);
          if (mode[sa] == MODE_OFFSET) {
            offset[sa] += median; // refine the shift by the residual
            continue;
          }
          if (mode[sa] != MODE_SAME) continue;
          double disagreeing = (near - agree) / (double) near;
          if (disagreeing <= cfg.scopeDisagreement()) continue;
          double oneSided = Math.max(above, below) / (double) (above + below);
          if (oneSided < cfg.scopeOneSided()) continue;
          found = true;
          if (spread <= cfg.offsetSpread()) {
            mode[sa] = MODE_OFFSET;
            offset[sa] = median;
          } else {
            mode[sa] = MODE_SCOPE;
            offset[sa] = median; // used only where no source of the attribute's own meaning spoke
          }
          differences.add(new SystematicDifference(p.sourceName(s), p.attributes().get(a).name(),
              mode[sa] == MODE_OFFSET ? SystematicDifference.Kind.OFFSET : SystematicDifference.Kind.SCOPE,
              median, spread, disagreeing, near));
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

    Statistics resolveAll() {
      int threads = Math.max(1, Math.min(cfg.threads(), Runtime.getRuntime().availableProcessors() * 4));
      int block = 4096;
      int blocks = (items + block - 1) / block;
      AtomicInteger next = new AtomicInteger();
      List<Statistics> partial = new ArrayList<>();
      if (threads == 1 || blocks == 1) {
        Statistics st = new Statistics(this);
        ItemResolver r = new ItemResolver(this, st);
        for (int i = 0; i < items; i++) r.resolve(i);
        partial.add(st);
      } else {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
          Thread t = new Thread(runnable, "truth-discovery");
          t.setDaemon(true);
          return t;
        });
        try {
          List<Future<Statistics>> futures = new ArrayList<>();
          for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
              Statistics st = new Statistics(this);
              ItemResolver r = new ItemResolver(this, st);
              int b;
              while ((b = next.getAndIncrement()) < blocks) {
                int end = Math.min(items, (b + 1) * block);
                for (int i = b * block; i < end; i++) r.resolve(i);
              }
              return st;
            }));
          }
          for (Future<Statistics> f : futures) partial.add(f.get());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException r) throw r;
          throw new IllegalStateException(e.getCause());
        } finally {
          pool.shutdownNow();
        }
      }
      Statistics total = partial.get(0);
      for (int k = 1; k < partial.size(); k++) total.add(partial.get(k));
      total.chosenFingerprint = fingerprint();
      return total;
    }

    static long differing(int[] a, int[] b) {
      long n = 0;
      for (int i = 0; i < a.length; i++) if (a[i] != b[i]) n++;
      return n;
    }

    /** A compact record of the chosen values, to tell when an iteration changed nothing. */
    int[] fingerprint() {
      int[] f = new int[items];
      for (int i = 0; i < items; i++) f[i] = Double.hashCode(outLo[i]) * 31 + Double.hashCode(outHi[i]);
      return f;
    }
  }

  /** Converged when at most this share of the items changed value in an iteration ... */
  static final double CONVERGED_SHARE = 1e-3;
  /** ... and no accuracy moved by this much. */
  static final double CONVERGED_ACCURACY = 5e-3;

  static final byte MODE_SAME = 0;
  static final byte MODE_OFFSET = 1;
  static final byte MODE_SCOPE = 2;

  /** Per-(source, attribute) sums of one pass; integer sums, so merging in any order is exact. */
  static final class Statistics {
    final long[] claims;
    final long[] support;
    final long[] agreements;
    final long[] histogram;
    int[] chosenFingerprint;

    Statistics(Run run) {
      int n = run.sources * run.attrs;
      claims = new long[n];
      support = new long[n];
      agreements = new long[n];
      histogram = run.cfg.scopeDetection() ? new long[n * (2 * run.window + 1)] : new long[0];
    }

    void add(Statistics o) {
      for (int k = 0; k < claims.length; k++) {
        claims[k] += o.claims[k];
        support[k] += o.support[k];
        agreements[k] += o.agreements[k];
      }
      for (int k = 0; k < histogram.length; k++) histogram[k] += o.histogram[k];
    }
  }
}
