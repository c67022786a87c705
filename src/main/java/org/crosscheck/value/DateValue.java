package org.crosscheck.value;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/**
 * A date at the granularity a source gave it: a day, a month, a year, a span of days, or a
 * one-sided bound ("before 3 November"). Its canonical form is a half-open {@link DayRange}.
 */
public sealed interface DateValue extends Value
    permits DateValue.OnDay, DateValue.InMonth, DateValue.InYear, DateValue.Span, DateValue.Before, DateValue.After {

  /** How precisely a date was given, from finest to coarsest. */
  enum Granularity {
    /** One day. */
    DAY,
    /** Several days, from a first to a last. */
    SPAN,
    /** A month. */
    MONTH,
    /** A year. */
    YEAR,
    /** Bounded on one side only: before or after a day. */
    OPEN
  }

  /** The canonical half-open day range. */
  DayRange range();

  /** How precisely the date was given. */
  Granularity granularity();

  @Override
  default String family() {
    return "date";
  }

  /** One day: {@code 2017-11-03}. */
  record OnDay(LocalDate day) implements DateValue {
    /**
     * The date of {@code day}.
     *
     * @throws NullPointerException if {@code day} is null
     */
    public OnDay {
      checkNotNull(day, "day");
    }

    @Override
    public DayRange range() {
      return DayRange.of(day);
    }

    @Override
    public Granularity granularity() {
      return Granularity.DAY;
    }

    @Override
    public String toString() {
      return day.toString();
    }
  }

  /** One month: {@code 2017-11}. */
  record InMonth(YearMonth month) implements DateValue {
    /**
     * The date of {@code month}.
     *
     * @throws NullPointerException if {@code month} is null
     */
    public InMonth {
      checkNotNull(month, "month");
    }

    @Override
    public DayRange range() {
      return new DayRange(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    @Override
    public Granularity granularity() {
      return Granularity.MONTH;
    }

    @Override
    public String toString() {
      return month.toString();
    }
  }

  /** One year: {@code 2014}. */
  record InYear(Year year) implements DateValue {
    /**
     * The date of {@code year}.
     *
     * @throws NullPointerException if {@code year} is null
     */
    public InYear {
      checkNotNull(year, "year");
    }

    @Override
    public DayRange range() {
      return new DayRange(year.atDay(1), year.plusYears(1).atDay(1));
    }

    @Override
    public Granularity granularity() {
      return Granularity.YEAR;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%04d", year.getValue());
    }
  }

  /** The days from {@code first} to {@code last}, both included: {@code 2017-09-01..2017-09-10}. */
  record Span(LocalDate first, LocalDate last) implements DateValue {
    /**
     * The days from {@code first} to {@code last}.
     *
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     */
    public Span {
      checkNotNull(first, "first");
      checkNotNull(last, "last");
      checkArgument(!last.isBefore(first), "a span needs first <= last, got %s and %s; swap them", first, last);
    }

    @Override
    public DayRange range() {
      return DayRange.closed(first, last);
    }

    @Override
    public Granularity granularity() {
      return first.equals(last) ? Granularity.DAY : Granularity.SPAN;
    }

    @Override
    public String toString() {
      return first + ".." + last;
    }
  }

  /**
   * Before a day: {@code < 2017-11-03}, or on or before it ({@code inclusive}): {@code ≤ 2017-11-03}.
   */
  record Before(LocalDate day, boolean inclusive) implements DateValue {
    /**
     * The days before {@code day}, and {@code day} too if {@code inclusive}.
     *
     * @throws NullPointerException if {@code day} is null
     */
    public Before {
      checkNotNull(day, "day");
    }

    @Override
    public DayRange range() {
      return new DayRange(null, inclusive ? day.plusDays(1) : day);
    }

    @Override
    public Granularity granularity() {
      return Granularity.OPEN;
    }

    @Override
    public String toString() {
      return (inclusive ? "\u2264 " : "< ") + day;
    }
  }

  /** After a day: {@code > 2018-09-01}, or on or after it ({@code inclusive}): {@code ≥ 2018-09-01}. */
  record After(LocalDate day, boolean inclusive) implements DateValue {
    /**
     * The days after {@code day}, and {@code day} too if {@code inclusive}.
     *
     * @throws NullPointerException if {@code day} is null
     */
    public After {
      checkNotNull(day, "day");
    }

    @Override
    public DayRange range() {
      return new DayRange(inclusive ? day : day.plusDays(1), null);
    }

    @Override
    public Granularity granularity() {
      return Granularity.OPEN;
    }

    @Override
    public String toString() {
      return (inclusive ? "\u2265 " : "> ") + day;
    }
  }
}
