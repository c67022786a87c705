package org.crosscheck.truth.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.crosscheck.truth.Attribute;
import org.crosscheck.truth.TruthConfig;
import org.crosscheck.truth.TruthDiscovery;
import org.crosscheck.truth.TruthProblem;
import org.crosscheck.truth.TruthResult;
import org.crosscheck.truth.book.BookDataset;
import org.crosscheck.truth.book.BookEvaluation;
import org.crosscheck.truth.book.BookGold;
import org.crosscheck.truth.flight.FlightDataset;

/**
 * The performance harness, run on purpose ({@code mvn -B -Pbench -DskipTests verify}), never as a
 * test. Three parts, each in its own JVM so heap figures are its own:
 *
 * <ul>
 *   <li>{@code flight}: the full Flight pipeline (load 2.87 M fields, compile, truth discovery)
 *       with wall time and peak heap; then, in the same JVM and interleaved round by round, the
 *       plain majority-vote baselines over the parsed values and our spans, and their ratios.
 *   <li>{@code book}: the Book pipeline end to end (load, truth discovery, scoring), the first
 *       run in a fresh JVM and the best of the runs after it.
 *   <li>{@code scaling}: synthetic problems of 1 M and 10 M observations with group sizes from 2
 *       to 5,000: time and heap per observation.
 * </ul>
 *
 * <p>What each timed span includes:
 *
 * <ul>
 *   <li><b>baseline</b>: majority vote from two plain arrays of the parsed values (item id and
 *       value of each, in file order): group the values by item (a counting sort on the dense
 *       item ids), sort each item's values, keep the longest run. Grouping is part of it: the
 *       arrays come ungrouped. One thread.
 *   <li><b>baseline, global sort</b>: the same vote by sorting (item, value) keys of all values at
 *       once (the previous harness's baseline; shown for continuity, not used for the ratio).
 *   <li><b>reconcile + reliability</b>: {@link TruthDiscovery#run} on the compiled problem —
 *       copy detection, the warm start, every pass, reliabilities, systematic differences, the
 *       result. The compiled problem (values grouped into items and classes) comes from the loader
 *       and is not timed here.
 *   <li><b>compile + reconcile + reliability</b>: the same, plus compiling the plain arrays into a
 *       problem: the like-for-like comparison with the baseline, which groups for itself.
 * </ul>
 *
 * Each span runs once to warm up, then {@link #ROUNDS} rounds of all spans in turn; the table
 * shows the best time of each span and the ratios of the best times, and the range of the
 * ratio over the rounds (each round's span against the same round's baseline).
 */
public final class TruthBenchmark {
  static final int ROUNDS = 7;

  private TruthBenchmark() {}

  public static void main(String[] args) {
    String part = args.length > 0 ? args[0] : "flight";
    switch (part) {
      case "flight" -> flight(Path.of(System.getProperty("crosscheck.shared", "../shared"), "benchmarks", "flight"),
          args.length < 2 || !args[1].equals("run-only"));
      case "book" -> book(Path.of(System.getProperty("crosscheck.shared", "../shared"), "benchmarks", "book"));
      case "scaling" -> scaling(args.length > 1 ? Integer.parseInt(args[1]) : 10_000_000);
      default -> throw new IllegalArgumentException("part is 'flight', 'book' or 'scaling', got '" + part + "'");
    }
  }

  // ---- the Book pipeline end to end ----------------------------------------------------------

