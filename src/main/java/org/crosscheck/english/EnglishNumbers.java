package org.crosscheck.english;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.english.Lexicon.NumberKind;
import org.crosscheck.english.Lexicon.NumberWord;
import org.jspecify.annotations.Nullable;

/**
 * Reads numbers from an {@link EnglishDocument}: digits with separators ({@code 1,500}, {@code
 * 1.5}), digits with a scale word ({@code 1.5 million}), number words ({@code twelve thousand},
 * {@code Sixty-five}, {@code one hundred and five}), {@code a} before a scale or a dozen ({@code a
 * million}, {@code a dozen}, {@code a pair of}), ordinals ({@code 29th}, {@code twenty-first}) and
 * fractions ({@code a third}, {@code two-thirds}, {@code three quarters}, {@code half}).
 *
 * <p>Immutable and thread-safe.
 */
public final class EnglishNumbers {
  private final Lexicon lexicon;

  public EnglishNumbers(Lexicon lexicon) {
    this.lexicon = checkNotNull(lexicon, "lexicon");
  }

  /** Every number in the document, left to right, none overlapping. */
  public List<NumberMention> findAll(EnglishDocument d) {
    List<NumberMention> out = new ArrayList<>();
    int i = 0;
    while (i < d.size()) {
      NumberMention m = read(d, i, d.size());
      if (m == null) {
        i++;
      } else {
        out.add(m);
        i = m.to();
      }
    }
    return out;
  }

  /** The number starting at token {@code i} and ending before {@code limit}, or {@code null}. */
  public @Nullable NumberMention read(EnglishDocument d, int i, int limit) {
    if (i >= limit) return null;
    Token t = d.token(i);
    if (t.isNumber()) return digits(d, i, limit);
    if (!t.isWord()) return null;
    String k = t.key();
    if (k.equals("a") || k.equals("an")) return afterA(d, i, limit);
    if (k.equals("half") && (d.key(i + 1).equals("of") || d.key(i + 1).equals("the"))) {
      return fraction(i, i + 1, 1, 2);
    }
    return words(d, i, limit, false);
  }

  private @Nullable NumberMention digits(EnglishDocument d, int i, int limit) {
    String s = d.token(i).key();
    boolean ordinal = s.endsWith("st") || s.endsWith("nd") || s.endsWith("rd") || s.endsWith("th");
    if (ordinal) s = s.substring(0, s.length() - 2);
    BigDecimal v;
    try {
      v = parseDigits(s);
    } catch (NumberFormatException e) {
      return null;
    }
    if (ordinal) return new NumberMention(i, i + 1, v, NumberMention.Form.ORDINAL, 0, 0, Rules.NUMBER_ORDINAL);
    int j = i + 1;
    BigDecimal scale = BigDecimal.ONE;
    while (j < limit) {
      NumberWord w = lexicon.numberWords.get(d.key(j));
      if (w == null || w.kind() != NumberKind.SCALE) break;
      scale = scale.multiply(BigDecimal.valueOf(w.value()));
      j++;
    }
    if (j > i + 1) return NumberMention.cardinal(i, j, v.multiply(scale), Rules.NUMBER_SCALED);
    return NumberMention.cardinal(i, i + 1, v, Rules.NUMBER_DIGITS);
  }

  /** {@code 1,500} is 1500; {@code 1.5} is 1.5; {@code 1,5} (a European decimal) is 1.5. */
  static BigDecimal parseDigits(String s) {
    int comma = s.indexOf(',');
    if (comma >= 0) {
      String[] groups = s.split(",", -1);
      boolean thousands = groups.length > 1;
      for (int g = 1; g < groups.length; g++) {
        String grp = groups[g];
        int dot = grp.indexOf('.');
        if ((dot < 0 ? grp.length() : dot) != 3) thousands = false;
      }
      if (thousands) return new BigDecimal(s.replace(",", ""));
      if (groups.length == 2 && s.indexOf('.') < 0) return new BigDecimal(s.replace(',', '.'));
      throw new NumberFormatException(s);
    }
    int firstDot = s.indexOf('.');
    if (firstDot >= 0 && s.indexOf('.', firstDot + 1) >= 0) {
      // 1.000.000: dots as thousands separators
      return new BigDecimal(s.replace(".", ""));
    }
    return new BigDecimal(s);
  }

