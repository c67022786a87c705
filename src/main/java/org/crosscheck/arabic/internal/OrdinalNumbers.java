package org.crosscheck.arabic.internal;

import java.math.BigDecimal;
import java.util.List;
import org.crosscheck.arabic.internal.NumberWords.Cls;
import org.crosscheck.arabic.internal.NumberWords.Entry;
import org.jspecify.annotations.Nullable;

/**
 * Ordinal numbers (الثالث، الحادي عشر، العشرين as a day) and dual nouns that count two (مدينتين).
 * Immutable and thread-safe.
 */
final class OrdinalNumbers {
  final NumberWords lex;

  OrdinalNumbers(NumberWords lex) {
    this.lex = lex;
  }

  // ---- ordinals and duals --------------------------------------------------------------------

  /** Words before which الأول/الثاني are part of a month name, not ordinals (تشرين الثاني). */
  static final java.util.Set<String> MONTH_HEADS = java.util.Set.of("تشرين", "كانون", "ربيع", "جمادي");

  @Nullable NumberParse ordinal(Tokens t, int i) {
    if (t.isArabic(i - 1) && MONTH_HEADS.contains(t.text(i - 1))) return null;
    String w = t.text(i);
    List<Clitics.Reading> readings = t.readings(i);
    // indexed: the readings' iterator is allocated on every call otherwise
    for (int ri = 0; ri < readings.size(); ri++) {
      Clitics.Reading r = readings.get(ri);
      List<Entry> es = lex.get(r.stem());
      Entry e = es == null ? null : NumberWords.find(es, Cls.ORDINAL);
      if (e == null) continue;
      long v = e.value();
      int last = i;
      // الحادي عشر، الثالثة عشرة
      if (v < 10 && t.isArabic(i + 1) && !t.breakBefore(i + 1)) {
        List<Entry> n = lex.get(t.text(i + 1));
        if (n != null && NumberWords.find(n, Cls.TEN) != null) {
          v += 10;
          last = i + 1;
        } else {
          // الحادي والعشرين، الخامس والعشرون
          String nx = t.text(i + 1);
          String tensWord = null;
          int tensTok = -1;
          if (nx.equals(ArabicNumberParser.WAW) && t.isArabic(i + 2) && !t.breakBefore(i + 2)) {
            tensWord = t.text(i + 2);
            tensTok = i + 2;
          } else if (nx.startsWith(ArabicNumberParser.WAW)) {
            tensWord = nx.substring(1);
            tensTok = i + 1;
          }
          if (tensWord != null) {
            if (tensWord.startsWith("ال")) tensWord = tensWord.substring(2);
            List<Entry> te = lex.get(tensWord);
            Entry tens = te == null ? null : NumberWords.find(te, Cls.TENS);
            if (tens != null) {
              v += tens.value();
              last = tensTok;
            }
          }
        }
      }
      int normStart = t.start(i) + ArabicNumberParser.keptPrefix(w, r);
      int normEnd = t.end(last);
      Span span = t.source().toOriginal(normStart, normEnd);
      NumberMatch m = new NumberMatch(span, span.of(t.source().original()), BigDecimal.valueOf(v),
          NumberMatch.Kind.ORDINAL, 0, 0, null);
      return new NumberParse(m, i, last, normStart, normEnd, Rational.of(v), 0, Rational.ZERO, false,
          r.conjunction(), r.preposition(), r.definite());
    }
    return null;
  }

  /** The noun {@code stem} is the dual of (a stem of four letters or more ending in ين or ان), or {@code null}. */
  NumberWords.@Nullable DualNoun dualNoun(String stem) {
    if (stem.length() < 4) return null;
    if (!stem.endsWith("ين") && !stem.endsWith("ان")) return null;
    String base = stem.substring(0, stem.length() - 2);
    if (base.startsWith("ال") && base.length() > 3) base = base.substring(2);
    NumberWords.DualNoun noun = lex.dual(base);
    if (noun == null && base.endsWith("ت")) noun = lex.dual(base.substring(0, base.length() - 1) + "ه");
    return noun;
  }

  @Nullable NumberParse dual(Tokens t, int i) {
    String w = t.text(i);
    List<Clitics.Reading> readings = t.readings(i);
    // indexed: the readings' iterator is allocated on every call otherwise
    for (int ri = 0; ri < readings.size(); ri++) {
      Clitics.Reading r = readings.get(ri);
      String stem = r.stem();
      NumberWords.DualNoun noun = dualNoun(stem);
      if (noun == null) continue;
      boolean in = stem.endsWith("ين");
      boolean an = stem.endsWith("ان");
      if ((in && !noun.in()) || (an && !noun.an())) continue;
      int last = i;
      // بلدتين اثنتين: the numeral after a dual only confirms it
      if (t.isArabic(i + 1) && !t.breakBefore(i + 1)) {
        String nx = t.text(i + 1);
        if (nx.equals("اثنين") || nx.equals("اثنتين") || nx.equals("اثنان") || nx.equals("اثنتان")) last = i + 1;
      }
      int normStart = t.start(i) + ArabicNumberParser.keptPrefix(w, r);
      int normEnd = t.end(last);
      Span span = t.source().toOriginal(normStart, normEnd);
      NumberMatch m = new NumberMatch(span, span.of(t.source().original()), BigDecimal.valueOf(2),
          NumberMatch.Kind.INTEGER, 0, 0, noun.singular());
      return new NumberParse(m, i, last, normStart, normEnd, Rational.of(2), 0, Rational.ZERO, false,
          r.conjunction(), r.preposition(), r.definite());
    }
    return null;
  }

  /**
   * How many leading chars of {@code word} a span skips: the conjunction and the preposition, but not
   * the article (الثلاثه keeps ال; للشهرين, where ل swallowed the article's alef, skips لل).
   */
}
