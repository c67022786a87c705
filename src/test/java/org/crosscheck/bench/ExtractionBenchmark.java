package org.crosscheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.crosscheck.arabic.ArabicExtractor;
import org.crosscheck.arabic.ArabicNormalizer;
import org.crosscheck.extract.Article;
import org.crosscheck.io.Documents;

/**
 * Extraction throughput, run on purpose ({@code mvn -B -Pbench-extraction -DskipTests verify}): the
 * seed articles (from {@code ../shared/seeds}) extracted over and over on one thread, after a warm-up
 * of at least 45 seconds of extraction (so the JIT has compiled the hot paths), for at least as many
 * seconds again. Time is the thread's CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime()}), so a
 * machine shared with other builds still measures the work of one core. The baseline, normalizing the
 * same texts ({@link ArabicNormalizer}, the least any Arabic reader must do), is warmed up and timed
 * for seconds too. Prints {@code extraction throughput (ar): X MB/s per core (Y× the normalizer)},
 * claims per second and the peak heap.
 *
 * <p>Arguments: the seeds folder, the warm-up seconds (45) and the measured seconds (30).
 */
public final class ExtractionBenchmark {
  private ExtractionBenchmark() {}

  /** Work done and thread CPU time spent. */
  private record Run(long bytes, long claims, double cpuSeconds) {
    double mbPerSecond() {
      return bytes / 1e6 / cpuSeconds;
    }
  }

  public static void main(String[] args) throws Exception {
    Path seeds = Path.of(args.length > 0 ? args[0] : "../shared/seeds");
    double warmUp = args.length > 1 ? Double.parseDouble(args[1]) : 45;
    double measured = args.length > 2 ? Double.parseDouble(args[2]) : 30;
    Documents.Loaded loaded = new Documents().read(List.of(seeds), seeds.resolve("manifest.json"));
    List<Article> articles = new ArrayList<>(loaded.articles());
    long perRound = 0;
    for (Article a : articles) perRound += a.text().getBytes(StandardCharsets.UTF_8).length;
    ArabicExtractor extractor = new ArabicExtractor();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isCurrentThreadCpuTimeSupported()) throw new IllegalStateException("this JVM cannot time a thread's CPU");
    long round = perRound;
    ToLongFunction<Article> extract = a -> extractor.extract(a).claims().size();
    ToLongFunction<Article> normalize = a -> ArabicNormalizer.normalize(a.text()).length() >= 0 ? 0 : 1;

    time(threads, articles, round, extract, warmUp);
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    Run extraction = time(threads, articles, round, extract, measured);
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) peak += p.getPeakUsage().getUsed();
    }
    time(threads, articles, round, normalize, Math.min(warmUp, 10));
    Run baseline = time(threads, articles, round, normalize, Math.min(measured, 10));

    System.out.println(String.format(Locale.ROOT, "extraction throughput (ar): %.2f MB/s per core (%.2f\u00d7 the"
        + " normalizer)", extraction.mbPerSecond(), baseline.mbPerSecond() / extraction.mbPerSecond()));
    System.out.println(String.format(Locale.ROOT, "extraction: %.1f MB in %.2f s of thread CPU after %.0f s of warm-up,"
        + " %.0f claims/s; normalizer: %.2f MB/s per core", extraction.bytes() / 1e6, extraction.cpuSeconds(), warmUp,
        extraction.claims() / extraction.cpuSeconds(), baseline.mbPerSecond()));
    System.out.println(String.format(Locale.ROOT, "peak heap during extraction: %d MB (max heap %d MB)", peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20));
  }

  /** Runs {@code work} over every article, round after round, until {@code seconds} of thread CPU are spent. */
  private static Run time(ThreadMXBean threads, List<Article> articles, long perRound, ToLongFunction<Article> work,
      double seconds) {
    long budget = (long) (seconds * 1e9);
    long c0 = threads.getCurrentThreadCpuTime();
    long bytes = 0;
    long count = 0;
    long spent = 0;
    while (spent < budget) {
      for (Article a : articles) count += work.applyAsLong(a);
      bytes += perRound;
      spent = threads.getCurrentThreadCpuTime() - c0;
    }
    return new Run(bytes, count, spent / 1e9);
  }
}
