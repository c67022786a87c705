package org.crosscheck.claim;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.crosscheck.claim.internal.Names;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Label;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.TimeValue;
import org.crosscheck.value.Unit;
import org.crosscheck.value.Value;

/**
 * What a claim measures: "fighters", "share of territory held", "date of an event", "length of a
 * pocket". Measures are an open set, each with a {@link Kind} that fixes which values it takes,
 * and a {@link Trend} that says how its true value may move over time.
 *
 * <p>Two claims speak of the same thing only if they have the same measure id: "distance to the
 * border" and "length of the pocket" are both distances, but never one group.
 *
 * <p>Immutable and thread-safe. {@link Measures} lists the built-in measures.
 *
 * @param id stable identifier ({@code "fighters"})
 * @param label readable name ({@code "fighters"})
 * @param kind what kind of value the measure takes
 * @param trend how the true value may change over time
 */
public record Measure(String id, String label, Kind kind, Trend trend) {

  /** What kind of value a measure takes. */
  public enum Kind {
    /** A count of people or things: a {@link Quantity} in a count unit. */
    COUNT,
    /** A share of a whole: a {@link Quantity} in percent (fractions included). */
    SHARE,
    /** The date of an event: a {@link DateValue}; the claim names the event type. */
    EVENT_DATE,
    /** A duration: a {@link Quantity} in a time unit. */
    DURATION,
    /** A distance or length: a {@link Quantity} in a length unit. */
    DISTANCE,
    /** An area: a {@link Quantity} in an area unit (never a distance: 40 km² is not 40 km). */
    AREA,
    /** A moment at minute granularity: a {@link TimeValue}. */
    MOMENT,
    /** A category or status: a {@link Label}. */
    CATEGORY,
    /** Anything else: any value. */
    OTHER
  }

  /** How the true value of a measure may move over time. */
  public enum Trend {
    /** A fact that does not change once true: an event's date, the length of a past battle. */
    FIXED,
    /** A state that can move either way: fighters remaining, share of territory held. */
    VARIES,
    /** A running total that can only grow: killed since, people who left since, territory lost. */
    INCREASES,
    /** A stock that can only shrink. */
    DECREASES
  }

  /**
   * A measure with its id, label, kind of value and trend.
   *
   * @throws IllegalArgumentException if the id is blank
   */
  public Measure {
    checkNotNull(id, "id");
    checkNotNull(label, "label");
    checkNotNull(kind, "kind");
    checkNotNull(trend, "trend");
    checkArgument(!id.isBlank(), "a measure needs a non-blank id");
  }

  /** A measure whose id is the slug of {@code label}. */
  public static Measure of(String label, Kind kind, Trend trend) {
    checkNotNull(label, "label");
    String slug = Names.slug(label);
    checkArgument(!slug.isEmpty(), "a measure needs a label with a letter or digit, got \"%s\"", label);
    return new Measure(slug, label.strip(), kind, trend);
  }

  /** Whether the true value may differ between two times of validity. */
  public boolean changesOverTime() {
    return trend != Trend.FIXED;
  }

  /**
   * Checks that {@code value} is a value this measure takes.
   *
   * @throws IllegalArgumentException naming the measure, the value and what it takes instead
   */
  public void checkValue(Value value) {
    checkNotNull(value, "value");
    boolean ok = switch (kind) {
      case COUNT -> value instanceof Quantity q && q.unit().dimension() == Unit.Dimension.COUNT;
      case SHARE -> value instanceof Quantity q && q.unit().dimension() == Unit.Dimension.SHARE;
      case DURATION -> value instanceof Quantity q && q.unit().dimension() == Unit.Dimension.TIME;
      case DISTANCE -> value instanceof Quantity q && q.unit().dimension() == Unit.Dimension.LENGTH;
      case AREA -> value instanceof Quantity q && q.unit().dimension() == Unit.Dimension.AREA;
      case EVENT_DATE -> value instanceof DateValue;
      case MOMENT -> value instanceof TimeValue;
      case CATEGORY -> value instanceof Label;
      case OTHER -> true;
    };
    if (!ok) {
      throw new IllegalArgumentException("measure '" + id + "' (" + kind + ") cannot take the value " + value
          + " (" + describe(value) + "); it takes " + expects());
    }
  }

  private static String describe(Value v) {
    if (v instanceof Quantity q) return "a quantity in " + q.unit();
    return "a " + v.family();
  }

  private String expects() {
    return switch (kind) {
      case COUNT -> "a quantity in a count unit, e.g. exactly(1500)";
      case SHARE -> "a quantity in percent, e.g. percent(35) or fraction(1, 3)";
      case DURATION -> "a quantity in a time unit, e.g. duration(2, MONTH)";
      case DISTANCE -> "a quantity in a length unit, e.g. km(40)";
      case AREA -> "a quantity in an area unit, e.g. exactly(4000, Unit.SQUARE_KILOMETRE)";
      case EVENT_DATE -> "a date, e.g. onDay(2017, 11, 3)";
      case MOMENT -> "a time, e.g. TimeValue.at(instant)";
      case CATEGORY -> "a label, e.g. label(\"D5\")";
      case OTHER -> "any value";
    };
  }

  @Override
  public String toString() {
    return label;
  }
}
