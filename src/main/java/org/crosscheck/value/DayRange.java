package org.crosscheck.value;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The canonical form of every {@link DateValue}: a half-open range of days {@code [start..end)},
 * either end possibly unbounded. A day is {@code [2017-11-03..2017-11-04)}, a month {@code
 * [2017-11-01..2017-12-01)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the first day, or {@code null} for no lower bound
 * @param end the day after the last day, or {@code null} for no upper bound
 */
public record DayRange(@Nullable LocalDate start, @Nullable LocalDate end) {
  /**
   * The days from {@code start} up to, not including, {@code end}.
   *
   * @throws IllegalArgumentException unless {@code start} is before {@code end} when both are given
   */
  public DayRange {
    checkArgument(start == null || end == null || start.isBefore(end),
        "a day range needs start < end (half-open), got %s and %s", start, end);
  }

  /** The range of the single day {@code day}. */
  public static DayRange of(LocalDate day) {
    return new DayRange(day, day.plusDays(1));
  }

  /** The days from {@code first} to {@code last}, both included. */
  public static DayRange closed(LocalDate first, LocalDate last) {
    checkArgument(!last.isBefore(first), "a span needs first <= last, got %s and %s; swap them", first, last);
    return new DayRange(first, last.plusDays(1));
  }

  /** The number of days, or {@code -1} when unbounded. */
  public long days() {
    return start == null || end == null ? -1 : end.toEpochDay() - start.toEpochDay();
  }

  /** Whether {@code day} lies in the range. */
  public boolean contains(LocalDate day) {
    return (start == null || !day.isBefore(start)) && (end == null || day.isBefore(end));
  }

  /**
   * Whether {@code other} lies wholly in this range, both being bounded at both ends: a month
   * encloses each of its days, a year its months; an unbounded range encloses nothing and is
   * enclosed by nothing.
   */
  public boolean encloses(DayRange other) {
    return start != null && end != null && other.start != null && other.end != null
        && !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /** As a numeric interval of epoch days, {@code [start..end)}, for relations and consensus. */
  public Interval toInterval() {
    BigDecimal lo = start == null ? null : BigDecimal.valueOf(start.toEpochDay());
    BigDecimal hi = end == null ? null : BigDecimal.valueOf(end.toEpochDay());
    return new Interval(lo, lo == null ? BoundType.OPEN : BoundType.CLOSED, hi, BoundType.OPEN);
  }

  /** From an interval of epoch days whose ends are whole days. */
  public static DayRange fromInterval(Interval interval) {
    LocalDate s = null;
    LocalDate e = null;
    if (interval.lower() != null) {
      long d = interval.lower().setScale(0, java.math.RoundingMode.CEILING).longValueExact();
      if (interval.lowerType() == BoundType.OPEN && BigDecimal.valueOf(d).compareTo(interval.lower()) == 0) d++;
      s = LocalDate.ofEpochDay(d);
    }
    if (interval.upper() != null) {
      long d = interval.upper().setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
      if (interval.upperType() == BoundType.CLOSED || BigDecimal.valueOf(d).compareTo(interval.upper()) != 0) d++;
      e = LocalDate.ofEpochDay(d);
    }
    return new DayRange(s, e);
  }

  /** The relation to another range; a gap is in days. */
  public Relation relationTo(DayRange other) {
    return toInterval().relationTo(other.toInterval());
  }

  /** {@code [2017-11-03..2017-11-04)}, {@code (-∞..2017-11-04)}. */
  @Override
  public String toString() {
    return (start == null ? "(-\u221e" : "[" + start) + ".." + (end == null ? "+\u221e" : end) + ")";
  }
}
