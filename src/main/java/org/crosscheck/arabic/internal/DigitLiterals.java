package org.crosscheck.arabic.internal;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Numbers written in digits: runs of digits with thousands separators (1,500، 1.500 when the groups
 * confirm it), a decimal part, a slash fraction, and the runs that are no numbers (IDs, phone
 * numbers, dates, codes glued to Latin letters). Stateless.
 */
final class DigitLiterals {
  private DigitLiterals() {}


  /** The digit literal starting at token {@code k} (a digit run or a dot before one), or {@code null}. */
  static @Nullable DigitLiteral literal(Tokens t, int k, List<Diagnostic> diagnostics) {
    if (t.isPunct(k, '.')) {
      // .77: a leading decimal point, not glued to digits before it
      if (!t.glued(k) || !t.isDigits(k + 1) || (t.glued(k - 1) && t.isDigits(k - 1))) return null;
      if (t.glued(k + 1) && t.type(k + 2) == Tokens.LATIN) return null;
      String frac = t.text(k + 1);
      if (frac.length() > ArabicNumberParser.MAX_DIGITS) return null;
      return new DigitLiteral(Rational.of(new BigDecimal("0." + frac)), true, false, k + 1, false);
    }
    if (!t.isDigits(k)) return null;
    String d = t.text(k);
    if (t.glued(k - 1) && t.type(k - 1) == Tokens.LATIN) return null; // A320, F16
    if (t.glued(k - 1) && t.isPunct(k - 1, '-') && t.glued(k - 2) && t.type(k - 2) == Tokens.LATIN) return null; // F-16
    if (t.glued(k) && t.type(k + 1) == Tokens.LATIN) return null; // 4G, 1M
    if (d.length() > ArabicNumberParser.MAX_DIGITS) {
      diagnostics.add(new Diagnostic("number.too-many-digits", "a run of " + d.length()
          + " digits is not read as a number (more than " + ArabicNumberParser.MAX_DIGITS + "; an ID, a phone list or garbage?)",
          t.span(k, k)));
      return null;
    }
    // inside a dotted chain (192.168.1.2) or after a slash chain: the group alone
    if ((t.isPunct(k - 1, '.') || t.isPunct(k - 1, '/')) && t.glued(k - 1) && t.glued(k - 2) && t.isDigits(k - 2)) {
      return plain(d, k);
    }
    int dots = chainLength(t, k, '.');
    if (dots >= 2) {
      boolean grouping = d.length() <= 3 && d.charAt(0) != '0';
      for (int g = 1; g <= dots && grouping; g++) grouping = t.text(k + 2 * g).length() == 3;
      if (!grouping) return plain(d, k);
    }
    if (chainLength(t, k, '/') >= 2 || chainLength(t, k, '-') >= 2 || chainLength(t, k, ':') >= 1) return plain(d, k);

    StringBuilder digits = new StringBuilder(d);
    int j = k;
    char sep = 0;
    if (d.length() <= 3 && d.charAt(0) != '0') {
      while (true) {
        if ((t.isPunct(j + 1, ',') || t.isPunct(j + 1, '\u060C')) && t.glued(j) && t.glued(j + 1) && t.isDigits(j + 2)
            && t.text(j + 2).length() == 3) {
          char c = t.source().text().charAt(t.start(j + 1));
          if (sep != 0 && sep != c) break;
          digits.append(t.text(j + 2));
          j += 2;
          sep = c;
          continue;
        }
        if ((sep == 0 || sep == ' ') && t.isDigits(j + 1) && !t.breakBefore(j + 1) && t.start(j + 1) - t.end(j) == 1
            && t.text(j + 1).length() == 3 && !(t.glued(j + 1) && (t.isPunct(j + 2, '/') || t.isPunct(j + 2, '-')))) {
          digits.append(t.text(j + 1));
          j += 1;
          sep = ' ';
          continue;
        }
        if ((sep == 0 || sep == '.') && t.isPunct(j + 1, '.') && t.glued(j) && t.glued(j + 1) && t.isDigits(j + 2)
            && t.text(j + 2).length() == 3
            && (sep == '.' || dotGroupConfirmed(t, j + 2))) {
          digits.append(t.text(j + 2));
          j += 2;
          sep = '.';
          continue;
        }
        break;
      }
    }
    boolean grouped = sep != 0;
    String fraction = null;
    if (sep != '.' && t.isPunct(j + 1, '.') && t.glued(j) && t.glued(j + 1) && t.isDigits(j + 2)
        && !(t.glued(j + 2) && t.type(j + 3) == Tokens.LATIN)) {
      fraction = t.text(j + 2);
      j += 2;
    } else if (sep != ',' && t.isPunct(j + 1, ',') && t.glued(j) && t.glued(j + 1) && t.isDigits(j + 2)
        && t.source().originalCharAt(t.start(j + 1)) != ArabicNormalizer.ARABIC_THOUSANDS_SEPARATOR
        && !(t.glued(j + 2) && t.isPunct(j + 3, ','))
        && (t.text(j + 2).length() != 3 || grouped || d.charAt(0) == '0')) {
      fraction = t.text(j + 2);
      j += 2;
    }
    if (fraction != null && fraction.length() > ArabicNumberParser.MAX_DIGITS) fraction = fraction.substring(0, ArabicNumberParser.MAX_DIGITS);
    if (fraction != null) {
      return new DigitLiteral(Rational.of(new BigDecimal(digits + "." + fraction)), true, false, j, false);
    }
    if (!grouped && d.length() <= 3 && t.isPunct(k + 1, '/') && t.glued(k) && t.glued(k + 1) && t.isDigits(k + 2)
        && t.text(k + 2).length() <= 3 && !(t.glued(k - 1) && t.isPunct(k - 1, '/'))) {
      long a = Long.parseLong(d);
      long b = Long.parseLong(t.text(k + 2));
      if (b > 0) return new DigitLiteral(Rational.of(a, b), false, true, k + 2, false);
    }
    Rational whole = Rational.of(new BigDecimal(digits.toString()));
    if (!grouped && d.length() <= 3 && t.isDigits(k + 1) && !t.breakBefore(k + 1) && t.start(k + 1) - t.end(k) == 1
        && t.isPunct(k + 2, '/') && t.glued(k + 1) && t.glued(k + 2) && t.isDigits(k + 3)
        && !(t.glued(k + 3) && t.isPunct(k + 4, '/'))) {
      // 2 1/4: a mixed number when the fraction is proper
      long a = Long.parseLong(t.text(k + 1).length() <= 3 ? t.text(k + 1) : "0");
      long b = t.text(k + 3).length() <= 3 ? Long.parseLong(t.text(k + 3)) : 0;
      if (b > 0 && a > 0 && a < b) return new DigitLiteral(whole.plus(Rational.of(a, b)), false, true, k + 3, false);
    }
    return new DigitLiteral(whole, false, false, j, !grouped);
  }

  static DigitLiteral plain(String d, int k) {
    return new DigitLiteral(Rational.of(new BigDecimal(d)), false, false, k, true);
  }

  /** How many times {@code sep + digits} follows token {@code k}, all glued. */
  static int chainLength(Tokens t, int k, char sep) {
    int n = 0;
    int j = k;
    while (n < 8 && t.isPunct(j + 1, sep) && t.glued(j) && t.glued(j + 1) && t.isDigits(j + 2)) {
      n++;
      j += 2;
    }
    return n;
  }

  /** A dot group of three digits at token {@code g} groups thousands only if another group or a decimal comma follows. */
  static boolean dotGroupConfirmed(Tokens t, int g) {
    if (!t.glued(g)) return false;
    if (t.isPunct(g + 1, '.') && t.glued(g + 1) && t.isDigits(g + 2) && t.text(g + 2).length() == 3) return true;
    return t.isPunct(g + 1, ',') && t.glued(g + 1) && t.isDigits(g + 2) && t.text(g + 2).length() <= 2;
  }
}
