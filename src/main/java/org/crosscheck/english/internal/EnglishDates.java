package org.crosscheck.english.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Values;
import org.jspecify.annotations.Nullable;

/**
 * Reads dates and resolves relative ones against the publication date: weekdays ("late on
 * Tuesday", "Wednesday night"), yesterday, today, last week, earlier this month, last month, "N
 * years ago", bare months ("in September"), month and day ("Nov. 3", "November 3rd", "3 November
 * 2017"), month and year, years ("since 2014", "a 2021 coup"), parts of periods ("mid-April",
 * "in late 2014", "at the end of 2014") and spans ("between March 5 and 7"). Each rule is in
 * {@link Rules} ({@code date.*}).
 *
 * <p>Immutable and thread-safe.
 */
public final class EnglishDates {
  /** {@code DATE_MONTH_DAY.intParameter("max-ahead")}, read once: rules are constants. */
  private static final int MONTH_DAY_MAX_AHEAD = Rules.DATE_MONTH_DAY.intParameter("max-ahead");
  private static final Set<String> LEADS = Set.of("on", "since", "in", "by", "until", "till", "from", "of", "during",
      "before", "after", "as", "late", "early", "mid", "the", "at", "end");
  /**
   * The words other than month, weekday and number words that a date may start with, one per reader
   * of {@link #read}: part of a period (early, late, mid, end), a span (between, from), a relative
   * date (yesterday, today, the, last, this, earlier, past, previous, current) and a count back
   * (a, an, half, quarter). A word that is none of these starts no date, so it is not read.
   */
  static final Set<String> OPENERS = Set.of("early", "late", "mid", "end", "between", "from", "yesterday", "today",
      "the", "last", "this", "earlier", "past", "previous", "current", "a", "an", "half", "quarter");
  /** The start-mask bits of the words a date may start with. */
  private static final int DATE_START = Lexicon.MONTHS | Lexicon.WEEKDAYS | Lexicon.NUMBER_WORDS | Lexicon.DATE_OPENERS;
  private static final Set<String> TIMES_OF_DAY = Set.of("night", "morning", "evening", "afternoon", "dawn");
  private final Lexicon lexicon;
  private final EnglishNumbers numbers;

  /**
   * Reads dates with {@code lexicon}'s month, weekday and number words.
   *
   * @throws NullPointerException if {@code lexicon} is {@code null}
   */
  public EnglishDates(Lexicon lexicon) {
    this.lexicon = checkNotNull(lexicon, "lexicon");
    this.numbers = new EnglishNumbers(lexicon);
  }

  /**
   * Every date in the document, left to right; relative dates only when {@code published} is
   * known. Marks the tokens of each date in {@code taken}.
   */
  public List<DateMention> findAll(EnglishDocument d, @Nullable LocalDate published, boolean[] taken) {
    List<DateMention> out = new ArrayList<>();
    // "N days ago" needs an "ago" two tokens or more after its start: none after the last one
    int lastAgo = -1;
    for (int k = d.size() - 1; k >= 0 && lastAgo < 0; k--) if (d.key(k).equals("ago")) lastAgo = k;
    int i = 0;
    while (i < d.size()) {
      DateMention m = read(d, i, published, i + 2 <= lastAgo);
      if (m == null) {
        i++;
        continue;
      }
      int from = m.from();
      // the preposition or part word before it joins the span: "on Sunday", "since 2014"
      if (from > 0 && (d.key(from - 1).equals("on") || d.key(from - 1).equals("since") || d.key(from - 1).equals("in"))
          && (out.isEmpty() || out.get(out.size() - 1).to() < from - 1)) {
        from--;
      }
      if (from > 0 && d.key(from - 1).equals("late") && d.key(from).equals("on")) from--;
      m = new DateMention(from, m.to(), m.value(), m.rule());
      out.add(m);
      for (int k = m.from(); k < m.to(); k++) taken[k] = true;
      i = m.to();
    }
    return out;
  }

  /** The date starting at token {@code i}, or {@code null}. */
  public @Nullable DateMention read(EnglishDocument d, int i, @Nullable LocalDate pub) {
    return read(d, i, pub, true);
  }

