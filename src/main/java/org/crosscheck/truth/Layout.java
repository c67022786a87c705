package org.crosscheck.truth;

import java.util.Arrays;
import org.crosscheck.truth.TruthDiscovery.Run;

/**
 * How the items are handled in passes until the modes next change: uncontested items whose
 * outcome no weight can change (<em>fixed</em>: one value, nobody shifted, at most one false
 * value expected so the probability is 1) contribute the same evidence every pass, added once
 * per pass from per-source sums; other uncontested items are counted per pattern
 * (<em>bulk</em>: their outcome is a function of the pattern's weight); contested items are
 * resolved per item on patterns (<em>regular</em>), and items with a shifted source per
 * observation (<em>general</em>).
 */
final class Layout {
  /**
   * The regular items, compact: item id, attribute, whether values support each other, and
   * their classes' patterns ({@code classPattern[regularClass[r] ..]}); their state between
   * passes: the chosen class, the confidence, whether the last pass fell back to observations.
   */
  int[] regular = new int[1024];
  int[] regularAttr = new int[1024];
  boolean[] regularSpread = new boolean[1024];
  int[] regularClass = new int[1025];
  int[] classPattern = new int[4096];
  double[] classLo = new double[4096];
  double[] classHi = new double[4096];
  /** Within its item, the order in which ties go: more sources, then narrower, then lower. */
  int[] classRank = new int[4096];
  int regularCount;
  int regularClasses;
  final int[] best;
  final double[] confidence;
  final boolean[] fallback;
  int[] general = new int[64];
  int generalCount;
  /** Distinct patterns of the bulk items, their item counts, and the items of each (CSR). */
  final int[] bulkPattern;
  final int[] bulkCount;
  final int[] bulkStart;
  final int[] bulkItems;
  final double[] bulkConfidence;
  final long[] fixedSupport;
  final long[] fixedAgreements;
  final long[] fixedCenter;
  /** Observations per (source, attribute): the same in every pass. */
  final long[] claims;

