package org.crosscheck.arabic.internal;

import java.util.List;
import org.crosscheck.arabic.internal.NumberWords.Cls;
import org.crosscheck.arabic.internal.NumberWords.Entry;
import org.jspecify.annotations.Nullable;

/**
 * The grammar of cardinal numbers over atoms: a state machine that accepts a first atom and then
 * each next one as long as the number stays well formed (units, teens, tens, hundreds, scales,
 * fractions, dozens), keeping the longest well formed prefix. Immutable and thread-safe.
 */
final class CardinalGrammar {
  final NumberWords lex;
  final NumberAtoms parts;
  final CardinalSteps steps;

  CardinalGrammar(NumberWords lex) {
    this.lex = lex;
    this.parts = new NumberAtoms(lex);
    this.steps = new CardinalSteps(lex);
  }


  /** The cardinal number (digits and/or words) starting at token {@code i}, or {@code null}. */
  @Nullable NumberParse cardinal(Tokens t, int i, List<Diagnostic> diagnostics) {
    List<NumberAtom> atoms = parts.atoms(t, i, diagnostics);
    if (atoms.isEmpty()) return null;
    CardinalState s = new CardinalState();
    int used = first(t, atoms, s);
    if (used == 0) return null;
    int accepted = used;
    Snapshot best = new Snapshot(s, accepted);
    while (accepted < atoms.size() && !s.finished) {
      int n = next(atoms, accepted, s);
      if (n == 0) break;
      accepted += n;
      best = new Snapshot(s, accepted);
    }
    return build(t, atoms, best);
  }

  record Snapshot(Rational value, int atoms, boolean fraction, boolean decimal, boolean literalOnly,
      @Nullable Rational scale, Rational coefficient) {
    Snapshot(CardinalState s, int atoms) {
      this(s.value(), atoms, s.fraction, s.decimal, s.literalOnly, s.lastScale, s.coefficient);
    }
  }

  @Nullable NumberParse build(Tokens t, List<NumberAtom> atoms, Snapshot best) {
    NumberAtom first = atoms.get(0);
    NumberAtom last = atoms.get(best.atoms() - 1);
    Rational v = best.value();
    NumberMatch.Kind kind;
    long num = 0;
    long den = 0;
    if (best.fraction() && !v.isInteger()) {
      kind = NumberMatch.Kind.FRACTION;
      if (v.num().bitLength() < 63 && v.den().bitLength() < 63) {
        num = v.num().longValueExact();
        den = v.den().longValueExact();
      } else {
        kind = NumberMatch.Kind.DECIMAL;
      }
    } else {
      kind = v.isInteger() ? NumberMatch.Kind.INTEGER : NumberMatch.Kind.DECIMAL;
    }
    // a lone "واحد" used as a pronoun (أي واحد "which one") or a definite adjective (الواحد "single")
    if (best.atoms() == 1 && first.reading != null) {
      Entry unit = first.get(Cls.UNIT);
      if (unit != null && unit.value() <= 2 && first.reading.definite()) return null;
      if (unit != null && unit.value() == 1 && t.isArabic(first.firstToken - 1) && t.text(first.firstToken - 1).equals("اي")) {
        return null;
      }
    }
    int normStart = first.normStart;
    int normEnd = t.end(last.lastToken);
    Span span = t.source().toOriginal(normStart, normEnd);
    NumberMatch m = new NumberMatch(span, span.of(t.source().original()), v.toBigDecimal(), kind, num, den, null);
    Clitics.Reading r = first.reading;
    return new NumberParse(m, first.firstToken, last.lastToken, normStart, normEnd, v,
        best.scale() == null ? 0 : best.scale().num().longValue(), best.coefficient(),
        best.literalOnly() && best.atoms() == 1 && first.literal != null && first.literal.plain(),
        r == null ? 0 : r.conjunction(), r == null ? 0 : r.preposition(), r != null && r.definite());
  }

