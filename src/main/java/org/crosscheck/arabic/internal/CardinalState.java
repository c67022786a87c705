package org.crosscheck.arabic.internal;

import org.jspecify.annotations.Nullable;

/** Where the cardinal grammar ({@link CardinalGrammar}) stands after some atoms. Mutable; one per number read. */
final class CardinalState {
  /** The kind of the last atom accepted. */
  enum Prev { NONE, LITERAL, UNIT, TEEN_HEAD, TEN, TENS, HUNDRED, SCALE, FRACTION, DOZEN }

  Rational total = Rational.ZERO;
  Rational group = Rational.ZERO;
  boolean ones;
  boolean tens;
  boolean hundreds;
  @Nullable Rational lastScale;
  Rational coefficient = Rational.ZERO;
  Prev prev = Prev.NONE;
  boolean fraction;
  boolean decimal;
  boolean finished;
  boolean literalOnly = true;
  /** The value before the last atom, and that atom's own value (for ثلاثة أرباع after و). */
  Rational before = Rational.ZERO;
  Rational lastValue = Rational.ZERO;
  boolean lastWaw;

  Rational value() {
    return total.plus(group);
  }

  boolean groupEmpty() {
    return !ones && !tens && !hundreds && group.signum() == 0;
  }
}
