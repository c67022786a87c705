package org.crosscheck.english.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.english.internal.Lexicon.NumberKind;
import org.crosscheck.english.internal.Lexicon.NumberWord;
import org.jspecify.annotations.Nullable;

/**
 * Reads numbers from an {@link EnglishDocument}: digits with separators ({@code 1,500}, {@code
 * 1.5}, {@code .08}, {@code 1 234 567}), digits with a scale word ({@code 1.5 million}, {@code 3
 * dozen}), number words ({@code twelve thousand}, {@code Sixty-five}, {@code one hundred and
 * five}, {@code two point five}), {@code a} before a scale or a dozen ({@code a million}, {@code a
 * dozen}, {@code a pair of}), halves and quarters of a scale ({@code half a million}), mixed
 * numbers ({@code five and a half million}), ordinals ({@code 29th}, {@code twenty-first}) and
 * fractions ({@code a third}, {@code two-thirds}, {@code three fifths}, {@code ¾}).
 *
 * <p>Immutable and thread-safe.
 */
public final class EnglishNumbers {
  private static final Set<String> PRONOUN_BEFORE = Set.of("the", "this", "that", "which", "each", "every", "any", "no",
      "another", "a", "one", "last", "next");
  private static final Map<String, int[]> VULGAR = Map.of("\u00bd", new int[] {1, 2}, "\u2153", new int[] {1, 3},
      "\u2154", new int[] {2, 3}, "\u00bc", new int[] {1, 4}, "\u00be", new int[] {3, 4}, "\u2155", new int[] {1, 5},
      "\u2159", new int[] {1, 6}, "\u215b", new int[] {1, 8}, "\u2150", new int[] {1, 7}, "\u2151", new int[] {1, 9});
  private static final java.util.regex.Pattern THREE_DIGITS = java.util.regex.Pattern.compile("\\d{3}(\\.\\d+)?");
  private final Lexicon lexicon;

  /**
   * Reads numbers with {@code lexicon}'s number words.
   *
   * @throws NullPointerException if {@code lexicon} is {@code null}
   */
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

  /** Whether {@code mark} is a vulgar fraction character (one half, two thirds), the one mark a number may be. */
  static boolean isVulgarFraction(String mark) {
    return VULGAR.containsKey(mark);
  }

  /** The number starting at token {@code i} and ending before {@code limit}, or {@code null}. */
  public @Nullable NumberMention read(EnglishDocument d, int i, int limit) {
    if (i >= limit) return null;
    Token t = d.token(i);
    if (t.kind() == Token.Kind.MARK) {
      int[] f = VULGAR.get(t.text());
      return f == null ? null : fraction(i, i + 1, f[0], f[1]);
    }
    NumberMention m;
    if (t.isNumber()) {
      m = digits(d, i, limit);
    } else if (!t.isWord()) {
      return null;
    } else {
      String k = t.key();
      if (k.equals("a") || k.equals("an")) return afterA(d, i, limit);
      if (k.equals("half") || k.equals("quarter")) return halfOf(d, i, limit);
      if (k.equals("one") && PRONOUN_BEFORE.contains(d.key(i - 1)) && !isNumberWord(d.key(i + 1))) return null;
      m = words(d, i, limit, false);
    }
    return m == null || m.form() != NumberMention.Form.CARDINAL ? m : mixed(d, m, limit);
  }

  private boolean isNumberWord(String key) {
    NumberWord w = lexicon.numberWords.get(key);
    return w != null && w.kind() != NumberKind.ORDINAL;
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
    // 1 234 567: groups of three digits after single spaces
    if (d.token(i).isDigits(1, 3)) {
      StringBuilder grouped = new StringBuilder(s);
      while (j < limit && d.token(j).isNumber() && THREE_DIGITS.matcher(d.key(j)).matches() && !grouped.toString().contains(".")
          && d.token(j).start() == d.token(j - 1).end() + 1 && " \u00a0\u202f".indexOf(d.text().charAt(d.token(j - 1).end())) >= 0) {
        grouped.append(d.key(j));
        j++;
      }
      if (j > i + 1) v = new BigDecimal(grouped.toString());
    }
    int digitsEnd = j;
    BigDecimal scale = BigDecimal.ONE;
    while (j < limit) {
      NumberWord w = lexicon.numberWord(d, j);
      if (w == null || !(w.kind() == NumberKind.SCALE || w.kind() == NumberKind.DOZEN && w.value() == 12)) break;
      scale = scale.multiply(BigDecimal.valueOf(w.value()));
      j++;
    }
    if (j > digitsEnd) return NumberMention.cardinal(i, j, v.multiply(scale), Rules.NUMBER_SCALED);
    NumberMention m = NumberMention.cardinal(i, j, v, Rules.NUMBER_DIGITS);
    return point(d, m, limit);
  }

  /** {@code 1,500} is 1500; {@code 1.5} is 1.5; {@code .08} is 0.08. */
  static BigDecimal parseDigits(String s) {
    String t = s.replace(",", "");
    return new BigDecimal(t.startsWith(".") ? "0" + t : t);
  }

