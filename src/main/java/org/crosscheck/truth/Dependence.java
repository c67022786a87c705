package org.crosscheck.truth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pairwise dependence between sources, estimated once from the data before any voting: on the
 * contested items two sources share, how often they give the identical value (see
 * {@link TruthDiscovery}). Stored as a sorted partner list per source, so discounting a class's
 * votes costs the number of dependent partners, not the number of sources.
 *
 * <p>Immutable once estimated.
 */
final class Dependence {
  /** Above this many sources the dense pair counts would not fit comfortably; copy detection is skipped and said so. */
  static final int MAX_SOURCES = 8192;

  final int[][] partners;
  final double[][] values;
  final List<DependentPair> pairs;
  final boolean skipped;

  private Dependence(int[][] partners, double[][] values, List<DependentPair> pairs, boolean skipped) {
    this.partners = partners;
    this.values = values;
    this.pairs = pairs;
    this.skipped = skipped;
  }

  static Dependence none(int sources) {
    int[][] partners = new int[sources][0];
    double[][] values = new double[sources][0];
    return new Dependence(partners, values, List.of(), false);
  }

  /** Counts contested and identical pairs item by item (sampled per item) and turns them into dependences. */
  static Dependence estimate(TruthProblem p, TruthConfig cfg) {
    int n = p.sourceCount();
    if (n > MAX_SOURCES) {
      Dependence d = none(n);
      return new Dependence(d.partners, d.values, List.of(), true);
    }
    int[] contested = new int[n * n];
    int[] identical = new int[n * n];
    int[] ics = p.itemClassStart();
    int[] cos = p.classObsStart();
    int[] os = p.obsSource();
    int m = cfg.copySample();
    int[] sampleSource = new int[m];
    int[] sampleClass = new int[m];
    long[] keys = new long[16];
    for (int i = 0; i < p.itemCount(); i++) {
      int c0 = ics[i];
      int c1 = ics[i + 1];
      if (c1 - c0 < 2) continue; // not contested: everyone agrees
      int o0 = cos[c0];
      int o1 = cos[c1];
      int count = o1 - o0;
      int taken;
      if (count <= m) {
        taken = 0;
        for (int c = c0; c < c1; c++) {
          for (int o = cos[c]; o < cos[c + 1]; o++) {
            sampleSource[taken] = os[o];
            sampleClass[taken] = c;
            taken++;
          }
        }
      } else {
        // a deterministic sample: the m observations with the smallest hash of (item, source)
        if (keys.length < count) keys = new long[Math.max(count, keys.length * 2)];
        for (int o = o0; o < o1; o++) keys[o - o0] = ((long) mix(i, os[o]) << 32) | (o - o0);
        Arrays.sort(keys, 0, count);
        taken = m;
        for (int k = 0; k < m; k++) {
          int o = o0 + (int) keys[k];
          sampleSource[k] = os[o];
          sampleClass[k] = classOf(cos, c0, c1, o);
        }
      }
      for (int x = 0; x < taken; x++) {
        for (int y = x + 1; y < taken; y++) {
          int s = sampleSource[x];
          int t = sampleSource[y];
          if (s == t) continue;
          int idx = s < t ? s * n + t : t * n + s;
          contested[idx]++;
          if (sampleClass[x] == sampleClass[y]) identical[idx]++;
        }
      }
    }
    List<List<int[]>> lists = new ArrayList<>();
    List<List<Double>> vals = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      lists.add(new ArrayList<>());
      vals.add(new ArrayList<>());
    }
    List<DependentPair> pairs = new ArrayList<>();
    double floor = cfg.copyAgreementFloor();
    double ceiling = cfg.copyAgreementCeiling();
    for (int s = 0; s < n; s++) {
      for (int t = s + 1; t < n; t++) {
        int c = contested[s * n + t];
        if (c < cfg.copyMinEvidence()) continue;
        double r = identical[s * n + t] / (double) c;
        double d = Math.min(1, (r - floor) / (ceiling - floor));
        if (d <= 0) continue;
        lists.get(s).add(new int[] {t});
        vals.get(s).add(d);
        lists.get(t).add(new int[] {s});
        vals.get(t).add(d);
        pairs.add(new DependentPair(p.sourceName(s), p.sourceName(t), d, c, identical[s * n + t]));
      }
    }
    int[][] partners = new int[n][];
    double[][] values = new double[n][];
    for (int s = 0; s < n; s++) {
      List<int[]> l = lists.get(s);
      Integer[] order = new Integer[l.size()];
      for (int k = 0; k < order.length; k++) order[k] = k;
      Arrays.sort(order, (x, y) -> Integer.compare(l.get(x)[0], l.get(y)[0]));
      partners[s] = new int[order.length];
      values[s] = new double[order.length];
      for (int k = 0; k < order.length; k++) {
        partners[s][k] = l.get(order[k])[0];
        values[s][k] = vals.get(s).get(order[k]);
      }
    }
    return new Dependence(partners, values, List.copyOf(pairs), false);
  }

  /**
   * The copy discount of every observation: {@code 1 / (1 + Σ dependence)} over the dependent
   * sources that gave the same value on the same item. Fixed for a run, since dependence is.
   */
  float[] discounts(TruthProblem p) {
    int[] cos = p.classObsStart();
    int[] os = p.obsSource();
    float[] out = new float[p.observationCount()];
    int[] mark = new int[partners.length];
    int stamp = 0;
    for (int c = 0; c < p.classCount(); c++) {
      stamp++;
      for (int o = cos[c]; o < cos[c + 1]; o++) mark[os[o]] = stamp;
      for (int o = cos[c]; o < cos[c + 1]; o++) {
        int s = os[o];
        double sum = 0;
        int[] ps = partners[s];
        for (int k = 0; k < ps.length; k++) if (mark[ps[k]] == stamp) sum += values[s][k];
        out[o] = (float) (1 / (1 + sum));
      }
    }
    return out;
  }

  private static int classOf(int[] cos, int c0, int c1, int o) {
    int lo = c0;
    int hi = c1 - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (cos[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** A 31-bit hash of (item, source), the same on every run and machine. */
  static int mix(int item, int source) {
    long h = item * 0x9E3779B97F4A7C15L + source * 0xC2B2AE3D27D4EB4FL;
    h ^= h >>> 31;
    h *= 0xBF58476D1CE4E5B9L;
    h ^= h >>> 29;
    return (int) (h & 0x7fffffff);
  }
}