  /** The date starting at token {@code i}; {@code agoAfter} is false when no "ago" can end one that starts there. */
  private @Nullable DateMention read(EnglishDocument d, int i, @Nullable LocalDate pub, boolean agoAfter) {
    Token t = d.token(i);
    String k = t.key();
    if (t.isWord()) {
      // one array read: a word of none of the lists starts no date (a document without marks reads every word)
      if (!d.mayStart(i, DATE_START)) return null;
      DateMention m = part(d, i, pub);
      if (m == null) m = span(d, i, pub);
      if (m == null) m = monthFirst(d, i, pub);
      if (m == null && pub != null) m = relative(d, i, pub);
      if (m == null && pub != null) m = weekday(d, i, pub);
      if (m == null && pub != null && agoAfter) m = ago(d, i, pub);
      return m;
    }
    if (pub != null && agoAfter && t.isDigits(1, 9)) {
      DateMention m = ago(d, i, pub);
      if (m != null) return m;
    }
    if (t.isNumber()) {
      DateMention m = span(d, i, pub);
      if (m == null) m = dayFirst(d, i, pub);
      if (m == null) m = year(d, i);
      if (m == null && pub != null && agoAfter && t.isDigits(1, 9)) m = ago(d, i, pub);
      return m;
    }
    return null;
  }

