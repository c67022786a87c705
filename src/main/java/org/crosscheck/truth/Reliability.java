package org.crosscheck.truth;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Source;
import org.crosscheck.reconcile.Group;
import org.crosscheck.reconcile.Report;
import org.crosscheck.value.Label;
import org.crosscheck.value.Value;

/**
 * Source reliability for reconciled claims: the bridge from a {@link Report} to the truth-discovery
 * core. Each group is an item (for a measure that changes over time, each of its times of validity),
 * each outlet a source, each claim an observation; the estimated
 * accuracies then weight the consensus of every group ({@link Estimate#weights()} for {@link
 * org.crosscheck.reconcile.Reconciler#withWeights}).
 *
 * <p>With few claims per outlet the estimates stay near the prior and change little; with many
 * they say which outlets' figures usually hold. Each estimate carries its uncertainty ({@link
 * SourceReliability#interval()}, from the claims it rests on), and outlets whose articles echo
 * one another are linked for copy detection.
 */
public final class Reliability {
  /** The least weight a claim gets, so that no outlet is silenced outright. */
  public static final double MIN_WEIGHT = 0.05;

  private Reliability() {}

  /**
   * What the estimate found.
   *
   * @param sources each outlet's estimated accuracy, claims, agreements and dependents, by name
   * @param dependentPairs outlets found to copy one another
   * @param result the full truth-discovery result
   */
  public record Estimate(ImmutableList<SourceReliability> sources, ImmutableList<DependentPair> dependentPairs,
      TruthResult result) {
    /**
     * What the estimate found.
     *
     * @throws NullPointerException if the result is null
     */
    public Estimate {
      sources = ImmutableList.copyOf(sources);
      dependentPairs = ImmutableList.copyOf(dependentPairs);
      checkNotNull(result, "result");
    }

    /** Accuracy by source name. */
    public ImmutableSortedMap<String, Double> accuracies() {
      ImmutableSortedMap.Builder<String, Double> b = ImmutableSortedMap.naturalOrder();
      for (SourceReliability s : sources) b.put(s.source(), s.accuracy());
      return b.build();
    }

    /** A claim's weight: its outlet's estimated accuracy (at least {@link #MIN_WEIGHT}); 1 for unknown outlets. */
    public ToDoubleFunction<Claim> weights() {
      Map<String, Double> acc = accuracies();
      return c -> {
        Double a = acc.get(sourceOf(c));
        return a == null ? 1.0 : Math.max(MIN_WEIGHT, a);
      };
    }
  }

  /** The name a claim is attributed to for reliability: its outlet, else its innermost known source. */
  public static String sourceOf(Claim c) {
    Source s = c.attribution().outlet() != null ? c.attribution().outlet() : c.attribution().origin();
    return s == null ? "unknown source" : s.name();
  }

  /** Estimates every outlet's reliability from the groups of {@code report}. */
  public static Estimate estimate(Report report, TruthConfig config) {
    return estimate(report, config, Map.of());
  }

  /**
   * Estimates every outlet's reliability from the groups of {@code report}, with echoes between
   * documents as one more signal of copying: an outlet whose article rewrites another outlet's
   * ({@code echoes}: rewrite document id to original document id, as {@link
   * org.crosscheck.truth.echo.EchoDetector#links} gives them) is linked to that outlet ({@link
   * TruthProblem.Builder#link}), so that copy detection starts from {@link TruthConfig#linkPrior()}
   * for the pair and their shared figures count about once. Echoes within one outlet, and those
   * of documents none of whose claims was compared, link nothing.
   */
  public static Estimate estimate(Report report, TruthConfig config, Map<String, String> echoes) {
    checkNotNull(echoes, "echoes");
    TruthProblem.Builder b = TruthProblem.builder();
    Map<String, String> outletOf = new HashMap<>();
    Map<String, Integer> attributes = new HashMap<>();
    for (Group g : report.groups()) {
      Value first = g.claims().get(0).value();
      boolean categorical = first instanceof Label;
      String name = g.key().measureId() + (categorical ? ":category" : "");
      int attribute = attributes.computeIfAbsent(name,
          n -> b.attribute(categorical ? Attribute.categorical(n) : Attribute.continuous(n, 0)));
      // a changing measure is a different item at each time of validity: 35% on 3 November and 25% on
      // 20 November are two facts, not a disagreement
      boolean changing = g.claims().get(0).measure().changesOverTime();
      Map<String, Integer> items = new HashMap<>();
      for (Claim c : g.claims()) {
        if ((c.value() instanceof Label) != categorical || g.consensus().incomparableIds().contains(c.id())) continue;
        String key = g.key() + (changing && c.validity() != null ? "@" + c.validity() : "");
        int item = items.computeIfAbsent(key, k -> b.item(k, attribute));
        b.observe(item, b.source(sourceOf(c)), c.value());
        String document = c.document();
        if (document != null) outletOf.putIfAbsent(document, sourceOf(c));
      }
    }
    // sorted, so that the links do not depend on the map's order (the problem sorts them anyway)
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(echoes).entrySet()) {
      String copier = outletOf.get(e.getKey());
      String original = outletOf.get(e.getValue());
      if (copier != null && original != null && !copier.equals(original)) {
        b.link(b.source(copier), b.source(original));
      }
    }
    TruthResult result = TruthDiscovery.run(b.build(), config);
    return new Estimate(result.sources(), result.dependentPairs(), result);
  }

  /** Estimates every outlet's reliability from the groups of {@code report} under {@link TruthConfig#defaults()}. */
  public static Estimate estimate(Report report) {
    return estimate(report, TruthConfig.defaults());
  }
}
