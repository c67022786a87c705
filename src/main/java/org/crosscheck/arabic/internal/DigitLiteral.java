package org.crosscheck.arabic.internal;

/**
 * A number written in digits ({@link DigitLiterals}): its value, whether it has a decimal part or a
 * slash, its last token, and whether it is one plain run of digits. Immutable.
 */
record DigitLiteral(Rational value, boolean decimal, boolean slash, int lastToken, boolean plain) {}
