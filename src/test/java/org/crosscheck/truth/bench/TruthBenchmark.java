package org.crosscheck.truth.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.crosscheck.truth.Attribute;
import org.crosscheck.truth.TruthConfig;
import org.crosscheck.truth.TruthDiscovery;
import org.crosscheck.truth.TruthProblem;
import org.crosscheck.truth.TruthResult;
import org.crosscheck.truth.flight.FlightDataset;

/**
 * The performance harness, run on purpose ({@code mvn -B -Pbench -DskipTests verify}), never as a
 * test. Two parts, each in its own JVM so heap figures are its own:
 *
 * <ul>
 *   <li>{@code flight}: the full Flight pipeline (load 2.87 M fields, compile, truth discovery)
 *       with wall time and peak heap; then, in the same JVM, a minimal baseline — majority vote
 *       over plain arrays of the parsed values — and the ratio of our reconcile + reliability
 *       time to it.
 *   <li>{@code scaling}: synthetic problems of 1 M and 10 M observations with group sizes from 2
 *       to 5,000: time per observation and heap per observation.
 * </ul>
 */
public final class TruthBenchmark {
  private TruthBenchmark() {}

  public static void main(String[] args) {
    String part = args.length > 0 ? args[0] : "flight";
    switch (part) {
      case "flight" -> flight(Path.of(System.getProperty("crosscheck.shared", "../shared"), "benchmarks", "flight"));
      case "scaling" -> scaling(args.length > 1 ? Integer.parseInt(args[1]) : 10_000_000);
      default -> throw new IllegalArgumentException("part is 'flight' or 'scaling', got '" + part + "'");
    }
  }

  // ---- (a) and (b): the Flight pipeline and the plain majority baseline ------------------------

  static void flight(Path dir) {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    resetPeaks();
    long t0 = System.nanoTime();
    FlightDataset data = FlightDataset.load(dir, FlightDataset.TOLERANCE_MINUTES, threads);
    long t1 = System.nanoTime();
    TruthResult result = TruthDiscovery.run(data.problem(), TruthConfig.defaults().withThreads(threads));
    long t2 = System.nanoTime();
    long peak = peakHeap();
    System.out.printf(Locale.ROOT, "flight pipeline: %d values, %d items, %d sources, %d threads%n",
        data.valueCount(), data.problem().itemCount(), data.problem().sourceCount(), threads);
    System.out.printf(Locale.ROOT, "  wall %.2f s (load + compile %.2f s, truth discovery %.2f s, %d iterations)%n",
        (t2 - t0) / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9, result.iterations());
    System.out.printf(Locale.ROOT, "  peak heap %.0f MB (max heap %.0f MB)%n", peak / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);

    int[] items = data.plainItems();
    long[] values = data.plainValues();
    int itemCount = data.problem().itemCount();
    double baseline = best(7, () -> plainMajority(items, values, itemCount));
    double ours1 = best(3, () -> TruthDiscovery.run(data.problem(), TruthConfig.defaults().withThreads(1)));
    double oursN = best(3, () -> TruthDiscovery.run(data.problem(), TruthConfig.defaults().withThreads(threads)));
    double compile = best(3, () -> compile(data));
    System.out.printf(Locale.ROOT, "baseline: majority vote over plain arrays: %.3f s (best of 7, warm)%n", baseline);
    System.out.printf(Locale.ROOT, "  reconcile + reliability, 1 thread:  %.3f s = %.1fx baseline%n", ours1,
        ours1 / baseline);
    System.out.printf(Locale.ROOT, "  reconcile + reliability, %d threads: %.3f s = %.1fx baseline%n", threads, oursN,
        oursN / baseline);
    System.out.printf(Locale.ROOT, "  compile (group into items and value classes) + reconcile + reliability, %d threads: "
        + "%.3f s = %.1fx baseline%n", threads, compile + oursN, (compile + oursN) / baseline);
  }

  /** Majority vote the plain way: sort (item, value) keys, count runs, keep each item's longest run. */
  static long[] plainMajority(int[] items, long[] values, int itemCount) {
    long[] keys = new long[items.length];
    for (int k = 0; k < keys.length; k++) keys[k] = ((long) items[k] << 32) | (values[k] & 0xffffffffL);
    Arrays.sort(keys);
    long[] best = new long[itemCount];
    int[] bestCount = new int[itemCount];
    int k = 0;
    while (k < keys.length) {
      int j = k;
      while (j < keys.length && keys[j] == keys[k]) j++;
      int item = (int) (keys[k] >>> 32);
      if (j - k > bestCount[item]) {
        bestCount[item] = j - k;
        best[item] = keys[k] & 0xffffffffL;
      }
      k = j;
    }
    return best;
  }

  /** Compiles the parsed values again (sources, items, classes), as the loader does after parsing. */
  static TruthProblem compile(FlightDataset data) {
    TruthProblem p = data.problem();
    TruthProblem.Builder b = TruthProblem.builder();
    for (Attribute a : p.attributes()) b.attribute(a);
    for (String s : p.sourceNames()) b.source(s);
    for (int i = 0; i < p.itemCount(); i++) b.item(p.itemKey(i), p.attributeOf(i));
    int[] items = data.plainItems();
    int[] sources = data.plainSources();
    long[] values = data.plainValues();
    for (int k = 0; k < items.length; k++) b.observe(items[k], sources[k], values[k], values[k]);
    return b.build();
  }

