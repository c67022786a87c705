package org.crosscheck.arabic.internal;

import java.math.BigDecimal;
import org.crosscheck.arabic.internal.NumberWords.Cls;
import org.crosscheck.arabic.internal.NumberWords.Entry;
import org.jspecify.annotations.Nullable;

/**
 * One step of the cardinal grammar: whether an atom may follow the number read so far, and the
 * number after it (units after tens with و, a scale after a coefficient, a fraction after a whole).
 * Immutable and thread-safe; the state it updates is the caller's.
 */
final class CardinalSteps {
  final NumberWords lex;

  CardinalSteps(NumberWords lex) {
    this.lex = lex;
  }

  int step(NumberAtom a, @Nullable NumberAtom after, CardinalState s) {
    boolean waw = a.waw;
    if (s.prev == CardinalState.Prev.FRACTION) {
      // نصف مليون، ربع دزينة: a fraction multiplying what follows
      Entry e = scaleEntry(a);
      if (!waw && e != null && e.cls() != Cls.SCALE_DUAL) {
        s.total = s.group.times(Rational.of(e.value()));
        s.coefficient = s.group;
        s.group = Rational.ZERO;
        s.lastScale = Rational.of(e.value());
        s.prev = CardinalState.Prev.SCALE;
        return 1;
      }
      if (!waw && a.has(Cls.DOZEN)) {
        s.group = s.group.times(Rational.of(12));
        s.prev = CardinalState.Prev.DOZEN;
        s.finished = true;
        return 1;
      }
      return 0;
    }
    if (a.literal != null) return literalStep(a, after, s);
    s.literalOnly = false;
    Entry e;
    if ((e = scaleEntry(a)) != null) return scaleStep(a, e, s);
    if ((e = a.get(Cls.HUNDRED_WORD)) != null) {
      if (!waw && (s.prev == CardinalState.Prev.UNIT || s.prev == CardinalState.Prev.LITERAL) && !s.tens && !s.hundreds || !waw && s.prev == CardinalState.Prev.LITERAL) {
        s.group = s.group.minus(s.lastValue).plus(s.lastValue.times(Rational.of(100)));
        s.hundreds = true;
        s.ones = false;
        s.tens = false;
        s.prev = CardinalState.Prev.HUNDRED;
        return 1;
      }
    }
    if (e != null || (e = a.get(Cls.HUNDRED)) != null) {
      if (s.groupEmpty() && (waw || s.prev == CardinalState.Prev.SCALE) && s.lastScale != null) {
        s.group = Rational.of(e.value());
        s.hundreds = true;
        s.prev = CardinalState.Prev.HUNDRED;
        return 1;
      }
      return 0;
    }
    if ((e = a.get(Cls.TEN)) != null) {
      if (!waw && (s.prev == CardinalState.Prev.UNIT || s.prev == CardinalState.Prev.TEEN_HEAD) && s.ones && !s.tens) {
        s.group = s.group.plus(Rational.of(10));
        s.tens = true;
        s.prev = CardinalState.Prev.TEN;
        return 1;
      }
      if (waw && !s.tens && !s.ones) {
        return addValue(a, Rational.of(10), true, false, s);
      }
    }
    if ((e = a.get(Cls.TEEN)) != null) {
      if (!s.ones && !s.tens && (waw || s.prev == CardinalState.Prev.HUNDRED)) return addValue(a, Rational.of(e.value()), true, true, s);
      return 0;
    }
    if ((e = a.get(Cls.TENS)) != null) {
      if (s.tens) return 0;
      if (s.ones) {
        if (waw && s.prev == CardinalState.Prev.UNIT) {
          s.group = s.group.plus(Rational.of(e.value()));
          s.tens = true;
          s.prev = CardinalState.Prev.TENS;
          s.lastValue = Rational.of(e.value());
          return 1;
        }
        return 0;
      }
      if (waw || s.prev == CardinalState.Prev.HUNDRED) return addValue(a, Rational.of(e.value()), true, false, s);
      return 0;
    }
    if ((e = a.get(Cls.UNIT)) != null) {
      // ألف خمس مائة: after a scale, a unit that multiplies مئة may come without و
      boolean multiplier = !waw && s.prev == CardinalState.Prev.SCALE && after != null && !after.waw && after.has(Cls.HUNDRED_WORD);
      boolean can = !s.ones && !s.tens && (waw || s.prev == CardinalState.Prev.HUNDRED || multiplier)
          && !(s.groupEmpty() && !waw && !multiplier) && s.prev != CardinalState.Prev.LITERAL;
      if (can && after != null && !after.waw && after.has(Cls.FRACTION_PLURAL)) can = false;
      if (can && multiplier) {
        s.group = Rational.of(e.value());
        s.ones = true;
        s.prev = CardinalState.Prev.UNIT;
        s.lastValue = s.group;
        return 1;
      }
      if (can) {
        int r = addValue(a, Rational.of(e.value()), false, true, s);
        if (r > 0) {
          s.prev = CardinalState.Prev.UNIT;
          return r;
        }
      }
      // و + a count + a plural fraction: عشرون وثلاثة أخماس
      if (waw && after != null && !after.waw && after.has(Cls.FRACTION_PLURAL)) {
        Entry f = java.util.Objects.requireNonNull(after.get(Cls.FRACTION_PLURAL), "a plural fraction has its entry");
        s.group = s.group.plus(Rational.of(e.value(), f.value()));
        s.fraction = true;
        s.finished = true;
        return 2;
      }
      // و + an ambiguous fraction word after a whole number: ثلاث وخمس
      Entry f = a.get(Cls.FRACTION);
      if (waw && f != null && s.value().signum() > 0) return addFraction(Rational.of(1, f.value()), s);
      return 0;
    }
    if ((e = a.get(Cls.FRACTION)) != null) {
      if (waw && s.value().signum() > 0) {
        int r = addFraction(Rational.of(1, e.value()), s);
        // مليون ونصف المليون: the scale repeated with the article after the fraction belongs to it
        Entry scale = after == null || after.waw || after.reading == null || !after.reading.definite() ? null
            : scaleEntry(after);
        if (scale != null && s.lastScale != null && Rational.of(scale.value()).compareTo(s.lastScale) == 0) return r + 1;
        return r;
      }
      return 0;
    }
    if ((e = a.get(Cls.FRACTION_DUAL)) != null) {
      if (waw && s.value().signum() > 0) return addFraction(Rational.of(2, e.value()), s);
      return 0;
    }
    if ((e = a.get(Cls.FRACTION_PLURAL)) != null) {
      if (waw || s.prev == CardinalState.Prev.SCALE || s.value().signum() <= 0) return 0;
      Rational d = Rational.of(e.value());
      if (s.lastWaw && s.lastValue.compareTo(Rational.of(10)) <= 0 && s.before.signum() > 0) {
        // مئة وثلاثة أرباع: the count after و is the numerator
        s.group = s.before.minus(s.total).plus(s.lastValue.dividedBy(d));
      } else {
        s.group = s.value().dividedBy(d).minus(s.total);
      }
      s.fraction = true;
      s.finished = true;
      return 1;
    }
    if ((e = a.get(Cls.DOZEN_PLURAL)) != null || (e = a.get(Cls.DOZEN)) != null) {
      if (!waw && (s.prev == CardinalState.Prev.UNIT || s.prev == CardinalState.Prev.LITERAL)) {
        s.group = s.group.minus(s.lastValue).plus(s.lastValue.times(Rational.of(12)));
        s.prev = CardinalState.Prev.DOZEN;
        s.ones = s.tens = true;
        return 1;
      }
      return 0;
    }
    if ((e = a.get(Cls.DOZEN_DUAL)) != null) {
      if (waw && !s.ones && !s.tens) return addValue(a, Rational.of(24), true, true, s);
      return 0;
    }
    if (a.has(Cls.POINT) && after != null && !after.waw && !s.fraction && !s.decimal && s.value().isInteger()) {
      String digits = integerDigits(after);
      if (digits != null) {
        s.group = s.group.plus(Rational.of(new BigDecimal("0." + digits)));
        s.decimal = true;
        s.finished = true;
        return 2;
      }
    }
    return 0;
  }

