package org.crosscheck.value;

import java.math.BigDecimal;
import org.crosscheck.value.internal.Numbers;

/**
 * Turns hedges and vague quantifiers into numbers. The default policy uses each hedge's
 * {@link Hedge#defaultWidth()} and each quantifier's {@link VagueQuantifier#defaultInterval()};
 * a rule set supplies its own, so that "about" can mean ±5% in one newsroom and ±10% in another.
 */
public interface IntervalPolicy {

  /** Relative half-width of a hedge for a value in {@code unit}: 0.10 means ±10%. */
  BigDecimal hedgeWidth(Hedge hedge, Unit unit);

  /**
   * How far a hedge stretches either side of {@code center}, in {@code unit}: by default {@code
   * |center|} times {@link #hedgeWidth(Hedge, Unit)}, so "about 1,500" stretches 150. A policy may
   * narrow it for some measures (a rule set reads a hedged share or distance to the precision it is
   * written in).
   *
   * @param hedge the hedge (never {@link Hedge#NONE})
   * @param unit the unit the number is written in
   * @param center the number as written
   * @return a half-width, never negative
   */
  default BigDecimal hedgeHalfWidth(Hedge hedge, Unit unit, BigDecimal center) {
    return Numbers.round(center.abs().multiply(hedgeWidth(hedge, unit)));
  }

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
