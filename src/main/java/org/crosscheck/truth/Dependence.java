package org.crosscheck.truth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Pairwise dependence between sources, estimated once from the data before any voting: on the
 * contested items two sources share, how often they give the identical value (see
 * {@link TruthDiscovery}). Stored as a sorted partner list per source, so discounting a class's
 * votes costs the number of dependent partners, not the number of sources.
 *
 * <p>A problem with at most {@link #EXACT_PAIRS} pairs of observations on its contested items
 * counts every pair. A larger one counts a sample with a fixed budget per observation: on an item
 * with at most {@code 2b + 1} observations ({@code b} = {@link TruthConfig#copySample()}) every
 * pair is counted; on a larger item each of {@code b} draws pairs every observation with the one a random offset
 * further round the item (the offset chosen by a hash of the item's key), so each pair of the
 * item's observations is equally likely to be drawn whatever their values. Agreement is a ratio
 * of two counts from the same draws, so it is an unbiased estimate; the work is at most {@code b}
 * table updates per observation, whatever the size of the items.
 *
 * <p>Immutable once estimated.
 */
final class Dependence {
  /** Up to this many sources the pair counts live in a dense triangular table; above, in a hash table. */
  static final int DENSE_SOURCES = 2048; // 2.1 M counters, 17 MB: keys (index << 1) stay ints
  /** A problem with at most this many pairs on its contested items counts them all. */
  static final long EXACT_PAIRS = 1 << 20;
  /** Up to this many sources the pair table is a square in the core's cache: no ordering of the pair. */
  static final int SQUARE_SOURCES = 64;

  final int[][] partners;
  final double[][] values;
  final List<DependentPair> pairs;
  /**
   * The same lists end to end, for {@link #discounts}: source {@code s}'s partners are
   * {@code partnerOf[partnerStart[s] ..]} with dependences {@code dependenceOf[..]}; read in source
   * order they are read front to back.
   */
  private final int[] partnerStart;
  private final int[] partnerOf;
  private final double[] dependenceOf;

  private Dependence(int[][] partners, double[][] values, List<DependentPair> pairs) {
    this.partners = partners;
    this.values = values;
    this.pairs = pairs;
    partnerStart = new int[partners.length + 1];
    for (int s = 0; s < partners.length; s++) partnerStart[s + 1] = partnerStart[s] + partners[s].length;
    partnerOf = new int[partnerStart[partners.length]];
    dependenceOf = new double[partnerOf.length];
    for (int s = 0; s < partners.length; s++) {
      System.arraycopy(partners[s], 0, partnerOf, partnerStart[s], partners[s].length);
      System.arraycopy(values[s], 0, dependenceOf, partnerStart[s], values[s].length);
    }
  }

  static Dependence none(int sources) {
    int[][] partners = new int[sources][0];
    double[][] values = new double[sources][0];
    return new Dependence(partners, values, List.of());
  }

  /** True when {@code other} has the same dependent pairs, each dependence within {@code tolerance}. */
  boolean closeTo(@Nullable Dependence other, double tolerance) {
    if (other == null || other.partnerOf.length != partnerOf.length
        || !Arrays.equals(other.partnerStart, partnerStart) || !Arrays.equals(other.partnerOf, partnerOf)) {
      return false;
    }
    for (int k = 0; k < dependenceOf.length; k++) {
      if (Math.abs(dependenceOf[k] - other.dependenceOf[k]) >= tolerance) return false;
    }
    return true;
  }

  /** True when no source depends on another: every discount is 1. */
  boolean isEmpty() {
    return pairs.isEmpty();
  }

  /** Counts contested and identical pairs item by item (a bounded sample per item) and turns them into dependences. */
  static Dependence estimate(TruthProblem p, TruthConfig cfg) {
    int n = p.sourceCount();
    int[] ics = p.itemClassStart();
    int[] cos = p.classObsStart();
    // a small problem counts every pair: the sample would save nothing worth its noise
    long allPairs = 0;
    for (int i = 0; i < p.itemCount(); i++) {
      if (ics[i + 1] - ics[i] < 2) continue;
      long count = cos[ics[i + 1]] - cos[ics[i]];
      allPairs += count * (count - 1) / 2;
    }
    PairCounts counts = n <= SQUARE_SOURCES ? new SquareCounts(n)
        : n <= DENSE_SOURCES ? new DenseCounts(n) : new SparseCounts(n, p.observationCount());
    count(p, cfg, counts, 0, p.itemCount(), allPairs <= EXACT_PAIRS);
    return fromCounts(p, cfg, counts);
  }

  /** Counts the pairs of items {@code from..to-1} into {@code counts}. */
  private static void count(TruthProblem p, TruthConfig cfg, PairCounts counts, int from, int to, boolean exact) {
    int[] ics = p.itemClassStart();
    int[] cos = p.classObsStart();
    int[] os = p.obsSource();
    int budget = cfg.copySample();
    int[] local = new int[16];
    int[] itemHash = p.itemHashArray();
    for (int i = from; i < to; i++) {
      int c0 = ics[i];
      int c1 = ics[i + 1];
      if (c1 - c0 < 2) continue; // not contested: everyone agrees
      int o0 = cos[c0];
      int count = cos[c1] - o0;
      if (exact || count <= 2 * budget + 1) {
        // every pair: (count - 1) / 2 <= budget per observation
        for (int c = c0; c < c1; c++) {
          for (int x = cos[c]; x < cos[c + 1]; x++) {
            int s = os[x];
            for (int y = x + 1; y < cos[c + 1]; y++) counts.add(s, os[y], true);
            for (int y = cos[c + 1]; y < cos[c1]; y++) counts.add(s, os[y], false);
          }
        }
        continue;
      }
      if (local.length < count) local = new int[Math.max(count, local.length * 2)];
      for (int c = c0, x = 0; c < c1; c++) {
        for (int end = cos[c + 1] - o0; x < end; x++) local[x] = c;
      }
      // draw d pairs every observation with the one offset[d] places further round the item,
      // the offset uniform in 1 .. count-1 by a hash of the item's key (not its id, so the draws
      // do not depend on input order): every pair of the item's observations is equally likely
      // to be drawn, whatever their values
      int seed = itemHash[i];
      for (int d = 0; d < budget; d++) {
        long h = mix(seed, count, d);
        int offset = 1 + (int) (((h >>> 32) * (count - 1)) >>> 32);
        for (int x = 0, y = offset; x < count; x++, y = y + 1 == count ? 0 : y + 1) {
          counts.add(os[o0 + x], os[o0 + y], local[x] == local[y]);
        }
      }
    }
  }

  private static Dependence fromCounts(TruthProblem p, TruthConfig cfg, PairCounts counts) {
    int n = p.sourceCount();
    double floor = cfg.copyAgreementFloor();
    double ceiling = cfg.copyAgreementCeiling();
    int minEvidence = cfg.copyMinEvidence();
    // (s, t, identical, contested, dependence's bits, no direction) of dependent pairs, s < t; links
    // from outside the data wait for the Bayesian rounds, where they are the prior of their pair (a
    // wrong link weighed here, before any consensus, would discount an honest source's votes with
    // nothing to correct it)
    List<long[]> found = new ArrayList<>();
    counts.forEach((s, t, identical, contested) -> {
      if (contested < minEvidence || s == t) return;
      double r = identical / (double) contested;
      double d = Math.min(1, (r - floor) / (ceiling - floor));
      if (d <= 0) return;
      found.add(new long[] {s, t, identical, contested, Double.doubleToLongBits(d), 0});
    });
    return fromPairs(p, n, found);
  }

  /**
   * The problem's links ({@link TruthProblem.Builder#link}) by {@link #pairKey}: 1 when the lower
   * id copies, 2 when the higher does, 3 when each was linked as copying the other (no direction).
   */
  static Map<Long, Integer> links(TruthProblem p) {
    int n = p.sourceCount();
    Map<Long, Integer> out = new HashMap<>();
    for (long l : p.linkArray()) {
      int copier = (int) (l >>> 32);
      int original = (int) l;
      out.merge(pairKey(copier, original, n), copier < original ? 1 : 2, (x, y) -> x | y);
    }
    return out;
  }

  /** The key of the unordered pair {@code s, t}. */
  static long pairKey(int s, int t, int n) {
    return (long) Math.min(s, t) * n + Math.max(s, t);
  }

  /** Adds the linked pairs not in {@code seen} with the dependence {@code prior} and no draws. */
  private static void addUnseenLinks(Map<Long, Integer> links, Set<Long> seen, int n, double prior, List<long[]> found) {
    if (prior < 0.5) return; // more likely independent than not, without evidence
    for (Map.Entry<Long, Integer> e : new java.util.TreeMap<>(links).entrySet()) {
      long key = e.getKey();
      if (seen.contains(key)) continue;
      int direction = e.getValue();
      found.add(new long[] {key / n, key % n, 0, 0, Double.doubleToLongBits(prior), direction == 3 ? 0 : direction});
    }
  }

  /** A direction of copying is reported when it is this much likelier (in nats: ln 10) than the other. */
  static final double DIRECTION_EVIDENCE = Math.log(10);

  /** Fixed-point scale of the log-likelihood ratios summed per pair: exact integer sums, in any order. */
  static final double LLR_FIXED = 1 << 24;

  /**
   * Bayesian dependence (the copy-detection test of Dong, Berti-Équille and Srivastava, PVLDB
   * 2009), given the consensus of a run: for every pair of sources drawn together on a contested
   * item (the same draws as {@link #estimate}), the log-likelihood ratio of "one copies the
   * other" against "independent", in each direction, summed over their draws:
   *
   * <ul>
   *   <li>the same value, true (probability {@code t}, the consensus's confidence when the value is
   *       the chosen one, else 0): {@code ln(c / A + 1 − c)}, weak evidence (a source that is
   *       mostly right agrees with the truth anyway);
   *   <li>the same value, false (probability {@code 1 − t}): {@code ln(c / ((1 − A) π) + 1 − c)},
   *       strong evidence when the value is rare: {@code π} is the share of the item's other
   *       observations (the pair's own two left out) that gave this value, smoothed over the
   *       attribute's {@code n} false values ({@code (others_v + 1) / (others + n)}); independent
   *       sources seldom pick the same wrong value;
   *   <li>different values: {@code ln(1 − c)}, evidence of independence.
   * </ul>
   *
   * {@code A} is the observed accuracy of the source that would be the copier (the mean
   * probability of its values, without the prior: a source that has been right on all of its
   * twenty claims is not made to look like a copier of another by an accuracy shrunk to 0.9),
   * {@code c} = {@link TruthConfig#copyRate()}. The posterior of dependence (either direction,
   * prior {@code min(copyPrior, copyPartners / (sources − 1))}) becomes the pair's dependence
   * when it is at least 1/2 (the pair is more likely dependent than not); a pair linked from
   * outside the data starts from {@link TruthConfig#linkPrior()} instead, and keeps it as its
   * dependence when it never meets on a contested item; the direction with the
   * larger likelihood is the likelier copier, reported when it is at least ten times likelier
   * than the other. The ratios are summed in fixed point, so the result does not depend on the
   * order of the items.
   *
   * @param sourceAccuracy each source's observed accuracy in the run
   * @param classTruth the probability that each class of the problem is the true value
   * @param falseValues Accu's {@code n} per attribute
   */
  static Dependence bayesian(TruthProblem p, TruthConfig cfg, Draws draws, double[] sourceAccuracy,
      double[] classTruth, double[] falseValues) {
    int n = p.sourceCount();
    int[] ics = p.itemClassStart();
    int[] cos = p.classObsStart();
    int[] os = p.obsSource();
    int[] ia = p.itemAttributeArray();
    double c = cfg.copyRate();
    double[] trueRatio = new double[n]; // ln(c / A + 1 - c)
    double[] falseScale = new double[n]; // c / (1 - A)
    for (int s = 0; s < n; s++) {
      double a = Math.min(0.99, Math.max(0.01, sourceAccuracy[s]));
      trueRatio[s] = Math.log(c / a + 1 - c);
      falseScale[s] = c / (1 - a);
    }
    long different = Math.round(Math.log(1 - c) * LLR_FIXED);
    // an identical draw of observations x and y adds term[x] to "x's source copies y's" and term[y]
    // to the other direction: each term depends only on the observation's source and class, so it
    // is computed once per observation (of a class of two or more on a contested item), not once
    // per draw
    long[] term = new long[p.observationCount()];
    for (int i = 0; i < p.itemCount(); i++) {
      int c0 = ics[i];
      int c1 = ics[i + 1];
      if (c1 - c0 < 2) continue;
      double others = cos[c1] - cos[c0] - 2 + falseValues[ia[i]];
      for (int k = c0; k < c1; k++) {
        if (cos[k + 1] - cos[k] < 2) continue;
        double truth = classTruth[k];
        double pi = (cos[k + 1] - cos[k] - 2 + 1) / others;
        for (int o = cos[k]; o < cos[k + 1]; o++) {
          int s = os[o];
          double st = truth * trueRatio[s];
          if (truth < 1) st += (1 - truth) * Math.log(falseScale[s] / pi + 1 - c);
          term[o] = Math.round(st * LLR_FIXED);
        }
      }
    }
    double alpha = Math.min(cfg.copyPrior(), cfg.copyPartners() / Math.max(1, n - 1));
    double priorLogit = Math.log(alpha / (1 - alpha)) - Math.log(2);
    double linkLogit = Math.log(cfg.linkPrior() / (1 - cfg.linkPrior())) - Math.log(2);
    Map<Long, Integer> links = links(p);
    Set<Long> seen = new HashSet<>();
    List<long[]> found = new ArrayList<>(); // (s, t, identical, draws, posterior bits)
    // the identical draws in the order they were drawn (item by item: the terms are read nearly in
    // order), each adding to its pair's sums
    int pairs = draws.pairs();
    long[] forwardOf = new long[pairs];
    long[] backwardOf = new long[pairs];
    for (int k = 0; k < draws.identicalDraws; k++) {
      int q = draws.drawPair[k];
      forwardOf[q] += term[draws.drawFirst[k]];
      backwardOf[q] += term[draws.drawSecond[k]];
    }
    for (int q = 0; q < pairs; q++) {
      int s = draws.first[q];
      int t = draws.second[q];
      long forward = draws.different[q] * different + forwardOf[q];
      long backward = draws.different[q] * different + backwardOf[q];
      long identical = draws.identical[q];
      long all = identical + draws.different[q];
      Integer link = links.get(pairKey(s, t, n));
      if (link != null) seen.add(pairKey(s, t, n));
      double l1 = forward / LLR_FIXED;
      double l2 = backward / LLR_FIXED;
      double top = Math.max(l1, l2);
      double logit = (link == null ? priorLogit : linkLogit) + top + Math.log(Math.exp(l1 - top) + Math.exp(l2 - top));
      double posterior = 1 / (1 + Math.exp(-logit));
      // a direction when one is at least ten times likelier than the other: 1 = s copies, 2 = t copies;
      // else the link's, if it has one
      long direction = l1 - l2 >= DIRECTION_EVIDENCE ? 1 : l2 - l1 >= DIRECTION_EVIDENCE ? 2
          : link != null && link != 3 ? link : 0;
      if (posterior >= 0.5) {
        found.add(new long[] {s, t, identical, all, Double.doubleToLongBits(posterior), direction});
      }
    }
    addUnseenLinks(links, seen, n, cfg.linkPrior(), found);
    return fromPairs(p, n, found);
  }

  /**
   * The draws of copy detection on a problem, made once and read by every round of {@link
   * #bayesian}: the pairs of observations of two different sources on a contested item (see
   * {@link #enumerate}; the draws of {@link #estimate}). They depend only on the problem, so a
   * round does not draw again: per pair of sources it takes the number of draws that differ (each
   * a fixed amount of evidence of independence) as counted once, and reads the identical draws in
   * the order they were drawn (whose evidence follows the consensus of the round before), each
   * adding to its pair's sums by the pair's dense id, without a hash table.
   *
   * <p>Immutable once made.
   */
  static final class Draws {
    /** Per pair of sources drawn together, the lower id. */
    final int[] first;
    /** Per pair of sources drawn together, the higher id. */
    final int[] second;
    /** Per pair, its draws that gave different values. */
    final long[] different;
    /** Per pair, its draws that gave the same value. */
    final long[] identical;
    /** The number of identical draws. */
    final int identicalDraws;
    /** Per identical draw, in the order drawn: its pair's id. */
    final int[] drawPair;
    /** Per identical draw: the observation of the pair's lower source. */
    final int[] drawFirst;
    /** Per identical draw: the observation of the pair's higher source. */
    final int[] drawSecond;

    private Draws(PairIds ids, long[] identical, long[] different, int identicalDraws, int[] drawPair,
        int[] drawFirst, int[] drawSecond) {
      int pairs = ids.size();
      this.first = Arrays.copyOf(ids.first, pairs);
      this.second = Arrays.copyOf(ids.second, pairs);
      this.identical = Arrays.copyOf(identical, pairs);
      this.different = Arrays.copyOf(different, pairs);
      this.identicalDraws = identicalDraws;
      this.drawPair = drawPair;
      this.drawFirst = drawFirst;
      this.drawSecond = drawSecond;
    }

    /** The number of pairs of sources drawn together at least once. */
    int pairs() {
      return first.length;
    }

    /** Makes the draws of {@code p} in one pass over them. */
    static Draws of(TruthProblem p, TruthConfig cfg) {
      Collector c = new Collector(p);
      enumerate(p, cfg, c);
      return new Draws(c.ids, c.identical, c.different, c.size, c.pair, c.firstObs, c.secondObs);
    }
  }

  /** Collects the draws: each pair's counts by its dense id, and the identical draws in order. */
  private static final class Collector implements DrawVisitor {
    private final int[] os;
    private final int[] obsClass;
    final PairIds ids;
    long[] identical = new long[64];
    long[] different = new long[64];
    int[] pair = new int[1024];
    int[] firstObs = new int[1024];
    int[] secondObs = new int[1024];
    int size;

    Collector(TruthProblem p) {
      os = p.obsSource();
      obsClass = new int[p.observationCount()];
      int[] cos = p.classObsStart();
      for (int k = 0; k < p.classCount(); k++) Arrays.fill(obsClass, cos[k], cos[k + 1], k);
      ids = new PairIds(p.sourceCount());
    }

    @Override
    public void visit(int x, int y) {
      int s = os[x];
      int t = os[y];
      if (s == t) return;
      int q = ids.idOf(s, t);
      if (q == identical.length) {
        identical = Arrays.copyOf(identical, q * 2);
        different = Arrays.copyOf(different, q * 2);
      }
      if (obsClass[x] != obsClass[y]) {
        different[q]++;
        return;
      }
      identical[q]++;
      if (size == pair.length) {
        pair = Arrays.copyOf(pair, size * 2);
        firstObs = Arrays.copyOf(firstObs, size * 2);
        secondObs = Arrays.copyOf(secondObs, size * 2);
      }
      pair[size] = q;
      firstObs[size] = s < t ? x : y;
      secondObs[size++] = s < t ? y : x;
    }
  }

  /** Visits one draw: observations {@code x} and {@code y} of one item. */
  interface DrawVisitor {
    void visit(int x, int y);
  }

  /**
   * Every draw of copy detection on {@code p}, in item order: on a contested item every pair of
   * its observations when the problem is small ({@link #EXACT_PAIRS} pairs or fewer) or the item
   * is ({@code 2b + 1} observations or fewer), else {@code b} draws pairing every observation with
   * the one a hashed offset further round the item ({@code b} = {@link TruthConfig#copySample()}).
   */
  static void enumerate(TruthProblem p, TruthConfig cfg, DrawVisitor v) {
    int[] ics = p.itemClassStart();
    int[] cos = p.classObsStart();
    int[] itemHash = p.itemHashArray();
    long allPairs = 0;
    for (int i = 0; i < p.itemCount(); i++) {
      if (ics[i + 1] - ics[i] < 2) continue;
      long count = cos[ics[i + 1]] - cos[ics[i]];
      allPairs += count * (count - 1) / 2;
    }
    boolean exact = allPairs <= EXACT_PAIRS;
    int budget = cfg.copySample();
    for (int i = 0; i < p.itemCount(); i++) {
      int c0 = ics[i];
      int c1 = ics[i + 1];
      if (c1 - c0 < 2) continue;
      int o0 = cos[c0];
      int count = cos[c1] - o0;
      if (exact || count <= 2 * budget + 1) {
        for (int x = 0; x < count; x++) {
          for (int y = x + 1; y < count; y++) v.visit(o0 + x, o0 + y);
        }
        continue;
      }
      int seed = itemHash[i];
      for (int d = 0; d < budget; d++) {
        long h = mix(seed, count, d);
        int offset = 1 + (int) (((h >>> 32) * (count - 1)) >>> 32);
        for (int x = 0, y = offset; x < count; x++, y = y + 1 == count ? 0 : y + 1) v.visit(o0 + x, o0 + y);
      }
    }
  }

  /** Dense ids of unordered pairs of sources, by open addressing on the pair key. */
  static final class PairIds {
    private final int n;
    private long[] keys = new long[1024];
    private int[] values = new int[1024];
    int[] first = new int[64];
    int[] second = new int[64];
    private int size;

    PairIds(int n) {
      this.n = n;
      Arrays.fill(keys, -1);
    }

    int size() {
      return size;
    }

    /** The id of the pair {@code s, t} ({@code s != t}): ids are given in the order pairs are first seen. */
    int idOf(int s, int t) {
      long key = pairKey(s, t, n);
      int mask = keys.length - 1;
      int slot = (int) mix((int) key, (int) (key >>> 32), 1) & mask;
      while (keys[slot] != -1) {
        if (keys[slot] == key) return values[slot];
        slot = (slot + 1) & mask;
      }
      int id = size++;
      keys[slot] = key;
      values[slot] = id;
      if (id == first.length) {
        first = Arrays.copyOf(first, id * 2);
        second = Arrays.copyOf(second, id * 2);
      }
      first[id] = Math.min(s, t);
      second[id] = Math.max(s, t);
      if (size * 2 > keys.length) grow();
      return id;
    }

    private void grow() {
      long[] k0 = keys;
      int[] v0 = values;
      keys = new long[k0.length * 2];
      values = new int[k0.length * 2];
      Arrays.fill(keys, -1);
      int mask = keys.length - 1;
      for (int k = 0; k < k0.length; k++) {
        if (k0[k] == -1) continue;
        int slot = (int) mix((int) k0[k], (int) (k0[k] >>> 32), 1) & mask;
        while (keys[slot] != -1) slot = (slot + 1) & mask;
        keys[slot] = k0[k];
        values[slot] = v0[k];
      }
    }
  }

  /** The dependence of the pairs found, each (s, t, identical, draws, posterior's bits) with s < t. */
  private static Dependence fromPairs(TruthProblem p, int n, List<long[]> found) {
    found.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
    int[] degree = new int[n];
    for (long[] f : found) {
      degree[(int) f[0]]++;
      degree[(int) f[1]]++;
    }
    int[][] partners = new int[n][];
    double[][] values = new double[n][];
    for (int s = 0; s < n; s++) {
      partners[s] = new int[degree[s]];
      values[s] = new double[degree[s]];
    }
    int[] fill = new int[n];
    List<DependentPair> pairs = new ArrayList<>();
    for (int pass = 0; pass < 2; pass++) {
      for (long[] f : found) {
        int s = (int) f[0];
        int t = (int) f[1];
        double d = Double.longBitsToDouble(f[4]);
        if (pass == 0) {
          partners[t][fill[t]] = s;
          values[t][fill[t]++] = d;
        } else {
          partners[s][fill[s]] = t;
          values[s][fill[s]++] = d;
          String copier = f[5] == 1 ? p.sourceName(s) : f[5] == 2 ? p.sourceName(t) : "";
          pairs.add(new DependentPair(p.sourceName(s), p.sourceName(t), d, f[3], f[2], copier));
        }
      }
    }
    return new Dependence(partners, values, List.copyOf(pairs));
  }

  /**
   * The copy discount of each of the sources {@code os[from..to)} that gave one value on one item:
   * {@code 1 / (1 + Σ dependence)} over its dependent partners among them.
   *
   * <p>A source's discount is computed once per call, however many of the observations are its
   * own (on large items a source often gives the same value several times; its observations are
   * adjacent, as a class's observations follow source ids), and the loop over the partner lists
   * runs apart from the loops over the observations, which are then free of unpredictable
   * branches. The sums are the same, term by term, as one per observation.
   */
  void discounts(int[] os, int from, int to, float[] out, int outFrom, Scratch x) {
    double[] in = x.in;
    if (x.distinct.length < to - from) x.distinct = new int[Math.max(to - from, x.distinct.length * 2)];
    int[] distinct = x.distinct;
    // the sources, each run of one source once (a source out of order may come twice: the same result)
    int n = 0;
    int previous = -1;
    for (int o = from; o < to; o++) {
      int s = os[o];
      in[s] = 1;
      distinct[n] = s;
      n += s != previous ? 1 : 0;
      previous = s;
    }
    float[] bySource = x.discount;
    int[] ps = partnerOf;
    double[] vs = dependenceOf;
    for (int j = 0; j < n; j++) {
      int s = distinct[j];
      int k = partnerStart[s];
      int end = partnerStart[s + 1];
      if (k == end) {
        bySource[s] = 1f; // no partner: 1 / (1 + 0)
        continue;
      }
      // an absent partner adds +0 (dependences are finite and positive, the sum is never -0): the
      // same sum as skipping it, without a branch that the mix of present and absent partners mispredicts
      double sum = 0;
      for (; k < end; k++) sum += vs[k] * in[ps[k]];
      bySource[s] = (float) (1 / (1 + sum));
    }
    for (int o = from; o < to; o++) out[outFrom + o - from] = bySource[os[o]];
    for (int j = 0; j < n; j++) in[distinct[j]] = 0;
  }

  /** Scratch of {@link #discounts}, one per thread: a flag and a discount per source, and a list. */
  static final class Scratch {
    /** 1 for the sources of the current call, else 0. */
    final double[] in;
    final float[] discount;
    int[] distinct = new int[64];

    Scratch(int sources) {
      in = new double[sources];
      discount = new float[sources];
    }
  }

  /** A 64-bit hash of (item seed, source, draw), the same on every run and machine. */
  static long mix(int item, int source, int draw) {
    long h = item * 0x9E3779B97F4A7C15L + source * 0xC2B2AE3D27D4EB4FL + draw * 0x165667B19E3779F9L;
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    return h ^ (h >>> 31);
  }

  // ---- pair counts ------------------------------------------------------------------------------

  interface PairVisitor {
    void visit(int s, int t, long identical, long contested);
  }

  /** Counts per unordered pair of sources: contested draws and identical ones. */
  abstract static class PairCounts {
    abstract void add(int s, int t, boolean identical);

    /** Visits every pair with a count, {@code s <= t}. */
    abstract void forEach(PairVisitor v);

    /** Identical in the high half, contested in the low half: one update per draw. */
    static long increment(boolean identical) {
      return identical ? (1L << 32) | 1 : 1;
    }
  }

  /** The whole square of (first, second) counts, folded into pairs when read: for few sources. */
  static final class SquareCounts extends PairCounts {
    private final int n;
    private final long[] table;

    SquareCounts(int n) {
      this.n = n;
      this.table = new long[n * n];
    }

    @Override
    void add(int s, int t, boolean identical) {
      table[s * n + t] += increment(identical);
    }

    @Override
    void forEach(PairVisitor v) {
      for (int s = 0; s < n; s++) {
        for (int t = s; t < n; t++) {
          long c = table[s * n + t] + (s == t ? 0 : table[t * n + s]);
          if (c != 0) v.visit(s, t, c >>> 32, c & 0xffffffffL);
        }
      }
    }
  }

  /**
   * The upper triangle of the pair table, diagonal included, one long per pair. A table that
   * does not fit in the core's cache is updated through a buffer: draws are collected, then
   * partitioned by the part of the table they hit and applied part by part, so that each update
   * finds its counter in cache instead of in memory.
   */
  static final class DenseCounts extends PairCounts {
    /** Table parts (and tables) of this many counters fit in a core's cache. */
    static final int PART = 1 << 12;
    private final int n;
    private final long[] table;
    private final int[] buffer;
    private final int[] sorted;
    private final int[] bucketStart;
    private final int shift;
    private int buffered;

    DenseCounts(int n) {
      this.n = n;
      this.table = new long[(int) ((long) n * (n + 1) / 2)];
      if (table.length <= PART) {
        buffer = sorted = bucketStart = new int[0];
        shift = 0;
      } else {
        buffer = new int[1 << 18];
        sorted = new int[buffer.length];
        shift = 32 - Integer.numberOfLeadingZeros(PART - 1) + 1; // key = index << 1 | identical
        bucketStart = new int[((table.length - 1) >>> (shift - 1)) + 2];
      }
    }

    private int index(int s, int t) {
      // row s starts after rows 0..s-1 of lengths n, n-1, ...
      return s * n - s * (s - 1) / 2 + (t - s);
    }

    @Override
    void add(int s, int t, boolean identical) {
      int index = s <= t ? index(s, t) : index(t, s);
      if (buffer.length == 0) {
        table[index] += increment(identical);
        return;
      }
      buffer[buffered++] = index << 1 | (identical ? 1 : 0);
      if (buffered == buffer.length) flush();
    }

    private void flush() {
      int[] start = bucketStart;
      Arrays.fill(start, 0);
      for (int k = 0; k < buffered; k++) start[(buffer[k] >>> shift) + 1]++;
      for (int b = 1; b < start.length; b++) start[b] += start[b - 1];
      for (int k = 0; k < buffered; k++) sorted[start[buffer[k] >>> shift]++] = buffer[k];
      for (int k = 0; k < buffered; k++) {
        int key = sorted[k];
        table[key >>> 1] += increment((key & 1) != 0);
      }
      buffered = 0;
    }

    @Override
    void forEach(PairVisitor v) {
      if (buffered > 0) flush();
      int k = 0;
      for (int s = 0; s < n; s++) {
        for (int t = s; t < n; t++, k++) {
          long c = table[k];
          if (c != 0) v.visit(s, t, c >>> 32, c & 0xffffffffL);
        }
      }
    }
  }

  /** Open addressing on the pair key; its size follows the pairs drawn, not the square of the sources. */
  static final class SparseCounts extends PairCounts {
    private final int n;
    private long[] keys;
    private long[] vals;
    private int size;

    SparseCounts(int n, int observations) {
      this.n = n;
      int cap = Integer.highestOneBit(Math.max(1024, Math.min(1 << 26, observations)) - 1) << 1;
      keys = new long[cap];
      vals = new long[cap];
      Arrays.fill(keys, -1);
    }

    @Override
    void add(int s, int t, boolean identical) {
      long key = s <= t ? (long) s * n + t : (long) t * n + s;
      int mask = keys.length - 1;
      int slot = (int) mix((int) key, (int) (key >>> 32), 0) & mask;
      while (keys[slot] != key) {
        if (keys[slot] == -1) {
          keys[slot] = key;
          if (++size * 2 > keys.length) {
            vals[slot] += increment(identical);
            grow();
            return;
          }
          break;
        }
        slot = (slot + 1) & mask;
      }
      vals[slot] += increment(identical);
    }

    private void grow() {
      long[] oldKeys = keys;
      long[] oldVals = vals;
      keys = new long[oldKeys.length * 2];
      vals = new long[oldKeys.length * 2];
      Arrays.fill(keys, -1);
      int mask = keys.length - 1;
      for (int k = 0; k < oldKeys.length; k++) {
        long key = oldKeys[k];
        if (key == -1) continue;
        int slot = (int) mix((int) key, (int) (key >>> 32), 0) & mask;
        while (keys[slot] != -1) slot = (slot + 1) & mask;
        keys[slot] = key;
        vals[slot] = oldVals[k];
      }
    }

    @Override
    void forEach(PairVisitor v) {
      for (int k = 0; k < keys.length; k++) {
        if (keys[k] != -1) v.visit((int) (keys[k] / n), (int) (keys[k] % n), vals[k] >>> 32, vals[k] & 0xffffffffL);
      }
    }
  }
}
