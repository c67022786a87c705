package org.crosscheck.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Measure;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.DayRange;
import org.crosscheck.value.Interval;
import org.jspecify.annotations.Nullable;

/**
 * Counts of a running measure (the killed, the wounded, the displaced) valid over a period against
 * counts valid on a day: rule {@code time.period-versus-day}, and the day a running total stands at
 * for the trend rules.
 *
 * <p>A count is valid over a period when its time of validity is a span of days ("since 7 October",
 * from that day to the statement) or a period whose start the text does not date ("since the war
 * began": {@code ≤ 2024-07-10}, on or before the statement). Such a count adds up every day of the
 * period; a count valid on one day counts that day. The two are different counts: a running total
 * over nine months and a day's count at one town do not contradict each other, and neither moves a
 * trend.
 */
final class RunningTotals {
  private RunningTotals() {}

  /** How many times longer than the other's time of validity a period must be to hold many days' counts. */
  static final int PERIOD_FACTOR = 7;

  /**
   * Whether {@code v} is a period a count adds up over: a span of two days or more, or a period with
   * no start that ends on a day.
   */
  static boolean isPeriod(@Nullable DateValue v) {
    return v instanceof DateValue.Span s && !s.first().equals(s.last()) || v instanceof DateValue.Before;
  }

  /**
   * The (period, day) pair when the two claims count one running measure (trend {@link
   * Measure.Trend#INCREASES}) and one is valid over a period at least {@link #PERIOD_FACTOR} times as
   * long as the other's bounded time of validity, which starts on or after the period's start; {@code
   * null} otherwise, and for two periods unless the shorter starts after the longer's dated start
   * (two running totals, perhaps from one start: the trend rules read them).
   */
  static Claim @Nullable [] periodAndDay(Comparison c) {
    Claim[] pair = ordered(c, c.left(), c.right());
    return pair != null ? pair : ordered(c, c.right(), c.left());
  }

  private static Claim @Nullable [] ordered(Comparison c, Claim period, Claim day) {
    Measure m = period.measure();
    if (!m.equals(day.measure()) || m.kind() != Measure.Kind.COUNT || m.trend() != Measure.Trend.INCREASES
        || !c.bothQuantities() || !c.comparableForms()) {
      return null;
    }
    DateValue pv = period.validity();
    DateValue dv = day.validity();
    if (!isPeriod(pv) || dv == null || pv == null) return null;
    DayRange p = pv.range();
    DayRange d = dv.range();
    if (d.start() == null || d.end() == null || p.end() == null) return null;
    if (p.start() != null && (d.start().isBefore(p.start()) || p.days() < PERIOD_FACTOR * d.days())) return null;
    // two periods: the other must start later than a dated start; against an undated start, the
    // other running total may well run from the same start, and the pair is no period against a day
    if (isPeriod(dv) && (p.start() == null || !d.start().isAfter(p.start()))) return null;
    return new Claim[] {period, day};
  }

  /**
   * Under {@code time.period-versus-day}: a contradiction between a count over a period and a count
   * over a day is explained by time of validity, unless the day lies inside the period and its count
   * is larger than the whole period's (then nothing explains it).
   */
  static Optional<Outcome> explain(Comparison c, @Nullable Verdict v) {
    if (v != Verdict.CONTRADICT) return Optional.empty();
    Claim[] pd = periodAndDay(c);
    if (pd == null) return Optional.empty();
    Claim period = pd[0];
    Claim day = pd[1];
    DayRange p = java.util.Objects.requireNonNull(period.validity()).range();
    DayRange d = java.util.Objects.requireNonNull(day.validity()).range();
    Interval whole = period == c.left() ? c.leftInterval() : c.rightInterval();
    Interval part = period == c.left() ? c.rightInterval() : c.leftInterval();
    boolean inside = d.end() != null && p.end() != null && !d.end().isAfter(p.end());
    if (inside && whole.upper() != null && part.lower() != null && whole.upper().compareTo(part.lower()) < 0) {
      return Optional.empty();
    }
    String label = period.measure().label();
    return Optional.of(Outcome.explain(Explanation.TIME_OF_VALIDITY, period.value() + " counts the " + label
        + " over " + periodWords(period, p) + ", " + day.value() + " over " + day.validity()
        + (d.days() == 1 ? " alone" : "") + ": a running total and a count of "
        + (d.days() == 1 ? "one day" : d.days() + " days") + " are different counts"));
  }

  private static String periodWords(Claim period, DayRange p) {
    LocalDate end = java.util.Objects.requireNonNull(p.end()).minusDays(1);
    if (p.start() == null) return "a period up to " + end + " whose start the text does not date";
    return p.start() + ".." + end + " (" + ChronoUnit.DAYS.between(p.start(), p.end()) + " days)";
  }

  /**
   * The day each claim's figure stands at, for the trend rules: two running totals from one start
   * (or both from an undated start) stand at the ends of their periods; otherwise {@code null}, and
   * the trend rules read the starts of the times of validity.
   */
  static LocalDate @Nullable [] standingDays(Comparison c) {
    DateValue a = c.left().validity();
    DateValue b = c.right().validity();
    if (!isPeriod(a) || !isPeriod(b) || a == null || b == null) return null;
    DayRange ra = a.range();
    DayRange rb = b.range();
    if (!java.util.Objects.equals(ra.start(), rb.start()) || ra.end() == null || rb.end() == null) return null;
    return new LocalDate[] {ra.end(), rb.end()};
  }

  /** Whether the two counts' intervals put the earlier one strictly above the later one. */
  static boolean laterBelow(Interval earlier, Interval later) {
    BigDecimal hi = later.upper();
    BigDecimal lo = earlier.lower();
    return hi != null && lo != null && hi.compareTo(lo) <= 0 && later.relationTo(earlier).kind()
        == org.crosscheck.value.Relation.Kind.DISJOINT;
  }
}
