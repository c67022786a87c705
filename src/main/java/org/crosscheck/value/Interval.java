package org.crosscheck.value;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Comparator;
import org.crosscheck.value.internal.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * A non-empty interval of real numbers, the canonical form of every {@link Quantity}.
 *
 * <p>An end is either a number with a {@link BoundType} or infinite ({@code null}, always open).
 * Notation follows Guava's {@code Range}: {@code [1500..2500]}, {@code (66000..+∞)},
 * {@code [1350..1650]}. Endpoints are canonical decimals, so {@code equals} is numeric.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lower the lower endpoint, or {@code null} for minus infinity
 * @param lowerType whether {@code lower} belongs to the interval ({@code OPEN} when infinite)
 * @param upper the upper endpoint, or {@code null} for plus infinity
 * @param upperType whether {@code upper} belongs to the interval ({@code OPEN} when infinite)
 */
public record Interval(
    @Nullable BigDecimal lower, BoundType lowerType, @Nullable BigDecimal upper, BoundType upperType) {

  private static final Interval ALL = new Interval(null, BoundType.OPEN, null, BoundType.OPEN);

  /**
   * The one gate every interval passes through.
   *
   * @throws IllegalArgumentException if the interval would be empty or an infinite end is closed
   */
  public Interval {
    checkNotNull(lowerType, "lowerType");
    checkNotNull(upperType, "upperType");
    if (lower != null) lower = Numbers.canon(lower);
    if (upper != null) upper = Numbers.canon(upper);
    checkArgument(lower != null || lowerType == BoundType.OPEN, "an infinite lower end must be open");
    checkArgument(upper != null || upperType == BoundType.OPEN, "an infinite upper end must be open");
    if (lower != null && upper != null) {
      int c = lower.compareTo(upper);
      checkArgument(
          c < 0 || (c == 0 && lowerType == BoundType.CLOSED && upperType == BoundType.CLOSED),
          "an interval needs lower <= upper (and a single point needs closed ends), got %s and %s;"
              + " swap the two ends",
          Numbers.format(lower),
          Numbers.format(upper));
    }
  }

  /** {@code [lo..hi]}. */
  public static Interval closed(BigDecimal lo, BigDecimal hi) {
    return new Interval(checkNotNull(lo, "lo"), BoundType.CLOSED, checkNotNull(hi, "hi"), BoundType.CLOSED);
  }

  /** {@code (lo..hi)}. */
  public static Interval open(BigDecimal lo, BigDecimal hi) {
    return new Interval(checkNotNull(lo, "lo"), BoundType.OPEN, checkNotNull(hi, "hi"), BoundType.OPEN);
  }

  /** {@code [lo..hi)}. */
  public static Interval closedOpen(BigDecimal lo, BigDecimal hi) {
    return new Interval(checkNotNull(lo, "lo"), BoundType.CLOSED, checkNotNull(hi, "hi"), BoundType.OPEN);
  }

  /** {@code (lo..hi]}. */
  public static Interval openClosed(BigDecimal lo, BigDecimal hi) {
    return new Interval(checkNotNull(lo, "lo"), BoundType.OPEN, checkNotNull(hi, "hi"), BoundType.CLOSED);
  }

  /** {@code [v..v]}. */
  public static Interval point(BigDecimal value) {
    checkNotNull(value, "value");
    return closed(value, value);
  }

  /** {@code [lo..+∞)}. */
  public static Interval atLeast(BigDecimal lo) {
    return new Interval(checkNotNull(lo, "lo"), BoundType.CLOSED, null, BoundType.OPEN);
  }

  /** {@code (lo..+∞)}. */
  public static Interval greaterThan(BigDecimal lo) {
    return new Interval(checkNotNull(lo, "lo"), BoundType.OPEN, null, BoundType.OPEN);
  }

  /** {@code (-∞..hi]}. */
  public static Interval atMost(BigDecimal hi) {
    return new Interval(null, BoundType.OPEN, checkNotNull(hi, "hi"), BoundType.CLOSED);
  }

  /** {@code (-∞..hi)}. */
  public static Interval lessThan(BigDecimal hi) {
    return new Interval(null, BoundType.OPEN, checkNotNull(hi, "hi"), BoundType.OPEN);
  }

  /** {@code (-∞..+∞)}. */
  public static Interval all() {
    return ALL;
  }

  /** Converts a non-empty Guava range. */
  public static Interval fromRange(Range<BigDecimal> range) {
    checkArgument(!range.isEmpty(), "an interval cannot be empty, got %s", range);
    return new Interval(
        range.hasLowerBound() ? range.lowerEndpoint() : null,
        range.hasLowerBound() ? type(range.lowerBoundType()) : BoundType.OPEN,
        range.hasUpperBound() ? range.upperEndpoint() : null,
        range.hasUpperBound() ? type(range.upperBoundType()) : BoundType.OPEN);
  }

  private static BoundType type(com.google.common.collect.BoundType t) {
    return t == com.google.common.collect.BoundType.CLOSED ? BoundType.CLOSED : BoundType.OPEN;
  }

  private static com.google.common.collect.BoundType guava(BoundType t) {
    return t == BoundType.CLOSED
        ? com.google.common.collect.BoundType.CLOSED
        : com.google.common.collect.BoundType.OPEN;
  }

  /** The same interval as a Guava range, for interoperation. */
  public Range<BigDecimal> toRange() {
    BigDecimal lo = lower;
    BigDecimal hi = upper;
    if (lo == null) return hi == null ? Range.all() : Range.upTo(hi, guava(upperType));
    if (hi == null) return Range.downTo(lo, guava(lowerType));
    return Range.range(lo, guava(lowerType), hi, guava(upperType));
  }

  /** Whether the interval has a lower end (is not unbounded below). */
  public boolean hasLowerBound() {
    return lower != null;
  }

  /** Whether the interval has an upper end (is not unbounded above). */
  public boolean hasUpperBound() {
    return upper != null;
  }

  /** Whether the interval has both ends. */
  public boolean isBounded() {
    return lower != null && upper != null;
  }

  /** True for {@code [v..v]}. */
  public boolean isPoint() {
    return lower != null && lower.equals(upper);
  }

  /** {@code upper - lower}, or {@code null} when unbounded. */
  public @Nullable BigDecimal width() {
    BigDecimal lo = lower;
    BigDecimal hi = upper;
    return lo != null && hi != null ? Numbers.canon(hi.subtract(lo)) : null;
  }

  /** Whether {@code value} lies in this interval. */
  public boolean contains(BigDecimal value) {
    checkNotNull(value, "value");
    if (lower != null) {
      int c = value.compareTo(lower);
      if (c < 0 || (c == 0 && lowerType == BoundType.OPEN)) return false;
    }
    if (upper != null) {
      int c = value.compareTo(upper);
      if (c > 0 || (c == 0 && upperType == BoundType.OPEN)) return false;
    }
    return true;
  }

  /** Whether every point of {@code other} lies in this interval. */
  public boolean encloses(Interval other) {
    return LOWER.compare(this, other) <= 0 && UPPER.compare(this, other) >= 0;
  }

  /** Whether the two intervals share at least one point. */
  public boolean intersects(Interval other) {
    return !before(this, other) && !before(other, this);
  }

  /** The common part, or {@code null} when the two are disjoint. */
  public @Nullable Interval intersection(Interval other) {
    if (!intersects(other)) return null;
    Interval lo = LOWER.compare(this, other) >= 0 ? this : other;
    Interval hi = UPPER.compare(this, other) <= 0 ? this : other;
    return new Interval(lo.lower, lo.lowerType, hi.upper, hi.upperType);
  }

  /** The smallest interval enclosing both. */
  public Interval span(Interval other) {
    Interval lo = LOWER.compare(this, other) <= 0 ? this : other;
    Interval hi = UPPER.compare(this, other) >= 0 ? this : other;
    return new Interval(lo.lower, lo.lowerType, hi.upper, hi.upperType);
  }

  /**
   * How this interval relates to {@code other}: equal, contains, within, overlaps or disjoint
   * (with the gap between them, zero when they only touch).
   */
  public Relation relationTo(Interval other) {
    checkNotNull(other, "other");
    if (equals(other)) return Relation.EQUAL;
    // before(a, b) holds only when a has an upper end and b a lower one
    if (before(this, other)) return Relation.disjoint(Numbers.canon(requireNonNull(other.lower).subtract(upper)));
    if (before(other, this)) return Relation.disjoint(Numbers.canon(requireNonNull(lower).subtract(other.upper)));
    if (encloses(other)) return Relation.CONTAINS;
    if (other.encloses(this)) return Relation.WITHIN;
    return Relation.OVERLAPS;
  }

  /** This interval moved outwards by {@code amount} (>= 0) at each finite end. */
  public Interval widen(BigDecimal amount) {
    checkArgument(amount.signum() >= 0, "widen() needs an amount >= 0, got %s", Numbers.format(amount));
    if (amount.signum() == 0) return this;
    return new Interval(
        lower == null ? null : lower.subtract(amount), lowerType,
        upper == null ? null : upper.add(amount), upperType);
  }

  /**
   * This interval moved outwards by {@code fraction} of each finite end's magnitude: {@code
   * [1000..2000]} widened by 0.1 is {@code [900..2200]}.
   */
  public Interval widenRelative(BigDecimal fraction) {
    checkArgument(fraction.signum() >= 0, "widenRelative() needs a fraction >= 0, got %s", Numbers.format(fraction));
    if (fraction.signum() == 0) return this;
    return new Interval(
        lower == null ? null : Numbers.round(lower.subtract(lower.abs().multiply(fraction))), lowerType,
        upper == null ? null : Numbers.round(upper.add(upper.abs().multiply(fraction))), upperType);
  }

  /** Both ends multiplied by a positive factor (unit conversion). */
  public Interval scale(BigDecimal lowFactor, BigDecimal highFactor) {
    checkArgument(lowFactor.signum() > 0 && highFactor.signum() > 0, "scale() needs positive factors");
    return new Interval(
        lower == null ? null : Numbers.round(lower.multiply(lower.signum() >= 0 ? lowFactor : highFactor)), lowerType,
        upper == null ? null : Numbers.round(upper.multiply(upper.signum() >= 0 ? highFactor : lowFactor)), upperType);
  }

  /** This interval with everything below {@code floor} removed ({@code (-∞..100]} floored at 0 is {@code [0..100]}). */
  public Interval floor(BigDecimal floor) {
    if (lower != null && lower.compareTo(floor) >= 0) return this;
    checkArgument(upper == null || upper.compareTo(floor) > 0 || (upper.compareTo(floor) == 0 && upperType == BoundType.CLOSED),
        "%s lies entirely below %s", this, Numbers.format(floor));
    return new Interval(floor, BoundType.CLOSED, upper, upperType);
  }

  /** {@code true} when every point of {@code a} lies below every point of {@code b}. */
  private static boolean before(Interval a, Interval b) {
    if (a.upper == null || b.lower == null) return false;
    int c = a.upper.compareTo(b.lower);
    return c < 0 || (c == 0 && (a.upperType == BoundType.OPEN || b.lowerType == BoundType.OPEN));
  }

  /** Orders lower ends: minus infinity first, then by value, closed before open at one value. */
  private static final Comparator<Interval> LOWER = (a, b) -> {
    if (a.lower == null) return b.lower == null ? 0 : -1;
    if (b.lower == null) return 1;
    int c = a.lower.compareTo(b.lower);
    if (c != 0) return c;
    return Integer.compare(a.lowerType == BoundType.CLOSED ? 0 : 1, b.lowerType == BoundType.CLOSED ? 0 : 1);
  };

  /** Orders upper ends: by value, open before closed at one value, plus infinity last. */
  private static final Comparator<Interval> UPPER = (a, b) -> {
    if (a.upper == null) return b.upper == null ? 0 : 1;
    if (b.upper == null) return -1;
    int c = a.upper.compareTo(b.upper);
    if (c != 0) return c;
    return Integer.compare(a.upperType == BoundType.CLOSED ? 1 : 0, b.upperType == BoundType.CLOSED ? 1 : 0);
  };

  /** Guava notation: {@code [1500..2500]}, {@code (66000..+∞)}, {@code (-∞..100]}. */
  @Override
  public String toString() {
    return (lowerType == BoundType.CLOSED ? "[" : "(")
        + (lower == null ? "-\u221e" : Numbers.format(lower))
        + ".."
        + (upper == null ? "+\u221e" : Numbers.format(upper))
        + (upperType == BoundType.CLOSED ? "]" : ")");
  }
}
