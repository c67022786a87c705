package org.crosscheck.value;

import java.math.BigDecimal;

/**
 * Turns hedges and vague quantifiers into numbers. The default policy uses each hedge's
 * {@link Hedge#defaultWidth()} and each quantifier's {@link VagueQuantifier#defaultInterval()};
 * a rule set supplies its own, so that "about" can mean ±5% in one newsroom and ±10% in another.
 */
public interface IntervalPolicy {

  /** Relative half-width of a hedge for a value in {@code unit}: 0.10 means ±10%. */
  BigDecimal hedgeWidth(Hedge hedge, Unit unit);

  /** Interval meant by a vague quantifier, in the quantifier's own scale (before the unit). */
  Interval vagueInterval(VagueQuantifier quantifier, Unit unit);

  /** The documented defaults. */
  IntervalPolicy DEFAULT = new IntervalPolicy() {
    @Override
    public BigDecimal hedgeWidth(Hedge hedge, Unit unit) {
      return hedge.defaultWidth();
    }

    @Override
    public Interval vagueInterval(VagueQuantifier quantifier, Unit unit) {
      return quantifier.defaultInterval();
    }

    @Override
    public String toString() {
      return "IntervalPolicy.DEFAULT";
    }
  };
}
