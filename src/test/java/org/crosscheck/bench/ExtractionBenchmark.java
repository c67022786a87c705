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
import org.crosscheck.arabic.internal.ArabicNormalizer;
import org.crosscheck.english.EnglishExtractor;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Extractor;
import org.crosscheck.io.Documents;

/**
 * Extraction throughput, run on purpose ({@code mvn -B -Pbench-extraction -DskipTests verify}): the
 * seed articles (from {@code ../shared/seeds}) extracted over and over on one thread, after a warm-up
 * of at least 45 seconds of extraction (so the JIT has compiled the hot paths), for at least as many
 * seconds again. Time is the thread's CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime()}), so a
 * machine shared with other builds still measures the work of one core. The baseline, normalizing the
 * same texts ({@link ArabicNormalizer}, the least any Arabic reader must do), is warmed up and timed
 * for seconds too (it is the baseline of the English line as well, over the English texts). Prints
 * {@code extraction throughput (ar): X MB/s per core (Y× the normalizer)}, the same line for English
 * over the English dev corpus ({@code ../shared/dev-corpus/en}), claims per second, the bytes
 * allocated per input byte and the peak heap.
 *
 * <p>Arguments: the seeds folder, the warm-up seconds (45), the measured seconds (30) and the English
 * folder.
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
    Path english = Path.of(args.length > 3 ? args[3] : "../shared/dev-corpus/en");
    bench("ar", seeds, new ArabicExtractor(), warmUp, measured);
    bench("en", english, new EnglishExtractor(), warmUp, measured);
  }

  /** Warms up, measures and prints the throughput of {@code extractor} over the articles of {@code folder}. */
  private static void bench(String language, Path folder, Extractor extractor, double warmUp, double measured)
      throws Exception {
    Documents.Loaded loaded = new Documents().read(List.of(folder), folder.resolve("manifest.json"));
    List<Article> articles = new ArrayList<>(loaded.articles());
    long perRound = 0;
    for (Article a : articles) perRound += a.text().getBytes(StandardCharsets.UTF_8).length;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isCurrentThreadCpuTimeSupported()) throw new IllegalStateException("this JVM cannot time a thread's CPU");
    long round = perRound;
    ToLongFunction<Article> extract = a -> extractor.extract(a).claims().size();
    ToLongFunction<Article> normalize = a -> ArabicNormalizer.normalize(a.text()).length() >= 0 ? 0 : 1;

    time(threads, articles, round, extract, warmUp);
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    long allocated0 = allocatedBytes(threads);
    Run extraction = time(threads, articles, round, extract, measured);
    long allocated = allocatedBytes(threads) - allocated0;
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) peak += p.getPeakUsage().getUsed();
    }
    time(threads, articles, round, normalize, Math.min(warmUp, 10));
    Run baseline = time(threads, articles, round, normalize, Math.min(measured, 10));

    System.out.println(String.format(Locale.ROOT, "extraction throughput (%s): %.2f MB/s per core (%.2f\u00d7 the"
        + " normalizer)", language, extraction.mbPerSecond(), baseline.mbPerSecond() / extraction.mbPerSecond()));
    System.out.println(String.format(Locale.ROOT, "extraction (%s): %.1f MB in %.2f s of thread CPU after %.0f s of"
        + " warm-up, %.0f claims/s, %s bytes allocated per input byte; normalizer: %.2f MB/s per core", language,
        extraction.bytes() / 1e6, extraction.cpuSeconds(), warmUp, extraction.claims() / extraction.cpuSeconds(),
        allocated < 0 ? "?" : String.format(Locale.ROOT, "%.0f", (double) allocated / extraction.bytes()),
        baseline.mbPerSecond()));
    System.out.println(String.format(Locale.ROOT, "peak heap during extraction (%s): %d MB (max heap %d MB)", language,
        peak >> 20, Runtime.getRuntime().maxMemory() >> 20));
  }

  /** The bytes this thread has allocated so far, or -1 when the JVM cannot tell. */
  private static long allocatedBytes(ThreadMXBean threads) {
    if (threads instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemorySupported()) {
      return t.getCurrentThreadAllocatedBytes();
    }
    return -1;
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
