package org.crosscheck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.crosscheck.arabic.internal.Gazetteer;

/**
 * The gazetteer's load time and heap, run on purpose ({@code mvn -B -Pbench-gazetteer -DskipTests
 * verify}; issue 16 asks for at most 1 s and 150 MB for every country). Loads the built-in resource
 * several times on one thread and prints the thread CPU time of the first load and the median of
 * the others, against a baseline measured in the same run: reading the same compressed resource
 * line by line and splitting each line into its fields, the least any loader must do. The retained
 * heap is the used heap after collection with one gazetteer held, minus that before.
 */
public final class GazetteerBenchmark {
  private static final int LOADS = 7;

  private GazetteerBenchmark() {}

  public static void main(String[] args) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long before = usedAfterGc();
    long t0 = threads.getCurrentThreadCpuTime();
    Gazetteer held = load();
    long first = threads.getCurrentThreadCpuTime() - t0;
    long retained = usedAfterGc() - before;
    long[] loads = new long[LOADS];
    long[] reads = new long[LOADS];
    long fields = 0;
    for (int i = 0; i < LOADS; i++) {
      long t = threads.getCurrentThreadCpuTime();
      fields += readFields();
      reads[i] = threads.getCurrentThreadCpuTime() - t;
      t = threads.getCurrentThreadCpuTime();
      if (load().size() != held.size()) throw new AssertionError("two loads of one resource differ");
      loads[i] = threads.getCurrentThreadCpuTime() - t;
    }
    double load = median(loads) / 1e6;
    double read = median(reads) / 1e6;
    System.out.println(String.format(Locale.ROOT, "gazetteer: %,d places; first load %.0f ms, then %.0f ms (median of %d,"
        + " thread CPU); %.1f× reading and splitting its %,d fields", held.size(), first / 1e6, load, LOADS,
        load / read, fields / LOADS));
    System.out.println(String.format(Locale.ROOT, "gazetteer: %.0f MB retained heap", retained / 1e6));
    System.out.println(String.format(Locale.ROOT, "gazetteer targets (≤ 1 s first load, ≤ 150 MB): %s, %s",
        first <= 1_000_000_000L ? "met" : "NOT met", retained <= 150_000_000L ? "met" : "NOT met"));
  }

  private static Gazetteer load() throws IOException {
    try (InputStream in = resource()) {
      return Gazetteer.read(in);
    }
  }

  private static long readFields() throws IOException {
    long n = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(resource()),
        StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) n += line.split("\t", -1).length;
    }
    return n;
  }

  private static InputStream resource() {
    InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE);
    if (in == null) throw new IllegalStateException("no " + Gazetteer.RESOURCE + " beside " + Gazetteer.class);
    return in;
  }

  private static long usedAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }

  private static double median(long[] xs) {
    long[] s = xs.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