  private @Nullable NumberMention afterA(EnglishDocument d, int i, int limit) {
    if (i + 1 >= limit) return null;
    String next = d.key(i + 1);
    NumberWord w = lexicon.numberWords.get(next);
    if (w != null && w.kind() == NumberKind.SCALE) {
      NumberMention rest = words(d, i + 1, limit, true);
      return rest == null ? null : NumberMention.cardinal(i, rest.to(), rest.value(), Rules.NUMBER_A_SCALE);
    }
    if (w != null && w.kind() == NumberKind.DOZEN && !next.endsWith("s")) {
      if (w.value() == 2 && !d.key(i + 2).equals("of")) return null; // "a pair of", "a couple of" only
      return NumberMention.cardinal(i, i + 2, BigDecimal.valueOf(w.value()), Rules.NUMBER_A_SCALE);
    }
    NumberWord f = lexicon.fractionWords.get(next);
    if (f != null && !next.endsWith("s") && !next.equals("second")) return fraction(i, i + 2, 1, (int) f.value());
    return null;
  }

  /** Number words from token {@code i}; {@code leadingOne} when "a" stood before a scale word. */
  private @Nullable NumberMention words(EnglishDocument d, int i, int limit, boolean leadingOne) {
    long total = 0;
    long current = leadingOne ? 1 : 0;
    long lastScale = Long.MAX_VALUE;
    int j = i;
    int end = i;
    NumberKind prev = leadingOne ? NumberKind.UNIT : null;
    boolean any = leadingOne;
    while (j < limit) {
      String k = d.key(j);
      NumberWord w = lexicon.numberWords.get(k);
      if (w == null && k.equals("and") && prev != null && (prev == NumberKind.SCALE) && j + 1 < limit) {
        NumberWord after = lexicon.numberWords.get(d.key(j + 1));
        if (after != null && (after.kind() == NumberKind.UNIT || after.kind() == NumberKind.TEN)) {
          j++;
          continue;
        }
        break;
      }
      if (w == null && d.token(j).isDash() && !d.token(j).spaceBefore() && prev == NumberKind.TEN && j + 1 < limit) {
        NumberWord after = lexicon.numberWords.get(d.key(j + 1));
        if (after != null && (after.kind() == NumberKind.UNIT || after.kind() == NumberKind.ORDINAL) && after.value() < 10) {
          j++;
          continue;
        }
        break;
      }
      if (w == null) break;
      switch (w.kind()) {
        case UNIT -> {
          if (prev == NumberKind.UNIT || (prev == NumberKind.TEN && w.value() >= 10)) return done(i, end, total + current, any);
          current += w.value();
        }
        case TEN -> {
          if (prev == NumberKind.UNIT || prev == NumberKind.TEN) return done(i, end, total + current, any);
          current += w.value();
        }
        case SCALE -> {
          if (!any) return null;
          if (w.value() == 100) {
            if (current == 0 || current % 100 == 0 && current > 0 && prev == NumberKind.SCALE) return done(i, end, total + current, any);
            current *= 100;
          } else {
            if (w.value() >= lastScale) return done(i, end, total + current, any);
            total += Math.max(current, 1) * w.value();
            current = 0;
            lastScale = w.value();
          }
        }
        case ORDINAL -> {
          if (prev == NumberKind.UNIT) return done(i, end, total + current, any);
          long v = total + current;
          long ord = w.value() >= 100 ? Math.max(v, 1) * w.value() : v + w.value();
          return new NumberMention(i, j + 1, BigDecimal.valueOf(ord), NumberMention.Form.ORDINAL, 0, 0,
              Rules.NUMBER_ORDINAL);
        }
        case DOZEN -> {
          if (!any || w.value() != 12) return done(i, end, total + current, any);
          current *= 12;
        }
        default -> {
          return done(i, end, total + current, any);
        }
      }
      any = true;
      prev = w.kind();
      j++;
      end = j;
    }
    NumberMention cardinal = done(i, end, total + current, any);
    if (cardinal == null) return null;
    // a fraction after a small cardinal: two-thirds, three quarters
    int f = end;
    if (f < limit && d.token(f).isDash() && !d.token(f).spaceBefore()) f++;
    if (f < limit) {
      NumberWord fw = lexicon.fractionWords.get(d.key(f));
      long n = cardinal.value().longValue();
      if (fw != null && n >= 1 && n < fw.value() && (n == 1) != d.key(f).endsWith("s")) {
        return fraction(i, f + 1, (int) n, (int) fw.value());
      }
    }
    return cardinal;
  }

  private static @Nullable NumberMention done(int i, int end, long value, boolean any) {
    if (!any || end == i) return null;
    return NumberMention.cardinal(i, end, BigDecimal.valueOf(value), Rules.NUMBER_WORDS);
  }

  private static NumberMention fraction(int from, int to, int numerator, int denominator) {
    BigDecimal v = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
    return new NumberMention(from, to, v, NumberMention.Form.FRACTION, numerator, denominator, Rules.NUMBER_FRACTION);
  }
}
