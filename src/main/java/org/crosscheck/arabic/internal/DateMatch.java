package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.crosscheck.value.DateValue;
import org.jspecify.annotations.Nullable;

/**
 * A date expression found in Arabic text, with the date it denotes when it could be resolved.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span where the expression is in the original text ("في الثالث من نوفمبر(تشرين الثاني)" is
 *     read from الثالث on; "أمس الأحد", "صباح الجمعة" are one span)
 * @param text the original text of {@code span}
 * @param value the date, or {@code null} when it could not be resolved (a relative date without an
 *     anchor, a day and month without a year and no anchor, a date relative to an event that has no
 *     date in the text)
 * @param resolution how the date was (or could not be) resolved
 * @param qualifier how the text relates the event to the date ("منذ 2014" is SINCE 2014)
 * @param note why a date is unresolved, or what the resolution assumed; {@code null} when there is
 *     nothing to say
 */
public record DateMatch(
    Span span, String text, @Nullable DateValue value, Resolution resolution, Qualifier qualifier,
    @Nullable String note) {

  /**
   * The note of a date given relative to an event the text does not date ("بعد 12 يوما من المعركة"):
   * it cannot be resolved from the anchor, so a duration inside it stays a quantity of its own.
   */
  public static final String EVENT_RELATIVE = "relative to an event, not a date";

  /** How a date was resolved. */
  public enum Resolution {
    /** Day, month and year, or month and year, or a year, all in the text. */
    EXPLICIT,
    /** A day and month (or a month) in the text, the year from the anchor by the year rule. */
    YEAR_FROM_ANCHOR,
    /** Relative to the anchor date: أمس، الأحد، الأسبوع الماضي، هذا العام. */
    RELATIVE_TO_ANCHOR,
    /** Relative to a date mentioned before it in the text: وبعد خمسة أيام، اليوم التالي، غداة. */
    RELATIVE_TO_DATE,
    /** Not resolved; {@link #note()} says why. */
    UNRESOLVED
  }

  /** How the text relates its event to the date. */
  public enum Qualifier {
    /** On or in the date (the default). */
    AT,
    /** Since the date: منذ. */
    SINCE,
    /** Until the date: حتى. */
    UNTIL
  }

  /**
   * @throws IllegalArgumentException if an unresolved match has a value or a resolved one has none
   */
  public DateMatch {
    checkNotNull(span, "span");
    checkNotNull(text, "text");
    checkNotNull(resolution, "resolution");
    checkNotNull(qualifier, "qualifier");
    checkArgument((resolution == Resolution.UNRESOLVED) == (value == null),
        "a %s date match needs %s, got %s", resolution, resolution == Resolution.UNRESOLVED ? "no value" : "a value", value);
  }

  /** Whether {@link #value()} is set. */
  public boolean isResolved() {
    return value != null;
  }

  /** {@code 2017-11-03 "أمس الجمعة" [40..50) RELATIVE_TO_ANCHOR}, or {@code ? "أمس" [..) UNRESOLVED (no anchor)}. */
  @Override
  public String toString() {
    return (qualifier == Qualifier.AT ? "" : qualifier + " ") + (value == null ? "?" : value.toString()) + " \"" + text
        + "\" " + span + " " + resolution + (note == null ? "" : " (" + note + ")");
  }
}