  private @Nullable NumberMention afterA(EnglishDocument d, int i, int limit) {
    if (i + 1 >= limit) return null;
    String next = d.key(i + 1);
    NumberWord w = lexicon.numberWord(d, i + 1);
    if (w != null && w.kind() == NumberKind.SCALE && !next.endsWith("s")) {
      NumberMention rest = words(d, i + 1, limit, true);
      if (rest == null) return null;
      return new NumberMention(i, rest.to(), rest.value(), rest.form(), rest.numerator(), rest.denominator(),
          rest.form() == NumberMention.Form.CARDINAL ? Rules.NUMBER_A_SCALE : rest.rule());
    }
    if (w != null && w.kind() == NumberKind.DOZEN && !next.endsWith("s")) {
      if (w.value() == 2 && !d.key(i + 2).equals("of")) return null; // "a pair of", "a couple of" only
      return NumberMention.cardinal(i, i + 2, BigDecimal.valueOf(w.value()), Rules.NUMBER_A_SCALE);
    }
    Integer denominator = denominator(next, false);
    // "a third of", "a quarter": a fraction; "a third day" is an ordinal
    if (denominator != null && !next.equals("second") && (!d.token(Math.min(i + 2, d.size() - 1)).isWord()
        || i + 2 >= d.size() || d.key(i + 2).equals("of") || lexicon.fractionWords.containsKey(next) && !isOrdinalUse(d, i + 2))) {
      return fraction(i, i + 2, 1, denominator);
    }
    return null;
  }

  /** Whether the word at {@code k} makes the ordinal before it an ordinal ("a third day"), not a fraction. */
  private boolean isOrdinalUse(EnglishDocument d, int k) {
    return k < d.size() && d.token(k).isWord() && !d.key(k).equals("of") && !d.key(k).equals("and")
        && lexicon.numberWord(d, k) == null;
  }

  /** "half a million", "half a dozen", "quarter million": a half or quarter of a scale. */
  private @Nullable NumberMention halfOf(EnglishDocument d, int i, int limit) {
    BigDecimal part = d.key(i).equals("half") ? new BigDecimal("0.5") : new BigDecimal("0.25");
    int j = i + 1;
    if (d.key(j).equals("a") || d.key(j).equals("an")) j++;
    NumberWord w = lexicon.numberWord(d, j);
    if (j < limit && w != null && (w.kind() == NumberKind.SCALE || w.kind() == NumberKind.DOZEN && w.value() == 12)
        && !d.key(j).endsWith("s")) {
      return NumberMention.cardinal(i, j + 1, part.multiply(BigDecimal.valueOf(w.value())), Rules.NUMBER_FRACTION);
    }
    if (d.key(i).equals("half") && (d.key(i + 1).equals("of") || d.key(i + 1).equals("the"))) return fraction(i, i + 1, 1, 2);
    return null;
  }

  /**
   * "five and a half", "3 million and a half", "five and a half million", "two and three quarters":
   * a cardinal with a fraction added, and a scale word after it.
   */
  private NumberMention mixed(EnglishDocument d, NumberMention m, int limit) {
    int j = m.to();
    if (!d.key(j).equals("and") || j + 2 >= limit) return m;
    NumberMention f = null;
    String a = d.key(j + 1);
    if (a.equals("a") || a.equals("an")) {
      Integer den = denominator(d.key(j + 2), false);
      if (den != null && !d.key(j + 2).equals("second")) f = fraction(j + 1, j + 3, 1, den);
    } else {
      NumberMention n = words(d, j + 1, limit, false);
      if (n != null && n.form() == NumberMention.Form.FRACTION) f = n;
    }
    if (f == null) return m;
    // "3 million and a half" is 3.5 million; "one hundred and three quarters" is 100.75
    BigDecimal lastScale = BigDecimal.ONE;
    NumberWord last = lexicon.numberWord(d, m.to() - 1);
    if (last != null && last.kind() == NumberKind.SCALE && last.value() >= 1000) lastScale = BigDecimal.valueOf(last.value());
    int end = f.to();
    NumberWord after = lexicon.numberWord(d, end);
    BigDecimal value;
    if (end < limit && after != null && after.kind() == NumberKind.SCALE) {
      BigDecimal scale = BigDecimal.valueOf(after.value());
      value = m.value().compareTo(scale) < 0 ? m.value().add(f.value()).multiply(scale)
          : m.value().add(f.value().multiply(scale));
      end++;
    } else {
      value = m.value().add(f.value().multiply(lastScale));
    }
    return NumberMention.cardinal(m.from(), end, value, Rules.NUMBER_FRACTION);
  }

