package org.crosscheck.value;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crosscheck.value.internal.Numbers;

/**
 * A unit of measurement with its dimension and its size in the dimension's base unit.
 *
 * <p>Some units have no fixed size: a month is 28 to 31 days, a year 365 to 366. Their factor is
 * an interval ({@code lowFactor..highFactor}), so "two months" is {@code [56..62]} days in base
 * units, and "two months" against "sixty days" is not a contradiction.
 *
 * <p>Immutable and thread-safe. Units are compared by value; the constants cover news and
 * flight data, and {@link #of} makes others.
 *
 * @param id stable identifier, lower-case ASCII ({@code "km"})
 * @param singular name after the number 1 ({@code "month"})
 * @param plural name after other numbers ({@code "months"})
 * @param dimension what the unit measures
 * @param lowFactor the least size of one unit in the dimension's base unit
 * @param highFactor the greatest size of one unit in the dimension's base unit
 */
public record Unit(
    String id, String singular, String plural, Dimension dimension, BigDecimal lowFactor, BigDecimal highFactor) {

  /** What a unit measures; each dimension has one base unit. */
  public enum Dimension {
    /** Counts of things or people; base unit {@link #ONE}. Never negative. */
    COUNT,
    /** Shares of a whole; base unit {@link #PERCENT}. Between 0 and 100. */
    SHARE,
    /** Lengths and distances; base unit {@link #METRE}. Never negative. */
    LENGTH,
    /** Durations; base unit {@link #DAY}. Never negative. */
    TIME,
    /** Areas; base unit {@link #SQUARE_METRE}. Never negative. */
    AREA
  }

  /** A count of items; printed without a unit ({@code 1500}). */
  public static final Unit ONE = new Unit("one", "", "", Dimension.COUNT, BigDecimal.ONE, BigDecimal.ONE);
  /** A percentage point of a whole; printed as {@code 35%}. */
  public static final Unit PERCENT = new Unit("percent", "%", "%", Dimension.SHARE, BigDecimal.ONE, BigDecimal.ONE);
  /** The metre, base unit of lengths and distances. */
  public static final Unit METRE = new Unit("m", "m", "m", Dimension.LENGTH, BigDecimal.ONE, BigDecimal.ONE);
  /** The kilometre, 1000 m. */
  public static final Unit KILOMETRE =
      new Unit("km", "km", "km", Dimension.LENGTH, BigDecimal.valueOf(1000), BigDecimal.valueOf(1000));
  /** A square metre, the base unit of areas. */
  public static final Unit SQUARE_METRE = new Unit("m2", "m\u00b2", "m\u00b2", Dimension.AREA, BigDecimal.ONE, BigDecimal.ONE);
  /** A square kilometre: 10^6 m². */
  public static final Unit SQUARE_KILOMETRE = new Unit("km2", "km\u00b2", "km\u00b2", Dimension.AREA,
      BigDecimal.valueOf(1_000_000), BigDecimal.valueOf(1_000_000));
  /** The minute, 1/1440 of a day. */
  public static final Unit MINUTE = new Unit("minute", "minute", "minutes", Dimension.TIME,
      Numbers.divide(BigDecimal.ONE, BigDecimal.valueOf(1440)), Numbers.divide(BigDecimal.ONE, BigDecimal.valueOf(1440)));
  /** The hour, 1/24 of a day. */
  public static final Unit HOUR = new Unit("hour", "hour", "hours", Dimension.TIME,
      Numbers.divide(BigDecimal.ONE, BigDecimal.valueOf(24)), Numbers.divide(BigDecimal.ONE, BigDecimal.valueOf(24)));
  /** The day, base unit of durations. */
  public static final Unit DAY = new Unit("day", "day", "days", Dimension.TIME, BigDecimal.ONE, BigDecimal.ONE);
  /** The week, 7 days. */
  public static final Unit WEEK =
      new Unit("week", "week", "weeks", Dimension.TIME, BigDecimal.valueOf(7), BigDecimal.valueOf(7));
  /** The month, 28 to 31 days. */
  public static final Unit MONTH =
      new Unit("month", "month", "months", Dimension.TIME, BigDecimal.valueOf(28), BigDecimal.valueOf(31));
  /** The year, 365 to 366 days. */
  public static final Unit YEAR =
      new Unit("year", "year", "years", Dimension.TIME, BigDecimal.valueOf(365), BigDecimal.valueOf(366));

  /** The statute mile, 1,609.344 m. */
  public static final Unit MILE = new Unit("mi", "mile", "miles", Dimension.LENGTH, new BigDecimal("1609.344"),
      new BigDecimal("1609.344"));
  /** The square mile, 2,589,988.110336 m\u00b2. */
  public static final Unit SQUARE_MILE = new Unit("mi2", "square mile", "square miles", Dimension.AREA,
      new BigDecimal("2589988.110336"), new BigDecimal("2589988.110336"));

  private static final List<Unit> KNOWN = List.of(ONE, PERCENT, METRE, KILOMETRE, SQUARE_METRE,
      SQUARE_KILOMETRE, MINUTE, HOUR, DAY, WEEK, MONTH, YEAR, MILE, SQUARE_MILE);

  /**
   * A unit, trailing zeros dropped from its factors.
   *
   * @throws IllegalArgumentException if the id is blank or unless {@code 0 < lowFactor <=
   *     highFactor}
   */
  public Unit {
    checkNotNull(id, "id");
    checkNotNull(singular, "singular");
    checkNotNull(plural, "plural");
    checkNotNull(dimension, "dimension");
    checkArgument(!id.isBlank(), "a unit needs a non-blank id");
    lowFactor = Numbers.canon(checkNotNull(lowFactor, "lowFactor"));
    highFactor = Numbers.canon(checkNotNull(highFactor, "highFactor"));
    checkArgument(lowFactor.signum() > 0 && lowFactor.compareTo(highFactor) <= 0,
        "a unit needs 0 < lowFactor <= highFactor, got %s and %s", lowFactor, highFactor);
  }

  /** A unit of fixed size {@code factor} base units of {@code dimension}. */
  public static Unit of(String id, String singular, String plural, Dimension dimension, BigDecimal factor) {
    checkNotNull(factor, "factor");
    return new Unit(id, singular, plural, dimension, factor, factor);
  }

  /**
   * A count unit that names what it counts: {@code counting("family", "families")} has id {@code
   * families} and prints {@code 50 families}. Rule sets read the id to tell counts of families from
   * counts of people (see {@code org.crosscheck.rules.CountedClass}).
   *
   * @throws IllegalArgumentException if {@code plural} is blank
   */
  public static Unit counting(String singular, String plural) {
    checkNotNull(singular, "singular");
    checkNotNull(plural, "plural");
    checkArgument(!plural.isBlank(), "counting() needs the plural noun, like counting(\"family\", \"families\"); got"
        + " \"%s\"", plural);
    return new Unit(plural.strip().toLowerCase(Locale.ROOT), singular.strip(), plural.strip(), Dimension.COUNT,
        BigDecimal.ONE, BigDecimal.ONE);
  }

  /** One of the built-in units by id ({@code "km"}, {@code "month"}, {@code "percent"}, …). */
  public static Optional<Unit> byId(String id) {
    String key = id.toLowerCase(Locale.ROOT);
    return KNOWN.stream().filter(u -> u.id.equals(key)).findFirst();
  }

  /** The built-in units. */
  public static List<Unit> known() {
    return KNOWN;
  }

  /** The base unit of this unit's dimension. */
  public Unit base() {
    return switch (dimension) {
      case COUNT -> ONE;
      case SHARE -> PERCENT;
      case LENGTH -> METRE;
      case TIME -> DAY;
      case AREA -> SQUARE_METRE;
    };
  }

  /**
   * How many of {@code smaller} make one of this unit, when the number is the same for every
   * unit of each: 12 months a year, 7 days a week, 24 hours a day, 60 minutes an hour, and
   * products of those (1,440 minutes a day). Empty when the two units are of different
   * dimensions, when {@code smaller} is not smaller, or when the count varies (days in a month,
   * weeks in a year). A composite figure ("two years and three months") becomes one figure in the
   * smaller unit with it.
   */
  public Optional<BigDecimal> unitsPer(Unit smaller) {
    if (dimension != smaller.dimension || equals(smaller)) return Optional.empty();
    if (dimension == Dimension.TIME) {
      if (id.equals("year") && smaller.id.equals("month")) return Optional.of(BigDecimal.valueOf(12));   // whatever their lengths
      // the factors of the hour and the minute are rounded fractions of a day: count in minutes instead
      Long big = MINUTES.get(id);
      Long small = MINUTES.get(smaller.id);
      if (big == null || small == null || big <= small || big % small != 0) return Optional.empty();
      return Optional.of(BigDecimal.valueOf(big / small));
    }
    if (!isFixed() || !smaller.isFixed() || lowFactor.compareTo(smaller.lowFactor) <= 0) return Optional.empty();
    BigDecimal ratio = Numbers.divide(lowFactor, smaller.lowFactor);
    BigDecimal whole = ratio.setScale(0, java.math.RoundingMode.HALF_EVEN);
    // a ratio within rounding of a whole number is that number (1/24 of a day over 1/1440 is 60)
    return ratio.subtract(whole).abs().compareTo(new BigDecimal("0.000001")) < 0 ? Optional.of(whole) : Optional.empty();
  }

  private static final java.util.Map<String, Long> MINUTES =
      java.util.Map.of("minute", 1L, "hour", 60L, "day", 1440L, "week", 10080L);

  /** Whether one unit is always the same number of base units. */
  public boolean isFixed() {
    return lowFactor.equals(highFactor);
  }

  /** Converts an interval in this unit into the base unit, widening for units of varying size. */
  public Interval toBase(Interval interval) {
    if (lowFactor.equals(BigDecimal.ONE) && highFactor.equals(BigDecimal.ONE)) return interval;
    return interval.scale(lowFactor, highFactor);
  }

  /** Appends this unit to a formatted number: {@code 35%}, {@code 40 km}, {@code 2 months}, {@code 1500}. */
  public String label(String number, boolean singularForm) {
    if (dimension == Dimension.COUNT && singular.isEmpty()) return number;
    if (this.equals(PERCENT)) return number + "%";
    return number + " " + (singularForm ? singular : plural);
  }

  @Override
  public String toString() {
    return id;
  }
}
