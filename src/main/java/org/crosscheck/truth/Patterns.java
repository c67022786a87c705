package org.crosscheck.truth;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The distinct <em>source patterns</em> of a run: an attribute and the list of sources that gave
 * one value class. Everything a class contributes to an iteration depends on its sources only
 * through its pattern — the weight of its vote is {@code Σ weight(s, a) · discount}, and the
 * evidence it earns goes to every source of the pattern alike — so an iteration works on patterns:
 * one weighted sum per pattern, one accumulator per pattern, one scatter to the sources per
 * pattern. Real sources repeat themselves (the same sites report the same flights, copies move
 * together): on Flight 395,545 classes share 17,354 patterns with 237,233 members in all, against
 * 2.79 M observations.
 *
 * <p>A member's copy discount is a function of the pattern too (its dependent partners among the
 * pattern's sources), so it is computed once, when the pattern is first seen.
 *
 * <p>Not thread-safe: patterns are added between iterations, by one thread.
 */
final class Patterns {
  /** The dependence the copy discounts come from; null until known (the discounts are then filled when it is). */
  private @Nullable Dependence dependence;
  private final int attrs;
  /** Members of pattern {@code P}: {@code start[P] .. start[P+1]-1}. */
  int[] start = new int[1025];
  /** Each member's key {@code source * attrs + attribute}. */
  int[] sa = new int[4096];
  /** Each member's copy discount. */
  float[] discount = new float[4096];
  int count;
  int members;
  /** The pattern of a single source on an attribute, by key; -1 until seen. */
  private final int[] single;
  /** Open addressing over multi-source patterns: the hash's high half, and the pattern id + 1. */
  private long[] table = new long[4096];
  private int tabled;
  /** Lookups after which deduplication is judged worth it or not. */
  static final int PROBE = 4096;
  private int lookups;
  private int hits;
  private boolean dedupe = true;
  private final Dependence.Scratch scratch;
  private boolean dependent;

  /** Patterns whose copy discounts come from {@code dependence}, or are filled by {@link #dependOn} when null. */
  Patterns(int sources, int attrs, @Nullable Dependence dependence) {
    this.attrs = attrs;
    this.single = new int[sources * attrs];
    Arrays.fill(single, -1);
    this.scratch = new Dependence.Scratch(sources);
    if (dependence != null) dependOn(dependence);
  }

  /** Sets the dependence, once, and computes the copy discounts of the patterns added so far. */
  void dependOn(Dependence d) {
    if (dependence != null) throw new IllegalStateException("the dependence is set already");
    dependence = d;
    dependent = !d.isEmpty();
    if (!dependent) return; // the discounts are 1, as added
    int[] sources = new int[16];
    for (int q = 0; q < count; q++) {
      int n = size(q);
      if (n < 2) continue;
      if (sources.length < n) sources = new int[Math.max(n, sources.length * 2)];
      for (int m = 0; m < n; m++) sources[m] = sa[start[q] + m] / attrs;
      d.discounts(sources, 0, n, discount, start[q], scratch);
    }
  }

  int size(int pattern) {
    return start[pattern + 1] - start[pattern];
  }

  /**
   * The pattern of the sources {@code os[from..to)} on attribute {@code a}, added if new. When the
   * first {@link #PROBE} lookups of multi-source patterns find fewer than half of them known, the
   * sources rarely repeat and looking up costs more than it saves: from then on every such class
   * is a pattern of its own. Either way a pass computes the same sums.
   */
  int of(int[] os, int from, int to, int a) {
    if (to - from == 1) {
      int key = os[from] * attrs + a;
      int id = single[key];
      if (id < 0) {
        id = add(os, from, to, a);
        single[key] = id;
      }
      return id;
    }
    if (!dedupe) return add(os, from, to, a);
    long h = a;
    for (int o = from; o < to; o++) h = h * 31 + os[o];
    h = Dependence.mix((int) h, (int) (h >>> 32), to - from);
    int mask = table.length - 1;
    int slot = (int) h & mask;
    long tag = h >>> 32 << 32;
    while (true) {
      long entry = table[slot];
      if (entry == 0) break;
      if ((entry & 0xffffffff00000000L) == tag) {
        int id = (int) entry - 1;
        if (same(id, os, from, to, a)) {
          hits++;
          lookups++;
          return id;
        }
      }
      slot = (slot + 1) & mask;
    }
    if (++lookups >= PROBE && hits < lookups / 2) dedupe = false;
    int id = add(os, from, to, a);
    table[slot] = tag | (id + 1);
    if (++tabled * 2 > table.length) rehash();
    return id;
  }

  private boolean same(int id, int[] os, int from, int to, int a) {
    int m = start[id];
    if (start[id + 1] - m != to - from) return false;
    for (int o = from; o < to; o++, m++) if (sa[m] != os[o] * attrs + a) return false;
    return true;
  }

  private int add(int[] os, int from, int to, int a) {
    int n = to - from;
    if (count + 1 == start.length) start = Arrays.copyOf(start, start.length * 2);
    if (members + n > sa.length) {
      int m = Math.max(members + n, sa.length * 2);
      sa = Arrays.copyOf(sa, m);
      discount = Arrays.copyOf(discount, m);
    }
    for (int o = from; o < to; o++) sa[members + o - from] = os[o] * attrs + a;
    if (dependent && n > 1) {
      java.util.Objects.requireNonNull(dependence, "dependent").discounts(os, from, to, discount, members, scratch);
    } else {
      Arrays.fill(discount, members, members + n, 1f);
    }
    members += n;
    start[++count] = members;
    return count - 1;
  }

  private void rehash() {
    long[] old = table;
    table = new long[old.length * 2];
    int mask = table.length - 1;
    for (long entry : old) {
      if (entry == 0) continue;
      int id = (int) entry - 1;
      long h = rehashKey(id);
      int slot = (int) h & mask;
      while (table[slot] != 0) slot = (slot + 1) & mask;
      table[slot] = entry;
    }
  }

  /** The hash {@link #of} computed for pattern {@code id}, from its members. */
  private long rehashKey(int id) {
    int a = sa[start[id]] % attrs;
    long h = a;
    for (int m = start[id]; m < start[id + 1]; m++) h = h * 31 + sa[m] / attrs;
    return Dependence.mix((int) h, (int) (h >>> 32), start[id + 1] - start[id]);
  }

  /** {@code out[P] = Σ weight[sa] · discount} over the members of patterns {@code from..to-1}. */
  void weights(double[] weight, double[] out, int from, int to) {
    int[] st = start;
    int[] key = sa;
    float[] d = discount;
    for (int p = from; p < to; p++) {
      double w = 0;
      for (int m = st[p]; m < st[p + 1]; m++) w += weight[key[m]] * d[m];
      out[p] = w;
    }
  }
}
