package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import org.crosscheck.value.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * A quantity expression found in Arabic text: a number or a vague quantifier with its hedge, bound
 * or range words and its unit, read as a {@link Quantity}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span the whole expression in the original text, hedge and unit included ("ما يقدر بنحو 1500",
 *     "40 كيلومترا تقريبا", "ما بين 1500 و2500 مقاتل" without the noun: "ما بين 1500 و2500")
 * @param text the original text of {@code span}
 * @param quantity the value
 * @param cue the hedge, bound or range words as written ("نحو", "أكثر من", "ما بين"), or {@code null}
 * @param noun the counted noun after the number as written ("مقاتل", "المقاتلين" after من), or
 *     {@code null} when a unit or nothing follows; for a dual noun, its singular
 * @param nounSpan where {@code noun} is, or {@code null} (for a dual noun, the number's own span)
 */
public record QuantityMatch(
    Span span, String text, Quantity quantity, @Nullable String cue, @Nullable String noun, @Nullable Span nounSpan) {

  /**
   * Checks the span, text and quantity; {@code cue}, {@code noun} and {@code nounSpan} may be {@code null}.
   *
   * @throws NullPointerException if one of the three is {@code null}
   */
  public QuantityMatch {
    checkNotNull(span, "span");
    checkNotNull(text, "text");
    checkNotNull(quantity, "quantity");
  }

  /** {@code ~1500 (±10%) "ما يقدر بنحو 1500" [40..57)}. */
  @Override
  public String toString() {
    return quantity + " \"" + text + "\" " + span + (noun == null ? "" : " of " + noun);
  }
}
