package org.crosscheck.value;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.crosscheck.value.internal.Numbers;

/**
 * Factories named by meaning for every value: {@code exactly(1500)}, {@code between(1500, 2500)},
 * {@code about(1500)}, {@code moreThan(66_000)}, {@code aFew(THOUSANDS)}, {@code percent(35)},
 * {@code fraction(1, 3)}, {@code onDay(2017, 11, 3)}, {@code inMonth(2017, 11)}. Counts are the
 * default; {@code .in(KILOMETRE)}-style variants take a unit.
 */
public final class Values {
  private Values() {}

  // ---- quantities -------------------------------------------------------------------------

  /** A count given as exact: {@code exactly(1500)} is {@code 1500}. */
  public static Quantity.Exact exactly(long value) {
    return new Quantity.Exact(Numbers.of(value), Unit.ONE);
  }

  /** A number given as exact in {@code unit}: {@code exactly(40, Unit.KILOMETRE)} is {@code 40 km}. */
  public static Quantity.Exact exactly(double value, Unit unit) {
    return new Quantity.Exact(Numbers.of(value), unit);
  }

  /** A decimal given as exact in {@code unit}, trailing zeros dropped ({@code 2.50} is {@code 2.5}). */
  public static Quantity.Exact exactly(BigDecimal value, Unit unit) {
    return new Quantity.Exact(value, unit);
  }

  /** "about {@code value}": {@code ~1500}, the width left to the rule set. */
  public static Quantity.Approximate about(long value) {
    return new Quantity.Approximate(Numbers.of(value), Hedge.ABOUT, null, Unit.ONE);
  }

  /** "about {@code value}" in {@code unit}: {@code ~40 km}, the width left to the rule set. */
  public static Quantity.Approximate about(double value, Unit unit) {
    return new Quantity.Approximate(Numbers.of(value), Hedge.ABOUT, null, unit);
  }

  /** A value hedged by {@code hedge}, its width left to the rule set. */
  public static Quantity.Approximate approximately(BigDecimal value, Hedge hedge, Unit unit) {
    checkNotNull(value, "value");
    return new Quantity.Approximate(value, hedge, null, unit);
  }

  /** "nearly {@code value}". */
  public static Quantity.Approximate nearly(long value) {
    return new Quantity.Approximate(Numbers.of(value), Hedge.NEARLY, null, Unit.ONE);
  }

  /** "between {@code low} and {@code high}": {@code [1500..2500]}. */
  public static Quantity.Between between(long low, long high) {
    return new Quantity.Between(Numbers.of(low), Numbers.of(high), Unit.ONE);
  }

  /** "between {@code low} and {@code high}" in {@code unit}, both included: {@code [30..40] km}. */
  public static Quantity.Between between(double low, double high, Unit unit) {
    return new Quantity.Between(Numbers.of(low), Numbers.of(high), unit);
  }

  /** "at least {@code value}", the bound included: {@code [66000..+∞)}. */
  public static Quantity.Bound atLeast(long value) {
    return new Quantity.Bound(Quantity.Bound.Kind.AT_LEAST, Numbers.of(value), Unit.ONE);
  }

  /** "more than {@code value}": {@code (66000..+∞)}. */
  public static Quantity.Bound moreThan(long value) {
    return new Quantity.Bound(Quantity.Bound.Kind.MORE_THAN, Numbers.of(value), Unit.ONE);
  }

  /** "at most {@code value}", the bound included: canonically {@code [0..value]} for a count. */
  public static Quantity.Bound atMost(long value) {
    return new Quantity.Bound(Quantity.Bound.Kind.AT_MOST, Numbers.of(value), Unit.ONE);
  }

  /** "less than {@code value}", the bound excluded: canonically {@code [0..value)} for a count. */
  public static Quantity.Bound lessThan(long value) {
    return new Quantity.Bound(Quantity.Bound.Kind.LESS_THAN, Numbers.of(value), Unit.ONE);
  }

  /** A one-sided bound of any {@code kind} in {@code unit}: {@code bound(AT_MOST, 40, Unit.KILOMETRE)}. */
  public static Quantity.Bound bound(Quantity.Bound.Kind kind, double value, Unit unit) {
    return new Quantity.Bound(kind, Numbers.of(value), unit);
  }

  /** "a few thousand": {@code aFew(THOUSANDS)}. */
  public static Quantity.Vague aFew(Magnitude magnitude) {
    checkNotNull(magnitude, "magnitude");
    return new Quantity.Vague(VagueQuantifier.aFew(magnitude), Unit.ONE);
  }

