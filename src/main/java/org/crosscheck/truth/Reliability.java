package org.crosscheck.truth;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.function.ToDoubleFunction;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Source;
import org.crosscheck.reconcile.Group;
import org.crosscheck.reconcile.Report;
import org.crosscheck.value.Interval;
import org.crosscheck.value.IntervalPolicy;
import org.crosscheck.value.Label;
import org.crosscheck.value.Quantity;
import org.jspecify.annotations.Nullable;

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
   * of documents none of whose claims was compared, link nothing. No measure is set-valued.
   */
  public static Estimate estimate(Report report, TruthConfig config, Map<String, String> echoes) {
    return estimate(report, config, echoes, List.of());
  }

  /**
   * A categorical measure whose claims are sets (the towns a side still holds, the parties to an
   * agreement): each label lists members separated by {@code delimiter}. Its groups become items of
   * a {@linkplain Attribute#multiTruth multi-truth} attribute whose labels support one another by
   * the members they share ({@link ValueSimilarity#members}), and an outlet's reliability on it
   * counts the members it got right, not only whole sets.
   *
   * <p>Immutable and thread-safe.
   *
   * @param measureId the measure's id ({@link org.crosscheck.claim.Measure#id()})
   * @param delimiter the text between members ({@code "; "}), split literally, members trimmed
   */
  public record SetValued(String measureId, String delimiter) {
    /**
     * A set-valued measure.
     *
     * @throws IllegalArgumentException if the measure id or the delimiter is blank
     */
    public SetValued {
      checkNotNull(measureId, "measureId");
      checkNotNull(delimiter, "delimiter");
      checkArgument(!measureId.isBlank(), "a set-valued measure needs its measure id, got a blank string");
      checkArgument(!delimiter.isBlank(), "a set-valued measure needs a delimiter such as \";\", got '%s'", delimiter);
    }
  }

  /**
   * Estimates every outlet's reliability as {@link #estimate(Report, TruthConfig, Map)} does, the
   * claims of the measures in {@code setValued} being sets of members.
   *
   * <p>Each measure is one attribute (its labels another), judged in its own unit ({@link
   * #unitOf}): quantities are compared in the base unit of their dimension (items, percent,
   * metres, days), dates as days, moments as minutes, and the deviation histograms that find an
   * outlet systematically off count in bins of that unit.
   *
   * @throws IllegalArgumentException if two entries of {@code setValued} name one measure
   */
  public static Estimate estimate(Report report, TruthConfig config, Map<String, String> echoes,
      List<SetValued> setValued) {
    checkNotNull(echoes, "echoes");
    checkNotNull(setValued, "setValued");
    Map<String, String> delimiters = new HashMap<>();
    for (SetValued v : setValued) {
      String before = delimiters.put(v.measureId(), v.delimiter());
      checkArgument(before == null, "the measure '%s' is set-valued twice (delimiters '%s' and '%s'); give it once",
          v.measureId(), before, v.delimiter());
    }
    // first the attributes, each in its own unit, which depends on the magnitude of all its values
    Map<String, Measure> measureOf = new LinkedHashMap<>();
    Map<String, List<Double>> magnitudes = new HashMap<>();
    for (Group g : report.groups()) {
      boolean categorical = g.claims().get(0).value() instanceof Label;
      for (Claim c : g.claims()) {
        if (!counts(g, c, categorical)) continue;
        String name = attributeName(g, categorical);
        measureOf.putIfAbsent(name, c.measure());
        if (c.value() instanceof Quantity q) {
          Interval i = q.baseInterval(IntervalPolicy.DEFAULT);
          java.math.BigDecimal lower = i.lower();
          java.math.BigDecimal upper = i.upper();
          if (lower != null && upper != null) {
            double mid = (lower.doubleValue() + upper.doubleValue()) / 2;
            magnitudes.computeIfAbsent(name, n -> new ArrayList<>()).add(Math.abs(mid));
          }
        }
      }
    }
    TruthProblem.Builder b = TruthProblem.builder();
    Map<String, Integer> attributes = new HashMap<>();
    for (Map.Entry<String, Measure> e : measureOf.entrySet()) {
      String name = e.getKey();
      Measure m = e.getValue();
      Attribute attribute;
      if (name.endsWith(CATEGORY_SUFFIX)) {
        String delimiter = delimiters.get(m.id());
        attribute = delimiter == null ? Attribute.categorical(name)
            : Attribute.categorical(name, ValueSimilarity.members(Pattern.quote(delimiter.strip()))).multiTruth(
                delimiter.strip());
      } else {
        attribute = Attribute.continuous(name, 0).withUnit(unitOf(m, median(magnitudes.get(name))));
      }
      attributes.put(name, b.attribute(attribute));
    }
    Map<String, String> outletOf = new HashMap<>();
    for (Group g : report.groups()) {
      boolean categorical = g.claims().get(0).value() instanceof Label;
      int attribute = -1;
      // a changing measure is a different item at each time of validity: 35% on 3 November and 25% on
      // 20 November are two facts, not a disagreement
      boolean changing = g.claims().get(0).measure().changesOverTime();
      Map<String, Integer> items = new HashMap<>();
      for (Claim c : g.claims()) {
        if (!counts(g, c, categorical)) continue;
        if (attribute < 0) {
          String name = attributeName(g, categorical);
          attribute = java.util.Objects.requireNonNull(attributes.get(name), name); // made in the first pass
        }
        int a = attribute;
        String key = g.key() + (changing && c.validity() != null ? "@" + c.validity() : "");
        int item = items.computeIfAbsent(key, k -> b.item(k, a));
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

  private static final String CATEGORY_SUFFIX = ":category";

  /** Whether claim {@code c} of group {@code g} enters the estimate: comparable, of the group's family. */
  private static boolean counts(Group g, Claim c, boolean categorical) {
    return (c.value() instanceof Label) == categorical && !g.consensus().incomparableIds().contains(c.id());
  }

  private static String attributeName(Group g, boolean categorical) {
    return g.key().measureId() + (categorical ? CATEGORY_SUFFIX : "");
  }

  /** The median of {@code values}, 0 when there are none. */
  static double median(@Nullable List<Double> values) {
    if (values == null || values.isEmpty()) return 0;
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /**
   * The unit in which the deviations of a numeric measure from the consensus are judged ({@link
   * Attribute#unit()}): the bin width of the histograms that find an outlet systematically off, so
   * that {@link TruthConfig#scopeWindow()} and {@link TruthConfig#offsetSpread()} (60 and 2 units
   * by default) mean something alike for every measure.
   *
   * <ul>
   *   <li>a share: half a percentage point (values in percent);
   *   <li>the date of an event, a duration: one day (values in days);
   *   <li>a moment: one minute;
   *   <li>a count, a distance, an area and anything else: the power of ten nearest below a
   *       hundredth of {@code typical}, the typical magnitude of the measure's values in its base
   *       unit (items, metres, square metres), and at least 1: ten people for counts of fighters in
   *       the thousands, one for counts in the tens, a hundred metres for distances of tens of
   *       kilometres.
   * </ul>
   *
   * @param typical the median magnitude of the measure's values in the base unit, 0 if unknown
   * @throws IllegalArgumentException if {@code typical} is negative or not finite
   */
  public static double unitOf(Measure measure, double typical) {
    checkNotNull(measure, "measure");
    checkArgument(typical >= 0 && Double.isFinite(typical), "typical is a magnitude >= 0, got %s", typical);
    return switch (measure.kind()) {
      case SHARE -> 0.5;
      case EVENT_DATE, DURATION, MOMENT -> 1;
      case COUNT, DISTANCE, AREA, CATEGORY, OTHER -> typical < 1 ? 1
          : Math.max(1, Math.pow(10, Math.floor(Math.log10(typical)) - 2));
    };
  }

  /** Estimates every outlet's reliability from the groups of {@code report} under {@link TruthConfig#defaults()}. */
  public static Estimate estimate(Report report) {
    return estimate(report, TruthConfig.defaults());
  }
}
