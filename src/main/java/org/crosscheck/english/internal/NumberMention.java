package org.crosscheck.english.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import org.crosscheck.extract.Rule;
import org.crosscheck.value.internal.Numbers;

/**
 * A number read from tokens {@code from} to {@code to} (exclusive): a cardinal, an ordinal or a
 * fraction, with the rule that read it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the first token
 * @param to one past the last token
 * @param value the value: the cardinal, the ordinal's number, or the fraction's value (2/3 is 0.666667)
 * @param form which kind of number
 * @param numerator a fraction's numerator, else 0
 * @param denominator a fraction's denominator, else 0
 * @param rule the rule that read it
 */
public record NumberMention(int from, int to, BigDecimal value, Form form, int numerator, int denominator, Rule rule) {

  /** Which kind of number. */
  public enum Form {
    /** A count: {@code 1,500}, {@code twelve thousand}, {@code a dozen}. */
    CARDINAL,
    /** A rank, its value the number: {@code 29th}, {@code twenty-first}. */
    ORDINAL,
    /** A fraction, its value the quotient: {@code a third}, {@code two-thirds}, {@code half}. */
    FRACTION
  }

  /**
   * Canonicalizes the value, so that {@code 1500} and {@code 1500.0} are one value.
   *
   * @throws NullPointerException if {@code value}, {@code form} or {@code rule} is {@code null}
   */
  public NumberMention {
    checkNotNull(value, "value");
    checkNotNull(form, "form");
    checkNotNull(rule, "rule");
    value = Numbers.canon(value);
  }

  static NumberMention cardinal(int from, int to, BigDecimal value, Rule rule) {
    return new NumberMention(from, to, value, Form.CARDINAL, 0, 0, rule);
  }

  @Override
  public String toString() {
    return form == Form.FRACTION ? numerator + "/" + denominator : Numbers.format(value) + (form == Form.ORDINAL ? "th" : "");
  }
}