  // ---- (c): scaling on synthetic claims -------------------------------------------------------

  static void scaling(int largest) {
    int[] sizes = largest >= 10_000_000 ? new int[] {1_000_000, 10_000_000} : new int[] {largest / 10, largest};
    int[] groups = {2, 50, 5_000};
    // warm the JIT on a problem of each shape first, so the first row is not a cold start
    for (int g : groups) TruthDiscovery.run(Synthetic.generate(200_000, g, 1_000, 7).problem, TruthConfig.defaults());
    System.out.println("scaling on synthetic claims (1,000 sources, a fifth of them copiers; values within 1 of each"
        + " other support each other; one thread, best of two runs):");
    System.out.println("  observations  group size   items      build s   run s  iterations  ns/obs  ns/obs/iteration"
        + "  heap MB  bytes/obs  precision");
    for (int n : sizes) {
      for (int g : groups) {
        System.gc();
        long before = usedHeap();
        long t0 = System.nanoTime();
        Synthetic s = Synthetic.generate(n, g, 1_000, 42);
        long t1 = System.nanoTime();
        System.gc();
        long retained = usedHeap() - before;
        // one thread, best of two runs: the per-observation cost, with as little noise from the
        // shared machine as we can get
        TruthResult r = null;
        long runTime = Long.MAX_VALUE;
        for (int rep = 0; rep < 2; rep++) {
          long t = System.nanoTime();
          r = TruthDiscovery.run(s.problem, TruthConfig.defaults());
          runTime = Math.min(runTime, System.nanoTime() - t);
        }
        long t2 = 0;
        long t3 = runTime;
        double precision = s.precision(r);
        System.out.printf(Locale.ROOT, "  %,12d  %10d  %,9d  %8.2f  %6.2f  %10d  %6.0f  %16.1f  %7.0f  %9.0f  %9.3f%n", n, g,
            s.problem.itemCount(), (t1 - t0) / 1e9, (t3 - t2) / 1e9, r.iterations(), (t3 - t2) / (double) n,
            (t3 - t2) / (double) n / r.iterations(), retained / 1e6, retained / (double) n, precision);
      }
    }
  }

  /** A synthetic problem with known truth. */
  static final class Synthetic {
    final TruthProblem problem;
    final double[] truth;

    private Synthetic(TruthProblem problem, double[] truth) {
      this.problem = problem;
      this.truth = truth;
    }

    /**
     * {@code n} observations in items of {@code group} observations over {@code sources} sources:
     * source accuracies between 0.6 and 0.95; a fifth of the sources copy a parent's value 80% of
     * the time; wrong values lie 2 to 60 units off the truth.
     */
    static Synthetic generate(int n, int group, int sources, long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      double[] accuracy = new double[sources];
      int[] parent = new int[sources];
      for (int s = 0; s < sources; s++) {
        accuracy[s] = 0.6 + 0.35 * random.nextDouble();
        parent[s] = s % 5 == 4 ? random.nextInt(sources / 5) * 5 : -1;
      }
      TruthProblem.Builder b = TruthProblem.builder();
      int a = b.attribute(Attribute.continuous("value", 1));
      for (int s = 0; s < sources; s++) b.source(String.format(Locale.ROOT, "s%04d", s));
      int items = Math.max(1, n / group);
      double[] truth = new double[items];
      for (int i = 0; i < items; i++) {
        int item = b.item(Integer.toString(i), a);
        double t = 1_000 * (double) random.nextInt(10_000_000);
        truth[i] = t;
        for (int k = 0; k < group; k++) {
          int s = random.nextInt(sources);
          int says = parent[s] >= 0 && random.nextDouble() < 0.8 ? parent[s] : s;
          double v = valueOf(i, says, t, accuracy[says]);
          b.observe(item, s, v, v);
        }
      }
      return new Synthetic(b.build(), truth);
    }

    /** What source {@code s} says about item {@code i}: the same on every call, so copiers copy it. */
    static double valueOf(int i, int s, double truth, double accuracy) {
      long h = (i * 0x9E3779B97F4A7C15L) ^ (s * 0xC2B2AE3D27D4EB4FL);
      h ^= h >>> 29;
      h *= 0xBF58476D1CE4E5B9L;
      h ^= h >>> 32;
      double u = (h & 0xffffff) / (double) (1 << 24);
      if (u < accuracy) return truth;
      int off = 2 + (int) ((h >>> 24) % 59);
      return ((h >>> 40) & 1) == 0 ? truth + off : truth - off;
    }

    double precision(TruthResult r) {
      int right = 0;
      for (int i = 0; i < truth.length; i++) if (r.consensus().lo(i) == truth[i]) right++;
      return right / (double) truth.length;
    }
  }

  // ---- measuring --------------------------------------------------------------------------------

  /** The best of {@code runs} timed runs, in seconds, after one warm-up run. */
  static double best(int runs, Runnable body) {
    body.run();
    double best = Double.MAX_VALUE;
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      body.run();
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    return best;
  }

  static double best(int runs, java.util.function.Supplier<?> body) {
    return best(runs, (Runnable) body::get);
  }

  static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
  }

  /** Sum of the heap pools' peak usage since the last reset (an upper bound of the peak heap). */
  static long peakHeap() {
    long sum = 0;
    List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
    for (MemoryPoolMXBean pool : pools) if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
    return sum;
  }

  static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