  /** "two point five", "9 point 04": a decimal read digit by digit after "point". */
  private NumberMention point(EnglishDocument d, NumberMention m, int limit) {
    int j = m.to();
    if (!d.key(j).equals("point") || m.value().scale() > 0) return m;
    StringBuilder digits = new StringBuilder();
    int k = j + 1;
    while (k < limit) {
      if (d.token(k).isDigits(1, 20)) {
        digits.append(d.key(k));
        k++;
        continue;
      }
      NumberWord w = lexicon.numberWord(d, k);
      if (w == null || !(w.kind() == NumberKind.UNIT && w.value() < 10 || w.kind() == NumberKind.TEN)) break;
      if (w.kind() == NumberKind.TEN) {
        long v = w.value();
        k++;
        if (k + 1 < limit && d.token(k).isDash()) {
          NumberWord u = lexicon.numberWord(d, k + 1);
          if (u != null && u.kind() == NumberKind.UNIT && u.value() < 10) {
            v += u.value();
            k += 2;
          }
        }
        digits.append(v);
      } else {
        digits.append(w.value());
        k++;
      }
    }
    if (digits.length() == 0) return m;
    BigDecimal value = new BigDecimal(m.value().toPlainString() + "." + digits);
    NumberWord scale = lexicon.numberWord(d, k);
    if (k < limit && scale != null && scale.kind() == NumberKind.SCALE && !d.key(k).endsWith("s")) {
      value = value.multiply(BigDecimal.valueOf(scale.value())); // two point two million
      k++;
    }
    return NumberMention.cardinal(m.from(), k, value, Rules.NUMBER_WORDS);
  }

  /** The denominator a word names: third, quarter, fifths, hundredths; {@code null} for others. */
  private @Nullable Integer denominator(String word, boolean pluralOnly) {
    NumberWord f = lexicon.fractionWords.get(word);
    if (f != null) return pluralOnly && !word.endsWith("s") ? null : (int) f.value();
    String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    if (pluralOnly && singular.equals(word)) return null;
    NumberWord o = lexicon.numberWords.get(singular);
    if (o == null || o.kind() != NumberKind.ORDINAL || o.value() < 3 || o.value() > Integer.MAX_VALUE) return null;
    return (int) o.value();
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
      NumberWord w = lexicon.numberWord(d, j);
      if (w == null && k.equals("and") && prev == NumberKind.SCALE && j + 1 < limit) {
        NumberWord after = lexicon.numberWord(d, j + 1);
        if (after != null && (after.kind() == NumberKind.UNIT || after.kind() == NumberKind.TEN)
            && denominator(d.key(j + 2), false) == null) {
          j++;
          continue;
        }
        break;
      }
      if (w == null && d.token(j).isDash() && prev == NumberKind.TEN && j + 1 < limit) {
        NumberWord after = lexicon.numberWord(d, j + 1);
        if (after != null && (after.kind() == NumberKind.UNIT || after.kind() == NumberKind.ORDINAL) && after.value() < 10) {
          j++;
          continue;
        }
        break;
      }
      if (w == null && any && d.token(j).isDash() && !d.token(j).spaceBefore() && j + 1 < limit) {
        Integer den = denominator(d.key(j + 1), false);
        if (den != null && (total + current) < den) return fraction(i, j + 2, (int) (total + current), den);
        break;
      }
      if (w == null) {
        Integer den = any ? denominator(k, total + current != 1) : null;
        if (den != null) return fraction(i, j + 1, (int) (total + current), den);
        break;
      }
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
            if (current == 0 || current % 100 == 0 && prev == NumberKind.SCALE) return done(i, end, total + current, any);
            current *= 100;
          } else if (current == 0 && total > 0 && w.value() > lastScale) {
            total *= w.value(); // three thousand millions
            lastScale = w.value();
          } else {
            if (w.value() >= lastScale) return done(i, end, total + current, any);
            total += Math.max(current, 1) * w.value();
            current = 0;
            lastScale = w.value();
          }
        }
        case ORDINAL -> {
          long v = total + current;
          if (w.value() >= 100) {
            return new NumberMention(i, j + 1, BigDecimal.valueOf(Math.max(v, 1) * w.value()), NumberMention.Form.ORDINAL,
                0, 0, Rules.NUMBER_ORDINAL);
          }
          if (prev == NumberKind.UNIT || prev == NumberKind.SCALE) {
            // "one fifth": a fraction; "three fifth" is none
            if (v == 1 && w.value() >= 3) return fraction(i, j + 1, 1, (int) w.value());
            return done(i, end, v, any);
          }
          return new NumberMention(i, j + 1, BigDecimal.valueOf(v + w.value()), NumberMention.Form.ORDINAL, 0, 0,
              Rules.NUMBER_ORDINAL);
        }
        case DOZEN -> {
          if (!any || w.value() != 12) return done(i, end, total + current, any);
          current *= 12;
        }
        default -> {
          if (!any) return null;
          // a fraction word after a cardinal: two-thirds, three quarters, one half
          long n = total + current;
          boolean plural = k.endsWith("s");
          if (n >= 1 && (n == 1) != plural) return fraction(i, j + 1, (int) n, (int) w.value());
          return done(i, end, n, any);
        }
      }
      any = true;
      prev = w.kind();
      j++;
      end = j;
    }
    NumberMention cardinal = done(i, end, total + current, any);
    return cardinal == null ? null : point(d, cardinal, limit);
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