  /** The digits of a one-atom whole number after فاصلة ("خمسة" → "5"), or {@code null}. */
  static @Nullable String integerDigits(NumberAtom a) {
    if (a.literal != null) return a.literal.plain() ? a.literal.value().num().toString() : null;
    for (Cls c : new Cls[] {Cls.UNIT, Cls.TEN, Cls.TEEN, Cls.TENS, Cls.ZERO}) {
      Entry e = a.get(c);
      if (e != null) return Long.toString(e.value());
    }
    return null;
  }

  static @Nullable Entry scaleEntry(NumberAtom a) {
    for (Cls c : new Cls[] {Cls.SCALE, Cls.SCALE_PLURAL, Cls.SCALE_ACC, Cls.SCALE_DUAL}) {
      Entry e = a.get(c);
      if (e != null) return e;
    }
    return null;
  }

  int scaleStep(NumberAtom a, Entry e, CardinalState s) {
    Rational scale = Rational.of(e.value());
    if (s.lastScale != null && scale.compareTo(s.lastScale) >= 0) return 0;
    Rational mult;
    if (e.cls() == Cls.SCALE_DUAL) {
      if (!s.groupEmpty() || !a.waw) return 0;
      mult = Rational.of(2);
    } else if (s.group.signum() > 0) {
      if (a.waw) return 0;
      mult = s.group;
    } else {
      if (!a.waw || e.cls() != Cls.SCALE) return 0;
      mult = Rational.ONE;
    }
    s.total = s.total.plus(mult.times(scale));
    s.coefficient = mult;
    s.group = Rational.ZERO;
    s.ones = s.tens = s.hundreds = false;
    s.lastScale = scale;
    s.prev = CardinalState.Prev.SCALE;
    return 1;
  }

