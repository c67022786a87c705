package org.crosscheck.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.arabic.internal.AdversarialInputs;
import org.crosscheck.arabic.ArabicExtractor;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Metadata;

/**
 * Seconds per megabyte on the adversarial inputs (target: at most 2 s/MB), best of three after a
 * warm-up, with the seconds per megabyte of ordinary news text from the same run for comparison.
 * Run with {@code mvn -B -Pbench-extraction -DskipTests verify}.
 */
public final class AdversarialBenchmark {
  private AdversarialBenchmark() {}

  public static void main(String[] args) {
    ArabicExtractor x = new ArabicExtractor();
    Map<String, String> inputs = AdversarialInputs.of(1_000_000);
    for (String text : inputs.values()) run(x, text.substring(0, 100_000));
    double worst = 0;
    long worstHeap = 0;
    for (Map.Entry<String, String> e : inputs.entrySet()) {
      System.gc();
      for (java.lang.management.MemoryPoolMXBean p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
        p.resetPeakUsage();
      }
      double best = Double.MAX_VALUE;
      Extraction last = null;
      for (int i = 0; i < 3; i++) {
        long t0 = System.nanoTime();
        last = run(x, e.getValue());
        best = Math.min(best, (System.nanoTime() - t0) / 1e9);
      }
      double mb = e.getValue().getBytes(StandardCharsets.UTF_8).length / 1e6;
      worst = Math.max(worst, best / mb);
      long heap = 0;
      for (java.lang.management.MemoryPoolMXBean p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
        if (p.getType() == java.lang.management.MemoryType.HEAP) heap += p.getPeakUsage().getUsed();
      }
      worstHeap = Math.max(worstHeap, heap);
      System.out.println(String.format(Locale.ROOT, "adversarial %-30s %5.2f MB  %6.3f s/MB  peak heap %4d MB  %6d claims"
          + "  %6d diagnostics", e.getKey(), mb, best / mb, heap >> 20, last.claims().size(), last.diagnostics().size()));
    }
    System.out.println(String.format(Locale.ROOT, "adversarial worst: %.3f s/MB (target at most 2 s/MB); all inputs read"
        + " within a %d MB heap (peak pool use %d MB, garbage included)", worst, Runtime.getRuntime().maxMemory() >> 20,
        worstHeap >> 20));
  }

  private static Extraction run(ArabicExtractor x, String text) {
    return x.extract(new Article("adversarial.txt", text, Metadata.of("Fuzz", LocalDate.of(2017, 11, 20), "ar")));
  }
}
