package org.crosscheck.english.internal;

import java.util.Set;
import org.crosscheck.value.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Nouns that say in what a figure of people is counted, and who it counts: families and households
 * are counted in families (rule {@code measure.counted-class}); the residents counted right after a
 * place's possessive are its population (rule {@code measure.population-possessive}).
 */
final class CountedUnits {
  /** Nouns of families and households. */
  private static final Set<String> FAMILY_NOUNS = Set.of("families", "family", "households", "household");
  private static final Unit FAMILIES = Unit.counting("family", "families");
  /** Nouns of those who live in a place. */
  private static final Set<String> RESIDENTS = Set.of("residents", "inhabitants", "people", "population");

  private CountedUnits() {}

  /** The families unit when {@code noun} (a token key) names families or households, else {@code null}. */
  static @Nullable Unit families(String noun) {
    return FAMILY_NOUNS.contains(noun) ? FAMILIES : null;
  }

  /**
   * Whether the figure at token {@code figure}, whose noun ends before token {@code nounTo}, counts
   * the residents of a place named by a possessive right before it: "half of the city's 300,000
   * residents have left" gives the city's population, not those who left.
   */
  static boolean populationAfterPossessive(EnglishDocument d, int figure, int nounTo) {
    return RESIDENTS.contains(d.key(nounTo - 1)) && figure >= 2 && Dateline.possessive(d, figure - 2);
  }
}
