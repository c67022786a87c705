package org.crosscheck.arabic.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.arabic.internal.ArabicQuantityParser.BoundEntry;
import org.crosscheck.arabic.internal.ArabicQuantityParser.HedgeEntry;
import org.crosscheck.arabic.internal.ArabicQuantityParser.Noun;
import org.crosscheck.arabic.internal.ArabicQuantityParser.Position;
import org.crosscheck.arabic.internal.ArabicQuantityParser.PostHedge;
import org.crosscheck.arabic.internal.ArabicQuantityParser.Role;
import org.crosscheck.arabic.internal.ArabicQuantityParser.UnitHit;
import org.crosscheck.value.Hedge;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Unit;
import org.crosscheck.value.VagueQuantifier;
import org.jspecify.annotations.Nullable;

/**
 * One pass of the quantity rules over the tokens of a text: at each token a symbol, a phrase (a
 * range, a bound, a hedge, a vague quantifier) or a number may start a figure ({@link RangeRules},
 * {@link HedgeRules}); the figure is built with its unit and counted noun and the scan goes on after
 * it. Not thread-safe: one scan per text.
 */
final class QuantityScan {
  final ArabicQuantityParser parser;
  final Tokens t;
  final NumberParse[] numberAt;
  final List<Diagnostic> diagnostics;
  final List<QuantityMatch> out = new ArrayList<>();
  final RangeRules ranges;
  final HedgeRules hedges;

  QuantityScan(ArabicQuantityParser parser, Tokens t, List<NumberParse> found, List<Diagnostic> diagnostics) {
    this.parser = parser;
    this.t = t;
    this.diagnostics = diagnostics;
    this.numberAt = new NumberParse[t.size() + 1];
    for (NumberParse p : found) numberAt[p.firstToken()] = p;
    this.ranges = new RangeRules(this);
    this.hedges = new HedgeRules(this);
  }

  List<QuantityMatch> run() {
    int i = 0;
    while (i < t.size()) {
      int next = at(i);
      i = next > i ? next : i + 1;
    }
    return out;
  }

  /** Reads what starts at token {@code i}; returns the token to go on from. */
  int at(int i) {
    if (t.type(i) == Tokens.PUNCT) {
      int r = hedges.symbol(i);
      if (r > 0) return r;
    }
    if (t.isWord(i)) {
      int r = phraseLed(i);
      if (r > 0) return r;
    }
    NumberParse p = numberAt[i];
    if (p != null) return hedges.numberLed(p);
    return i + 1;
  }

  // ---- phrase-led patterns -----------------------------------------------------------------

  int phraseLed(int i) {
    Term term = t.term(i);
    if (term != null && !parser.mayLeadPhrase(term)) return -1;
    PhraseTable.Hit<Role> range = parser.ranges.match(t, i, true, true);
    if (range != null && (range.value() == Role.OPEN_AND || range.value() == Role.OPEN_TO)) {
      int r = ranges.openRange(range, range.normStart(), null);
      if (r > 0) return r;
    }
    PhraseTable.Hit<BoundEntry> bound = parser.bounds.match(t, i, true, true);
    if (bound != null && bound.value().position() != Position.POST) {
      int r = hedges.boundLed(bound);
      if (r > 0) return r;
    }
    PhraseTable.Hit<HedgeEntry> hedge = parser.hedges.match(t, i, true, true);
    if (hedge != null && hedge.value().position() != Position.POST) {
      int r = hedges.hedgeLed(hedge);
      if (r > 0) return r;
    }
    String w = t.text(i);
    String bare = w.startsWith("و") && w.length() > 3 ? w.substring(1) : w;
    if (QuantityRules.EQUALS.contains(bare) || (bare.equals("ما") && t.isWord(i + 1) && QuantityRules.EQUALS.contains(t.text(i + 1)))) {
      int last = bare.equals("ما") ? i + 1 : i;
      int start = w == bare ? t.start(i) : t.start(i) + 1;
      int r = hedges.equalityLed(start, last);
      if (r > 0) return r;
    }
    PhraseTable.Hit<VagueQuantifier> v = parser.vague.match(t, i, true, true);
    if (v != null) {
      int r = hedges.vagueLed(v);
      if (r > 0) return r;
    }
    if (bare.equals("كل") || bare.equals("جميع") || bare.equals("كافه")) {
      int r = hedges.everyAlmost(i);
      if (r > 0) return r;
    }
    return hedges.severalUnits(i);
  }


  /** The original text of a cue phrase, without the conjunction or preposition glued to it. */
  String cueText(PhraseTable.Hit<?> hit) {
    return t.source().toOriginal(hit.normStart(), t.end(hit.last())).of(t.source().original());
  }

