package org.crosscheck.truth;

import java.util.Arrays;

/**
 * The per-item step of {@link TruthDiscovery}: given an item's value classes and the current
 * source weights, offsets and dependences, choose its value and add the evidence each of its
 * observations earns to per-pattern or per-source sums. A pure function of (the item's
 * observations, the weights) apart from the scratch arrays and sums it owns; one resolver per
 * worker thread.
 *
 * <p>Two paths. {@link #resolveRegular} works on the item's classes and their
 * {@link Patterns patterns}: a class's weight is its pattern's, and its evidence is added once to
 * its pattern's sum, whatever the number of its sources. {@link #resolveGeneral} works on the
 * observations, for items with a source whose values are shifted by an offset (the classes must be
 * rebuilt from shifted values) and for items on which nobody with weight spoke.
 */
final class ItemResolver {
    private final TruthDiscovery.Run run;
  private final int[] ics;
  private final int[] cos;
  private final int[] os;
  private final double[] clo;
  private final double[] chi;
  private final int[] itemAttr;
  private final int attrs;
  private final int bins;
  private final int window;
  private final boolean histogramOn;
  private double[] eff = new double[16];
  private float[] disc = new float[16];
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
  private int[] order = new int[16];
  private int[] orderTmp = new int[16];
  private final Dependence.Scratch scratch;
  /** The best candidate of the last {@link #candidates} call, and whether its candidates were the item's classes. */
  private int lastBest;
  private boolean lastMapped;
  /** The offset of the current item's similarity matrix in {@code run.similarity}, or -1. */
  private int sim = -1;

  // the sums of one pass: per pattern (regular path), per (source, attribute) (general path)
  long[] patternSupport = new long[0];
  long[] patternAgreements = new long[0];
  long[] patternCenter = new long[0];
  final long[] support;
  final long[] agreements;
  final long[] histogram;
  final long[] sweepHistogram;
  long changed;
  // regular items whose chosen value changed in this pass, with their old value
  private int[] logItem = new int[64];
  private double[] logLo = new double[64];
  private double[] logHi = new double[64];
  private boolean[] logFallback = new boolean[64];
  private int logged;

  ItemResolver(TruthDiscovery.Run run) {
    this.run = run;
    TruthProblem p = run.p;
    ics = p.itemClassStart();
    cos = p.classObsStart();
    os = p.obsSource();
    clo = p.classLo();
    chi = p.classHi();
    itemAttr = p.itemAttributeArray();
    attrs = run.attrs;
    bins = run.bins;
    window = run.window;
    histogramOn = run.cfg.scopeDetection();
    scratch = new Dependence.Scratch(run.sources);
    support = new long[run.sources * attrs];
    agreements = new long[run.sources * attrs];
    histogram = histogramOn ? new long[run.sources * attrs * bins] : new long[0];
    sweepHistogram = histogramOn ? new long[run.sources * attrs * bins] : new long[0];
  }

  /** Clears the sums for a pass over {@code patterns} patterns. */
  void begin(int patterns) {
    if (patternSupport.length < patterns) {
      int n = Math.max(patterns, patternSupport.length + (patternSupport.length >> 1));
      patternSupport = new long[n];
      patternAgreements = new long[n];
      patternCenter = new long[n];
    } else {
      Arrays.fill(patternSupport, 0, patterns, 0);
    }
    Arrays.fill(support, 0);
    Arrays.fill(agreements, 0);
    Arrays.fill(histogram, 0);
    changed = 0;
    logged = 0;
  }

  /** Clears the sums of a sweep over the consensus (histogram or agreements). */
  void clearPatternSums(int patterns) {
    Arrays.fill(patternAgreements, 0, patterns, 0);
    Arrays.fill(patternCenter, 0, patterns, 0);
    Arrays.fill(sweepHistogram, 0);
  }

  /** Adds another resolver's pass sums to this one's. */
  void mergeFrom(ItemResolver o, int patterns) {
    for (int q = 0; q < patterns; q++) patternSupport[q] += o.patternSupport[q];
    for (int k = 0; k < support.length; k++) {
      support[k] += o.support[k];
      agreements[k] += o.agreements[k];
    }
    for (int k = 0; k < histogram.length; k++) histogram[k] += o.histogram[k];
    changed += o.changed;
  }