  Layout(Run run) {
    TruthProblem p = run.p;
    int[] ics = p.itemClassStart();
    int[] cos = p.classObsStart();
    int[] os = p.obsSource();
    int[] ia = p.itemAttributeArray();
    double[] clo = p.classLo();
    double[] chi = p.classHi();
    int attrs = run.attrs;
    byte[] mode = run.mode;
    boolean anyShift = false;
    for (byte m : mode) anyShift |= m != TruthDiscovery.MODE_SAME;
    boolean histogram = run.cfg.scopeDetection();
    long one = Math.round(TruthDiscovery.FIXED);
    fixedSupport = new long[run.sources * attrs];
    fixedAgreements = new long[run.sources * attrs];
    fixedCenter = new long[run.sources * attrs];
    claims = new long[run.sources * attrs];
    int[] bulkP = new int[1024];
    int[] bulkI = new int[1024];
    int bulk = 0;
    for (int i = 0; i < run.items; i++) {
      int a = ia[i];
      int c0 = ics[i];
      int c1 = ics[i + 1];
      int o0 = cos[c0];
      int o1 = cos[c1];
      for (int o = o0; o < o1; o++) claims[os[o] * attrs + a]++;
      boolean offset = false;
      boolean scope = false;
      if (anyShift) {
        for (int o = o0; o < o1; o++) {
          byte m = mode[os[o] * attrs + a];
          offset |= m == TruthDiscovery.MODE_OFFSET;
          scope |= m == TruthDiscovery.MODE_SCOPE;
        }
      }
      if (offset || (scope && c1 - c0 == 1)) {
        if (generalCount == general.length) general = Arrays.copyOf(general, generalCount * 2);
        general[generalCount++] = i;
        continue;
      }
      if (c1 - c0 == 1) {
        run.outLo[i] = clo[c0];
        run.outHi[i] = chi[c0];
        if (run.falseValues[a] <= 1) {
          // p = 1 whatever the weights: softmax over one candidate and no unseen false value
          boolean center = histogram && run.continuous[a] && o1 - o0 > 1;
          for (int o = o0; o < o1; o++) {
            int sa = os[o] * attrs + a;
            fixedSupport[sa] += one;
            fixedAgreements[sa]++;
            if (center) fixedCenter[sa]++;
          }
          run.outConf[i] = 1;
        } else {
          int pattern = run.classPattern[c0];
          if (pattern < 0) pattern = run.classPattern[c0] = run.patterns.of(os, o0, o1, a);
          if (bulk == bulkP.length) {
            bulkP = Arrays.copyOf(bulkP, bulk * 2);
            bulkI = Arrays.copyOf(bulkI, bulk * 2);
          }
          bulkP[bulk] = pattern;
          bulkI[bulk++] = i;
          // agreement and (for shared items) a centred deviation, whatever the weights
          boolean center = histogram && run.continuous[a] && o1 - o0 > 1;
          for (int o = o0; o < o1; o++) {
            int sa = os[o] * attrs + a;
            fixedAgreements[sa]++;
            if (center) fixedCenter[sa]++;
          }
        }
        continue;
      }
      boolean spread = false;
      double tol = run.tolerance[a];
      for (int c = c0; c < c1; c++) {
        if (run.classPattern[c] < 0) run.classPattern[c] = run.patterns.of(os, cos[c], cos[c + 1], a);
        spread |= clo[c] != chi[c] || (tol > 0 && c > c0 && clo[c] - clo[c - 1] <= tol);
      }
      if (regularCount == regular.length) {
        regular = Arrays.copyOf(regular, regularCount * 2);
        regularAttr = Arrays.copyOf(regularAttr, regularCount * 2);
        regularSpread = Arrays.copyOf(regularSpread, regularCount * 2);
        regularClass = Arrays.copyOf(regularClass, regularCount * 2 + 1);
      }
      if (regularClasses + c1 - c0 > classPattern.length) {
        int n = Math.max(regularClasses + c1 - c0, classPattern.length * 2);
        classPattern = Arrays.copyOf(classPattern, n);
        classLo = Arrays.copyOf(classLo, n);
        classHi = Arrays.copyOf(classHi, n);
        classRank = Arrays.copyOf(classRank, n);
      }
      for (int c = c0; c < c1; c++) {
        int j = regularClasses + c - c0;
        classPattern[j] = run.classPattern[c];
        classLo[j] = clo[c];
        classHi[j] = chi[c];
      }
      rank(cos, clo, chi, c0, c1, regularClasses);
      regularClasses += c1 - c0;
      regularSpread[regularCount] = spread;
      regularAttr[regularCount] = a;
      regular[regularCount++] = i;
      regularClass[regularCount] = regularClasses;
    }
    // the state of the regular items: the class of the value chosen so far, if any
    best = new int[regularCount];
    confidence = new double[regularCount];
    fallback = new boolean[regularCount];
    for (int r = 0; r < regularCount; r++) {
      int i = regular[r];
      best[r] = -1;
      fallback[r] = run.fallback[i];
      for (int c = ics[i]; c < ics[i + 1]; c++) {
        if (clo[c] == run.outLo[i] && chi[c] == run.outHi[i]) best[r] = c - ics[i];
      }
    }
    // bulk items grouped by pattern (a counting sort: items stay in id order within a pattern)
    int[] perPattern = new int[run.patterns.count + 1];
    for (int k = 0; k < bulk; k++) perPattern[bulkP[k] + 1]++;
    int distinct = 0;
    for (int q = 0; q < run.patterns.count; q++) if (perPattern[q + 1] > 0) distinct++;
    bulkPattern = new int[distinct];
    bulkCount = new int[distinct];
    bulkStart = new int[distinct + 1];
    bulkConfidence = new double[distinct];
    int d = 0;
    int[] slot = new int[run.patterns.count];
    for (int q = 0; q < run.patterns.count; q++) {
      int n = perPattern[q + 1];
      if (n == 0) continue;
      bulkPattern[d] = q;
      bulkCount[d] = n;
      bulkStart[d + 1] = bulkStart[d] + n;
      slot[q] = bulkStart[d];
      d++;
    }
    bulkItems = new int[bulk];
    for (int k = 0; k < bulk; k++) bulkItems[slot[bulkP[k]]++] = bulkI[k];
  }

