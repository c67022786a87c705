package org.crosscheck.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.crosscheck.claim.Measure;
import org.crosscheck.value.Interval;
import org.crosscheck.value.internal.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * How far apart two values of a measure may be and still match: a relative tolerance ("counts
 * within 10%") or an absolute one in the base unit of the measure ("shares within 0.5 points",
 * "dates within 1 day", "times within 10 minutes"). A tolerance for one measure beats one for its
 * kind.
 *
 * <pre>{@code
 * Tolerance.relative(0.10).forMeasure(FIGHTERS).because("wire copy rounds counts")
 * Tolerance.absolute(0.5).forKind(SHARE)
 * }</pre>
 *
 * @param id stable id, {@code tolerance.<measure or kind>} unless given
 * @param description what it says
 * @param reasons why
 * @param measureId the measure it applies to, or {@code null} when it applies to a kind
 * @param kind the kind it applies to, or {@code null} when it applies to one measure
 * @param relative whether {@code amount} is a fraction of the values' magnitude
 * @param amount the tolerance: a fraction when relative, base units otherwise
 */
public record Tolerance(
    String id, String description, List<String> reasons, @Nullable String measureId, Measure.@Nullable Kind kind,
    boolean relative, BigDecimal amount) implements Rule {

  /**
   * A tolerance for one measure or one kind, trailing zeros dropped from the amount.
   *
   * @throws IllegalArgumentException if the id is malformed, the amount is negative, or not exactly
   *     one of {@code measureId} and {@code kind} is given
   */
  public Tolerance {
    Rule.checkId(id);
    checkNotNull(description, "description");
    reasons = ImmutableList.copyOf(reasons);
    amount = Numbers.canon(checkNotNull(amount, "amount"));
    checkArgument(amount.signum() >= 0, "a tolerance cannot be negative, got %s", Numbers.format(amount));
    checkArgument((measureId == null) != (kind == null), "a tolerance applies to one measure or one kind");
  }

  /** A tolerance of {@code fraction} of the values' magnitude (0.10 for 10%); say what it is for next. */
  public static Spec relative(double fraction) {
    checkArgument(fraction >= 0 && fraction <= 1, "relative() takes a fraction in [0..1], got %s; write 0.1 for 10%",
        fraction);
    return new Spec(true, Numbers.of(fraction), "");
  }

  /** A tolerance of {@code amount} base units (percentage points, metres, items); say what it is for next. */
  public static Spec absolute(double amount) {
    checkArgument(amount >= 0, "absolute() takes an amount >= 0, got %s", amount);
    return new Spec(false, Numbers.of(amount), "");
  }

  /** A tolerance of {@code days} days, for dates and durations. */
  public static Spec days(int days) {
    checkArgument(days >= 0, "days() takes a number >= 0, got %s", days);
    return new Spec(false, Numbers.of(days), days == 1 ? " day" : " days");
  }

  /** A tolerance of {@code minutes} minutes, for moments. */
  public static Spec minutes(int minutes) {
    checkArgument(minutes >= 0, "minutes() takes a number >= 0, got %s", minutes);
    return new Spec(false, Numbers.of(minutes), minutes == 1 ? " minute" : " minutes");
  }

  /** A tolerance waiting to be told what it applies to. */
  public record Spec(boolean relative, BigDecimal amount, String unitWord) {
    /** For one measure: id {@code tolerance.<measure id>}. */
    public Tolerance forMeasure(Measure measure) {
      checkNotNull(measure, "measure");
      return new Tolerance("tolerance." + measure.id(), describe(measure.label()), List.of(), measure.id(), null,
          relative, amount);
    }

    /** For every measure of a kind: id {@code tolerance.<kind>}. */
    public Tolerance forKind(Measure.Kind kind) {
      checkNotNull(kind, "kind");
      String k = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
      return new Tolerance("tolerance." + k, describe(k.replace('-', ' ') + " values"), List.of(), null, kind, relative,
          amount);
    }

    private String describe(String what) {
      if (amount.signum() == 0) return what + " match only when equal";
      return what + " match within \u00b1" + (relative ? Numbers.format(amount.movePointRight(2)) + "%"
          : Numbers.format(amount) + unitWord);
    }
  }

  /** This tolerance under another id. */
  public Tolerance withId(String newId) {
    return new Tolerance(newId, description, reasons, measureId, kind, relative, amount);
  }

  @Override
  public Tolerance because(String reason) {
    return new Tolerance(id, description, ImmutableList.<String>builder().addAll(reasons).add(reason).build(),
        measureId, kind, relative, amount);
  }

  /** Whether two values within this tolerance can never be told apart (the amount is zero). */
  public boolean isExact() {
    return amount.signum() == 0;
  }

  /**
   * Widens an interval by half the tolerance on each side, so that two intervals meet exactly
   * when they lie within the tolerance of each other.
   */
  public Interval widen(Interval interval) {
    if (amount.signum() == 0) return interval;
    BigDecimal half = Numbers.divide(amount, BigDecimal.valueOf(2));
    return relative ? interval.widenRelative(half) : interval.widen(half);
  }

  /**
   * Widens an interval given in {@code unit} rather than in base units: an absolute amount is
   * converted to the unit first (by its least size, for units of varying size).
   */
  public Interval widen(Interval interval, org.crosscheck.value.Unit unit) {
    if (relative || amount.signum() == 0 || unit.equals(unit.base())) return widen(interval);
    BigDecimal half = Numbers.divide(Numbers.divide(amount, BigDecimal.valueOf(2)), unit.lowFactor());
    return interval.widen(half);
  }

  /**
   * The tolerance as an analyst reads it: {@code the 10% tolerance for counts}, {@code the ±0.5
   * tolerance for shares}, {@code the 1-day tolerance for event dates}, {@code the 10% tolerance
   * for fighters}; for an exact one, {@code no tolerance: counts match only when equal}.
   */
  public String phrase() {
    String what = measureId != null ? measureName() : kindName(kind);
    if (isExact()) return "no tolerance: " + what + " match only when equal";
    String size = relative ? Numbers.format(amount.movePointRight(2)) + "%"
        : kind == Measure.Kind.SHARE ? Numbers.format(amount) + "-point"
        : unitWordOf().isEmpty() ? "\u00b1" + Numbers.format(amount) : Numbers.format(amount) + "-" + unitWordOf();
    return "the " + size + " tolerance for " + what;
  }

  private String measureName() {
    int at = description.indexOf(" match ");
    return at > 0 ? description.substring(0, at) : measureId != null ? measureId : description;
  }

  private String unitWordOf() {
    int at = description.lastIndexOf(' ');
    if (relative || at < 0) return "";
    String last = description.substring(at + 1);
    return switch (last) {
      case "day", "days" -> "day";
      case "minute", "minutes" -> "minute";
      default -> "";
    };
  }

  private static String kindName(Measure.@Nullable Kind kind) {
    if (kind == null) return "values";
    return switch (kind) {
      case COUNT -> "counts";
      case SHARE -> "shares";
      case EVENT_DATE -> "event dates";
      case DURATION -> "durations";
      case DISTANCE -> "distances";
      case AREA -> "areas";
      case MOMENT -> "times of day";
      case CATEGORY -> "categories";
      case OTHER -> "values";
    };
  }

  @Override
  public String toString() {
    return id + ": " + description;
  }
}
