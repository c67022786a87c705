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
    Outcome o = judge(p, accuracy, dependence, chosenLo);
    return o == null ? null : o.sets;
  }

  /**
   * What the member votes found: per item, the members judged true (null for the items of other
   * attributes); per class of a multi-truth item, the share of the item's members (every member
   * some source gave) on which the class's value says what the consensus says, holding the members
   * judged true and leaving out the others (NaN for the classes of other items).
   */
  record Outcome(@Nullable String[] sets, double[] classShare) {}

  /** The member votes of every multi-truth item; null when the problem has no multi-truth attribute. */
  static @Nullable Outcome judge(TruthProblem p, double[] accuracy, @Nullable Dependence dependence,
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
    double[] share = new double[p.classCount()];
    Arrays.fill(share, Double.NaN);
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
      List<String> trueKeys = new ArrayList<>();
      for (Map.Entry<String, String> m : display.entrySet()) {
        double score = vote(i, m.getKey(), classKeys, ics, cos, os, accuracy, attrs, a, dependence, scratch);
        if (score > 0 || (score == 0 && chosen.contains(m.getKey()))) {
          members.add(m.getValue());
          trueKeys.add(m.getKey());
        }
      }
      if (members.isEmpty()) {
        for (String key : chosen) {
          members.add(display.get(key));
          trueKeys.add(key);
        }
      }
      members.sort(null);
      out[i] = String.join(attribute.delimiter(), members);
      for (int c = ics[i]; c < ics[i + 1]; c++) {
        List<String> keys = classKeys.get(c - ics[i]);
        int right = 0;
        for (String key : display.keySet()) right += keys.contains(key) == trueKeys.contains(key) ? 1 : 0;
        share[c] = right / (double) display.size();
      }
    }
    return new Outcome(out, share);
  }

  /**
   * The reliabilities of the sources on multi-truth attributes, as multi-truth: a claim is credited
   * with the share of the item's members on which it says what the consensus says (a member it
   * holds that was judged true, a member it leaves out that was judged false), not with the
   * probability of its whole set, which a source right on four towns of five would never earn.
   *
   * <p>Each (source, multi-truth attribute)'s accuracy is {@code (Σ shares + k · A_s) / (claims +
   * k)}, shrunk towards the source's overall accuracy {@code A_s} as in the single-truth fold; the
   * overall accuracy sums the single-truth attributes' support and the multi-truth shares over all
   * the source's claims, shrunk towards {@link TruthConfig#priorAccuracy()} ({@code k} = {@link
   * TruthConfig#priorStrength()}). A claim agrees with the consensus when its set is the
   * consensus's set (share 1). The sums are in fixed point, so the result does not depend on the
   * order of items or sources. Updates {@code run.accuracy}, {@code run.sourceAccuracy} and the
   * last pass's agreements on the multi-truth attributes; the accuracies of single-truth
   * attributes stay as the run found them.
   *
   * <p>The members themselves stay as {@link #judge} found them with the run's weights: judging
   * them again with these accuracies (in rounds until the sets settle) was measured on Book's
   * name tokens and lowered the exact precision from 0.820 to 0.780, so the member vote keeps the
   * weights of the single-truth fold and only the reliabilities are multi-truth.
   */
  static void reliability(TruthDiscovery.Run run, Outcome outcome) {
    TruthProblem p = run.p;
    int attrs = run.attrs;
    int sources = run.sources;
    int[] ics = p.itemClassStart();
    int[] cos = p.classObsStart();
    int[] os = p.obsSource();
    boolean[] multi = new boolean[attrs];
    for (int a = 0; a < attrs; a++) multi[a] = p.attributes().get(a).isMultiTruth();
    long[] shares = new long[sources * attrs]; // fixed point, as the run's support
    long[] exact = new long[sources * attrs];
    for (int i = 0; i < p.itemCount(); i++) {
      int a = p.attributeOf(i);
      if (!multi[a]) continue;
      for (int c = ics[i]; c < ics[i + 1]; c++) {
        long share = Math.round(outcome.classShare[c] * TruthDiscovery.FIXED);
        boolean whole = outcome.classShare[c] == 1;
        for (int o = cos[c]; o < cos[c + 1]; o++) {
          shares[os[o] * attrs + a] += share;
          exact[os[o] * attrs + a] += whole ? 1 : 0;
        }
      }
    }
    double k = run.cfg.priorStrength();
    for (int s = 0; s < sources; s++) {
      long support = 0;
      long claims = 0;
      boolean any = false;
      for (int a = 0; a < attrs; a++) {
        int sa = s * attrs + a;
        claims += run.last.claims[sa];
        support += multi[a] ? shares[sa] : run.last.support[sa];
        any |= multi[a] && run.last.claims[sa] > 0;
      }
      if (!any) continue;
      run.sourceAccuracy[s] = (support / TruthDiscovery.FIXED + k * run.cfg.priorAccuracy()) / (claims + k);
      for (int a = 0; a < attrs; a++) {
        if (!multi[a]) continue;
        int sa = s * attrs + a;
        run.accuracy[sa] = (shares[sa] / TruthDiscovery.FIXED + k * run.sourceAccuracy[s]) / (run.last.claims[sa] + k);
        run.last.agreements[sa] = exact[sa];
      }
    }
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
