package org.crosscheck.arabic.internal;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Values;
import org.jspecify.annotations.Nullable;

/**
 * Dates that lean on another date of the same text, resolved after the date parser has read them
 * all. Two named rules:
 *
 * <ul>
 *   <li>{@code date.of-year}: a day or month whose year the parser took from the publication date,
 *       followed by "من" and a year ("أواخر كانون الثاني من العام الجاري"، "في أيلول من العام نفسه"،
 *       "في آذار من عام 2016"), lies in that year; the two become one match.
 *   <li>{@code date.same-as-before}: "اليوم نفسه"، "في اليوم ذاته"، "العام نفسه" is the day (or the
 *       year) of the nearest resolved date before it.
 * </ul>
 *
 * <p>Stateless; linear in the number of dates.
 */
final class DateAnaphora {
  private DateAnaphora() {}

  static List<DateMatch> resolve(String text, List<DateMatch> dates) {
    List<DateMatch> sorted = new ArrayList<>(dates);
    sorted.sort(java.util.Comparator.comparingInt(d -> d.span().start()));
    List<DateMatch> out = new ArrayList<>(sorted.size());
    @Nullable LocalDate lastDay = null;
    @Nullable Integer lastYear = null;
    for (int i = 0; i < sorted.size(); i++) {
      DateMatch d = sorted.get(i);
      if (!d.isResolved() && same(d.text())) {
        DateMatch r = sameAsBefore(d, lastDay, lastYear);
        d = r == null ? d : r;
      }
      DateMatch next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
      if (next != null && d.resolution() == DateMatch.Resolution.YEAR_FROM_ANCHOR && d.value() != null
          && joinedByMin(text, d.span().end(), next.span().start())) {
        Integer year = yearOf(next, lastYear);
        if (year != null) {
          DateValue moved = inYear(d.value(), year);
          if (moved != null) {
            d = new DateMatch(new Span(d.span().start(), next.span().end()),
                text.substring(d.span().start(), next.span().end()), moved,
                next.resolution() == DateMatch.Resolution.UNRESOLVED ? DateMatch.Resolution.RELATIVE_TO_DATE
                    : next.resolution(), d.qualifier(), "year from \u201c" + next.text() + "\u201d");
            i++;
          }
        }
      }
      if (d.resolution() == DateMatch.Resolution.YEAR_FROM_ANCHOR && d.value() != null && lastYear != null) {
        // "في أيلول من العام نفسه", where the parser reads no date in "العام نفسه"
        int end = sameYearAfter(text, d.span().end());
        DateValue moved = end < 0 ? null : inYear(d.value(), lastYear);
        if (moved != null) {
          d = new DateMatch(new Span(d.span().start(), end), text.substring(d.span().start(), end), moved,
              DateMatch.Resolution.RELATIVE_TO_DATE, d.qualifier(), "the year of the date before");
        }
      }
      out.add(d);
      if (d.value() instanceof DateValue.OnDay day) lastDay = day.day();
      DateValue value = d.value();
      LocalDate start = value == null ? null : value.range().start();
      if (start != null && (d.resolution() == DateMatch.Resolution.EXPLICIT || value instanceof DateValue.InYear
          || value instanceof DateValue.OnDay)) {
        lastYear = start.getYear();
      }
    }
    return out;
  }

  /** "نفسه"، "ذاته"، "نفسها"، "ذاتها": the same. */
  private static boolean same(String written) {
    String n = ArabicNormalizer.normalizeToString(written);
    return n.contains("نفس") || n.contains("ذات");
  }

  private static @Nullable DateMatch sameAsBefore(DateMatch d, @Nullable LocalDate lastDay, @Nullable Integer lastYear) {
    String n = ArabicNormalizer.normalizeToString(d.text());
    DateValue v = null;
    if (n.contains("اليوم") && lastDay != null) v = Values.onDay(lastDay);
    else if ((n.contains("العام") || n.contains("السنه")) && lastYear != null) v = Values.inYear(lastYear);
    if (v == null) return null;
    return new DateMatch(d.span(), d.text(), v, DateMatch.Resolution.RELATIVE_TO_DATE, d.qualifier(),
        "the same as the date before");
  }

  private static final java.util.regex.Pattern SAME_YEAR = java.util.regex.Pattern.compile(
      "^[\\s)]*من\\s+(العام|السنة|السنه|عام|سنة)\\s+(نفسه|ذاته|نفسها|ذاتها)");

  /** The end of "من العام نفسه" right after {@code from}, or -1. */
  private static int sameYearAfter(String text, int from) {
    java.util.regex.Matcher m = SAME_YEAR.matcher(text.substring(from, Math.min(text.length(), from + 30)));
    return m.find() ? from + m.end() : -1;
  }

  /** Only "من" (and spaces or a closing bracket) between two dates. */
  private static boolean joinedByMin(String text, int from, int to) {
    if (to <= from || to - from > 8) return false;
    String between = text.substring(from, to).replace(")", " ").strip();
    return between.equals("من");
  }

  private static @Nullable Integer yearOf(DateMatch next, @Nullable Integer lastYear) {
    if (next.value() instanceof DateValue.InYear y) return y.year().getValue();
    if (!next.isResolved() && same(next.text())) {
      String n = ArabicNormalizer.normalizeToString(next.text());
      if ((n.contains("العام") || n.contains("السنه")) && lastYear != null) return lastYear;
    }
    return null;
  }

  private static @Nullable DateValue inYear(DateValue v, int year) {
    if (v instanceof DateValue.OnDay d) {
      return d.day().getMonthValue() == 2 && d.day().getDayOfMonth() == 29 && !Year.isLeap(year) ? null
          : Values.onDay(d.day().withYear(year));
    }
    if (v instanceof DateValue.InMonth m) return Values.inMonth(year, m.month().getMonthValue());
    if (v instanceof DateValue.Span s && s.first().getYear() == s.last().getYear()) {
      YearMonth first = YearMonth.from(s.first());
      YearMonth last = YearMonth.from(s.last());
      if (!first.equals(last)) return null;
      return new DateValue.Span(s.first().withYear(year), s.last().withYear(year));
    }
    return null;
  }
}
