package org.crosscheck.truth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The consensus of the items of multi-truth attributes ({@link Attribute#multiTruth}): each member
 * that some source gave is judged on its own, true when the sources that include it outweigh the
 * sources that leave it out.
 *
 * <p>A source that spoke about the item votes on every member: for it when its value holds the
 * member, against it otherwise, with the weight {@code max(0, ln(A / (1 − A)))} of its accuracy
 * {@code A} on the attribute (a binary choice: the odds of being right, without Accu's count of
 * false values), divided by its copy discount among the sources that voted the same way (a cluster
 * of copies votes about once, as in the single-truth vote). A member is true when the votes for it
 * exceed the votes against it; at a tie, when it belongs to the single-truth choice. When no member
 * is true, the members of the single-truth choice are the answer (a set-valued answer is not
 * empty). Members are compared by their folded text (case and diacritics), shown by the first of
 * their spellings in {@code String} order, and listed in {@code String} order of those.
 *
 * <p>Stateless; the arrays passed in are read only.
 */
final class MultiTruth {
  private MultiTruth() {}

  /**
   * The members judged true of every item of a multi-truth attribute (null for the other items).
   *
   * @param accuracy each (source, attribute)'s accuracy, {@code source * attributes + attribute}
   * @param dependence the copy discounts, or null for none
   * @param chosenLo the single-truth choice of every item (a category code)
   */
  static @Nullable String @Nullable [] resolve(TruthProblem p, double[] accuracy, @Nullable Dependence dependence,
      double[] chosenLo) {
    boolean any = false;
    for (Attribute a : p.attributes()) any |= a.isMultiTruth();
    if (!any) return null;
    int attrs = p.attributes().size();
    int[] ics = p.itemClassStart();
    int[] cos = p.classObsStart();
    int[] os = p.obsSource();
    double[] clo = p.classLo();
    @Nullable String[] out = new String[p.itemCount()];
    Dependence.Scratch scratch = new Dependence.Scratch(p.sourceCount());
    for (int i = 0; i < p.itemCount(); i++) {
      int a = p.attributeOf(i);
      Attribute attribute = p.attributes().get(a);
      if (!attribute.isMultiTruth()) continue;
      // member key -> its display text; per class, the keys it holds
      TreeMap<String, String> display = new TreeMap<>();
      List<List<String>> classKeys = new ArrayList<>();
      List<String> chosen = new ArrayList<>();
      for (int c = ics[i]; c < ics[i + 1]; c++) {
        List<String> keys = new ArrayList<>();
        for (String m : attribute.members(p.category((int) clo[c]))) {
          String key = Similarities.fold(m);
          display.merge(key, m, (x, y) -> x.compareTo(y) <= 0 ? x : y);
          if (!keys.contains(key)) keys.add(key);
        }
        classKeys.add(keys);
        if (clo[c] == chosenLo[i]) chosen.addAll(keys);
      }
      List<String> members = new ArrayList<>();
      for (Map.Entry<String, String> m : display.entrySet()) {
        double score = vote(i, m.getKey(), classKeys, ics, cos, os, accuracy, attrs, a, dependence, scratch);
        if (score > 0 || (score == 0 && chosen.contains(m.getKey()))) members.add(m.getValue());
      }
      if (members.isEmpty()) {
        for (String key : chosen) members.add(display.get(key));
      }
      members.sort(null);
      out[i] = String.join(attribute.delimiter(), members);
    }
    return out;
  }

  /** The votes for member {@code key} of item {@code i} minus the votes against it. */
  private static double vote(int i, String key, List<List<String>> classKeys, int[] ics, int[] cos, int[] os,
      double[] accuracy, int attrs, int a, @Nullable Dependence dependence, Dependence.Scratch scratch) {
    int from = cos[ics[i]];
    int n = cos[ics[i + 1]] - from;
    int[] forSources = new int[n];
    int[] againstSources = new int[n];
    int f = 0;
    int g = 0;
    for (int c = ics[i]; c < ics[i + 1]; c++) {
      boolean holds = classKeys.get(c - ics[i]).contains(key);
      for (int o = cos[c]; o < cos[c + 1]; o++) {
        if (holds) forSources[f++] = os[o];
        else againstSources[g++] = os[o];
      }
    }
    return side(Arrays.copyOf(forSources, f), accuracy, attrs, a, dependence, scratch)
        - side(Arrays.copyOf(againstSources, g), accuracy, attrs, a, dependence, scratch);
  }

  /** The summed, copy-discounted weights of the sources {@code sources} (any order) on attribute {@code a}. */
  private static double side(int[] sources, double[] accuracy, int attrs, int a, @Nullable Dependence dependence,
      Dependence.Scratch scratch) {
    if (sources.length == 0) return 0;
    Arrays.sort(sources);
    float[] discount = new float[sources.length];
    if (dependence == null) Arrays.fill(discount, 1f);
    else dependence.discounts(sources, 0, sources.length, discount, 0, scratch);
    double sum = 0;
    for (int k = 0; k < sources.length; k++) {
      double acc = Math.min(1 - 1e-3, Math.max(1e-3, accuracy[sources[k] * attrs + a]));
      sum += Math.max(0, Math.log(acc / (1 - acc))) * discount[k];
    }
    return sum;
  }
}
