package org.crosscheck.arabic.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** An exact fraction, so that "ثلث مليون" and "مائة وثلاثة أرباع" add up without rounding. */
record Rational(BigInteger num, BigInteger den) {
  static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
  /** Decimal places kept when a fraction does not end (1/3). */
  static final int PLACES = 15;

  Rational {
    if (den.signum() == 0) throw new ArithmeticException("a rational needs a non-zero denominator");
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    BigInteger g = num.gcd(den);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      num = num.divide(g);
      den = den.divide(g);
    }
  }

  static Rational of(long n) {
    return new Rational(BigInteger.valueOf(n), BigInteger.ONE);
  }

  static Rational of(long n, long d) {
    return new Rational(BigInteger.valueOf(n), BigInteger.valueOf(d));
  }

  static Rational of(BigDecimal d) {
    if (d.scale() <= 0) return new Rational(d.toBigIntegerExact(), BigInteger.ONE);
    return new Rational(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
  }

  Rational plus(Rational o) {
    return new Rational(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  Rational minus(Rational o) {
    return plus(o.negate());
  }

  Rational times(Rational o) {
    return new Rational(num.multiply(o.num), den.multiply(o.den));
  }

  Rational dividedBy(Rational o) {
    return new Rational(num.multiply(o.den), den.multiply(o.num));
  }

  Rational negate() {
    return new Rational(num.negate(), den);
  }

  int signum() {
    return num.signum();
  }

  boolean isInteger() {
    return den.equals(BigInteger.ONE);
  }

  int compareTo(Rational o) {
    return num.multiply(o.den).compareTo(o.num.multiply(den));
  }

  /** Exact when the fraction ends, else rounded half-even to {@link #PLACES} decimal places; no trailing zeros. */
  BigDecimal toBigDecimal() {
    BigDecimal n = new BigDecimal(num);
    BigDecimal d = new BigDecimal(den);
    BigDecimal v;
    try {
      v = n.divide(d, MathContext.UNLIMITED);
    } catch (ArithmeticException nonTerminating) {
      v = n.divide(d, PLACES, RoundingMode.HALF_EVEN);
    }
    v = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  @Override
  public String toString() {
    return isInteger() ? num.toString() : num + "/" + den;
  }
}
