package org.crosscheck.truth;

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
 */
public record DependentPair(String first, String second, double dependence, long contested, long identical) {
  public DependentPair {
    checkNotNull(first, "first");
    checkNotNull(second, "second");
  }

  /** Share of the contested items on which the two gave the identical value. */
  public double agreement() {
    return contested == 0 ? 0 : identical / (double) contested;
  }

  /** {@code flights ~ flylouisville: dependence 1.00 (identical on 93755 of 93755 contested items)}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s ~ %s: dependence %.2f (identical on %d of %d contested items)", first,
        second, dependence, identical, contested);
  }
}
