package org.crosscheck.arabic.internal;

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

/**
 * Rules of hedged, bounded and vague figures: a hedge or bound before or after a number (نحو،
 * أكثر من، على الأقل), an equality (يساوي), vague quantifiers (عشرات، مئات), "every … almost", bare
 * plurals of time units, numbers with their units and nouns, and symbols (%). Part of one {@link
 * QuantityScan}; not thread-safe, like the scan.
 */
final class HedgeRules extends QuantityRules {
  HedgeRules(QuantityScan scan) {
    super(scan);
  }

  int boundLed(PhraseTable.Hit<BoundEntry> hit) {
    NumberParse n = numberAt[hit.last() + 1];
    if (n == null || t.breakBefore(hit.last() + 1) || n.kind() == NumberMatch.Kind.ORDINAL) return -1;
    Quantity.Bound.Kind kind = hit.value().kind();
    int k = n.lastToken() + 1;
    UnitHit u = scan.unitAfter(n, k);
    if (u != null) k = u.last() + 1;
    Noun noun = u == null ? scan.nounAfter(k) : null;
    int end = k - 1;
    // أكثر من 5000 أو يساوي
    int eq = scan.orEqual(k);
    if (eq > 0 && (kind == Quantity.Bound.Kind.MORE_THAN || kind == Quantity.Bound.Kind.LESS_THAN)) {
      kind = kind == Quantity.Bound.Kind.MORE_THAN ? Quantity.Bound.Kind.AT_LEAST : Quantity.Bound.Kind.AT_MOST;
      end = eq;
    }
    Span span = t.source().toOriginal(hit.normStart(), t.end(end));
    scan.emitBound(span, kind, n, u, scan.cueText(hit), noun);
    return end + 1;
  }

  int hedgeLed(PhraseTable.Hit<HedgeEntry> hit) {
    int k = hit.last() + 1;
    Hedge hedge = hit.value().hedge();
    String cue = scan.cueText(hit);
    if (hit.value().needsBa()) {
      // ما يقدر بـ1500، ما يقدر بنحو 1500، ما يقدر بألفين
      if (t.isArabic(k) && t.text(k).equals("ب") && t.glued(k)) {
        cue = t.source().toOriginal(hit.normStart(), t.end(k)).of(t.source().original());
        k++;
      } else if (t.isArabic(k) && t.text(k).length() > 2 && t.text(k).charAt(0) == 'ب'
          && hedgeWords.get(t.text(k).substring(1)) != null) {
        cue = t.source().toOriginal(hit.normStart(), t.end(k)).of(t.source().original());
        k++;
      } else if (numberAt[k] == null || numberAt[k].preposition() != 'ب') {
        return -1;
      }
    }
    if (t.breakBefore(k)) return -1;
    PhraseTable.Hit<Role> range = rangeWords.match(t, k, false);
    if (range != null && (range.value() == Role.OPEN_AND || range.value() == Role.OPEN_TO)) {
      return scan.ranges.openRange(range, hit.normStart(), cue);
    }
    NumberParse n = numberAt[k];
    if (n == null || n.kind() == NumberMatch.Kind.ORDINAL || scan.isYear(n)) return -1;
    int j = n.lastToken() + 1;
    UnitHit u0 = scan.unitAfter(n, j);
    int rangeEnd = scan.ranges.bareRange(n, u0, hit.normStart(), cue);
    if (rangeEnd > 0) return rangeEnd;
    UnitHit u = u0;
    if (u != null) j = u.last() + 1;
    Noun noun = u == null ? scan.nounAfter(j) : null;
    int end = (noun != null ? noun.last() + 1 : j) - 1;
    PostHedge post = scan.postHedge(end + 1);
    if (post == null && noun != null) post = scan.postHedge(j);
    if (post != null && post.bound() != null) {
      // حوالي 500 أو أقل: the bound says more than the hedge
      Span span = t.source().toOriginal(hit.normStart(), t.end(post.last()));
      scan.emitBound(span, post.bound(), n, u, cue + " … " + t.originalText(post.first(), post.last()), noun);
      return post.last() + 1;
    }
    if (post != null && post.hedge() != null) end = post.last();
    else end = j - 1;
    Span span = t.source().toOriginal(hit.normStart(), t.end(end));
    scan.emitApprox(span, n, u, hedge, cue, noun);
    return end + 1;
  }

