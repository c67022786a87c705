package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import org.crosscheck.value.internal.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * A number found in Arabic text: digits in either digit system, number words, a dual noun that
 * carries a count, a fraction, an ordinal or a percentage.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span where the number is in the original text; attached conjunctions and prepositions
 *     (و، ف، ب، ل) are outside it, the article ال inside it
 * @param text the original text of {@code span}
 * @param value the value, canonical (no trailing zeros); a percentage keeps its number ({@code 35}
 *     for 35%); a fraction that does not end is rounded to 15 decimal places
 * @param kind what sort of number
 * @param numerator the numerator of a {@link Kind#FRACTION} as a whole fraction in lowest terms
 *     (مائة وثلاثة أرباع is 403/4); 0 for other kinds
 * @param denominator the denominator of a {@link Kind#FRACTION}; 0 for other kinds
 * @param noun for a dual noun that carries the count (بلدتين, شهرين), the noun in the singular as
 *     listed in {@code dual-nouns.txt} (بلدة, شهر); else {@code null}
 */
public record NumberMatch(
    Span span, String text, BigDecimal value, Kind kind, long numerator, long denominator, @Nullable String noun) {

  /** What sort of number a match is. */
  public enum Kind {
    /** A whole number: 1500, ثلاثة آلاف, شهرين. */
    INTEGER,
    /** A number with a fractional part written in digits or with فاصلة: 2.5, ٤٫٨. */
    DECIMAL,
    /** A fraction written as one: ثلث, ثلاثة أرباع, 3/4, واحد ونصف. */
    FRACTION,
    /** A percentage: 95%, 35 في المئة, ٢٥ ٪, نسبة ١٠. */
    PERCENT,
    /** An ordinal, such as a day of the month: الثالث, الحادي عشر. */
    ORDINAL
  }

  /**
   * @throws IllegalArgumentException if a fraction has no denominator, or another kind has one
   */
  public NumberMatch {
    checkNotNull(span, "span");
    checkNotNull(text, "text");
    checkNotNull(kind, "kind");
    value = Numbers.canon(checkNotNull(value, "value"));
    checkArgument(kind == Kind.FRACTION ? denominator > 0 : denominator == 0 && numerator == 0,
        "a %s number needs %s, got %s/%s", kind, kind == Kind.FRACTION ? "a denominator > 0" : "numerator and denominator 0",
        numerator, denominator);
  }

  /** Whether the match is a dual noun ({@code noun} is set). */
  public boolean isDual() {
    return noun != null;
  }

  /** {@code 1500 "ألف وخمسمائة" [12..25)}, {@code 2 (شهر) "شهرين" [3..8)}, {@code 35% "35 في المئة" [..)}. */
  @Override
  public String toString() {
    String v = Numbers.format(value);
    String shown = switch (kind) {
      case PERCENT -> v + "%";
      case FRACTION -> numerator + "/" + denominator;
      case ORDINAL -> "#" + v;
      default -> v;
    };
    return shown + (noun == null ? "" : " (" + noun + ")") + " \"" + text + "\" " + span;
  }
}
