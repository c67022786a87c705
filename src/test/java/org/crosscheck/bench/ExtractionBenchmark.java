package org.crosscheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.arabic.ArabicExtractor;
import org.crosscheck.arabic.ArabicNormalizer;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Extraction;
import org.crosscheck.io.Documents;

/**
 * Extraction throughput, run on purpose ({@code mvn -B -Pbench-extraction -DskipTests verify}): the
 * seed articles (from {@code ../shared/seeds}) extracted over and over on one thread until 50 MB of
 * UTF-8 text have been read, after a warm-up. Prints MB/s, claims per second, peak heap, and the
 * ratio to a baseline measured in the same run on the same texts: normalizing them
 * ({@link ArabicNormalizer}), the least any Arabic reader must do.
 */
public final class ExtractionBenchmark {
  private ExtractionBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path seeds = Path.of(args.length > 0 ? args[0] : "../shared/seeds");
    long target = (long) (args.length > 1 ? Double.parseDouble(args[1]) : 50) * 1_000_000L;
    Documents.Loaded loaded = new Documents().read(List.of(seeds), seeds.resolve("manifest.json"));
    List<Article> articles = new ArrayList<>(loaded.articles());
    long perRound = 0;
    for (Article a : articles) perRound += a.text().getBytes(StandardCharsets.UTF_8).length;
    ArabicExtractor extractor = new ArabicExtractor();
    // warm-up: about 5 MB
    for (long done = 0; done < 5_000_000L; done += perRound) for (Article a : articles) extractor.extract(a);
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();

    long bytes = 0;
    long claims = 0;
    long t0 = System.nanoTime();
    while (bytes < target) {
      for (Article a : articles) {
        Extraction x = extractor.extract(a);
        claims += x.claims().size();
      }
      bytes += perRound;
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) peak += p.getPeakUsage().getUsed();
    }

    long baseBytes = 0;
    long sink = 0;
    long b0 = System.nanoTime();
    while (baseBytes < target) {
      for (Article a : articles) sink += ArabicNormalizer.normalize(a.text()).length();
      baseBytes += perRound;
    }
    double baseSeconds = (System.nanoTime() - b0) / 1e9;

    double mb = bytes / 1e6;
    System.out.println(String.format(Locale.ROOT, "extraction: %.1f MB of Arabic text in %.2f s on one thread: %.2f MB/s,"
        + " %.0f claims/s", mb, seconds, mb / seconds, claims / seconds));
    System.out.println(String.format(Locale.ROOT, "baseline (normalizing the same text): %.2f MB/s; extraction takes %.1fx"
        + " the baseline's time", baseBytes / 1e6 / baseSeconds, seconds / baseSeconds * baseBytes / bytes));
    System.out.println(String.format(Locale.ROOT, "peak heap during extraction: %d MB (max heap %d MB) [%d]", peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20, sink % 2));
  }
}
