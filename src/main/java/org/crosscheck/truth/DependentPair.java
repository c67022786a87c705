package org.crosscheck.truth;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * Two sources found to depend on each other (one copies the other, or both copy a third): on the
 * items where sources disagree, they give the very same value far more often than independent
 * observers would.
 *
 * <p>Immutable and thread-safe.
 *
 * @param first the source whose name sorts first
 * @param second the other source
 * @param dependence 0 (independent) to 1 (a copy); their shared votes are discounted by it
 * @param contested the contested items both spoke about (items on which some sources disagree), as
 *     counted in the sample of pairs drawn for copy detection ({@link TruthConfig#copySample()})
 * @param identical how many of those they gave the identical value on
 * @param likelyCopier which of the two is the likelier copier, when Bayesian copy detection found
 *     one direction at least ten times likelier than the other (a Bayes factor of 10); empty when
 *     the data does not say (or the pair was found by agreement alone)
 */
public record DependentPair(String first, String second, double dependence, long contested, long identical,
    String likelyCopier) {
  /**
   * @throws IllegalArgumentException if the likely copier is neither of the two (nor empty)
   */
  public DependentPair {
    checkNotNull(first, "first");
    checkNotNull(second, "second");
    checkNotNull(likelyCopier, "likelyCopier");
    checkArgument(likelyCopier.isEmpty() || likelyCopier.equals(first) || likelyCopier.equals(second),
        "the likely copier is one of the pair ('%s', '%s') or empty, got '%s'", first, second, likelyCopier);
  }

  /** A pair whose direction is not known. */
  public DependentPair(String first, String second, double dependence, long contested, long identical) {
    this(first, second, dependence, contested, identical, "");
  }

  /** Share of the contested items on which the two gave the identical value. */
  public double agreement() {
    return contested == 0 ? 0 : identical / (double) contested;
  }

  /**
   * {@code flights ~ flylouisville: dependence 1.00 (identical on 93755 of 93755 contested items)},
   * then {@code , flylouisville likely copies} when the direction is known.
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s ~ %s: dependence %.2f (identical on %d of %d contested items)%s", first,
        second, dependence, identical, contested, likelyCopier.isEmpty() ? "" : ", " + likelyCopier + " likely copies");
  }
}
