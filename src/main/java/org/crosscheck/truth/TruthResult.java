package org.crosscheck.truth;

import static com.google.common.base.Preconditions.checkElementIndex;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What {@link TruthDiscovery} found: the consensus value of every item, each source's reliability,
 * the dependent pairs, and the systematic differences.
 *
 * <p>Immutable and thread-safe.
 */
public final class TruthResult {
  private final Consensus consensus;
  private final ImmutableList<SourceReliability> sources;
  private final ImmutableList<DependentPair> dependentPairs;
  private final ImmutableList<SystematicDifference> differences;
  private final double[] accuracy;
  private final int attributes;
  private final int iterations;
  private final int warmStartIterations;
  private final int warmStartShare;
  private final boolean copyDetectionSkipped;
  private final int copyRounds;

  private TruthResult(Consensus consensus, List<SourceReliability> sources, List<DependentPair> pairs,
      List<SystematicDifference> differences, double[] accuracy, int attributes, int iterations,
      int warmStartIterations, int warmStartShare, boolean skipped, int copyRounds) {
    this.consensus = consensus;
    this.sources = ImmutableList.copyOf(sources);
    this.dependentPairs = ImmutableList.copyOf(pairs);
    this.differences = ImmutableList.copyOf(differences);
    this.accuracy = accuracy;
    this.attributes = attributes;
    this.iterations = iterations;
    this.warmStartIterations = warmStartIterations;
    this.warmStartShare = warmStartShare;
    this.copyDetectionSkipped = skipped;
    this.copyRounds = copyRounds;
  }

  static TruthResult build(TruthDiscovery.Run run, Consensus consensus) {
    TruthProblem p = run.p;
    Dependence dependence = java.util.Objects.requireNonNull(run.dependence, "found by the run");
    List<SourceReliability> reliabilities = new ArrayList<>();
    for (int s = 0; s < run.sources; s++) {
      long claims = 0;
      long agreements = 0;
      ImmutableSortedMap.Builder<String, Double> byAttribute = ImmutableSortedMap.naturalOrder();
      for (int a = 0; a < run.attrs; a++) {
        int sa = s * run.attrs + a;
        claims += run.last.claims[sa];
        agreements += run.last.agreements[sa];
        if (run.last.claims[sa] > 0) byAttribute.put(p.attributes().get(a).name(), run.accuracy[sa]);
      }
      TreeSet<String> dependents = new TreeSet<>();
      for (int t : dependence.partners[s]) dependents.add(p.sourceName(t));
      reliabilities.add(new SourceReliability(p.sourceName(s), run.sourceAccuracy[s], claims, agreements,
          claims + run.cfg.priorStrength(), byAttribute.buildOrThrow(), ImmutableList.copyOf(dependents)));
    }
    List<DependentPair> pairs = new ArrayList<>(dependence.pairs);
    pairs.sort(Comparator.comparing(DependentPair::first).thenComparing(DependentPair::second));
    List<SystematicDifference> differences = new ArrayList<>(run.differences);
    differences.sort(Comparator.comparing(SystematicDifference::source).thenComparing(SystematicDifference::attribute));
    return new TruthResult(consensus, reliabilities, pairs, differences, run.accuracy.clone(), run.attrs,
        run.iterations, run.warmStartIterations, run.warmStartShare, false, 0);
  }

  /** This result, noting that it came after {@code rounds} rounds of Bayesian copy detection. */
  TruthResult afterCopyRounds(int rounds) {
    return new TruthResult(consensus, sources, dependentPairs, differences, accuracy, attributes, iterations,
        warmStartIterations, warmStartShare, copyDetectionSkipped, rounds);
  }

  /**
   * How many rounds of Bayesian copy detection ran ({@link TruthConfig#copyRounds()} at most): the
   * last judged the pairs settled, or its run changed no chosen value. 0 when none ran.
   */
  public int copyRounds() {
    return copyRounds;
  }

  /** The chosen value of every item. */
  public Consensus consensus() {
    return consensus;
  }

  /** Every source's reliability, by source id (name order). */
  public ImmutableList<SourceReliability> sources() {
    return sources;
  }

  /** The estimated accuracy of source {@code s} on attribute {@code a}. */
  public double accuracy(int s, int a) {
    checkElementIndex(a, attributes, "attribute");
    return accuracy[checkElementIndex(s, sources.size(), "source") * attributes + a];
  }

  /** The dependent source pairs, ordered by name. */
  public ImmutableList<DependentPair> dependentPairs() {
    return dependentPairs;
  }

  /** The systematic differences found, ordered by source and attribute. */
  public ImmutableList<SystematicDifference> systematicDifferences() {
    return differences;
  }

  /**
   * How many iterations (passes over all items) ran. On a large problem a warm start on a sample
   * of the items ran before them; {@link #toString()} says how many iterations it took.
   */
  public int iterations() {
    return iterations;
  }

  /**
   * True when copy detection was skipped for lack of room for the pair counts. Pair counts are
   * sampled with a budget per observation and kept in a hash table when the sources are many, so
   * this no longer happens; always false.
   */
  public boolean copyDetectionSkipped() {
    return copyDetectionSkipped;
  }

  /** The sources, the dependent pairs and the systematic differences, one per line. */
  public String table() {
    StringBuilder out = new StringBuilder();
    String nl = "\n";
    out.append("sources (accuracy, claims, agreements):").append(nl);
    for (SourceReliability r : sources) out.append("  ").append(r).append(nl);
    out.append("dependent pairs:").append(nl);
    for (DependentPair d : dependentPairs) out.append("  ").append(d).append(nl);
    if (copyDetectionSkipped) out.append("  (skipped: too many sources for pairwise counting)").append(nl);
    out.append("systematic differences:").append(nl);
    for (SystematicDifference d : differences) out.append("  ").append(d).append(nl);
    return out.toString();
  }

  /**
   * {@code TruthResult[38 sources, 40 dependent pairs, 20 systematic differences, 3 iterations
   * after 16 on a 1-in-32 sample, 2 rounds of copy detection]}.
   */
  @Override
  public String toString() {
    String warm = warmStartIterations == 0 ? ""
        : " after " + warmStartIterations + " on a 1-in-" + warmStartShare + " sample";
    String copies = copyRounds == 0 ? "" : ", " + copyRounds + " rounds of copy detection";
    return String.format(Locale.ROOT,
        "TruthResult[%d sources, %d dependent pairs, %d systematic differences, %d iterations%s%s]", sources.size(),
        dependentPairs.size(), differences.size(), iterations, warm, copies);
  }
}