  private @Nullable DateMention weekday(EnglishDocument d, int i, LocalDate pub) {
    DayOfWeek day = lexicon.weekday(d, i);
    if (day == null || !d.token(i).capitalized() || d.key(i).length() < 6) return null;
    int back = (pub.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
    int to = i + 1;
    if (TIMES_OF_DAY.contains(d.key(to))) to++;
    return new DateMention(i, to, Values.onDay(pub.minusDays(back)), Rules.DATE_WEEKDAY);
  }

  private @Nullable DateMention relative(EnglishDocument d, int i, LocalDate pub) {
    String k = d.key(i);
    String n = d.key(i + 1);
    switch (k) {
      case "yesterday":
        return new DateMention(i, i + 1, Values.onDay(pub.minusDays(1)), Rules.DATE_RELATIVE);
      case "today":
        return new DateMention(i, i + 1, Values.onDay(pub), Rules.DATE_RELATIVE);
      case "the":
        if (n.equals("day") && d.key(i + 2).equals("before") && d.key(i + 3).equals("yesterday")) {
          return new DateMention(i, i + 4, Values.onDay(pub.minusDays(2)), Rules.DATE_RELATIVE);
        }
        return null;
      case "last", "this", "earlier", "past", "previous", "current":
        break;
      default:
        return null;
    }
    boolean earlier = k.equals("earlier");
    int at = earlier ? i + 1 : i;
    String which = d.key(at);
    String unit = d.key(at + 1);
    if (earlier && !which.equals("this")) return null;
    boolean last = which.equals("last") || which.equals("past") || which.equals("previous");
    if (!last && !which.equals("this") && !which.equals("current")) return null;
    DateValue v = switch (unit) {
      case "week" -> {
        LocalDate monday = pub.minusDays(pub.getDayOfWeek().getValue() - 1L);
        if (last) yield Values.span(monday.minusDays(7), monday.minusDays(1));
        yield earlier ? Values.span(monday, pub.minusDays(1)) : Values.span(monday, monday.plusDays(6));
      }
      case "month" -> {
        YearMonth m = YearMonth.from(pub);
        if (last) yield Values.inMonth(m.minusMonths(1).getYear(), m.minusMonths(1).getMonthValue());
        if (earlier) yield pub.getDayOfMonth() == 1 ? Values.onDay(pub) : Values.span(m.atDay(1), pub.minusDays(1));
        yield Values.inMonth(m.getYear(), m.getMonthValue());
      }
      case "year", "yr" -> {
        if (last) yield Values.inYear(pub.getYear() - 1);
        if (earlier) yield pub.getDayOfYear() == 1 ? Values.onDay(pub) : Values.span(pub.withDayOfYear(1), pub.minusDays(1));
        yield Values.inYear(pub.getYear());
      }
      default -> null;
    };
    if (v == null) return null;
    if (n.isEmpty()) return null;
    return new DateMention(i, at + 2, v, Rules.DATE_RELATIVE);
  }

  /** "three years ago", "two days ago": counted back from publication. */
  private @Nullable DateMention ago(EnglishDocument d, int i, LocalDate pub) {
    NumberMention n = d.key(i).equals("a") || d.key(i).equals("an")
        ? NumberMention.cardinal(i, i + 1, java.math.BigDecimal.ONE, Rules.NUMBER_A_SCALE) : numbers.read(d, i, d.size());
    if (n == null || n.form() != NumberMention.Form.CARDINAL || n.value().scale() > 0) return null;
    String unit = d.key(n.to());
    if (!d.key(n.to() + 1).equals("ago")) return null;
    long v = n.value().longValue();
    DateValue value;
    if (unit.startsWith("day")) {
      value = Values.onDay(pub.minusDays(v));
    } else if (unit.startsWith("week")) {
      value = Values.onDay(pub.minusWeeks(v));
    } else if (unit.startsWith("month")) {
      YearMonth m = YearMonth.from(pub).minusMonths(v);
      value = Values.inMonth(m.getYear(), m.getMonthValue());
    } else if (unit.startsWith("year")) {
      value = Values.inYear(pub.getYear() - (int) v);
    } else {
      return null;
    }
    return new DateMention(i, n.to() + 2, value, Rules.DATE_YEARS_AGO);
  }

  /** "Nov. 3", "November 3rd, 2017", "July 2017", "in September". */
  private @Nullable DateMention monthFirst(EnglishDocument d, int i, @Nullable LocalDate pub) {
    Integer month = month(d, i);
    if (month == null) return null;
    int j = i + 1;
    if (d.key(j).equals(".") && !d.token(j).spaceBefore()) j++;
    if (d.key(j).equals("the") && day(d, j + 1) != null) j++;
    Integer day = day(d, j);
    if (day != null) {
      int end = j + 1;
      Integer year = null;
      int y = d.key(end).equals(",") ? end + 1 : end;
      if (yearAt(d, y) != null) {
        year = yearAt(d, y);
        end = y + 1;
      }
      LocalDate date = resolve(year, month, day, pub);
      if (date == null) return null;
      return new DateMention(i, end, Values.onDay(date), year != null ? Rules.DATE_FULL : Rules.DATE_MONTH_DAY);
    }
    Integer year = yearAt(d, j);
    if (year != null) return new DateMention(i, j + 1, Values.inMonth(year, month), Rules.DATE_MONTH);
    // a bare month needs a capital and a lead word: "may" is also a verb
    if (!d.token(i).capitalized() || !LEADS.contains(d.key(i - 1)) || pub == null) return null;
    int yearOf = month <= pub.getMonthValue() ? pub.getYear() : pub.getYear() - 1;
    return new DateMention(i, i + 1, Values.inMonth(yearOf, month), Rules.DATE_MONTH);
  }

  /** "3 November 2017", "10 September", "3rd of November". */
  private @Nullable DateMention dayFirst(EnglishDocument d, int i, @Nullable LocalDate pub) {
    Integer day = day(d, i);
    if (day == null) return null;
    int j = i + 1;
    if (d.key(j).equals("of")) j++;
    Integer month = month(d, j);
    if (month == null || !d.token(j).capitalized()) return null;
    int end = j + 1;
    if (d.key(end).equals(".") && !d.token(end).spaceBefore() && d.key(j).length() <= 4) end++;
    Integer year = yearAt(d, end);
    if (year != null) end++;
    LocalDate date = resolve(year, month, day, pub);
    if (date == null) return null;
    return new DateMention(i, end, Values.onDay(date), year != null ? Rules.DATE_FULL : Rules.DATE_MONTH_DAY);
  }

  /** "since 2014", "in 2019", "a 2021 coup". */
  private @Nullable DateMention year(EnglishDocument d, int i) {
    Integer year = yearAt(d, i);
    if (year == null) return null;
    if (lexicon.nouns.match(d, i + 1) != null || lexicon.units.match(d, i + 1) != null) return null;
    if (lexicon.quantifiers.matchEndingAt(d, i, Math.max(0, i - 3)) != null) return null;
    return new DateMention(i, i + 1, Values.inYear(year), Rules.DATE_YEAR);
  }

  /** early / mid / late / the end of a month or a year. */
  private @Nullable DateMention part(EnglishDocument d, int i, @Nullable LocalDate pub) {
    String k = d.key(i);
    int j;
    String part;
    if (k.equals("early") || k.equals("late") || k.equals("mid")) {
      part = k;
      j = i + 1;
      if (d.token(Math.min(j, d.size() - 1)).isDash()) j++;
    } else if (k.equals("end") && d.key(i + 1).equals("of")) {
      part = "end";
      j = i + 2;
    } else {
      return null;
    }
    if (j >= d.size()) return null;
    int from = part.equals("end") && d.key(i - 1).equals("the") ? i - 1 : i;
    if (part.equals("end") && d.key(from - 1).equals("at")) from--;
    Integer year = yearAt(d, j);
    if (year != null) {
      int[] m = switch (part) {
        case "early" -> new int[] {1, 5};
        case "mid" -> new int[] {5, 8};
        case "late" -> new int[] {8, 12};
        default -> new int[] {11, 12};
      };
      return new DateMention(from, j + 1, Values.span(LocalDate.of(year, m[0], 1),
          YearMonth.of(year, m[1]).atEndOfMonth()), Rules.DATE_PART);
    }
    Integer month = month(d, j);
    if (month == null || !d.token(j).capitalized()) return null;
    Integer y = yearAt(d, j + 1);
    int yearOf;
    if (y != null) yearOf = y;
    else if (pub != null) yearOf = month <= pub.getMonthValue() ? pub.getYear() : pub.getYear() - 1;
    else return null;
    YearMonth ym = YearMonth.of(yearOf, month);
    int[] days = switch (part) {
      case "early" -> new int[] {1, 10};
      case "mid" -> new int[] {11, 20};
      case "late" -> new int[] {21, ym.lengthOfMonth()};
      default -> new int[] {ym.lengthOfMonth() - 6, ym.lengthOfMonth()};
    };
    return new DateMention(from, y != null ? j + 2 : j + 1, Values.span(ym.atDay(days[0]), ym.atDay(days[1])),
        Rules.DATE_PART);
  }

  private static final Set<String> SPAN_JOINERS = Set.of("to", "through", "thru", "until", "till");

  /**
   * "between March 5 and 7", "from 5 to 7 March", "March 5-7", "July 13 through 15", "Aug 8 - Aug 12",
   * "from the 13th to the 15th of July": a span of days in one month.
   */
  private @Nullable DateMention span(EnglishDocument d, int i, @Nullable LocalDate pub) {
    String k = d.key(i);
    boolean between = k.equals("between");
    boolean lead = between || k.equals("from");
    int j = lead ? i + 1 : i;
    if (lead && d.key(j).equals("the")) j++;
    Integer month = month(d, j);
    int a = j;
    if (month != null) {
      a = j + 1;
      if (d.key(a).equals(".")) a++;
    }
    Integer first = day(d, a);
    if (first == null) return null;
    int joiner = a + 1;
    boolean dash = joiner < d.size() && d.token(joiner).isDash();
    boolean ok = dash || SPAN_JOINERS.contains(d.key(joiner)) || between && d.key(joiner).equals("and");
    if (!ok) return null;
    int b = joiner + 1;
    if (d.key(b).equals("the")) b++;
    Integer again = month(d, b);
    if (again != null && month != null && again.equals(month)) {
      b++;
      if (d.key(b).equals(".")) b++;
    }
    Integer second = day(d, b);
    if (second == null || second < first) return null;
    int end = b + 1;
    if (month == null) {
      if (d.key(end).equals("of")) end++;
      month = month(d, end);
      if (month == null) return null;
      end++;
      if (d.key(end).equals(".") && !d.token(end).spaceBefore()) end++;
    }
    Integer year = yearAt(d, end);
    if (year != null) end++;
    LocalDate lo = resolve(year, month, first, pub);
    LocalDate hi = resolve(year, month, second, pub);
    if (lo == null || hi == null || hi.isBefore(lo)) return null;
    return new DateMention(i, end, Values.span(lo, hi), Rules.DATE_SPAN);
  }

  private @Nullable Integer month(EnglishDocument d, int i) {
    if (i < 0 || i >= d.size() || !d.token(i).isWord()) return null;
    return lexicon.month(d, i);
  }

  private static @Nullable Integer day(EnglishDocument d, int i) {
    if (i < 0 || i >= d.size() || !d.token(i).isNumber()) return null;
    String s = d.key(i);
    if (s.length() > 2 && Character.isLetter(s.charAt(s.length() - 1))) s = s.substring(0, s.length() - 2);
    if (s.isEmpty() || s.length() > 2 || !Character.isDigit(s.charAt(0)) || !Character.isDigit(s.charAt(s.length() - 1))) {
      return null;
    }
    int v = Integer.parseInt(s);
    return v >= 1 && v <= 31 ? v : null;
  }

  private static @Nullable Integer yearAt(EnglishDocument d, int i) {
    if (i < 0 || i >= d.size() || !d.token(i).isNumber()) return null;
    String s = d.key(i);
    if (!d.token(i).isDigits(4, 4) || !(s.startsWith("19") || s.startsWith("20"))) return null;
    return Integer.parseInt(s);
  }

  /** A day of a month; without a year, the publication year unless that is too far ahead of it. */
  private static @Nullable LocalDate resolve(@Nullable Integer year, int month, int day, @Nullable LocalDate pub) {
    int y;
    if (year != null) {
      y = year;
    } else if (pub != null) {
      y = pub.getYear();
      if (day > YearMonth.of(y, month).lengthOfMonth()) return null;
      if (ChronoUnit.DAYS.between(pub, LocalDate.of(y, month, day)) > MONTH_DAY_MAX_AHEAD) y--;
    } else {
      return null;
    }
    if (day > YearMonth.of(y, month).lengthOfMonth()) return null;
    return LocalDate.of(y, month, day);
  }
}