  /** Consumes the first atom(s); returns how many, 0 if no number starts here. */
  int first(Tokens t, List<NumberAtom> atoms, CardinalState s) {
    NumberAtom a = atoms.get(0);
    NumberAtom next = atoms.size() > 1 ? atoms.get(1) : null;
    if (a.literal != null) {
      DigitLiteral lit = a.literal;
      s.group = lit.value();
      s.ones = s.tens = s.hundreds = true;
      s.decimal = lit.decimal();
      s.fraction = lit.slash();
      s.finished = lit.slash();
      s.prev = CardinalState.Prev.LITERAL;
      s.lastValue = lit.value();
      return 1;
    }
    s.literalOnly = false;
    Entry e;
    if ((e = a.get(Cls.ZERO)) != null) {
      s.finished = true;
      s.prev = CardinalState.Prev.UNIT;
      return 1;
    }
    boolean fractionReading = a.has(Cls.FRACTION) && (!a.has(Cls.UNIT, Cls.TEN) || fractionContext(t, a, next));
    if (fractionReading) {
      Entry f = java.util.Objects.requireNonNull(a.get(Cls.FRACTION), "a fraction reading has its entry");
      s.group = Rational.of(1, f.value());
      s.fraction = true;
      s.prev = CardinalState.Prev.FRACTION;
      return 1;
    }
    if ((e = a.get(Cls.UNIT)) != null) {
      s.group = Rational.of(e.value());
      s.ones = true;
      s.prev = CardinalState.Prev.UNIT;
      s.lastValue = s.group;
      return 1;
    }
    if ((e = a.get(Cls.TEEN_HEAD)) != null) {
      if (next == null || next.waw || !next.has(Cls.TEN)) return 0;
      s.group = Rational.of(e.value() + 10);
      s.ones = s.tens = true;
      s.prev = CardinalState.Prev.TEN;
      return 2;
    }
    if ((e = a.get(Cls.TEN)) != null || (e = a.get(Cls.TEEN)) != null) {
      s.group = Rational.of(e.value());
      s.tens = true;
      s.ones = e.cls() == Cls.TEEN;
      s.prev = CardinalState.Prev.TEN;
      s.lastValue = s.group;
      return 1;
    }
    if ((e = a.get(Cls.TENS)) != null) {
      s.group = Rational.of(e.value());
      s.tens = true;
      s.prev = CardinalState.Prev.TENS;
      s.lastValue = s.group;
      return 1;
    }
    if ((e = a.get(Cls.HUNDRED_WORD)) != null || (e = a.get(Cls.HUNDRED)) != null) {
      s.group = Rational.of(e.value());
      s.hundreds = true;
      s.prev = CardinalState.Prev.HUNDRED;
      return 1;
    }
    if ((e = a.get(Cls.SCALE)) != null || (e = a.get(Cls.SCALE_DUAL)) != null || (e = a.get(Cls.SCALE_ACC)) != null) {
      long mult = e.cls() == Cls.SCALE ? 1 : 2;
      s.total = Rational.of(mult).times(Rational.of(e.value()));
      s.coefficient = Rational.of(mult);
      s.lastScale = Rational.of(e.value());
      s.prev = CardinalState.Prev.SCALE;
      return 1;
    }
    if ((e = a.get(Cls.DOZEN)) != null || (e = a.get(Cls.DOZEN_DUAL)) != null) {
      s.group = Rational.of(e.cls() == Cls.DOZEN ? 12 : 24);
      s.ones = s.tens = true;
      s.prev = CardinalState.Prev.DOZEN;
      return 1;
    }
    if ((e = a.get(Cls.FRACTION_DUAL)) != null) {
      s.group = Rational.of(2, e.value());
      s.fraction = true;
      s.finished = true;
      return 1;
    }
    return 0;
  }

  /**
   * Whether an ambiguous word (خمس: five or a fifth) reads as a fraction where it stands first: before
   * a definite noun or at the end of a clause, and not before another number part.
   */
  boolean fractionContext(Tokens t, NumberAtom a, @Nullable NumberAtom next) {
    if (next != null) return false;
    int j = a.lastToken + 1;
    if (j >= t.size() || t.breakBefore(j) || t.type(j) == Tokens.PUNCT) return true;
    if (!t.isArabic(j)) return false;
    String w = t.text(j);
    return w.length() > 3 && w.startsWith("ال") && lex.get(w) == null;
  }

  /** Consumes the atom(s) at {@code idx}; returns how many, 0 to stop before it. */
  int next(List<NumberAtom> atoms, int idx, CardinalState s) {
    NumberAtom a = atoms.get(idx);
    NumberAtom after = idx + 1 < atoms.size() ? atoms.get(idx + 1) : null;
    Rational before = s.value();
    // ألفين وثلاثة آلاف: ثلاثة multiplies a scale as large as the last one, so it starts a new number
    if (s.lastScale != null && CardinalSteps.scaleEntry(a) == null && after != null && !after.waw) {
      Entry next = CardinalSteps.scaleEntry(after);
      // ... but not مليون ونصف المليون, where the scale comes back with the article
      boolean repeated = a.waw && a.has(Cls.FRACTION) && after.reading != null && after.reading.definite()
          && next != null && Rational.of(next.value()).compareTo(s.lastScale) == 0;
      if (next != null && !repeated && Rational.of(next.value()).compareTo(s.lastScale) >= 0) return 0;
    }
    int n = steps.step(a, after, s);
    if (n > 0 && n == 1) {
      s.before = before;
      s.lastWaw = a.waw;
    }
    return n;
  }
}