  /** A unit word after a number (or the unit of a dual noun). */
  @Nullable UnitHit unitAfter(NumberParse n, int k) {
    if (n.match().noun() != null) {
      Unit u = parser.units.get(Lexicon.key(n.match().noun()));
      return u == null ? null : new UnitHit(u, n.lastToken(), true);
    }
    if (n.kind() == NumberMatch.Kind.PERCENT || k >= t.size() || t.breakBefore(k)) return null;
    PhraseTable.Hit<Unit> hit = parser.units.match(t, k, false);
    if (hit == null) return null;
    return new UnitHit(hit.value(), hit.last(), false);
  }

  /** The counted noun at token {@code k} (or after من there), or {@code null}. */
  @Nullable Noun nounAfter(int k) {
    if (!t.isArabic(k) || t.breakBefore(k)) return null;
    String w = t.text(k);
    if (w.equals("من") && t.isArabic(k + 1) && !t.breakBefore(k + 1)) {
      String w2 = t.text(k + 1);
      if (QuantityRules.NOT_NOUNS.contains(w2) || numberAt[k + 1] != null) return null;
      return new Noun(t.originalText(k + 1, k + 1), t.span(k + 1, k + 1), k + 1);
    }
    if (QuantityRules.NOT_NOUNS.contains(w) || numberAt[k] != null || parser.bounds.match(t, k, true) != null
        || parser.hedges.match(t, k, false) != null) {
      return null;
    }
    return new Noun(t.originalText(k, k), t.span(k, k), k);
  }

  /** A hedge or bound after a number (تقريبا، على الأقل، أو أكثر) at token {@code k}. */
  @Nullable PostHedge postHedge(int k) {
    if (k >= t.size() || t.breakBefore(k)) return null;
    PhraseTable.Hit<HedgeEntry> h = parser.hedges.match(t, k, false);
    if (h != null && h.value().position() != Position.PRE && numberAt[h.last() + 1] == null
        && !startsQuantifier(h.last() + 1)) {
      return new PostHedge(h.first(), h.last(), h.value().hedge(), null);
    }
    PhraseTable.Hit<BoundEntry> b = parser.bounds.match(t, k, true);
    if (b != null && b.value().position() != Position.PRE && !numberFollows(b.last())) {
      return new PostHedge(b.first(), b.last(), null, b.value().kind());
    }
    return null;
  }

  /** Whether "تقريبا" at the end is followed by كل/جميع (تقريبا كل …), so it belongs to what follows. */
  boolean startsQuantifier(int k) {
    return t.isArabic(k) && (t.text(k).equals("كل") || t.text(k).equals("جميع"));
  }

  /** Whether a number comes right after token {@code k}, or after a من there (أو أقل من 6000). */
  boolean numberFollows(int k) {
    if (numberAt[k + 1] != null && !t.breakBefore(k + 1)) return true;
    return t.isArabic(k + 1) && t.text(k + 1).equals("من") && numberAt[k + 2] != null;
  }

  /** "أو يساوي" after a strict bound; the last token, or -1. */
  int orEqual(int k) {
    if (!t.isArabic(k) || !(t.text(k).equals("او") || t.text(k).equals("واو"))) return -1;
    int j = k + 1;
    if (t.isArabic(j) && t.text(j).equals("ما")) j++;
    if (t.isArabic(j) && QuantityRules.EQUALS.contains(t.text(j)) && !numberFollows(j)) return j;
    return -1;
  }