  /**
   * The bulk patterns' evidence: one candidate whose support is the pattern's weight (or, when
   * nobody in it has weight, its size: everyone counts once), so p = 1 / (1 + (n − 1) e^−w).
   */
  void addBulk(Run run, ItemResolver acc) {
    Patterns patterns = run.patterns;
    int[] ia = run.p.itemAttributeArray();
    for (int b = 0; b < bulkPattern.length; b++) {
      int q = bulkPattern[b];
      int a = ia[bulkItems[bulkStart[b]]];
      double w = run.patternWeight[q];
      if (w <= 0) w = patterns.size(q);
      double conf = 1 / (1 + Math.max(0, run.falseValues[a] - 1) * Math.exp(-w));
      bulkConfidence[b] = conf;
      acc.patternSupport[q] += Math.round(Math.min(1, conf) * TruthDiscovery.FIXED) * bulkCount[b];
    }
  }

  private int[] order = new int[16];
  private int[] orderTmp = new int[16];

  /** Ranks classes {@code c0..c1-1} by {@link #ranksBefore} into {@code classRank[to..]}. */
  private void rank(int[] cos, double[] clo, double[] chi, int c0, int c1, int to) {
    int k = c1 - c0;
    if (order.length < k) {
      order = new int[Math.max(k, order.length * 2)];
      orderTmp = new int[order.length];
    }
    for (int x = 0; x < k; x++) order[x] = c0 + x;
    sort(cos, clo, chi, 0, k);
    for (int x = 0; x < k; x++) classRank[to + order[x] - c0] = x;
  }

  /** A merge sort of {@code order[from..to)} by {@link #ranksBefore}; insertion sort for short runs. */
  private void sort(int[] cos, double[] clo, double[] chi, int from, int to) {
    if (to - from <= 16) {
      for (int i = from + 1; i < to; i++) {
        int v = order[i];
        int j = i - 1;
        while (j >= from && ranksBefore(cos, clo, chi, v, order[j])) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = v;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    sort(cos, clo, chi, from, mid);
    sort(cos, clo, chi, mid, to);
    System.arraycopy(order, from, orderTmp, from, to - from);
    int i = from;
    int j = mid;
    int k = from;
    while (i < mid && j < to) order[k++] = ranksBefore(cos, clo, chi, orderTmp[j], orderTmp[i]) ? orderTmp[j++] : orderTmp[i++];
    while (i < mid) order[k++] = orderTmp[i++];
    while (j < to) order[k++] = orderTmp[j++];
  }

  /** Whether class {@code d} wins a tie against class {@code c} of the same item: more sources, then narrower, then lower. */
  static boolean ranksBefore(int[] cos, double[] clo, double[] chi, int d, int c) {
    int nd = cos[d + 1] - cos[d];
    int nc = cos[c + 1] - cos[c];
    if (nd != nc) return nd > nc;
    double wd = chi[d] - clo[d];
    double wc = chi[c] - clo[c];
    if (wd != wc) return wd < wc;
    return d < c;
  }

  /** Writes the regular items' state of the last pass back to the items. */
  void store(Run run) {
    for (int r = 0; r < regularCount; r++) {
      int i = regular[r];
      run.fallback[i] = fallback[r];
      if (!fallback[r]) run.outConf[i] = confidence[r];
    }
  }

  /** Writes the last pass's confidence of the regular and bulk items. */
  void finish(Run run) {
    store(run);
    for (int b = 0; b < bulkPattern.length; b++) {
      for (int k = bulkStart[b]; k < bulkStart[b + 1]; k++) run.outConf[bulkItems[k]] = bulkConfidence[b];
    }
  }
}