  /** "thousands", "hundreds": {@code plural(THOUSANDS)}. */
  public static Quantity.Vague plural(Magnitude magnitude) {
    checkNotNull(magnitude, "magnitude");
    return new Quantity.Vague(VagueQuantifier.plural(magnitude), Unit.ONE);
  }

  /** A vague quantifier alone: a count, or a share in percent for {@code MOST} and {@code ALMOST_ALL}. */
  public static Quantity.Vague vague(VagueQuantifier quantifier) {
    return new Quantity.Vague(quantifier, quantifier.isShare() ? Unit.PERCENT : Unit.ONE);
  }

  /** A vague quantifier counting {@code unit}: {@code vague(SEVERAL, Unit.YEAR)} is "several years". */
  public static Quantity.Vague vague(VagueQuantifier quantifier, Unit unit) {
    return new Quantity.Vague(quantifier, unit);
  }

  /** {@code percent(35)} is {@code 35%}. */
  public static Quantity.Exact percent(double value) {
    return new Quantity.Exact(Numbers.of(value), Unit.PERCENT);
  }

  /** "about 25%": {@code ~25%}. */
  public static Quantity.Approximate aboutPercent(double value) {
    return new Quantity.Approximate(Numbers.of(value), Hedge.ABOUT, null, Unit.PERCENT);
  }

  /** {@code fraction(1, 3)} is "a third", {@code 1/3 (33.3%)}. */
  public static Quantity.Fraction fraction(int numerator, int denominator) {
    return new Quantity.Fraction(numerator, denominator);
  }

  /** A length or distance: {@code km(40)}. */
  public static Quantity.Exact km(double value) {
    return new Quantity.Exact(Numbers.of(value), Unit.KILOMETRE);
  }

  /** A duration: {@code duration(2, MONTH)}. */
  public static Quantity.Exact duration(double value, Unit unit) {
    return new Quantity.Exact(Numbers.of(value), unit);
  }

  // ---- dates --------------------------------------------------------------------------------

  /**
   * @throws IllegalArgumentException naming the date if it does not exist (30 February)
   */
  public static DateValue.OnDay onDay(int year, int month, int day) {
    try {
      return new DateValue.OnDay(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "onDay() needs a real date, got %04d-%02d-%02d (%s)", year, month, day, e.getMessage()), e);
    }
  }

  /** A date given to the day {@code day}. */
  public static DateValue.OnDay onDay(LocalDate day) {
    return new DateValue.OnDay(day);
  }

  /**
   * A date given to the month: {@code inMonth(2017, 11)} is {@code 2017-11}.
   *
   * @throws IllegalArgumentException naming the month if it is not 1 to 12
   */
  public static DateValue.InMonth inMonth(int year, int month) {
    try {
      return new DateValue.InMonth(YearMonth.of(year, month));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "inMonth() needs a month 1..12, got %04d-%02d", year, month), e);
    }
  }

  /** A date given to the year: {@code inYear(2014)} is {@code 2014}. */
  public static DateValue.InYear inYear(int year) {
    return new DateValue.InYear(Year.of(year));
  }

  /** The days from {@code first} to {@code last}, both included. */
  public static DateValue.Span span(LocalDate first, LocalDate last) {
    return new DateValue.Span(first, last);
  }

  /** Strictly before a day: {@code < 2017-11-03}. */
  public static DateValue.Before before(LocalDate day) {
    return new DateValue.Before(checkNotNull(day, "day"), false);
  }

  /** On or before a day: {@code ≤ 2017-11-03}. */
  public static DateValue.Before onOrBefore(LocalDate day) {
    return new DateValue.Before(checkNotNull(day, "day"), true);
  }

  /** Strictly after a day: {@code > 2018-09-01}. */
  public static DateValue.After after(LocalDate day) {
    return new DateValue.After(checkNotNull(day, "day"), false);
  }

  /** On or after a day: {@code ≥ 2018-09-01}. */
  public static DateValue.After onOrAfter(LocalDate day) {
    return new DateValue.After(checkNotNull(day, "day"), true);
  }

  // ---- labels ------------------------------------------------------------------------------

  /** A categorical value such as a status or a gate: {@code label("D5")}; the text must not be blank. */
  public static Label label(String text) {
    return new Label(text);
  }
}
