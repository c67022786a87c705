package org.crosscheck.value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.crosscheck.value.internal.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * Reads values back from their notation ({@code toString}): {@link #quantity} for quantities,
 * {@link #date} for dates, {@link #label} for labels. One parser per family because some notations
 * are shared ({@code 2014} is a count or a year).
 *
 * <p>Every value reads back equal: an approximate value shows its width only when the width is
 * its own ({@code ~1500 (±10%)}), and reads back with it; {@code ~1500} reads back with the width
 * left to the rule set.
 */
public final class Notation {
  private static final String INF = "\u221e";

  private Notation() {}

  /**
   * Reads a quantity: {@code 1500}, {@code 35%}, {@code 40 km}, {@code 2 months}, {@code
   * [1500..2500]}, {@code (66000..+∞)}, {@code ~1500} (width left to the rule set), {@code ~1500 (±5%)} (explicit width), {@code
   * ~10000 (nearly)}, {@code ~10000 (nearly ±5%)},
   * {@code a few thousand [2000..9000]}, {@code 1/3 (33.3%)}.
   *
   * @throws NotationException naming the text and the index where it went wrong
   */
  public static Quantity quantity(String text) {
    String t = text.strip();
    try {
      if (t.startsWith("~")) return approximate(t);
      VagueQuantifier longest = null; // "hundreds of thousands" before "hundreds", "a few thousand" before "a few"
      for (VagueQuantifier q : VagueQuantifier.values()) {
        if (t.startsWith(q.phrase() + " ") && (longest == null || q.phrase().length() > longest.phrase().length())) {
          longest = q;
        }
      }
      if (longest != null) return vague(t, longest);
      int slash = t.indexOf('/');
      if (slash > 0 && t.endsWith("%)") && t.indexOf('(') > slash) {
        int n = Integer.parseInt(t.substring(0, slash));
        int d = Integer.parseInt(t.substring(slash + 1, t.indexOf(' ')));
        return new Quantity.Fraction(n, d);
      }
      if (t.startsWith("[") || t.startsWith("(")) return bracketed(t);
      String[] numberAndUnit = splitUnit(t);
      return new Quantity.Exact(Numbers.parse(numberAndUnit[0]), unit(numberAndUnit[1], numberAndUnit[0], t));
    } catch (NotationException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new NotationException("not a quantity: \"" + text + "\" (" + e.getMessage() + ")", text, 0, e);
    }
  }

  private static Quantity approximate(String t) {
    Hedge hedge = Hedge.ABOUT;
    BigDecimal width = null;
    String number = t.substring(1);
    int open = t.lastIndexOf(" (");
    if (t.endsWith(")") && open > 0) {
      number = t.substring(1, open);
      String inside = t.substring(open + 2, t.length() - 1).strip();
      int pm = inside.indexOf('\u00b1');
      String word = (pm < 0 ? inside : inside.substring(0, pm)).strip();
      if (!word.isEmpty()) {
        hedge = null;
        for (Hedge h : Hedge.values()) if (h != Hedge.NONE && h.word().equals(word)) hedge = h;
        if (hedge == null) throw new NotationException("unknown hedge '" + word + "'", t, open + 2, null);
      }
      if (pm >= 0) {
        String w = inside.substring(pm + 1);
        if (!w.endsWith("%")) throw new NotationException("a width is a percentage, like \u00b15%", t, open + 2 + pm, null);
        width = Numbers.canon(Numbers.parse(w.substring(0, w.length() - 1)).movePointLeft(2));
      }
    }
    String[] nu = splitUnit(number.strip());
    return new Quantity.Approximate(Numbers.parse(nu[0]), hedge, width, unit(nu[1], nu[0], t));
  }

  private static Quantity vague(String t, VagueQuantifier q) {
    String rest = t.substring(q.phrase().length()).strip();
    int bracket = rest.indexOf('[');
    String unitWord = bracket > 0 ? rest.substring(0, bracket).strip() : "";
    Unit unit = q.isShare() ? Unit.PERCENT : unitWord.isEmpty() ? Unit.ONE : unit(unitWord, "2", t);
    return new Quantity.Vague(q, unit);
  }

  private static Quantity bracketed(String t) {
    int close = Math.max(t.lastIndexOf(']'), t.lastIndexOf(')'));
    if (close < 0) throw new NotationException("an interval ends in ] or )", t, t.length(), null);
    String body = t.substring(1, close);
    String unitPart = t.substring(close + 1).strip();
    Unit unit = unitPart.equals("%") ? Unit.PERCENT : unitPart.isEmpty() ? Unit.ONE : unit(unitPart, "2", t);
    int dots = body.indexOf("..");
    if (dots < 0) throw new NotationException("an interval holds two ends joined by ..", t, 1, null);
    String lo = body.substring(0, dots);
    String hi = body.substring(dots + 2);
    boolean loClosed = t.charAt(0) == '[';
    boolean hiClosed = t.charAt(close) == ']';
    if (lo.equals("-" + INF)) {
      return new Quantity.Bound(hiClosed ? Quantity.Bound.Kind.AT_MOST : Quantity.Bound.Kind.LESS_THAN, Numbers.parse(hi), unit);
    }
    if (hi.equals("+" + INF)) {
      return new Quantity.Bound(loClosed ? Quantity.Bound.Kind.AT_LEAST : Quantity.Bound.Kind.MORE_THAN, Numbers.parse(lo), unit);
    }
    if (!loClosed || !hiClosed) throw new NotationException("a range of two numbers is closed: [lo..hi]", t, 0, null);
    return new Quantity.Between(Numbers.parse(lo), Numbers.parse(hi), unit);
  }

  /** "40 km" to {"40", "km"}; "35%" to {"35", "%"}; "1500" to {"1500", ""}. */
  private static String[] splitUnit(String t) {
    if (t.endsWith("%")) return new String[] {t.substring(0, t.length() - 1), "%"};
    int space = t.indexOf(' ');
    return space < 0 ? new String[] {t, ""} : new String[] {t.substring(0, space), t.substring(space + 1).strip()};
  }

  private static Unit unit(String word, String number, String text) {
    if (word.isEmpty()) return Unit.ONE;
    if (word.equals("%")) return Unit.PERCENT;
    for (Unit u : Unit.known()) {
      if (word.equals(u.singular()) || word.equals(u.plural())) return u;
    }
    throw new NotationException("unknown unit '" + word + "'", text, text.indexOf(word), null);
  }

  /**
   * Reads a date: {@code 2017-11-03}, {@code 2017-11}, {@code 2014}, {@code 2017-09-01..2017-09-10},
   * {@code ≤ 2017-11-03}, {@code < 2017-11-03}, {@code ≥ 2018-09-01}, {@code > 2018-09-01}.
   *
   * @throws NotationException naming the text and the index where it went wrong
   */
  public static DateValue date(String text) {
    String t = text.strip();
    try {
      if (t.startsWith("\u2264 ")) return new DateValue.Before(LocalDate.parse(t.substring(2)), true);
      if (t.startsWith("< ")) return new DateValue.Before(LocalDate.parse(t.substring(2)), false);
      if (t.startsWith("\u2265 ")) return new DateValue.After(LocalDate.parse(t.substring(2)), true);
      if (t.startsWith("> ")) return new DateValue.After(LocalDate.parse(t.substring(2)), false);
      int dots = t.indexOf("..");
      if (dots > 0) return new DateValue.Span(LocalDate.parse(t.substring(0, dots)), LocalDate.parse(t.substring(dots + 2)));
      if (t.length() == 10) return new DateValue.OnDay(LocalDate.parse(t));
      if (t.length() == 7) return new DateValue.InMonth(YearMonth.parse(t));
      if (t.length() == 4 && t.chars().allMatch(Character::isDigit)) return new DateValue.InYear(Year.of(Integer.parseInt(t)));
      throw new NotationException("not a date notation such as 2017-11-03, 2017-11, 2014 or 2017-09-01..2017-09-10",
          text, 0, null);
    } catch (DateTimeParseException e) {
      throw new NotationException("not a real date: \"" + text + "\"", text, e.getErrorIndex(), e);
    }
  }

  /** Reads a label: {@code "D5"} (with its quotes). */
  public static Label label(String text) {
    String t = text.strip();
    if (t.length() < 3 || !t.startsWith("\"") || !t.endsWith("\"")) {
      throw new NotationException("a label is written in double quotes, like \"D5\"", text, 0, null);
    }
    String inside = t.substring(1, t.length() - 1);
    // Label.toString isolates right-to-left text: take the isolate off again
    if (inside.length() >= 2 && inside.charAt(0) == PlainText.FSI && inside.charAt(inside.length() - 1) == PlainText.PDI
        && PlainText.hasRightToLeft(inside.substring(1, inside.length() - 1))) {
      inside = inside.substring(1, inside.length() - 1);
    }
    return new Label(inside);
  }

  /** A notation that could not be read, with the text and the index (like {@code DateTimeParseException}). */
  public static final class NotationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** The notation that could not be read. */
    private final String text;
    /** Where in {@code text} reading failed, from 0. */
    private final int index;

    NotationException(String message, String text, int index, @Nullable Throwable cause) {
      super(message + (message.contains(text) ? "" : ", in \"" + text + "\"") + " at index " + Math.max(0, index), cause);
      this.text = text;
      this.index = Math.max(0, index);
    }

    /** The notation that could not be read. */
    public String text() {
      return text;
    }

    /** The index in {@link #text()} where reading failed, from 0. */
    public int index() {
      return index;
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