  int literalStep(NumberAtom a, @Nullable NumberAtom after, CardinalState s) {
    DigitLiteral lit = java.util.Objects.requireNonNull(a.literal, "the literal step reads digit atoms only");
    if (s.prev == CardinalState.Prev.LITERAL || lit.slash()) return 0;
    boolean multiplier = after != null && !after.waw && (after.has(Cls.HUNDRED_WORD) || scaleEntry(after) != null);
    if (s.prev == CardinalState.Prev.SCALE && s.groupEmpty()) {
      if (!a.waw && !multiplier || lit.value().signum() == 0) return 0;
      if (!multiplier && s.lastScale != null && lit.value().compareTo(s.lastScale) >= 0) return 0;
      s.group = lit.value();
      s.ones = s.tens = s.hundreds = true;
      s.prev = CardinalState.Prev.LITERAL;
      s.lastValue = lit.value();
      s.decimal |= lit.decimal();
      return 1;
    }
    if (!a.waw || !lit.value().isInteger() || lit.value().signum() == 0) return 0;
    Rational cap = s.ones ? Rational.ZERO : s.tens ? Rational.of(10) : s.hundreds ? Rational.of(100) : Rational.ZERO;
    if (lit.value().compareTo(cap) >= 0) return 0;
    s.group = s.group.plus(lit.value());
    s.ones = s.tens = true;
    s.prev = CardinalState.Prev.LITERAL;
    s.lastValue = lit.value();
    return 1;
  }

  static int addValue(NumberAtom a, Rational v, boolean tens, boolean ones, CardinalState s) {
    if (s.groupEmpty() && s.lastScale != null && !a.waw) return 0;
    if (s.groupEmpty() && s.lastScale == null) return 0;
    s.group = s.group.plus(v);
    if (tens) s.tens = true;
    if (ones) s.ones = true;
    s.prev = tens ? CardinalState.Prev.TENS : CardinalState.Prev.UNIT;
    s.lastValue = v;
    return 1;
  }

  static int addFraction(Rational f, CardinalState s) {
    Rational add = s.prev == CardinalState.Prev.SCALE && s.lastScale != null ? f.times(s.lastScale) : f;
    s.group = s.group.plus(add);
    s.fraction = true;
    s.finished = true;
    return 1;
  }
}
