package org.crosscheck.truth;


/**
 * How far one categorical value of an attribute supports another: 1 for the same value, 0 for an
 * unrelated one, in between for values that say part of the same thing (a first author alone
 * and the full list; {@code D. E. Knuth} and {@code Donald E. Knuth}; 1,500 and 1,480).
 *
 * <p>{@link TruthDiscovery} adds to each candidate value the votes of the other values of its
 * item, each times its similarity to the candidate, and credits a source with the probability of
 * every candidate times the similarity of the source's value to it (the partial support of
 * AccuSim, Dong et al. 2009). Implementations must be symmetric, give 1 for equal texts and lie
 * in {@code [0..1]}; they are called with the display texts of the categories
 * ({@link TruthProblem#category}), a few times per pair of values of one item per run.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface ValueSimilarity {

  /** The similarity of two values' texts, in {@code [0..1]}; symmetric; 1 when they are equal. */
  double similarity(String a, String b);

  /** True when only equal values support each other (the engine then skips the similarity). */
  default boolean isExact() {
    return false;
  }

  /** Only equal values support each other: the default of a categorical attribute. */
  static ValueSimilarity exact() {
    return Similarities.Exact.INSTANCE;
  }

  /**
   * Lists of person names compared as multisets of name tokens, whatever their order, case or
   * diacritics: the Dice coefficient {@code 2 · matched / (|a| + |b|)}, where a token equal to one
   * of the other side matches fully and an initial or a prefix of at least three letters
   * ({@code d} and {@code donald}, {@code pete} and {@code peter}) matches by one half. A first
   * author alone is a subset of the full list and supports it in part (and is supported by it).
   */
  static ValueSimilarity nameTokens() {
    return Similarities.NameTokens.INSTANCE;
  }

  /**
   * Sets of members separated by {@code separator} (a regular expression), compared by the Dice
   * coefficient of their members (trimmed, case-folded): subsets, supersets and overlaps support
   * each other by the share of members they have in common.
   *
   * @throws IllegalArgumentException if the separator is empty
   */
  static ValueSimilarity members(String separator) {
    return new Similarities.Members(separator);
  }

  /**
   * Numbers written as labels: {@code max(0, 1 − |x − y| / scale)}; texts that are not both
   * numbers support each other only when equal.
   *
   * @throws IllegalArgumentException if {@code scale} is not a finite number {@code > 0}
   */
  static ValueSimilarity numeric(double scale) {
    return new Similarities.Numeric(scale);
  }
}
