package org.crosscheck.truth;


/**
 * How far observing one categorical value of an attribute supports another as the truth: 1 for
 * the same value, 0 for an unrelated one, in between for values that say part of the same thing
 * (a first author alone and the full list; {@code D. E. Knuth} and {@code Donald E. Knuth}; 1,500
 * and 1,480). It need not be symmetric: a list that leaves a name out is consistent with the full
 * list, while the full list says the short one is incomplete.
 *
 * <p>{@link TruthDiscovery} adds to each candidate value the votes of the other values of its
 * item, each times the support it gives the candidate (the partial support of AccuSim, Dong et al.
 * 2009); a source is still credited only with the probability of its own value (accuracy is the
 * probability of giving the true value). Implementations must give 1 for equal texts and lie in
 * {@code [0..1]}; they are called with the display texts of the categories
 * ({@link TruthProblem#category}), once per ordered pair of values of an item per run.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface ValueSimilarity {

  /**
   * How far a source giving {@code observed} supports {@code candidate} as the true value, in
   * {@code [0..1]}; 1 when they are equal.
   */
  double similarity(String observed, String candidate);

  /**
   * Fills the {@code k × k} support matrix of an item's {@code k} values, row by row from
   * {@code offset}: entry {@code (j, m)} is {@code similarity(values[m], values[j])}, the support
   * that observing value {@code m} gives candidate {@code j}. Override to prepare each value once.
   */
  default void fill(java.util.List<String> values, double[] out, int offset) {
    int k = values.size();
    for (int j = 0; j < k; j++) {
      for (int m = 0; m < k; m++) {
        out[offset + j * k + m] = j == m ? 1 : similarity(values.get(m), values.get(j));
      }
    }
  }

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
   * diacritics: {@code matched / (matched + extra + missing / 2)}, where a token equal to one of
   * the other side matches fully, an initial or a prefix of at least three letters ({@code d} and
   * {@code donald}, {@code pete} and {@code peter}) matches by one half, {@code extra} counts the
   * observed tokens the candidate lacks and {@code missing} the candidate's tokens the observation
   * lacks. Leaving a name out is half the error of adding one: a first author alone supports the
   * full list more (1/2 for one name of three) than the full list supports it (1/3).
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