  int equalityLed(int normStart, int last) {
    NumberParse n = numberAt[last + 1];
    if (n == null || n.kind() == NumberMatch.Kind.ORDINAL) return -1;
    int k = n.lastToken() + 1;
    UnitHit u = scan.unitAfter(n, k);
    if (u != null) k = u.last() + 1;
    PhraseTable.Hit<BoundEntry> post = boundWords.match(t, k, false);
    if (post != null && post.value().position() != Position.PRE && !scan.numberFollows(post.last())) {
      Span span = t.source().toOriginal(normStart, t.end(post.last()));
      scan.emitBound(span, post.value().kind(), n, u, t.source().toOriginal(normStart, t.end(last)).of(t.source().original()),
          null);
      return post.last() + 1;
    }
    Span span = t.source().toOriginal(normStart, t.end(k - 1));
    scan.emitExact(span, n, u, t.source().toOriginal(normStart, t.end(last)).of(t.source().original()), null);
    return k;
  }

  int vagueLed(PhraseTable.Hit<VagueQuantifier> hit) {
    VagueQuantifier q = hit.value();
    int k = hit.last() + 1;
    if (numberAt[k] != null && !t.breakBefore(k)) return -1; // عدة 5 …: not vague
    Unit unit = q.isShare() ? Unit.PERCENT : Unit.ONE;
    int end = hit.last();
    Noun noun = null;
    if (!q.isShare()) {
      PhraseTable.Hit<Unit> u = k < t.size() && !t.breakBefore(k) ? unitWords.match(t, k, false) : null;
      if (u == null && t.isArabic(k) && t.text(k).equals("من") && !t.breakBefore(k + 1)) {
        PhraseTable.Hit<Unit> u2 = unitWords.match(t, k + 1, false);
        if (u2 != null) u = u2;
      }
      if (u != null && u.value().dimension() != Unit.Dimension.SHARE) {
        unit = u.value();
        end = u.last();
      } else {
        noun = scan.nounAfter(k);
      }
    } else {
      noun = scan.nounAfter(k);
    }
    boolean needsNoun = q == VagueQuantifier.A_FEW || q == VagueQuantifier.SEVERAL || q.isShare();
    if (needsNoun && noun == null && unit.equals(Unit.ONE)) return -1;
    if (needsNoun && noun == null && q.isShare()) return -1;
    PostHedge post = scan.postHedge(end + 1);
    if (post != null && post.hedge() != null) end = post.last();
    Span span = t.source().toOriginal(hit.normStart(), t.end(end));
    Unit fu = unit;
    Quantity quantity = scan.make(span, () -> new Quantity.Vague(q, fu));
    if (quantity != null) scan.emit(span, quantity, scan.cueText(hit), noun);
    return end + 1;
  }

  /** كل الأراضي تقريبا: "every … almost" within three words. */
  int everyAlmost(int i) {
    for (int k = i + 1; k <= i + 4 && k < t.size(); k++) {
      if (!t.isWord(k) || t.breakBefore(k)) return -1;
      if (t.text(k).equals("تقريبا")) {
        Span span = t.span(i, k);
        Quantity quantity = scan.make(span, () -> new Quantity.Vague(VagueQuantifier.ALMOST_ALL, Unit.PERCENT));
        Noun noun = k > i + 1 ? new Noun(t.originalText(i + 1, i + 1), t.span(i + 1, i + 1), i + 1) : null;
        if (quantity != null) scan.emit(span, quantity, t.originalText(k, k), noun);
        return k + 1;
      }
    }
    return -1;
  }

