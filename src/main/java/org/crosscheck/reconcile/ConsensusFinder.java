package org.crosscheck.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.crosscheck.value.BoundType;
import org.crosscheck.value.Interval;

/**
 * Finds where the most weighted clusters of intervals meet, by a sweep over their endpoints in
 * {@code O(n log n)}: the line is cut into elementary regions (each endpoint, and the open
 * stretches between endpoints); every interval covers a contiguous run of regions; a cluster
 * supports a region when any of its intervals covers it.
 */
final class ConsensusFinder {
  private ConsensusFinder() {}

  /** The outcome: the best region, the members covering it, its support, and whether another region tied. */
  record Result(int[] members, double support, boolean tied) {}

  static Result find(List<Interval> intervals, int[] cluster, double[] weight) {
    int n = intervals.size();
    TreeSet<BigDecimal> points = new TreeSet<>();
    for (Interval iv : intervals) {
      if (iv.lower() != null) points.add(iv.lower());
      if (iv.upper() != null) points.add(iv.upper());
    }
    BigDecimal[] xs = points.toArray(new BigDecimal[0]);
    int regions = 2 * xs.length + 1;
    int[] from = new int[n];
    int[] to = new int[n];
    for (int i = 0; i < n; i++) {
      Interval iv = intervals.get(i);
      from[i] = iv.lower() == null ? 0 : 2 * Arrays.binarySearch(xs, iv.lower()) + (iv.lowerType() == BoundType.CLOSED ? 1 : 2);
      to[i] = iv.upper() == null ? regions - 1 : 2 * Arrays.binarySearch(xs, iv.upper()) + (iv.upperType() == BoundType.CLOSED ? 1 : 0);
    }
    // events: start at from[i], stop after to[i]
    Integer[] order = new Integer[2 * n];
    for (int i = 0; i < 2 * n; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> {
      int pa = a < n ? from[a] : to[a - n] + 1;
      int pb = b < n ? from[b] : to[b - n] + 1;
      if (pa != pb) return Integer.compare(pa, pb);
      // stops before starts at one position
      return Boolean.compare(a < n, b < n);
    });
    Map<Integer, Integer> activePerCluster = new HashMap<>();
    Map<Integer, Double> clusterWeightAt = new HashMap<>();
    double total = 0;
    double best = -1;
    int bestRegion = -1;
    int bestCount = -1;
    long bestClusters = 0;
    long clusters = 0; // XOR of the hashes of the active clusters: equal sets, equal hashes
    boolean tied = false;
    int count = 0;
    int e = 0;
    while (e < order.length) {
      int pos = position(order[e], n, from, to);
      while (e < order.length && position(order[e], n, from, to) == pos) {
        int ev = order[e++];
        if (ev < n) {
          int c = cluster[ev];
          int k = activePerCluster.merge(c, 1, Integer::sum);
          count++;
          double w = weight[ev];
          if (k == 1) {
            clusterWeightAt.put(c, w);
            total += w;
            clusters ^= mix(c);
          } else {
            double prev = clusterWeightAt.getOrDefault(c, 0.0);   // present: k > 1
            if (w > prev) {
              clusterWeightAt.put(c, w);
              total += w - prev;
            }
          }
        } else {
          int c = cluster[ev - n];
          int k = activePerCluster.merge(c, -1, Integer::sum);
          count--;
          if (k == 0) {
            activePerCluster.remove(c);
            Double w = clusterWeightAt.remove(c);
            if (w != null) total -= w;
            clusters ^= mix(c);
          }
          // while a cluster stays active its weight stays the largest of its members seen: order-free
        }
      }
      if (pos >= regions || count == 0) continue;
      double t = round(total);
      if (t > best) {
        best = t;
        bestRegion = pos;
        bestCount = count;
        bestClusters = clusters;
        tied = false;
      } else if (t == best) {
        if (clusters != bestClusters) tied = true;
        if (count > bestCount && clusters == bestClusters) {
          bestRegion = pos;
          bestCount = count;
        }
      }
    }
    if (bestRegion < 0) return new Result(new int[0], 0, false);
    List<Integer> members = new ArrayList<>();
    for (int i = 0; i < n; i++) if (from[i] <= bestRegion && bestRegion <= to[i]) members.add(i);
    return new Result(members.stream().mapToInt(Integer::intValue).toArray(), best, tied);
  }

  private static long mix(int c) {
    long z = c * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static int position(int ev, int n, int[] from, int[] to) {
    return ev < n ? from[ev] : to[ev - n] + 1;
  }

  private static double round(double v) {
    return Math.round(v * 1e9) / 1e9;
  }
}