  /** Whether a verb of change comes shortly before token {@code i} in the same sentence. */
  boolean changeBefore(int i) {
    for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
      if (t.isSentenceEnd(k) || t.breakBefore(k + 1)) return false;
      if (t.isWord(k)) {
        PhraseTable.Hit<Role> r = parser.ranges.match(t, k, true);
        if (r != null && r.value() == Role.CHANGE) return true;
      }
    }
    return false;
  }

  /** A four-digit 1900–2100 literal after a year cue, or right before a month-less era mark. */
  boolean isYear(NumberParse n) {
    if (!n.plainLiteral() || n.match().text().length() != 4) return false;
    int v = n.value().intValue();
    if (v < 1900 || v > 2100) return false;
    int p = n.firstToken() - 1;
    if (t.isArabic(p) && QuantityRules.YEAR_CUES.contains(t.text(p))) return true;
    int q = n.lastToken() + 1;
    return t.isArabic(q) && (t.text(q).equals("م") || t.text(q).equals("ميلادي") || t.text(q).equals("للميلاد"));
  }

  /** Whether the number is a group of a numeric date, time or phone number (3/11/2017، +1-222-2222، 10:30). */
  boolean inChain(NumberParse n) {
    if (!n.plainLiteral()) return false;
    int seps = 0;
    int k = n.firstToken();
    while (k - 2 >= 0 && t.glued(k - 1) && t.glued(k - 2) && t.isDigits(k - 2) && isChainSep(k - 1)) {
      seps++;
      k -= 2;
    }
    k = n.lastToken();
    while (t.glued(k) && t.glued(k + 1) && t.isDigits(k + 2) && isChainSep(k + 1)) {
      seps++;
      k += 2;
    }
    if (seps >= 2) return true;
    if (seps == 1) {
      // a lone "a:b" or "a/b" glued pair that is not a fraction (the number parser would have joined it)
      int f = n.firstToken();
      return t.isPunct(f - 1, ':') || t.isPunct(n.lastToken() + 1, ':') || t.isPunct(f - 1, '/')
          || t.isPunct(n.lastToken() + 1, '/') || t.isPunct(f - 1, '+') || (t.glued(f - 2) && t.isPunct(f - 2, '+'));
    }
    return t.isPunct(n.firstToken() - 1, '+') && t.glued(n.firstToken() - 1);
  }

  boolean isChainSep(int k) {
    return t.isPunct(k, '/') || t.isPunct(k, '-') || t.isPunct(k, ':') || t.isPunct(k, '.');
  }

  // ---- building values ---------------------------------------------------------------------------

  void emitExact(Span span, NumberParse n, @Nullable UnitHit u, @Nullable String cue, @Nullable Noun noun) {
    if (!checkSign(span, n)) return;
    Quantity q;
    if (isShareFraction(n)) {
      q = make(span, () -> new Quantity.Fraction((int) n.match().numerator(), (int) n.match().denominator()));
    } else {
      Unit unit = unitFor(n, u);
      q = make(span, () -> new Quantity.Exact(n.value(), unit));
    }
    if (q != null) emit(span, q, cue, nounFor(n, noun));
  }

  void emitApprox(Span span, NumberParse n, @Nullable UnitHit u, Hedge hedge, String cue, @Nullable Noun noun) {
    if (!checkSign(span, n)) return;
    Quantity q;
    if (isShareFraction(n)) {
      Quantity.Fraction f = new Quantity.Fraction((int) n.match().numerator(), (int) n.match().denominator());
      q = make(span, () -> new Quantity.Approximate(f.point(), hedge, null, Unit.PERCENT));
    } else {
      Unit unit = unitFor(n, u);
      q = make(span, () -> new Quantity.Approximate(n.value(), hedge, null, unit));
    }
    if (q != null) emit(span, q, cue, nounFor(n, noun));
  }

  void emitBound(Span span, Quantity.Bound.Kind kind, NumberParse n, @Nullable UnitHit u, String cue,
      @Nullable Noun noun) {
    if (!checkSign(span, n)) return;
    BigDecimal v = isShareFraction(n) ? new Quantity.Fraction((int) n.match().numerator(),
        (int) n.match().denominator()).point() : n.value();
    Unit unit = isShareFraction(n) ? Unit.PERCENT : unitFor(n, u);
    Quantity q = make(span, () -> new Quantity.Bound(kind, v, unit));
    if (q != null) emit(span, q, cue, nounFor(n, noun));
  }

  boolean isShareFraction(NumberParse n) {
    NumberMatch m = n.match();
    return m.kind() == NumberMatch.Kind.FRACTION && m.numerator() > 0 && m.numerator() <= m.denominator()
        && m.denominator() <= Integer.MAX_VALUE;
  }

  Unit unitFor(NumberParse n, @Nullable UnitHit u) {
    if (n.kind() == NumberMatch.Kind.PERCENT) return Unit.PERCENT;
    return u != null ? u.unit() : Unit.ONE;
  }

  @Nullable Noun nounFor(NumberParse n, @Nullable Noun noun) {
    if (n.match().noun() != null) return new Noun(n.match().noun(), n.match().span(), n.lastToken());
    return noun;
  }

  boolean checkSign(Span span, NumberParse n) {
    if (n.value().signum() >= 0) return true;
    diagnostics.add(new Diagnostic("quantity.negative", "the negative number " + n.value().toPlainString()
        + " is not a count, share, length or duration; it is left out of the quantities", span));
    return false;
  }

  @Nullable Quantity make(Span span, java.util.function.Supplier<Quantity> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException e) {
      diagnostics.add(new Diagnostic("quantity.invalid", String.valueOf(e.getMessage()), span));
      return null;
    }
  }

  void emit(Span span, Quantity q, @Nullable String cue, @Nullable Noun noun) {
    out.add(new QuantityMatch(span, span.of(t.source().original()), q, cue, noun == null ? null : noun.text(),
        noun == null ? null : noun.span()));
  }
}