  /** لسنوات، منذ أيام: a bare plural of a time unit is "several" of it. */
  int severalUnits(int i) {
    String w = t.text(i);
    boolean prefixed = w.length() > 3 && (w.charAt(0) == Clitics.LAM) && PLURAL_TIME.contains(w.substring(1));
    boolean afterSince = PLURAL_TIME.contains(w) && t.isArabic(i - 1) && !t.breakBefore(i)
        && SINCE_CUES.contains(t.text(i - 1));
    if (!prefixed && !afterSince) return -1;
    if (numberAt[i + 1] != null && !t.breakBefore(i + 1)) return -1;
    String unitWord = prefixed ? w.substring(1) : w;
    Unit unit = unitWords.get(unitWord);
    if (unit == null) return -1;
    Span span = t.span(i, i);
    Quantity quantity = scan.make(span, () -> new Quantity.Vague(VagueQuantifier.SEVERAL, unit));
    if (quantity != null) scan.emit(span, quantity, null, null);
    return i + 1;
  }

  // ---- number-led patterns ------------------------------------------------------------------

  int numberLed(NumberParse n) {
    int next = n.lastToken() + 1;
    if (n.kind() == NumberMatch.Kind.ORDINAL || scan.isYear(n) || scan.inChain(n)) return next;
    int k = next;
    UnitHit u = scan.unitAfter(n, k);
    int r = scan.ranges.bareRange(n, u, n.normStart(), null);
    if (r > 0) return r;
    if (u != null) k = u.last() + 1;
    Noun noun = u == null ? scan.nounAfter(k) : null;
    int after = noun != null ? noun.last() + 1 : k;
    PostHedge post = scan.postHedge(after);
    if (post == null && noun != null) post = scan.postHedge(k);
    if (post != null && post.bound() != null) {
      Span span = t.source().toOriginal(n.normStart(), t.end(post.last()));
      scan.emitBound(span, post.bound(), n, u, t.originalText(post.first(), post.last()), noun);
      return post.last() + 1;
    }
    if (post != null && post.hedge() != null) {
      Span span = t.source().toOriginal(n.normStart(), t.end(post.last()));
      scan.emitApprox(span, n, u, post.hedge(), t.originalText(post.first(), post.last()), noun);
      return post.last() + 1;
    }
    Span span = t.source().toOriginal(n.normStart(), t.end(k - 1));
    scan.emitExact(span, n, u, null, noun);
    return k;
  }


  int symbol(int i) {
    char c = t.source().text().charAt(t.start(i));
    Quantity.Bound.Kind kind;
    if (c == '>' || c == '\u2265') kind = c == '>' ? Quantity.Bound.Kind.MORE_THAN : Quantity.Bound.Kind.AT_LEAST;
    else if (c == '<' || c == '\u2264') kind = c == '<' ? Quantity.Bound.Kind.LESS_THAN : Quantity.Bound.Kind.AT_MOST;
    else return -1;
    if (t.glued(i - 1) && (t.isPunct(i - 1, '<') || t.isPunct(i - 1, '>') || t.isPunct(i - 1, '='))) return -1; // <>، =>
    // markup such as <a0>: a '<' glued before the word the '>' closes
    for (int k = i - 1; k >= 0 && k >= i - 6 && t.glued(k) && (t.isWord(k) || t.isDigits(k)); k--) {
      if (t.glued(k - 1) && t.isPunct(k - 1, '<')) return -1;
    }
    int k = i + 1;
    if (t.isPunct(k, '=') && (c == '<' || c == '>')) {
      kind = c == '<' ? Quantity.Bound.Kind.AT_MOST : Quantity.Bound.Kind.AT_LEAST;
      k++;
    }
    if (t.isPunct(k, '<') || t.isPunct(k, '>')) return -1;
    NumberParse n = numberAt[k];
    if (n == null || t.breakBefore(k)) return -1;
    int j = n.lastToken() + 1;
    UnitHit u = scan.unitAfter(n, j);
    if (u != null) j = u.last() + 1;
    Span span = t.source().toOriginal(t.start(i), t.end(j - 1));
    scan.emitBound(span, kind, n, u, t.originalText(i, k - 1), null);
    return j;
  }

  // ---- pieces ----------------------------------------------------------------------------------
}
