package org.crosscheck.truth;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The value a method chose for every item of a {@link TruthProblem}: an interval {@code [lo..hi]}
 * (a point for times, a category code for labels) and the method's confidence in it. An item of a
 * {@linkplain Attribute#multiTruth multi-truth} attribute has, besides, the set of members judged
 * true ({@link #members}), which {@link #describe} shows.
 *
 * <p>Immutable and thread-safe (the arrays are never exposed).
 */
public final class Consensus {
  private final TruthProblem problem;
  private final String method;
  private final double[] lo;
  private final double[] hi;
  private final double[] confidence;
  /** Per item, the members judged true joined by the attribute's delimiter (multi-truth items only). */
  private final @Nullable String @Nullable [] sets;

  Consensus(TruthProblem problem, String method, double[] lo, double[] hi, double[] confidence) {
    this(problem, method, lo, hi, confidence, null);
  }

  Consensus(TruthProblem problem, String method, double[] lo, double[] hi, double[] confidence,
      @Nullable String @Nullable [] sets) {
    this.problem = checkNotNull(problem, "problem");
    this.method = checkNotNull(method, "method");
    this.lo = lo;
    this.hi = hi;
    this.confidence = confidence;
    this.sets = sets;
  }

  /** The problem whose items this consensus gives values for. */
  public TruthProblem problem() {
    return problem;
  }

  /** The method that produced it: {@code "majority vote"}, {@code "truth discovery"}. */
  public String method() {
    return method;
  }

  /** The lower end of the chosen value of {@code item} (the value itself for points and categories). */
  public double lo(int item) {
    return lo[checkElementIndex(item, lo.length, "item")];
  }

  /** The upper end of the chosen value of {@code item}. */
  public double hi(int item) {
    return hi[checkElementIndex(item, hi.length, "item")];
  }

  /** The method's confidence in the chosen value, in [0..1] (share of the vote for majority vote). */
  public double confidence(int item) {
    return confidence[checkElementIndex(item, confidence.length, "item")];
  }

  /**
   * The chosen value of {@code item} in the problem's notation: a number, an interval, or a label;
   * for a multi-truth item the members judged true, sorted, joined by the attribute's delimiter.
   */
  public String describe(int item) {
    String set = sets == null ? null : sets[checkElementIndex(item, sets.length, "item")];
    return set != null ? set : problem.describe(item, lo(item), hi(item));
  }

  /**
   * The members of {@code item}'s value judged true: for an item of a {@linkplain
   * Attribute#multiTruth multi-truth} attribute each member on its own (a set that no source may
   * have given whole), sorted; for any other item its chosen value alone.
   */
  public ImmutableList<String> members(int item) {
    Attribute a = problem.attributes().get(problem.attributeOf(checkElementIndex(item, lo.length, "item")));
    String value = describe(item);
    return a.isMultiTruth() ? ImmutableList.copyOf(a.members(value)) : ImmutableList.of(value);
  }

  /** {@code Consensus[majority vote, 205,806 items]}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Consensus[%s, %d items]", method, lo.length);
  }
}
