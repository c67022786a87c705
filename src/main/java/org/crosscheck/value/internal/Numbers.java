package org.crosscheck.value.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Canonical numbers: every {@link BigDecimal} that enters a value passes through {@link #canon},
 * so that {@code 1500}, {@code 1500.0} and {@code 1.5E+3} are one value, and {@link #format}
 * prints it the same way under every default locale.
 */
public final class Numbers {
  /** Scale used when a division cannot be exact (fractions, percentages of a fraction). */
  public static final int SCALE = 6;

  private Numbers() {}

  /** Strips trailing zeros and never keeps a negative scale ({@code 1.5E+3} becomes {@code 1500}). */
  public static BigDecimal canon(BigDecimal value) {
    checkNotNull(value, "value");
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** A finite double as a canonical decimal, using its shortest decimal representation. */
  public static BigDecimal of(double value) {
    checkArgument(Double.isFinite(value), "a quantity needs a finite number, got %s", value);
    return canon(BigDecimal.valueOf(value));
  }

  /** A long as a canonical decimal. */
  public static BigDecimal of(long value) {
    return canon(BigDecimal.valueOf(value));
  }

  /**
   * Parses a plain decimal ({@code "1500"}, {@code "33.3"}, {@code "-2"}); the text must use ASCII
   * digits and a dot.
   *
   * @throws NumberFormatException naming the text, if it is not a plain decimal
   */
  public static BigDecimal parse(String text) {
    checkNotNull(text, "text");
    try {
      return canon(new BigDecimal(text.trim()));
    } catch (NumberFormatException e) {
      NumberFormatException named =
          new NumberFormatException("not a plain decimal number: \"" + text + "\" (use ASCII digits and a dot, e.g. 33.3)");
      named.initCause(e);
      throw named;
    }
  }

  /** Plain notation, ASCII digits, no grouping: {@code 1500}, {@code 33.333333}, {@code -2.5}. */
  public static String format(BigDecimal value) {
    return canon(value).toPlainString();
  }

  /** Rounds to {@link #SCALE} decimals, half-even, then canonicalizes. */
  public static BigDecimal round(BigDecimal value) {
    return canon(value.setScale(SCALE, RoundingMode.HALF_EVEN));
  }

  /** {@code a / b} rounded to {@link #SCALE} decimals. */
  public static BigDecimal divide(BigDecimal a, BigDecimal b) {
    checkArgument(b.signum() != 0, "division by zero: %s / 0", format(a));
    return canon(a.divide(b, SCALE, RoundingMode.HALF_EVEN));
  }
}
