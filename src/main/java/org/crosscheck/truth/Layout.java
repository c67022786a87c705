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
  /** How many sources gave each class (ties go to more sources, then to the narrower, then the lower value). */
  int[] classSize = new int[4096];
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
  /** Bulk patterns whose items have moved to the general path. */
  final boolean[] bulkMoved;
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
    // per attribute: whether any source is shifted on it (then its items' sources are checked)
    boolean[] attrShift = new boolean[attrs];
    for (int sa = 0; sa < mode.length; sa++) attrShift[sa % attrs] |= mode[sa] != TruthDiscovery.MODE_SAME;
    boolean histogram = run.cfg.scopeDetection();
    long one = Math.round(TruthDiscovery.FIXED);
    fixedSupport = new long[run.sources * attrs];
    fixedAgreements = new long[run.sources * attrs];
    fixedCenter = new long[run.sources * attrs];
    claims = new long[run.sources * attrs];
    // per (source, attribute): fixed observations in the low half, centred ones in the high half
    long[] fixed = new long[run.sources * attrs];
    int[] bulkP = new int[1024];
    int[] bulkI = new int[1024];
    int bulk = 0;
    for (int i = 0; i < run.items; i++) {
      int a = ia[i];
      int c0 = ics[i];
      int c1 = ics[i + 1];
      int o0 = cos[c0];
      int o1 = cos[c1];
      // one visit of the observations: claims counted, the fixed evidence added in case the item
      // is fixed (taken back below if a source turns out shifted: rare), the modes gathered
      boolean maybeFixed = c1 - c0 == 1 && run.falseValues[a] <= 1;
      long add = !maybeFixed ? 0 : histogram && run.continuous[a] && o1 - o0 > 1 ? (1L << 32) | 1 : 1;
      int modes = 0;
      if (attrShift[a]) {
        for (int o = o0; o < o1; o++) {
          int sa = os[o] * attrs + a;
          claims[sa]++;
          fixed[sa] += add;
          modes |= mode[sa];
        }
      } else {
        for (int o = o0; o < o1; o++) {
          int sa = os[o] * attrs + a;
          claims[sa]++;
          fixed[sa] += add;
        }
      }
      boolean offset = (modes & TruthDiscovery.MODE_OFFSET) != 0;
      boolean scope = (modes & TruthDiscovery.MODE_SCOPE) != 0;
      if (maybeFixed && modes == 0) {
        // fixed: p = 1 whatever the weights (softmax over one candidate, no unseen false value)
        run.outLo[i] = clo[c0];
        run.outHi[i] = chi[c0];
        run.outConf[i] = 1;
        continue;
      }
      if (maybeFixed) {
        for (int o = o0; o < o1; o++) fixed[os[o] * attrs + a] -= add;
      }
      if (offset || (scope && c1 - c0 == 1)) {
        if (generalCount == general.length) general = Arrays.copyOf(general, generalCount * 2);
        general[generalCount++] = i;
        continue;
      }
      if (c1 - c0 == 1) {
        // bulk: the outcome is a function of the pattern's weight
        run.outLo[i] = clo[c0];
        run.outHi[i] = chi[c0];
        int pattern = run.classPattern[c0];
        if (pattern < 0) pattern = run.classPattern[c0] = run.patterns.of(os, o0, o1, a);
        if (bulk == bulkP.length) {
          bulkP = Arrays.copyOf(bulkP, bulk * 2);
          bulkI = Arrays.copyOf(bulkI, bulk * 2);
        }
        bulkP[bulk] = pattern;
        bulkI[bulk++] = i;
        continue;
      }
      boolean spread = run.similarityOf(i) >= 0; // labels that support each other in part
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
        classSize = Arrays.copyOf(classSize, n);
      }
      for (int c = c0; c < c1; c++) {
        int j = regularClasses + c - c0;
        classPattern[j] = run.classPattern[c];
        classLo[j] = clo[c];
        classHi[j] = chi[c];
        classSize[j] = cos[c + 1] - cos[c];
      }
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
    bulkMoved = new boolean[distinct];
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
    // the fixed items' evidence, and the bulk items' agreement and (when shared) centred
    // deviation, none of which depends on the weights
    for (int sa = 0; sa < fixed.length; sa++) {
      long n = fixed[sa] & 0xffffffffL;
      fixedSupport[sa] = one * n;
      fixedAgreements[sa] = n;
      fixedCenter[sa] = fixed[sa] >>> 32;
    }
    Patterns patterns = run.patterns;
    for (int b = 0; b < bulkPattern.length; b++) {
      int q = bulkPattern[b];
      int a = ia[bulkItems[bulkStart[b]]];
      boolean center = histogram && run.continuous[a] && patterns.size(q) > 1;
      for (int m = patterns.start[q]; m < patterns.start[q + 1]; m++) {
        fixedAgreements[patterns.sa[m]] += bulkCount[b];
        if (center) fixedCenter[patterns.sa[m]] += bulkCount[b];
      }
    }
  }

  /**
   * The bulk patterns' evidence: one candidate whose support is the pattern's weight (or, when
   * nobody in it has weight, its size: everyone counts once), so p = 1 / (1 + (n − 1) e^−w).
   */
  void addBulk(Run run, ItemResolver acc) {
    Patterns patterns = run.patterns;
    int[] ia = run.p.itemAttributeArray();
    for (int b = 0; b < bulkPattern.length; b++) {
      if (bulkMoved[b]) continue;
      int q = bulkPattern[b];
      int a = ia[bulkItems[bulkStart[b]]];
      double w = run.patternWeight[q];
      if (w <= 0) w = patterns.size(q);
      double conf = 1 / (1 + Math.max(0, run.falseValues[a] - 1) * Math.exp(-w));
      bulkConfidence[b] = conf;
      acc.patternSupport[q] += Math.round(Math.min(1, conf) * TruthDiscovery.FIXED) * bulkCount[b];
    }
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
      if (bulkMoved[b]) continue;
      for (int k = bulkStart[b]; k < bulkStart[b + 1]; k++) run.outConf[bulkItems[k]] = bulkConfidence[b];
    }
  }

  /**
   * Moves to the general path the items that newly found systematic differences touch
   * ({@code shifted[source * attrs + attribute]}): items with a newly offset source (their values
   * must be shifted), and uncontested items with a newly offset or excluded source (their value may
   * move or split). Reads only the items of the attributes concerned; cheaper than a new layout.
   * A live deviation histogram of the regular items loses the items that move, so it stays live.
   */
  void shift(Run run, boolean[] shifted) {
    store(run);
    TruthProblem p = run.p;
    int[] ics = p.itemClassStart();
    int[] cos = p.classObsStart();
    int[] os = p.obsSource();
    int[] ia = p.itemAttributeArray();
    int attrs = run.attrs;
    byte[] mode = run.mode;
    boolean[] touched = new boolean[attrs];
    boolean anyOffset = false;
    for (int sa = 0; sa < shifted.length; sa++) {
      touched[sa % attrs] |= shifted[sa];
      anyOffset |= shifted[sa] && mode[sa] == TruthDiscovery.MODE_OFFSET;
    }
    boolean histogram = run.cfg.scopeDetection();
    long one = Math.round(TruthDiscovery.FIXED);
    // regular items with a newly offset source (an excluded one leaves them regular)
    if (anyOffset) {
      int w = 0;
      int wc = 0;
      for (int r = 0; r < regularCount; r++) {
        int i = regular[r];
        int a = regularAttr[r];
        boolean move = false;
        if (touched[a]) {
          for (int o = cos[ics[i]]; o < cos[ics[i + 1]] && !move; o++) {
            int sa = os[o] * attrs + a;
            move = shifted[sa] && mode[sa] == TruthDiscovery.MODE_OFFSET;
          }
        }
        if (move) {
          // from now on the general path counts its deviations in every pass
          if (run.histogramLive && !fallback[r]) {
            run.resolver().deviations(i, run.outLo[i], run.outHi[i], run.regularHistogram, -1);
          }
          addGeneral(i);
          continue;
        }
        int cs = regularClass[r];
        int ce = regularClass[r + 1];
        regular[w] = i;
        regularAttr[w] = a;
        regularSpread[w] = regularSpread[r];
        best[w] = best[r];
        confidence[w] = confidence[r];
        fallback[w] = fallback[r];
        regularClass[w] = wc;
        for (int j = cs; j < ce; j++, wc++) {
          classPattern[wc] = classPattern[j];
          classLo[wc] = classLo[j];
          classHi[wc] = classHi[j];
          classSize[wc] = classSize[j];
        }
        w++;
      }
      regularCount = w;
      regularClasses = wc;
      regularClass[w] = wc;
    }
    // bulk patterns with a newly shifted source: all their items
    Patterns patterns = run.patterns;
    for (int b = 0; b < bulkPattern.length; b++) {
      int q = bulkPattern[b];
      boolean move = false;
      for (int m = patterns.start[q]; m < patterns.start[q + 1] && !move; m++) move = shifted[patterns.sa[m]];
      if (!move || bulkMoved[b]) continue;
      bulkMoved[b] = true;
      int a = ia[bulkItems[bulkStart[b]]];
      boolean center = histogram && run.continuous[a] && patterns.size(q) > 1;
      for (int m = patterns.start[q]; m < patterns.start[q + 1]; m++) {
        fixedAgreements[patterns.sa[m]] -= bulkCount[b];
        if (center) fixedCenter[patterns.sa[m]] -= bulkCount[b];
      }
      for (int k = bulkStart[b]; k < bulkStart[b + 1]; k++) addGeneral(bulkItems[k]);
    }
    // fixed items (uncontested, no false value expected, nobody shifted before) with a newly
    // shifted source
    for (int i = 0; i < run.items; i++) {
      int a = ia[i];
      if (!touched[a] || ics[i + 1] - ics[i] != 1 || run.falseValues[a] > 1) continue;
      int o0 = cos[ics[i]];
      int o1 = cos[ics[i + 1]];
      boolean now = false;
      boolean before = false;
      for (int o = o0; o < o1; o++) {
        int sa = os[o] * attrs + a;
        now |= shifted[sa];
        before |= mode[sa] != TruthDiscovery.MODE_SAME && !shifted[sa];
      }
      if (!now || before) continue; // untouched, or general already
      boolean center = histogram && run.continuous[a] && o1 - o0 > 1;
      for (int o = o0; o < o1; o++) {
        int sa = os[o] * attrs + a;
        fixedSupport[sa] -= one;
        fixedAgreements[sa]--;
        if (center) fixedCenter[sa]--;
      }
      addGeneral(i);
    }
  }

  private void addGeneral(int i) {
    if (generalCount == general.length) general = Arrays.copyOf(general, generalCount * 2);
    general[generalCount++] = i;
  }
}