  /** Adds another resolver's sweep sums to this one's. */
  void mergeSweep(ItemResolver o, int patterns, boolean histogramSweep) {
    if (histogramSweep) {
      for (int q = 0; q < patterns; q++) patternCenter[q] += o.patternCenter[q];
      for (int k = 0; k < sweepHistogram.length; k++) sweepHistogram[k] += o.sweepHistogram[k];
    } else {
      for (int q = 0; q < patterns; q++) patternAgreements[q] += o.patternAgreements[q];
    }
  }

  /** Adds each pattern's support to every one of its sources, and the support counted per source. */
  void scatterSupport(TruthDiscovery.Statistics st, int patterns) {
    scatter(patternSupport, st.support, patterns, 1, 0);
    for (int k = 0; k < support.length; k++) st.support[k] += support[k];
  }

  void scatterCenter(long[] hist, int patterns) {
    scatter(patternCenter, hist, patterns, bins, window);
  }

  void scatterAgreements(long[] agr, int patterns) {
    scatter(patternAgreements, agr, patterns, 1, 0);
  }

  private void scatter(long[] perPattern, long[] out, int patterns, int stride, int shift) {
    int[] start = run.patterns.start;
    int[] sa = run.patterns.sa;
    for (int q = 0; q < patterns; q++) {
      long v = perPattern[q];
      if (v == 0) continue;
      for (int m = start[q]; m < start[q + 1]; m++) out[sa[m] * stride + shift] += v;
    }
  }

  private void ensure(int n) {
    if (eff.length >= n) return;
    int m = Math.max(n, eff.length * 2);
    eff = new double[m];
    disc = new float[m];
    lLo = new double[m];
    lHi = new double[m];
    lW = new double[m];
    score = new double[m];
    prob = new double[m];
    trueProb = new double[m];
    obsLocal = new int[m];
    count = new int[m];
    classSupport = new long[m];
    classAgrees = new int[m];
    classBin = new int[m];
    tmpLo = new double[m];
    tmpHi = new double[m];
    order = new int[m];
    orderTmp = new int[m];
  }

