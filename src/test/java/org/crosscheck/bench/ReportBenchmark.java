package org.crosscheck.bench;

import com.google.common.collect.ImmutableList;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Evidence;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Place;
import org.crosscheck.claim.Span;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.Diagnostic;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Metadata;
import org.crosscheck.io.ClaimsFile;
import org.crosscheck.io.Pipeline;
import org.crosscheck.io.Renderer;
import org.crosscheck.io.Run;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Hedge;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Unit;

/**
 * How {@code report} scales in the number of claims, run on purpose ({@code mvn -B -Pbench-report
 * -DskipTests verify}): everything {@code report} does after extraction, on synthetic batches of
 * 10,000 and 100,000 claims of the same shape (10 claims a document, 50 claims a place, twenty
 * places a province, 200 outlets; four measures, one of which presupposes control; one claim in ten
 * about a whole province and one in ten dating a capture or an entry, so that links between groups
 * are looked for): the claims file written and read back (what {@code extract} then {@code
 * reconcile} do), reconciliation with source reliability, and the report rendered in every format
 * (text, Markdown, HTML, JSON, CSV), each written as the command line writes it to a file. Prints the time per claim at each size, the change from 10k
 * to 100k (linear work keeps it flat; issue 15 asks within ±25%) and the peak heap of each size.
 * Times are the CPU time of the one thread that does the work, so that neighbours on a shared
 * machine do not inflate them; the wall time is printed beside.
 */
public final class ReportBenchmark {
  private ReportBenchmark() {}

  private static final List<Measure> MEASURES =
      List.of(Measures.FIGHTERS, Measures.KILLED, Measures.PEOPLE_LEFT, Measures.PEOPLE_HELD);

  /** A batch of {@code n} claims, as extraction would hand it over. */
  static Pipeline.Extracted batch(int n, long seed) {
    Random random = new Random(seed);
    int places = Math.max(1, n / 50);
    // places lie in provinces of twenty places each, so that links between groups are looked for
    List<Place> provinces = new ArrayList<>();
    for (int p = 0; p < Math.max(1, places / 20); p++) {
      provinces.add(Place.named(String.format(Locale.ROOT, "Province %04d", p)).ofType(Place.Type.PROVINCE));
    }
    List<Extraction> extractions = new ArrayList<>();
    LocalDate start = LocalDate.of(2017, 10, 1);
    for (int d = 0; d * 10 < n; d++) {
      String doc = String.format(Locale.ROOT, "doc-%06d.txt", d);
      String outlet = String.format(Locale.ROOT, "Outlet %03d", random.nextInt(200));
      LocalDate published = start.plusDays(random.nextInt(60));
      List<Claim> claims = new ArrayList<>();
      for (int i = 0; i < 10 && d * 10 + i < n; i++) {
        int p = random.nextInt(places);
        Place province = provinces.get(p % provinces.size());
        // one claim in ten speaks of the whole province, one in ten dates a capture or an entry
        Place place = random.nextInt(10) == 0 ? province
            : Place.named(String.format(Locale.ROOT, "Place %05d", p)).ofType(Place.Type.TOWN).within(province);
        Claim c;
        if (random.nextInt(10) == 0) {
          LocalDate day = start.plusDays(Math.floorMod(place.id().hashCode(), 30) + (random.nextInt(8) == 0 ? 5 : 0));
          c = Claim.event(random.nextBoolean() ? EventType.CAPTURED : EventType.ENTERED, place, new DateValue.OnDay(day));
        } else {
          Measure m = MEASURES.get(random.nextInt(MEASURES.size()));
          // each (place, measure) has its true figure; sources report it roughly, a few get it wrong
          long truth = 100 + (place.id().hashCode() * 7919L + m.id().hashCode() & 0xffff) % 5000;
          long reported = random.nextInt(10) == 0 ? truth * (2 + random.nextInt(3)) : truth + random.nextInt(21) - 10;
          Quantity v = random.nextBoolean() ? new Quantity.Exact(BigDecimal.valueOf(reported), Unit.ONE)
              : new Quantity.Approximate(BigDecimal.valueOf(reported), Hedge.ABOUT, null, Unit.ONE);
          c = Claim.of(m, place, v);
        }
        c = c.by(Attribution.by(outlet).publishedOn(published))
            .withEvidence(new Evidence(doc, new Span(i * 100 + 10, i * 100 + 20), new Span(i * 100, i * 100 + 90),
                "sentence " + i + " of " + doc + " reports " + c.value()))
            .withId(String.format(Locale.ROOT, "%s#%d", doc, i + 1));
        claims.add(c);
      }
      Article a = new Article(doc, "", new Metadata(outlet, published, "en", null, null, null));
      extractions.add(new Extraction(a, ImmutableList.copyOf(claims),
          ImmutableList.of(Diagnostic.info("metadata.source", "outlet from the manifest", null)), published));
    }
    return new Pipeline.Extracted(ImmutableList.copyOf(extractions), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of());
  }

