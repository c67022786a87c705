package org.crosscheck.value;

import java.math.BigDecimal;
import org.crosscheck.value.internal.Numbers;

/** The physical limits of each dimension: counts, lengths and durations >= 0; shares in [0..100]. */
final class Limits {
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** Largest number of integer digits, and of decimals, a value may have. */
  static final int MAX_DIGITS = 30;

  private Limits() {}

  static BigDecimal check(BigDecimal value, Unit unit, String factory) {
    return check(value, "value", unit, factory);
  }

  static BigDecimal check(BigDecimal value, String name, Unit unit, String factory) {
    if (value == null) throw new NullPointerException(name);
    if (unit == null) throw new NullPointerException("unit");
    BigDecimal v = Numbers.canon(value);
    if (v.precision() - v.scale() > MAX_DIGITS || v.scale() > MAX_DIGITS) {
      throw new IllegalArgumentException(factory + " takes numbers below 10^" + MAX_DIGITS + " with at most " + MAX_DIGITS
          + " decimals, got one with " + (v.precision() - v.scale()) + " integer digits and " + Math.max(0, v.scale())
          + " decimals; no count, share, length or duration is that large or that fine");
    }
    if (v.signum() < 0) {
      throw new IllegalArgumentException(factory + " needs a value >= 0 for a " + dimensionName(unit) + ", got "
          + Numbers.format(v));
    }
    if (unit.dimension() == Unit.Dimension.SHARE && v.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException(factory + " needs a share between 0 and 100 percent, got " + Numbers.format(v)
          + "%; a change of more than 100% is not a share");
    }
    return v;
  }

  static Interval clamp(Interval interval, Unit unit) {
    Interval floored = interval.floor(BigDecimal.ZERO);
    if (unit.dimension() != Unit.Dimension.SHARE) return floored;
    if (floored.upper() != null && floored.upper().compareTo(HUNDRED) <= 0) return floored;
    return new Interval(floored.lower(), floored.lowerType(), HUNDRED, BoundType.CLOSED);
  }

  private static String dimensionName(Unit unit) {
    return switch (unit.dimension()) {
      case COUNT -> "count";
      case SHARE -> "share";
      case LENGTH -> "length";
      case TIME -> "duration";
      case AREA -> "area";
    };
  }
}