  /**
   * The Book pipeline end to end (read the listings, normalize and compile them, truth discovery
   * with its rounds of copy detection, score against the gold): the first run in a fresh JVM, then
   * the best of {@link #ROUNDS} further runs, each with its parts (the wall time of each, and the
   * process CPU time of the whole run: JIT compilation and GC on other threads included). The
   * JVM's own start, before {@code main}, is shown apart.
   */
  static void book(Path dir) {
    long startup = ManagementFactory.getRuntimeMXBean().getUptime();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    BookParts first = null;
    BookParts best = null;
    String line = "";
    TruthResult result = null;
    for (int r = 0; r <= ROUNDS; r++) {
      long c0 = processCpu();
      long t0 = System.nanoTime();
      List<String> lines = BookDataset.readLines(dir);
      long t1 = System.nanoTime();
      BookDataset data = BookDataset.parse(lines, "claims", BookDataset.authorsAttribute());
      long t2 = System.nanoTime();
      result = TruthDiscovery.run(data.problem(), TruthConfig.defaults().withThreads(threads));
      long t3 = System.nanoTime();
      BookEvaluation ours = BookEvaluation.evaluate(result.consensus(), BookGold.load(dir));
      long t4 = System.nanoTime();
      BookParts parts = new BookParts((t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9,
          (processCpu() - c0) / 1e9);
      if (r == 0) first = parts;
      else if (best == null || parts.total() < best.total()) best = parts;
      line = ours.line(BookEvaluation.evaluate(TruthDiscovery.majorityVote(data.problem()), BookGold.load(dir)));
    }
    System.out.printf(Locale.ROOT, "book pipeline: %d threads, %s%n", threads, result);
    System.out.printf(Locale.ROOT, "  JVM start before main %.2f s%n", startup / 1e3);
    System.out.printf(Locale.ROOT, "  end to end, first run in this JVM: %s%n", first);
    System.out.printf(Locale.ROOT, "  end to end, best of %d more:       %s%n", ROUNDS, best);
    System.out.printf(Locale.ROOT, "  load average at the end %.2f on %d cores%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), threads);
    System.out.printf(Locale.ROOT, "  %s%n", line);
  }

  /** The parts of one Book run, in seconds of wall time, and the run's process CPU time. */
  record BookParts(double read, double normalizeAndCompile, double truthDiscovery, double scoring, double cpu) {
    double total() {
      return read + normalizeAndCompile + truthDiscovery + scoring;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.2f s wall (read %.2f, normalize and compile %.2f, truth discovery %.2f,"
          + " scoring %.2f), process CPU %.2f s", total(), read, normalizeAndCompile, truthDiscovery, scoring, cpu);
    }
  }

  // ---- (a) and (b): the Flight pipeline and the plain majority baseline ------------------------

  /** The Flight part; with {@code timeSpans} false only the full run (arguments {@code flight run-only}). */
  static void flight(Path dir, boolean timeSpans) {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    resetPeaks();
    long c0 = processCpu();
    long t0 = System.nanoTime();
    FlightDataset data = FlightDataset.load(dir, FlightDataset.TOLERANCE_MINUTES, threads);
    long t1 = System.nanoTime();
    TruthResult result = TruthDiscovery.run(data.problem(), TruthConfig.defaults().withThreads(threads));
    long t2 = System.nanoTime();
    long c2 = processCpu();
    long peak = peakHeap();
    System.out.printf(Locale.ROOT, "flight pipeline: %d values, %d items, %d sources, %d threads%n",
        data.valueCount(), data.problem().itemCount(), data.problem().sourceCount(), threads);
    System.out.printf(Locale.ROOT, "  wall %.2f s (load + compile %.2f s, truth discovery %.2f s); process CPU %.2f s"
        + " (every thread: JIT and GC included)%n", (t2 - t0) / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (c2 - c0) / 1e9);
    System.out.printf(Locale.ROOT, "  %s%n", result);
    System.out.printf(Locale.ROOT, "  peak heap %.0f MB (max heap %.0f MB)%n", peak / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);

    if (!timeSpans) return;
    int[] items = data.plainItems();
    long[] values = data.plainValues();
    int itemCount = data.problem().itemCount();
    if (!Arrays.equals(plainMajority(items, values, itemCount), sortedMajority(items, values, itemCount))) {
      throw new IllegalStateException("the two baselines disagree");
    }
    List<Span> spans = List.of(
        new Span("baseline: majority vote over the plain arrays (group by item, sort, longest run)",
            () -> plainMajority(items, values, itemCount)),
        new Span("baseline, global sort of (item, value) keys", () -> sortedMajority(items, values, itemCount)),
        new Span("reconcile + reliability, 1 thread",
            () -> TruthDiscovery.run(data.problem(), TruthConfig.defaults().withThreads(1))),
        new Span("reconcile + reliability, " + threads + " threads",
            () -> TruthDiscovery.run(data.problem(), TruthConfig.defaults().withThreads(threads))),
        new Span("compile + reconcile + reliability, 1 thread",
            () -> TruthDiscovery.run(compile(data), TruthConfig.defaults().withThreads(1))),
        new Span("compile + reconcile + reliability, " + threads + " threads",
            () -> TruthDiscovery.run(compile(data), TruthConfig.defaults().withThreads(threads))));
    for (Span s : spans) s.body.get(); // warm-up
    for (int r = 0; r < ROUNDS; r++) {
      for (Span s : spans) s.time(r);
    }
    Span baseline = spans.get(0);
    System.out.printf(Locale.ROOT, "timed spans, best of %d interleaved rounds (wall: ratio of the best times, and its"
        + " range over the rounds; one-thread spans also by the calling thread's CPU time):%n", ROUNDS);
    for (Span s : spans) {
      double[] ratio = new double[ROUNDS];
      for (int r = 0; r < ROUNDS; r++) ratio[r] = s.seconds[r] / baseline.seconds[r];
      Arrays.sort(ratio);
      String cpu = s.name.contains("threads") ? ""
          : String.format(Locale.ROOT, "; cpu %.3f s = %.1fx", s.bestCpu(), s.bestCpu() / baseline.bestCpu());
      System.out.printf(Locale.ROOT, "  %-86s wall %.3f s = %4.1fx (rounds %.1f-%.1fx)%s%n", s.name, s.best(),
          s.best() / baseline.best(), ratio[0], ratio[ROUNDS - 1], cpu);
    }
  }

  /** One timed span: each round's wall time and the calling thread's CPU time. */
  static final class Span {
    final String name;
    final Supplier<?> body;
    final double[] seconds = new double[ROUNDS];
    final double[] cpu = new double[ROUNDS];

    Span(String name, Supplier<?> body) {
      this.name = name;
      this.body = body;
    }

    void time(int round) {
      long c0 = THREADS.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      body.get();
      seconds[round] = (System.nanoTime() - t0) / 1e9;
      cpu[round] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
    }

    double best() {
      return Arrays.stream(seconds).min().orElseThrow();
    }

    double bestCpu() {
      return Arrays.stream(cpu).min().orElseThrow();
    }
  }

  static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** The CPU time of every thread of this JVM so far, in nanoseconds. */
  static long processCpu() {
    return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
  }

  /**
   * Majority vote the plain way: group the values by item (item ids are dense: count, then
   * place), sort each item's values, keep the longest run (ties to the lower value).
   */
  static long[] plainMajority(int[] items, long[] values, int itemCount) {
    int n = items.length;
    int[] start = new int[itemCount + 1];
    for (int k = 0; k < n; k++) start[items[k] + 1]++;
    for (int i = 0; i < itemCount; i++) start[i + 1] += start[i];
    long[] grouped = new long[n];
    int[] fill = Arrays.copyOf(start, itemCount);
    for (int k = 0; k < n; k++) grouped[fill[items[k]]++] = values[k];
    long[] best = new long[itemCount];
    for (int i = 0; i < itemCount; i++) {
      int from = start[i];
      int to = start[i + 1];
      Arrays.sort(grouped, from, to);
      long bestValue = 0;
      int bestCount = 0;
      for (int k = from; k < to;) {
        int j = k;
        while (j < to && grouped[j] == grouped[k]) j++;
        if (j - k > bestCount) {
          bestCount = j - k;
          bestValue = grouped[k];
        }
        k = j;
      }
      best[i] = bestValue;
    }
    return best;
  }

  /** Majority vote by one global sort of (item, value) keys, then the longest run of each item. */
  static long[] sortedMajority(int[] items, long[] values, int itemCount) {
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
        + " other support each other; TruthDiscovery.run with one thread, best of five; cpu = the calling thread's CPU"
        + " time, wall = elapsed):");
    System.out.println("  observations  group size      items  cpu ns/obs  wall ns/obs  iterations                   "
        + " problem B/obs  run peak B/obs  precision");
    int rows = sizes.length * groups.length;
    double[] cpuPerObs = new double[rows];
    double[] wallPerObs = new double[rows];
    int row = 0;
    for (int n : sizes) {
      for (int g : groups) {
        System.gc();
        long before = usedHeap();
        Synthetic s = Synthetic.generate(n, g, 1_000, 42);
        System.gc();
        long retained = usedHeap() - before;
        TruthResult r = null;
        long wall = Long.MAX_VALUE;
        long cpu = Long.MAX_VALUE;
        long runPeak = 0;
        for (int rep = 0; rep < 5; rep++) {
          System.gc();
          long used = usedHeap();
          resetPeaks();
          long c0 = THREADS.getCurrentThreadCpuTime();
          long t = System.nanoTime();
          r = TruthDiscovery.run(s.problem, TruthConfig.defaults());
          wall = Math.min(wall, System.nanoTime() - t);
          cpu = Math.min(cpu, THREADS.getCurrentThreadCpuTime() - c0);
          runPeak = Math.max(runPeak, peakHeap() - used);
        }
        cpuPerObs[row] = cpu / (double) n;
        wallPerObs[row++] = wall / (double) n;
        String iterations = r.toString().replaceAll(".* (\\d+ iterations.*)]$", "$1");
        System.out.printf(Locale.ROOT, "  %,12d  %10d  %,9d  %10.0f  %11.0f  %-29s  %13.0f  %14.0f  %9.3f%n", n, g,
            s.problem.itemCount(), cpu / (double) n, wall / (double) n, iterations, retained / (double) n,
            runPeak / (double) n, s.precision(r));
      }
    }
    flatness("cpu", cpuPerObs);
    flatness("wall", wallPerObs);
    // the same shape at a larger size: what "scaling" asks of it
    for (int gi = 0; gi < groups.length; gi++) {
      double small = cpuPerObs[gi];
      double large = cpuPerObs[(sizes.length - 1) * groups.length + gi];
      System.out.printf(Locale.ROOT, "  group size %,d: cpu time per observation %+.0f%% from %,d to %,d observations%n",
          groups[gi], (large / small - 1) * 100, sizes[0], sizes[sizes.length - 1]);
    }
  }

  static void flatness(String what, double[] perObs) {
    double mean = Arrays.stream(perObs).average().orElseThrow();
    double worst = 0;
    for (double v : perObs) worst = Math.max(worst, Math.abs(v / mean - 1));
    double min = Arrays.stream(perObs).min().orElseThrow();
    double max = Arrays.stream(perObs).max().orElseThrow();
    System.out.printf(Locale.ROOT, "  %s time per observation: mean %.0f ns, min %.0f, max %.0f; every row within %.0f%% of"
        + " the mean (max/min %.2f)%n", what, mean, min, max, 100 * worst, max / min);
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
