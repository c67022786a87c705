package org.crosscheck.value;

import java.math.BigDecimal;
import org.crosscheck.value.internal.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * A number as a source stated it: exact, approximate with its hedge, a closed range, a one-sided
 * bound, a vague quantifier or a fraction. Every quantity has one canonical form, an
 * {@link Interval} in its unit ({@link #interval()}), and rules compare canonical forms only.
 *
 * <p>Counts, lengths and durations are never negative and shares lie in {@code [0..100]} percent;
 * the canonical interval is cut to those limits ("at most 100" is {@code [0..100]}).
 */
public sealed interface Quantity extends Value
    permits Quantity.Exact, Quantity.Approximate, Quantity.Between, Quantity.Bound, Quantity.Vague, Quantity.Fraction {

  /** The unit the number was given in. */
  Unit unit();

  /** The canonical interval, in {@link #unit()}, with hedges and quantifiers read by {@code policy}. */
  Interval interval(IntervalPolicy policy);

  /** The canonical interval under the documented defaults. */
  default Interval interval() {
    return interval(IntervalPolicy.DEFAULT);
  }

  /** The canonical interval in the base unit of the dimension (metres, days, percent, items). */
  default Interval baseInterval(IntervalPolicy policy) {
    return unit().toBase(interval(java.util.Objects.requireNonNull(policy, "policy")));
  }

  /**
   * The single number the source put forward, if any: the exact value, the centre of an
   * approximate value, the value of a fraction; {@code null} for ranges, bounds and vague
   * quantifiers.
   */
  @Nullable BigDecimal point();

  /** The hedge of an approximate value; {@link Hedge#NONE} for every other form. */
  default Hedge hedge() {
    return Hedge.NONE;
  }

  /**
   * This quantity with the same numbers, hedge and form in the count unit {@code count}: a count read
   * as a bare number restated as a count of what its noun names ({@code 4800} as {@code 4800
   * children}). Only counts change unit; a quantity of another dimension, or a fraction, is returned
   * as it is.
   *
   * @throws IllegalArgumentException if {@code count} is not a count unit
   */
  default Quantity counting(Unit count) {
    java.util.Objects.requireNonNull(count, "count");
    if (count.dimension() != Unit.Dimension.COUNT) {
      throw new IllegalArgumentException("counting() needs a count unit, like Unit.counting(\"child\", \"children\");"
          + " got " + count.id());
    }
    if (unit().dimension() != Unit.Dimension.COUNT) return this;
    if (this instanceof Exact e) return new Exact(e.value(), count);
    if (this instanceof Approximate a) return new Approximate(a.center(), a.hedge(), a.width(), count);
    if (this instanceof Between b) return new Between(b.low(), b.high(), count);
    if (this instanceof Bound b) return new Bound(b.kind(), b.value(), count);
    if (this instanceof Vague v) return new Vague(v.quantifier(), count);
    return this;
  }

  @Override
  default String family() {
    return "quantity";
  }

  /** A number given as exact: {@code 1500}, {@code 35%}, {@code 2 months}. */
  record Exact(BigDecimal value, Unit unit) implements Quantity {
    /**
     * A number given as exact, trailing zeros dropped.
     *
     * @throws IllegalArgumentException if the value is negative, above 100 for a share, or has more
     *     than 30 integer digits or 30 decimals
     */
    public Exact {
      value = Limits.check(value, unit, "exactly()");
    }

    @Override
    public Interval interval(IntervalPolicy policy) {
      java.util.Objects.requireNonNull(policy, "policy");
      return Interval.point(value);
    }

    @Override
    public BigDecimal point() {
      return value;
    }

    @Override
    public String toString() {
      return unit.label(Numbers.format(value), value.compareTo(BigDecimal.ONE) == 0);
    }
  }

  /**
   * A hedged number: "about 1,500" is {@code ~1500}, canonically {@code [1350..1650]} under the
   * default ±10% for "about".
   *
   * @param center the number as written
   * @param hedge how it was hedged (never {@link Hedge#NONE})
   * @param width the relative half-width the writer or user fixed, or {@code null} to let the
   *     rule set decide by hedge
   * @param unit the unit
   */
  record Approximate(BigDecimal center, Hedge hedge, @Nullable BigDecimal width, Unit unit) implements Quantity {
    /**
     * A hedged number, trailing zeros dropped from the centre and any explicit width.
     *
     * @throws IllegalArgumentException if the hedge is {@link Hedge#NONE}, the width lies outside
     *     {@code [0..1]}, or the centre breaks the unit's limits as in {@link Exact}
     */
    public Approximate {
      center = Limits.check(center, "center", unit, "about()");
      java.util.Objects.requireNonNull(hedge, "hedge: an approximate value needs a hedge such as ABOUT");
      if (hedge == Hedge.NONE) {
        throw new IllegalArgumentException("an approximate value needs a hedge such as ABOUT, got " + hedge
            + "; use exactly() for a value given as exact");
      }
      if (width != null) {
        width = Numbers.canon(width);
        if (width.signum() < 0 || width.compareTo(BigDecimal.ONE) > 0) {
          throw new IllegalArgumentException("an approximate value's width is a fraction in [0..1], got "
              + Numbers.format(width) + "; write 0.1 for ±10%");
        }
      }
    }

    /** The same value with an explicit relative half-width ({@code 0.05} for ±5%). */
    public Approximate within(double relativeWidth) {
      return new Approximate(center, hedge, Numbers.of(relativeWidth), unit);
    }

    /** The relative half-width under {@code policy}, or the explicit one. */
    public BigDecimal effectiveWidth(IntervalPolicy policy) {
      return width != null ? width : policy.hedgeWidth(hedge, unit);
    }

    @Override
    public Interval interval(IntervalPolicy policy) {
      BigDecimal delta = width != null ? Numbers.round(center.abs().multiply(width))
          : policy.hedgeHalfWidth(hedge, unit, center);
      return Limits.clamp(Interval.closed(center.subtract(delta), center.add(delta)), unit);
    }

    @Override
    public BigDecimal point() {
      return center;
    }

    /**
     * {@code ~1500} when the width is left to the rule set, {@code ~1500 (±5%)} when it is explicit;
     * a hedge other than "about" is named: {@code ~10000 (nearly)}, {@code ~10000 (nearly ±5%)}. The
     * width is shown only when it is the value's own, since under a rule set that reads "about" as
     * ±5% the default ±10% would be wrong.
     */
    @Override
    public String toString() {
      String head = "~" + unit.label(Numbers.format(center), center.compareTo(BigDecimal.ONE) == 0);
      String word = hedge == Hedge.ABOUT ? "" : hedge.word();
      String pm = width == null ? "" : "\u00b1" + Numbers.format(width.movePointRight(2)) + "%";
      String inside = (word + " " + pm).strip();
      return inside.isEmpty() ? head : head + " (" + inside + ")";
    }
  }

  /** A closed range: "between 1,500 and 2,500" is {@code [1500..2500]}. */
  record Between(BigDecimal low, BigDecimal high, Unit unit) implements Quantity {
    /**
     * A closed range, trailing zeros dropped from both ends.
     *
     * @throws IllegalArgumentException if {@code low > high}, or an end breaks the unit's limits as
     *     in {@link Exact}
     */
    public Between {
      low = Limits.check(low, "low", unit, "between()");
      high = Limits.check(high, "high", unit, "between()");
      if (low.compareTo(high) > 0) {
        throw new IllegalArgumentException("between() needs low <= high, got " + Numbers.format(low) + " and "
            + Numbers.format(high) + "; swap them");
      }
    }

    @Override
    public Interval interval(IntervalPolicy policy) {
      java.util.Objects.requireNonNull(policy, "policy");
      return Interval.closed(low, high);
    }

    @Override
    public @Nullable BigDecimal point() {
      return null;
    }

    @Override
    public String toString() {
      return unit.label(Interval.closed(low, high).toString(), false);
    }
  }

  /** A one-sided bound: "more than 66,000" is {@code (66000..+∞)}. */
  record Bound(Kind kind, BigDecimal value, Unit unit) implements Quantity {

    /** Which side is bounded, and whether the bound itself is included. */
    public enum Kind {
      /** "at least": the bound is the lowest value, included. */
      AT_LEAST,
      /** "more than": the bound is a lower limit, excluded. */
      MORE_THAN,
      /** "at most": the bound is the highest value, included. */
      AT_MOST,
      /** "less than": the bound is an upper limit, excluded. */
      LESS_THAN
    }

    /**
     * A one-sided bound, trailing zeros dropped from the value.
     *
     * @throws IllegalArgumentException if the value breaks the unit's limits as in {@link Exact}
     */
    public Bound {
      if (kind == null) throw new NullPointerException("kind");
      value = Limits.check(value, unit, "a bound");
    }

    private Interval raw() {
      return switch (kind) {
        case AT_LEAST -> Interval.atLeast(value);
        case MORE_THAN -> Interval.greaterThan(value);
        case AT_MOST -> Interval.atMost(value);
        case LESS_THAN -> Interval.lessThan(value);
      };
    }

    @Override
    public Interval interval(IntervalPolicy policy) {
      java.util.Objects.requireNonNull(policy, "policy");
      return Limits.clamp(raw(), unit);
    }

    @Override
    public @Nullable BigDecimal point() {
      return null;
    }

    @Override
    public String toString() {
      return unit.label(raw().toString(), false);
    }
  }

  /** A vague quantifier: "a few thousand" is canonically {@code [2000..9000]}. */
  record Vague(VagueQuantifier quantifier, Unit unit) implements Quantity {
    /**
     * A vague quantifier in {@code unit}: share quantifiers take percent, the others any other unit.
     *
     * @throws IllegalArgumentException if the quantifier and the unit do not agree
     */
    public Vague {
      if (quantifier == null) throw new NullPointerException("quantifier");
      if (unit == null) throw new NullPointerException("unit");
      if (quantifier.isShare() != (unit.dimension() == Unit.Dimension.SHARE)) {
        throw new IllegalArgumentException("'" + quantifier.phrase() + "' "
            + (quantifier.isShare() ? "speaks of a share and needs the unit percent" : "cannot be a share")
            + ", got unit " + unit);
      }
    }

    @Override
    public Interval interval(IntervalPolicy policy) {
      return Limits.clamp(policy.vagueInterval(quantifier, unit), unit);
    }

    @Override
    public @Nullable BigDecimal point() {
      return null;
    }

    @Override
    public String toString() {
      String head = quantifier.phrase();
      if (!unit.equals(Unit.ONE) && !unit.equals(Unit.PERCENT)) head = head + " " + unit.plural();
      return head + " " + quantifier.defaultInterval() + (unit.equals(Unit.PERCENT) ? "%" : "");
    }
  }

  /**
   * A fraction of a whole, in percent: "a third" is {@code 1/3}, canonically the six-decimal
   * interval around 33.333…%.
   */
  record Fraction(int numerator, int denominator) implements Quantity {
    /**
     * The fraction {@code numerator/denominator} of a whole.
     *
     * @throws IllegalArgumentException unless {@code 0 <= numerator <= denominator} and {@code
     *     denominator > 0}
     */
    public Fraction {
      if (denominator <= 0 || numerator < 0 || numerator > denominator) {
        throw new IllegalArgumentException("a fraction needs 0 <= numerator <= denominator and denominator > 0, got "
            + numerator + "/" + denominator);
      }
    }

    @Override
    public Unit unit() {
      return Unit.PERCENT;
    }

    private BigDecimal exactHundredths() {
      return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100));
    }

    @Override
    public Interval interval(IntervalPolicy policy) {
      java.util.Objects.requireNonNull(policy, "policy");
      BigDecimal n = exactHundredths();
      BigDecimal d = BigDecimal.valueOf(denominator);
      BigDecimal down = Numbers.canon(n.divide(d, Numbers.SCALE, java.math.RoundingMode.FLOOR));
      BigDecimal up = Numbers.canon(n.divide(d, Numbers.SCALE, java.math.RoundingMode.CEILING));
      return Interval.closed(down, up);
    }

    @Override
    public BigDecimal point() {
      return Numbers.divide(exactHundredths(), BigDecimal.valueOf(denominator));
    }

    @Override
    public String toString() {
      BigDecimal oneDecimal = point().setScale(1, java.math.RoundingMode.HALF_EVEN);
      return numerator + "/" + denominator + " (" + Numbers.format(oneDecimal) + "%)";
    }
  }
}
