package org.crosscheck.arabic.internal;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.arabic.internal.NumberWords.Entry;
import org.jspecify.annotations.Nullable;

/**
 * The parts one number is made of: digit literals and number words (with their clitics and the و
 * that joins them), read from a token on, at most {@link ArabicNumberParser#MAX_ATOMS}.
 * Immutable and thread-safe.
 */
final class NumberAtoms {
  final NumberWords lex;

  NumberAtoms(NumberWords lex) {
    this.lex = lex;
  }

  /** The atoms from token {@code i} on, up to {@link ArabicNumberParser#MAX_ATOMS}, stopping at the first token that cannot be one. */
  List<NumberAtom> atoms(Tokens t, int i, List<Diagnostic> diagnostics) {
    // asked at every token: most tokens start no number, and they allocate nothing
    NumberAtom head = atom(t, i, i, true, diagnostics);
    if (head == null) return List.of();
    List<NumberAtom> atoms = new ArrayList<>(4);
    atoms.add(head);
    int k = head.lastToken + 1;
    while (atoms.size() < ArabicNumberParser.MAX_ATOMS && k < t.size()) {
      boolean first = atoms.isEmpty();
      int kk = k;
      boolean waw = false;
      if (!first) {
        if (t.breakBefore(kk)) break;
        if (t.isArabic(kk) && t.text(kk).equals(ArabicNumberParser.WAW) && kk + 1 < t.size() && !t.breakBefore(kk + 1)) {
          waw = true;
          kk++;
        }
      }
      NumberAtom a = atom(t, kk, k, first, waw, diagnostics);
      if (a == null) break;
      atoms.add(a);
      k = a.lastToken + 1;
    }
    return atoms;
  }

  /** The atom at token {@code kk} (the atom starting at {@code k}, before an attached و), or {@code null}. */
  private @Nullable NumberAtom atom(Tokens t, int kk, int k, boolean first, List<Diagnostic> diagnostics) {
    return atom(t, kk, k, first, false, diagnostics);
  }

  /** The atom at token {@code kk}, joined by an attached و when {@code waw}, or {@code null}. */
  private @Nullable NumberAtom atom(Tokens t, int kk, int k, boolean first, boolean waw, List<Diagnostic> diagnostics) {
    if (t.isDigits(kk) || (first && t.isPunct(kk, '.'))) {
      DigitLiteral lit = DigitLiterals.literal(t, kk, diagnostics);
      return lit == null ? null : new NumberAtom(k, lit.lastToken(), t.start(kk), waw, lit, List.of(), null);
    }
    return t.isArabic(kk) ? word(t, kk, first, waw, k) : null;
  }

  @Nullable NumberAtom word(Tokens t, int k, boolean first, boolean wawBefore, int atomStart) {
    String w = t.text(k);
    if (lex.isNotANumber(w)) return null;
    List<Clitics.Reading> readings = t.readings(k);
    // indexed: the readings' iterator is allocated on every call otherwise
    for (int ri = 0; ri < readings.size(); ri++) {
      Clitics.Reading r = readings.get(ri);
      if (!first && (r.preposition() != 0 || (r.conjunction() != 0 && wawBefore))) continue;
      List<Entry> es = lex.get(r.stem());
      if (es == null) continue;
      boolean waw = wawBefore || (!first && r.conjunction() == '\u0648');
      if (!first && r.conjunction() == '\u0641') continue;
      return new NumberAtom(atomStart, k, t.start(k) + ArabicNumberParser.keptPrefix(w, r), waw, null, es, r);
    }
    return null;
  }
}
