package org.crosscheck.arabic.internal;

import java.math.BigDecimal;
import org.crosscheck.arabic.internal.ArabicQuantityParser.Noun;
import org.crosscheck.arabic.internal.ArabicQuantityParser.PostHedge;
import org.crosscheck.arabic.internal.ArabicQuantityParser.Role;
import org.crosscheck.arabic.internal.ArabicQuantityParser.UnitHit;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Rules of ranges: بين X و Y، من X إلى Y، X - Y، X إلى Y, with a unit on either side and a hedge
 * before. Part of one {@link QuantityScan}; not thread-safe, like the scan.
 */
final class RangeRules extends QuantityRules {
  RangeRules(QuantityScan scan) {
    super(scan);
  }

  /** بين X و Y، من X إلى Y: {@code open} is the cue; {@code hedgeStart} the start of a hedge before it. */
  int openRange(PhraseTable.Hit<Role> open, int cueStart, @Nullable String hedgeCue) {
    if (open.value() == Role.OPEN_TO && scan.changeBefore(open.first())) return -1;
    NumberParse a = numberAt[open.last() + 1];
    if (a == null || t.breakBefore(open.last() + 1)) return -1;
    int k = a.lastToken() + 1;
    UnitHit ua = scan.unitAfter(a, k);
    if (ua != null) k = ua.last() + 1;
    NumberParse b = null;
    if (open.value() == Role.OPEN_AND) {
      if (t.isArabic(k) && t.text(k).equals("و") && !t.breakBefore(k + 1)) b = numberAt[k + 1];
      else if (numberAt[k] != null && numberAt[k].conjunction() == 'و') b = numberAt[k];
      if (b == null) {
        PhraseTable.Hit<Role> to = rangeWords.match(t, k, false);
        if (to != null && to.value() == Role.TO) b = numberAt[to.last() + 1];
      }
    } else {
      PhraseTable.Hit<Role> to = rangeWords.match(t, k, false);
      if (to != null && to.value() == Role.TO && !t.breakBefore(to.last() + 1)) b = numberAt[to.last() + 1];
      else if (t.isPunct(k, '-') && !t.breakBefore(k + 1)) b = numberAt[k + 1];
    }
    if (b == null || t.breakBefore(b.firstToken())) return -1;
    if (scan.isYear(a) && scan.isYear(b)) return b.lastToken() + 1; // من 2014 إلى 2017: dates, not a quantity
    String cue = (hedgeCue == null ? "" : hedgeCue + " ") + scan.cueText(open);
    return range(cueStart, a, ua, b, cue.strip());
  }

  /** A range from {@code a} to {@code b} starting at normalized offset {@code start}; returns the next token. */
  int range(int start, NumberParse a, @Nullable UnitHit ua, NumberParse b, @Nullable String cue) {
    int k = b.lastToken() + 1;
    UnitHit ub = scan.unitAfter(b, k);
    if (ub != null) k = ub.last() + 1;
    Unit unit = ub != null ? ub.unit() : ua != null ? ua.unit() : Unit.ONE;
    boolean percent = a.kind() == NumberMatch.Kind.PERCENT || b.kind() == NumberMatch.Kind.PERCENT;
    if (percent) unit = Unit.PERCENT;
    BigDecimal low = a.value();
    BigDecimal high = b.value();
    if (a.scale() == 0 && b.scale() > 0 && !percent && a.exact().compareTo(b.coefficient()) <= 0) {
      low = a.exact().times(Rational.of(b.scale())).toBigDecimal();
    }
    boolean fractions = a.kind() == NumberMatch.Kind.FRACTION && b.kind() == NumberMatch.Kind.FRACTION
        && high.compareTo(BigDecimal.ONE) <= 0;
    if (fractions) {
      unit = Unit.PERCENT;
      low = low.movePointRight(2);
      high = high.movePointRight(2);
    }
    Noun noun = ub == null && ua == null && !percent ? scan.nounAfter(k) : null;
    int end = k - 1;
    PostHedge post = scan.postHedge(noun != null ? noun.last() + 1 : k);
    if (post == null && noun != null) post = scan.postHedge(k);
    if (post != null && post.hedge() != null) end = post.last();
    Span span = t.source().toOriginal(start, t.end(end));
    if (low.compareTo(high) > 0) {
      diagnostics.add(new Diagnostic("quantity.range-reversed", "a range written high-to-low ("
          + low.toPlainString() + " then " + high.toPlainString() + ") is not read as a range; check the source",
          span));
      return end + 1;
    }
    Unit fu = unit;
    BigDecimal lo = low;
    BigDecimal hi = high;
    Quantity q = scan.make(span, () -> new Quantity.Between(lo, hi, fu));
    if (q != null) scan.emit(span, q, cue, noun);
    return end + 1;
  }


  /** {@code n - m}, {@code n ~ m}, {@code n إلى m} after {@code n} (and its unit); the next token, or -1. */
  int bareRange(NumberParse a, @Nullable UnitHit ua, int start, @Nullable String cue) {
    int k = (ua != null ? ua.last() : a.lastToken()) + 1;
    if (k >= t.size() || t.breakBefore(k)) return -1;
    NumberParse b = null;
    if ((t.isPunct(k, '-') || t.isPunct(k, '~')) && !t.breakBefore(k + 1)) {
      b = numberAt[k + 1];
      if (b != null && t.isPunct(k, '-') && (t.glued(k) != t.glued(k - 1))) b = null; // 1500 -2500 is odd spacing
    } else {
      PhraseTable.Hit<Role> to = rangeWords.match(t, k, false);
      // 20 إلى 100; حتى is left out here: after a bare number it is usually "until"
      if (to != null && to.value() == Role.TO && !t.text(k).equals("حتي") && !scan.changeBefore(a.firstToken())) {
        b = numberAt[to.last() + 1];
      }
    }
    if (b == null || b.kind() == NumberMatch.Kind.ORDINAL || scan.inChain(b) || scan.inChain(a)) return -1;
    if (a.value().signum() < 0 || b.value().signum() < 0) return -1;
    if (scan.isYear(a) && scan.isYear(b)) return -1;
    if (a.value().compareTo(b.value()) >= 0 && a.scale() == 0 && b.scale() == 0) return -1;
    return range(start, a, ua, b, cue);
  }
}