  private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** This thread's CPU time so far, in nanoseconds: the pipeline runs on it alone (one thread). */
  static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /**
   * CPU seconds of this thread for one report of the batch: claims file out and in, reconcile,
   * render every format. CPU time, not wall time, because the machine is shared: wall time counts
   * the waits for a core as well.
   */
  static double report(Pipeline.Extracted batch) throws Exception {
    long w0 = System.nanoTime();
    long t0 = cpu();
    StringWriter w = new StringWriter();
    ClaimsFile.write(batch, w);
    Pipeline.Extracted read = ClaimsFile.read(new StringReader(w.toString()), "claims.jsonl");
    long t1 = cpu();
    Run run = new Pipeline(RuleSet.defaults(), List.of()).reconcile(read, done -> {});
    long t2 = cpu();
    StringBuilder phases = new StringBuilder(String.format(Locale.ROOT, "claims file %.1f s, reconcile %.1f s",
        (t1 - t0) / 1e9, (t2 - t1) / 1e9));
    long chars = 0;
    for (Renderer.Format f : Renderer.Format.values()) {
      long r0 = cpu();
      CountingWriter out = new CountingWriter();
      Renderer.of(f).render(run, out);
      chars += out.chars;
      phases.append(String.format(Locale.ROOT, ", %s %.1f s", f, (cpu() - r0) / 1e9));
    }
    phases.append(String.format(Locale.ROOT, "; wall %.1f s", (System.nanoTime() - w0) / 1e9));
    if (chars == 0 || run.report().claims().size() != batch.claims().size()) throw new IllegalStateException("lost claims");
    lastPhases = phases.toString();
    return (cpu() - t0) / 1e9;
  }

  /** Counts what is written to it and keeps none of it, as a file would on disk. */
  static final class CountingWriter extends Writer {
    long chars;

    @Override
    public void write(char[] buf, int off, int len) {
      chars += len;
    }

    @Override
    public void write(String str, int off, int len) {
      chars += len;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /** Where the last report's time went. */
  static String lastPhases = "";

  static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) peak += p.getPeakUsage().getUsed();
    }
    return peak;
  }

  static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
  }

  public static void main(String[] args) throws Exception {
    int small = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int large = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    // warm-up: the JIT must be done with every renderer before the small batch is timed, or the
    // small batch looks slower per claim than the large one
    report(batch(2_000, 1));
    for (int r = 0; r < 3; r++) report(batch(small, 2));
    double[] perClaim = new double[2];
    long[] peaks = new long[2];
    int[] sizes = {small, large};
    for (int k = 0; k < 2; k++) {
      Pipeline.Extracted b = batch(sizes[k], 3 + k);
      resetPeaks();
      double best = Double.MAX_VALUE;
      // the best of three runs (two for the large batch), so that one collection or a neighbour's
      // build does not decide
      for (int r = 0; r < (k == 0 ? 3 : 2); r++) best = Math.min(best, report(b));
      peaks[k] = peakHeap();
      perClaim[k] = best / sizes[k];
      System.out.printf(Locale.ROOT, "report over %,d claims: %.2f s CPU, %.1f µs per claim, peak heap %d MB (%s)%n", sizes[k],
          best, perClaim[k] * 1e6, peaks[k] >> 20, lastPhases);
    }
    System.out.printf(Locale.ROOT, "report scaling: time per claim %s→%s %+.0f%%, peak heap %d MB → %d MB%n",
        label(small), label(large), (perClaim[1] / perClaim[0] - 1) * 100, peaks[0] >> 20, peaks[1] >> 20);
  }

  private static String label(int n) {
    return n % 1000 == 0 ? (n / 1000) + "k" : String.valueOf(n);
  }
}
