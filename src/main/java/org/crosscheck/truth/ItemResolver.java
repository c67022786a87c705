package org.crosscheck.truth;

import java.util.Arrays;

/**
 * The per-item step of {@link TruthDiscovery}: given one item's observations and the current
 * source weights, offsets and dependences, choose its value and add each observation's evidence to
 * the per-source statistics. A pure function of (item's observations, weights) apart from the
 * scratch arrays it reuses; one resolver per thread.
 */
final class ItemResolver {
  private final TruthDiscovery.Run run;
  private final TruthDiscovery.Statistics st;
  private final TruthProblem p;
  private final int[] ics;
  private final int[] cos;
  private final int[] os;
  private final double[] clo;
  private final double[] chi;
  private final int[] itemAttr;
  private final int attrs;
  private final int bins;
  private double[] eff = new double[16];
  private double[] lLo = new double[16];
  private double[] lHi = new double[16];
  private double[] lW = new double[16];
  private double[] score = new double[16];
  private double[] prob = new double[16];
  private double[] trueProb = new double[16];
  private int[] obsLocal = new int[16];
  private int[] count = new int[16];
  private long[] classSupport = new long[16];
  private int[] classAgrees = new int[16];
  private int[] classBin = new int[16];
  private double[] tmpLo = new double[16];
  private double[] tmpHi = new double[16];

  ItemResolver(TruthDiscovery.Run run, TruthDiscovery.Statistics st) {
    this.run = run;
    this.st = st;
    this.p = run.p;
    ics = p.itemClassStart();
    cos = p.classObsStart();
    os = p.obsSource();
    clo = p.classLo();
    chi = p.classHi();
    itemAttr = p.itemAttributeArray();
    attrs = run.attrs;
    bins = 2 * run.window + 1;
  }

  private void ensure(int n) {
    if (eff.length >= n) return;
    int m = Math.max(n, eff.length * 2);
    eff = new double[m];
    lLo = new double[m];
    lHi = new double[m];
    lW = new double[m];
    score = new double[m];
    prob = new double[m];
    trueProb = new double[m];
    obsLocal = new int[m];
    classSupport = new long[m];
    classAgrees = new int[m];
    classBin = new int[m];
    tmpLo = new double[m];
    tmpHi = new double[m];
  }

  void resolve(int i) {
    int a = itemAttr[i];
    int c0 = ics[i];
    int c1 = ics[i + 1];
    int o0 = cos[c0];
    int o1 = cos[c1];
    int n = o1 - o0;
    ensure(n);
    double tol = run.tolerance[a];
    // 1. effective weight of each observation: the source's weight times its copy discount
    boolean shifted = false;
    float[] discount = run.discount;
    for (int o = o0; o < o1; o++) {
      int sa = os[o] * attrs + a;
      eff[o - o0] = run.weight[sa] * discount[o];
      if (run.mode[sa] == TruthDiscovery.MODE_OFFSET) shifted = true;
    }
    // 2. local classes: the problem's classes, or re-sorted values when some sources are shifted
    int k;
    if (!shifted) {
      k = c1 - c0;
      for (int c = c0; c < c1; c++) {
        int j = c - c0;
        lLo[j] = clo[c];
        lHi[j] = chi[c];
        double w = 0;
        for (int o = cos[c]; o < cos[c + 1]; o++) {
          w += eff[o - o0];
          obsLocal[o - o0] = j;
        }
        lW[j] = w;
      }
    } else {
      k = shiftedClasses(c0, c1, o0, n, a, false);
    }
    // 3. support of each candidate
    boolean points = true;
    for (int j = 0; j < k; j++) {
      if (lLo[j] != lHi[j]) {
        points = false;
        break;
      }
    }
    double max = spread(lW, score, k, tol, points);
    if (max <= 0) {
      // nobody with weight spoke: only sources with another meaning of the attribute (or none with
      // any weight). Count them, each shifted back by its median offset from the consensus.
      for (int x = 0; x < n; x++) eff[x] = 1;
      k = shiftedClasses(c0, c1, o0, n, a, true);
      points = true;
      for (int j = 0; j < k; j++) points &= lLo[j] == lHi[j];
      max = spread(lW, score, k, tol, points);
    }
    // the best candidate; supports within a relative 1e-9 tie (a cluster of k copies voting w/k
    // each is a tie with one source voting w), and ties go to the value more sources gave, then to
    // the narrower, then to the lower value
    if (count.length < k) count = new int[Math.max(k, count.length * 2)];
    Arrays.fill(count, 0, k, 0);
    for (int x = 0; x < n; x++) count[obsLocal[x]]++;
    int best = 0;
    for (int j = 1; j < k; j++) {
      double margin = 1e-9 * Math.max(Math.abs(score[j]), Math.abs(score[best]));
      if (score[j] > score[best] + margin) {
        best = j;
      } else if (score[j] >= score[best] - margin) {
        if (count[j] > count[best] || (count[j] == count[best] && (lHi[j] - lLo[j]) < (lHi[best] - lLo[best]))) {
          best = j;
        }
      }
    }
    // 4. probabilities: softmax over the candidates and the unseen false values (score 0)
    double top = score[best];
    double z = Math.max(0, run.falseValues[a] - k) * Math.exp(-top);
    for (int j = 0; j < k; j++) {
      prob[j] = Math.exp(score[j] - top);
      z += prob[j];
    }
    for (int j = 0; j < k; j++) prob[j] /= z;
    spread(prob, trueProb, k, tol, points);
    run.outLo[i] = lLo[best];
    run.outHi[i] = lHi[best];
    run.outConf[i] = prob[best];
    // 5. evidence for the fold
    // a source alone on an item cannot differ from the consensus, so only shared items are evidence
    boolean histogram = run.continuous[a] && st.histogram.length > 0 && n > 1;
    double bestMid = (lLo[best] + lHi[best]) / 2;
    // what an observation adds depends only on its local class: compute it once per class
    for (int j = 0; j < k; j++) {
      classSupport[j] = Math.round(Math.min(1, trueProb[j]) * TruthDiscovery.FIXED);
      classAgrees[j] = kernel(gap(j, best), tol) > 0 ? 1 : 0;
      int bin = -1;
      if (histogram) {
        double d = (lLo[j] + lHi[j]) / 2 - bestMid;
        if (Math.abs(d) <= run.window) bin = (int) Math.round(d) + run.window;
      }
      classBin[j] = bin;
    }
    long[] claims = st.claims;
    long[] support = st.support;
    long[] agreements = st.agreements;
    long[] hist = st.histogram;
    for (int o = o0; o < o1; o++) {
      int sa = os[o] * attrs + a;
      int j = obsLocal[o - o0];
      claims[sa]++;
      support[sa] += classSupport[j];
      agreements[sa] += classAgrees[j];
      if (classBin[j] >= 0) hist[sa * bins + classBin[j]]++;
    }
  }

