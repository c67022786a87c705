package org.crosscheck.arabic.internal;

import java.math.BigDecimal;

/**
 * A number with what the quantity and date parsers need beyond the public {@link NumberMatch}: its
 * tokens, its normalized range, its exact value, the scale word it ended with, and its attached
 * prefix letters.
 *
 * @param match the public match
 * @param firstToken the token the number starts in (its prefix letters may come first in that token)
 * @param lastToken the last token of the number
 * @param normStart the normalized offset where the number starts
 * @param normEnd the normalized offset after the number
 * @param exact the exact value
 * @param scale the last scale word's value (1000 in ثلاثة آلاف), or 0
 * @param coefficient the multiplier of that scale word (3 in ثلاثة آلاف)
 * @param plainLiteral whether the number is one run of digits with no separator (a year candidate)
 * @param conjunction the attached conjunction (و، ف) of the first token, or 0
 * @param preposition the attached preposition (ب، ل، ك) of the first token, or 0
 * @param definite whether the first word carries the article
 */
record NumberParse(NumberMatch match, int firstToken, int lastToken, int normStart, int normEnd, Rational exact,
    long scale, Rational coefficient, boolean plainLiteral, char conjunction, char preposition, boolean definite) {

  NumberMatch.Kind kind() {
    return match.kind();
  }

  BigDecimal value() {
    return match.value();
  }

  /** The same number made negative by the sign or word at token {@code signToken}. */
  NumberParse negated(Tokens t, int signToken) {
    int start = t.start(signToken);
    Rational v = exact.negate();
    NumberMatch m = match;
    Span span = t.source().toOriginal(start, normEnd);
    NumberMatch nm = new NumberMatch(span, span.of(t.source().original()), v.toBigDecimal(), m.kind(),
        m.kind() == NumberMatch.Kind.FRACTION ? -m.numerator() : 0, m.denominator(), m.noun());
    return new NumberParse(nm, signToken, lastToken, start, normEnd, v, scale, coefficient, false, (char) 0, (char) 0,
        false);
  }

  /** The same number as a percentage spanning tokens {@code first..last}. */
  NumberParse asPercent(Tokens t, int first, int last) {
    int start = first == firstToken ? normStart : t.start(first);
    int end = t.end(last);
    Span span = t.source().toOriginal(start, end);
    NumberMatch nm = new NumberMatch(span, span.of(t.source().original()), match.value(), NumberMatch.Kind.PERCENT, 0, 0,
        null);
    return new NumberParse(nm, Math.min(first, firstToken), last, start, end, exact, scale, coefficient, false,
        first == firstToken ? conjunction : 0, first == firstToken ? preposition : 0, definite);
  }
}