  /**
   * Regular item {@code r} of layout {@code l} (at least two classes, no shifted source), resolved
   * on its classes' patterns from the layout's compact arrays; the problem's arrays are read only
   * when values support each other, on ties, and when the chosen value changes.
   */
  void resolveRegular(Layout l, int r) {
    int a = l.regularAttr[r];
    int cs = l.regularClass[r];
    int k = l.regularClass[r + 1] - cs;
    if (k == 2 && !l.regularSpread[r] && resolvePair(l, r, a, cs)) return;
    ensure(k);
    int[] pattern = l.classPattern;
    double[] patternWeight = run.patternWeight;
    boolean spread = l.regularSpread[r];
    double[] cLo = l.classLo;
    double[] cHi = l.classHi;
    double max;
    boolean points = true;
    double tol = run.tolerance[a];
    int i = l.regular[r];
    sim = run.similarityOf(i);
    if (!spread) {
      max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < k; j++) {
        double w = patternWeight[pattern[cs + j]];
        score[j] = w;
        if (w > max) max = w;
      }
    } else {
      for (int j = 0; j < k; j++) {
        lLo[j] = cLo[cs + j];
        lHi[j] = cHi[cs + j];
        points &= lLo[j] == lHi[j];
        lW[j] = patternWeight[pattern[cs + j]];
      }
      max = spread(lW, score, k, tol, points);
    }
    if (max <= 0) {
      if (!l.fallback[r]) log(r, i, l);
      l.fallback[r] = true;
      resolveGeneral(i); // nobody with weight spoke
      return;
    }
    // the best candidate; supports within a relative 1e-9 tie (a cluster of k copies voting w/k
    // each is a tie with one source voting w), and ties go to the value more sources gave, then
    // to the narrower, then to the lower value
    int[] size = l.classSize;
    int best = 0;
    for (int j = 1; j < k; j++) {
      double margin = 1e-9 * Math.max(Math.abs(score[j]), Math.abs(score[best]));
      if (score[j] > score[best] + margin) {
        best = j;
      } else if (score[j] >= score[best] - margin) {
        int nj = size[cs + j];
        int nb = size[cs + best];
        if (nj > nb || (nj == nb && cHi[cs + j] - cLo[cs + j] < cHi[cs + best] - cLo[cs + best])) best = j;
      }
    }
    // softmax over the candidates and the unseen false values (score 0), then each candidate's
    // share of truth
    double unseen = run.falseValues[a] - k;
    if (!spread && run.patternExpFinite) {
      // the supports are pattern weights: e^support is the pattern's
      double[] patternExp = run.patternExp;
      double z = unseen > 0 ? unseen : 0;
      for (int j = 0; j < k; j++) {
        double e = patternExp[pattern[cs + j]];
        prob[j] = e;
        z += e;
      }
      double inv = 1 / z;
      for (int j = 0; j < k; j++) prob[j] *= inv;
    } else {
      double top = score[best];
      double z = unseen > 0 ? unseen * Math.exp(-top) : 0;
      for (int j = 0; j < k; j++) {
        double e = j == best ? 1 : Math.exp(score[j] - top);
        prob[j] = e;
        z += e;
      }
      double inv = 1 / z;
      for (int j = 0; j < k; j++) prob[j] *= inv;
    }
    double[] truth = prob;
    if (spread && sim < 0) {
      // a value's share of truth is what it supports; labels with a similarity are credited for the
      // value itself only: accuracy is the probability that a source gives the true value (as in
      // AccuSim), so a source that lists a first author alone is not credited as if it were right
      spread(prob, trueProb, k, tol, points);
      truth = trueProb;
    }
    l.confidence[r] = prob[best];
    choose(l, r, i, cs, best);
    for (int j = 0; j < k; j++) {
      patternSupport[pattern[cs + j]] += Math.round(Math.min(1, truth[j]) * TruthDiscovery.FIXED);
    }
  }

  /**
   * Makes class {@code best} the chosen value of regular item {@code r} (item {@code i}, classes
   * from {@code cs}), noting a change.
   */
  private void choose(Layout l, int r, int i, int cs, int best) {
    if (best == l.best[r] && !l.fallback[r]) return;
    double lo = l.classLo[cs + best];
    double hi = l.classHi[cs + best];
    if (lo != run.outLo[i] || hi != run.outHi[i]) {
      changed++;
      log(r, i, l);
    } else if (l.fallback[r]) {
      log(r, i, l);
    }
    l.best[r] = best;
    l.fallback[r] = false;
    run.outLo[i] = lo;
    run.outHi[i] = hi;
  }

  /**
   * {@link #resolveRegular} for the commonest case, two values that do not support each other,
   * without the scratch arrays: the same arithmetic, term by term. Returns false (nothing done)
   * when nobody with weight spoke.
   */
  private boolean resolvePair(Layout l, int r, int a, int cs) {
    int[] pattern = l.classPattern;
    int q0 = pattern[cs];
    int q1 = pattern[cs + 1];
    double w0 = run.patternWeight[q0];
    double w1 = run.patternWeight[q1];
    if (Math.max(w0, w1) <= 0) return false;
    double[] cLo = l.classLo;
    double[] cHi = l.classHi;
    int best = 0;
    double margin = 1e-9 * Math.max(Math.abs(w1), Math.abs(w0));
    if (w1 > w0 + margin) {
      best = 1;
    } else if (w1 >= w0 - margin) {
      int n1 = l.classSize[cs + 1];
      int n0 = l.classSize[cs];
      if (n1 > n0 || (n1 == n0 && cHi[cs + 1] - cLo[cs + 1] < cHi[cs] - cLo[cs])) best = 1;
    }
    double unseen = run.falseValues[a] - 2;
    double pBest;
    double pOther;
    if (run.patternExpFinite) {
      // e^w of each pattern, summed in class order as the general loop sums
      double e0 = run.patternExp[q0];
      double e1 = run.patternExp[q1];
      double z = unseen > 0 ? unseen : 0;
      z += e0;
      z += e1;
      double inv = 1 / z;
      pBest = (best == 0 ? e0 : e1) * inv;
      pOther = (best == 0 ? e1 : e0) * inv;
    } else {
      double top = best == 0 ? w0 : w1;
      double e = Math.exp((best == 0 ? w1 : w0) - top);
      double z = unseen > 0 ? unseen * Math.exp(-top) : 0;
      z += best == 0 ? 1 : e; // in class order, as the general loop sums
      z += best == 0 ? e : 1;
      double inv = 1 / z;
      pBest = 1 * inv;
      pOther = e * inv;
    }
    l.confidence[r] = pBest;
    int i = l.regular[r];
    choose(l, r, i, cs, best);
    long sBest = Math.round(Math.min(1, pBest) * TruthDiscovery.FIXED);
    long sOther = Math.round(Math.min(1, pOther) * TruthDiscovery.FIXED);
    patternSupport[q0] += best == 0 ? sBest : sOther;
    patternSupport[q1] += best == 0 ? sOther : sBest;
    return true;
  }

  /**
   * Adds the deviation histogram of regular items {@code from..to-1} of layout {@code l} (those
   * resolved on their classes in the last pass) for their chosen values: the class at the chosen
   * value to its pattern's centre count, other near classes to each of their sources.
   */
  void histogramOf(Layout l, int from, int to, long[] hist) {
    int[] start = run.patterns.start;
    int[] sa = run.patterns.sa;
    double[] cLo = l.classLo;
    double[] cHi = l.classHi;
    for (int r = from; r < to; r++) {
      if (!run.continuous[l.regularAttr[r]] || l.fallback[r]) continue;
      int cs = l.regularClass[r];
      int ce = l.regularClass[r + 1];
      int b = cs + l.best[r];
      double bestMid = (cLo[b] + cHi[b]) / 2;
      double perUnit = run.perUnit[l.regularAttr[r]];
      for (int j = cs; j < ce; j++) {
        double d = ((cLo[j] + cHi[j]) / 2 - bestMid) * perUnit;
        if (Math.abs(d) > window) continue;
        int bin = (int) Math.round(d) + window;
        int q = l.classPattern[j];
        if (bin == window) {
          patternCenter[q]++;
        } else {
          for (int m = start[q]; m < start[q + 1]; m++) hist[sa[m] * bins + bin]++;
        }
      }
    }
  }

  /** Notes the chosen value of regular item {@code r} before it changes, when the histogram is kept up to date. */
  private void log(int r, int i, Layout l) {
    if (!run.histogramLive) return;
    if (logged == logItem.length) {
      logItem = Arrays.copyOf(logItem, logged * 2);
      logLo = Arrays.copyOf(logLo, logged * 2);
      logHi = Arrays.copyOf(logHi, logged * 2);
      logFallback = Arrays.copyOf(logFallback, logged * 2);
    }
    logItem[logged] = r;
    logLo[logged] = run.outLo[i];
    logHi[logged] = run.outHi[i];
    logFallback[logged++] = l.fallback[r];
  }

  /** Moves the logged items' deviations in {@code hist} from their old chosen values to their new ones. */
  void applyLog(Layout l, long[] hist) {
    for (int k = 0; k < logged; k++) {
      int r = logItem[k];
      int i = l.regular[r];
      if (!logFallback[k]) deviations(i, logLo[k], logHi[k], hist, -1);
      if (!l.fallback[r]) deviations(i, run.outLo[i], run.outHi[i], hist, 1);
    }
  }

  /** Adds {@code sign} to the histogram bin of every near observation of item {@code i} for chosen value [lo..hi]. */
  void deviations(int i, double lo, double hi, long[] hist, int sign) {
    int a = itemAttr[i];
    if (!run.continuous[a]) return;
    double bestMid = (lo + hi) / 2;
    double perUnit = run.perUnit[a];
    for (int c = ics[i]; c < ics[i + 1]; c++) {
      double d = ((clo[c] + chi[c]) / 2 - bestMid) * perUnit;
      if (Math.abs(d) > window) continue;
      int bin = (int) Math.round(d) + window;
      for (int o = cos[c]; o < cos[c + 1]; o++) hist[(os[o] * attrs + a) * bins + bin] += sign;
    }
  }

  /** Adds the agreements of regular items {@code from..to-1} of layout {@code l}: classes within tolerance of the chosen value. */
  void agreementsOf(Layout l, int from, int to) {
    double[] cLo = l.classLo;
    double[] cHi = l.classHi;
    for (int r = from; r < to; r++) {
      if (l.fallback[r]) continue;
      double tol = run.tolerance[l.regularAttr[r]];
      int cs = l.regularClass[r];
      int ce = l.regularClass[r + 1];
      double lo = cLo[cs + l.best[r]];
      double hi = cHi[cs + l.best[r]];
      for (int j = cs; j < ce; j++) {
        double gap = Math.max(0, Math.max(lo - cHi[j], cLo[j] - hi));
        if (kernel(gap, tol) > 0) patternAgreements[l.classPattern[j]]++;
      }
    }
  }

  private void record(int i, int best) {
    double lo = lLo[best];
    double hi = lHi[best];
    if (lo != run.outLo[i] || hi != run.outHi[i]) changed++;
    run.outLo[i] = lo;
    run.outHi[i] = hi;
    run.outConf[i] = prob[best];
  }

  /**
   * The best candidate; supports within a relative 1e-9 tie (a cluster of k copies voting w/k each
   * is a tie with one source voting w), and ties go to the value more sources gave, then to the
   * narrower, then to the lower value.
   */
  private int best(int k) {
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
    return best;
  }

  /** Softmax over the candidates and the unseen false values (score 0), then each candidate's share of truth. */
  private void probabilities(int k, int best, int a, double tol, boolean points) {
    double top = score[best];
    double z = Math.max(0, run.falseValues[a] - k) * Math.exp(-top);
    for (int j = 0; j < k; j++) {
      double e = Math.exp(score[j] - top);
      prob[j] = e;
      z += e;
    }
    for (int j = 0; j < k; j++) prob[j] /= z;
    if (sim >= 0) {
      System.arraycopy(prob, 0, trueProb, 0, k); // credit for the value itself only (see resolveRegular)
    } else {
      spread(prob, trueProb, k, tol, points);
    }
  }

  /**
   * Steps 1 to 3 of {@link #resolveGeneral}: the item's candidates, their supports and
   * probabilities ({@code prob}, {@code trueProb}), the best in {@link #lastBest}; returns their
   * number. {@link #lastMapped} says whether candidate j is the item's class j (no shifted value).
   */
  private int candidates(int i) {
    int a = itemAttr[i];
    int c0 = ics[i];
    int c1 = ics[i + 1];
    int o0 = cos[c0];
    int o1 = cos[c1];
    int n = o1 - o0;
    ensure(n);
    double tol = run.tolerance[a];
    sim = run.similarityOf(i);
    // 1. effective weight of each observation: the source's weight times its copy discount
    boolean shifted = false;
    Dependence dependence = java.util.Objects.requireNonNull(run.dependence, "found before items are resolved");
    boolean dependent = !dependence.isEmpty();
    for (int c = c0; c < c1; c++) {
      int from = cos[c];
      int to = cos[c + 1];
      if (dependent && to - from > 1) dependence.discounts(os, from, to, disc, from - o0, scratch);
      else Arrays.fill(disc, from - o0, to - o0, 1f);
    }
    for (int o = o0; o < o1; o++) {
      int sa = os[o] * attrs + a;
      eff[o - o0] = run.weight[sa] * disc[o - o0];
      if (run.mode[sa] == TruthDiscovery.MODE_OFFSET) shifted = true;
    }
    // 2. local classes: the problem's classes, or re-sorted values when some sources are shifted
    int k;
    boolean mapped = !shifted;
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
    for (int j = 0; j < k; j++) points &= lLo[j] == lHi[j];
    double max = spread(lW, score, k, tol, points);
    if (max <= 0) {
      // nobody with weight spoke: only sources with another meaning of the attribute (or none with
      // any weight). Count them, each shifted back by its median offset from the consensus.
      for (int x = 0; x < n; x++) eff[x] = 1;
      k = shiftedClasses(c0, c1, o0, n, a, true);
      mapped = false;
      points = true;
      for (int j = 0; j < k; j++) points &= lLo[j] == lHi[j];
      max = spread(lW, score, k, tol, points);
    }
    Arrays.fill(count, 0, k, 0);
    for (int x = 0; x < n; x++) count[obsLocal[x]]++;
    int best = best(k);
    probabilities(k, best, a, tol, points);
    lastBest = best;
    lastMapped = mapped;
    return k;
  }

  /**
   * The probability that each class of item {@code i} is the true value under the current weights
   * and copy discounts, into {@code out[class]} (the problem's class ids); the share of truth of
   * each candidate when the classes are the candidates, else the chosen value's confidence for
   * the classes that hold it. Adds nothing to the pass's sums.
   */
  void classProbabilities(int i, double[] out) {
    int c0 = ics[i];
    int c1 = ics[i + 1];
    if (c1 - c0 < 2) {
      out[c0] = 1;
      return;
    }
    int k = candidates(i);
    if (lastMapped) {
      for (int j = 0; j < k; j++) out[c0 + j] = Math.min(1, Math.max(0, trueProb[j]));
      return;
    }
    double lo = lLo[lastBest];
    double hi = lHi[lastBest];
    for (int c = c0; c < c1; c++) out[c] = clo[c] <= hi && chi[c] >= lo ? Math.min(1, prob[lastBest]) : 0;
  }

  /** Any item, observation by observation: shifted sources, and items on which nobody with weight spoke. */
  void resolveGeneral(int i) {
    int k = candidates(i);
    int a = itemAttr[i];
    int c0 = ics[i];
    int c1 = ics[i + 1];
    int o0 = cos[c0];
    int o1 = cos[c1];
    int n = o1 - o0;
    double tol = run.tolerance[a];
    int best = lastBest;
    record(i, best);
    // 4. evidence, per observation; a source alone on an item cannot differ from the consensus,
    // so only shared items enter the histogram
    boolean histogram = run.continuous[a] && histogramOn && n > 1;
    double bestMid = (lLo[best] + lHi[best]) / 2;
    for (int j = 0; j < k; j++) {
      classSupport[j] = Math.round(Math.min(1, trueProb[j]) * TruthDiscovery.FIXED);
      classAgrees[j] = kernel(gap(j, best), tol) > 0 ? 1 : 0;
      int bin = -1;
      if (histogram) {
        double d = ((lLo[j] + lHi[j]) / 2 - bestMid) * run.perUnit[a];
        if (Math.abs(d) <= window) bin = (int) Math.round(d) + window;
      }
      classBin[j] = bin;
    }
    for (int o = o0; o < o1; o++) {
      int sa = os[o] * attrs + a;
      int j = obsLocal[o - o0];
      support[sa] += classSupport[j];
      agreements[sa] += classAgrees[j];
      if (classBin[j] >= 0) this.histogram[sa * bins + classBin[j]]++;
    }
  }

  /** Builds local classes from shifted values; returns their number and fills obsLocal. */
  private int shiftedClasses(int c0, int c1, int o0, int n, int a, boolean scopeToo) {
    for (int c = c0; c < c1; c++) {
      for (int o = cos[c]; o < cos[c + 1]; o++) {
        int sa = os[o] * attrs + a;
        byte mode = run.mode[sa];
        double shift = mode == TruthDiscovery.MODE_OFFSET || (scopeToo && mode == TruthDiscovery.MODE_SCOPE)
            ? run.offset[sa] : 0;
        tmpLo[o - o0] = clo[c] - shift;
        tmpHi[o - o0] = chi[c] - shift;
      }
    }
    // sort observation indices by (lo, hi); ties keep observation order (which follows source ids)
    for (int x = 0; x < n; x++) order[x] = x;
    sortByValue(0, n);
    int k = 0;
    for (int q = 0; q < n; q++) {
      int x = order[q];
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

  private int compare(int x, int y) {
    int r = Double.compare(tmpLo[x], tmpLo[y]);
    if (r != 0) return r;
    r = Double.compare(tmpHi[x], tmpHi[y]);
    return r != 0 ? r : Integer.compare(x, y);
  }

  /** A stable merge sort of {@code order[from..to)} by shifted value; insertion sort for short runs. */
  private void sortByValue(int from, int to) {
    if (to - from <= 24) {
      for (int i = from + 1; i < to; i++) {
        int v = order[i];
        int j = i - 1;
        while (j >= from && compare(order[j], v) > 0) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = v;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    sortByValue(from, mid);
    sortByValue(mid, to);
    if (compare(order[mid - 1], order[mid]) <= 0) return;
    System.arraycopy(order, from, orderTmp, 0, mid - from);
    int i = 0;
    int n = mid - from;
    int j = mid;
    int k = from;
    while (i < n && j < to) order[k++] = compare(orderTmp[i], order[j]) <= 0 ? orderTmp[i++] : order[j++];
    while (i < n) order[k++] = orderTmp[i++];
  }

  /**
   * {@code out[j] = Σ_m in[m] · kernel(gap(j, m))}: each candidate's share of what supports it.
   * Points are scanned outwards while within tolerance (sorted by value); intervals pairwise;
   * labels of an attribute with a {@link ValueSimilarity} by the item's similarity matrix.
   * Returns the largest output.
   */
  private double spread(double[] in, double[] out, int k, double tol, boolean points) {
    double max = Double.NEGATIVE_INFINITY;
    if (sim >= 0) {
      // labels with a similarity: the item's matrix, row j (the diagonal is 1)
      double[] matrix = run.similarity;
      for (int j = 0; j < k; j++) {
        double s = 0;
        int row = sim + j * k;
        for (int m = 0; m < k; m++) s += in[m] * matrix[row + m];
        out[j] = s;
        if (s > max) max = s;
      }
      return max;
    }
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