  /** Builds local classes from shifted values; returns their number and fills obsLocal. */
  private int shiftedClasses(int c0, int c1, int o0, int n, int a, boolean scopeToo) {
    for (int c = c0; c < c1; c++) {
      for (int o = cos[c]; o < cos[c + 1]; o++) {
        int s = os[o];
        int sa = s * attrs + a;
        byte mode = run.mode[sa];
        double shift = mode == TruthDiscovery.MODE_OFFSET || (scopeToo && mode == TruthDiscovery.MODE_SCOPE)
            ? run.offset[sa] : 0;
        tmpLo[o - o0] = clo[c] - shift;
        tmpHi[o - o0] = chi[c] - shift;
      }
    }
    // sort observation indices by (lo, hi); ties keep observation order (which follows source ids)
    Integer[] idx = new Integer[n];
    for (int x = 0; x < n; x++) idx[x] = x;
    Arrays.sort(idx, (x, y) -> {
      int r = Double.compare(tmpLo[x], tmpLo[y]);
      if (r != 0) return r;
      r = Double.compare(tmpHi[x], tmpHi[y]);
      return r != 0 ? r : Integer.compare(x, y);
    });
    int k = 0;
    for (int q = 0; q < n; q++) {
      int x = idx[q];
      if (q == 0 || tmpLo[x] != lLo[k - 1] || tmpHi[x] != lHi[k - 1]) {
        lLo[k] = tmpLo[x];
        lHi[k] = tmpHi[x];
        lW[k] = 0;
        k++;
      }
      lW[k - 1] += eff[x];
      obsLocal[x] = k - 1;
    }
    return k;
  }

  /**
   * {@code out[j] = Σ_m in[m] · kernel(gap(j, m))}: each candidate's share of what supports it.
   * Points are scanned outwards while within tolerance (sorted by value); intervals pairwise.
   * Returns the largest output.
   */
  private double spread(double[] in, double[] out, int k, double tol, boolean points) {
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < k; j++) {
      double s = in[j];
      if (tol > 0 || !points) {
        if (points) {
          for (int m = j - 1; m >= 0 && lLo[j] - lLo[m] <= tol; m--) s += in[m] * kernel(lLo[j] - lLo[m], tol);
          for (int m = j + 1; m < k && lLo[m] - lLo[j] <= tol; m++) s += in[m] * kernel(lLo[m] - lLo[j], tol);
        } else {
          for (int m = 0; m < k; m++) if (m != j) s += in[m] * kernel(gap(j, m), tol);
        }
      }
      out[j] = s;
      if (s > max) max = s;
    }
    return max;
  }

  private double gap(int j, int m) {
    return Math.max(0, Math.max(lLo[m] - lHi[j], lLo[j] - lHi[m]));
  }

  /** Full support when touching, falling linearly to 0 just beyond the tolerance. */
  static double kernel(double gap, double tol) {
    if (gap <= 0) return 1;
    if (gap > tol) return 0;
    return 1 - gap / (tol + 1);
  }
}
