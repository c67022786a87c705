package org.crosscheck.arabic.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Unit;
import org.crosscheck.value.Values;
import org.jspecify.annotations.Nullable;

/**
 * Rules of counted offsets and spans of days: بعد خمسة أيام، قبل أسبوعين، منذ ثلاثة أشهر، خلال العشرة
 * أيام الأولى من الشهر. Part of one {@link DateScan}; not thread-safe, like the scan.
 */
final class DateOffsets extends DateRules {
  DateOffsets(DateScan scan) {
    super(scan);
  }

  // ---- counted offsets -----------------------------------------------------------------------

  /** Time units in the singular, which alone mean one of them (قبل أسبوع: a week ago). */
  private static final java.util.Set<String> SINGLE_UNITS = java.util.Set.of("يوم", "اسبوع", "شهر", "عام", "سنه");

  /**
   * بعد خمسة أيام، قبل أسبوعين، منذ ثلاثة أشهر، قبل أسبوع: an offset from the date before or from the
   * anchor.
   */
  @Nullable DateFound ago(int i) {
    String w = t.text(i);
    String bare = t.withoutConjunction(i);
    int dir = bare.equals("بعد") ? 1 : bare.equals("قبل") ? -1 : bare.equals("منذ") ? -1 : 0;
    if (dir == 0) return null;
    int k = i + 1;
    NumberParse n = k < t.size() && !t.breakBefore(k) ? numberAt[k] : null;
    if (n == null && !bare.equals("بعد") && t.isArabic(k) && !t.breakBefore(k) && SINGLE_UNITS.contains(t.text(k))
        && anchor != null) {
      // قبل أسبوع، منذ عام: a unit with no number is one of it
      Unit one = words.timeUnits.get(t.text(k));
      if (one != null) {
        boolean since = bare.equals("منذ");
        return new DateFound(i, k, t.start(i) + (w.length() - bare.length()), shifted(anchor, one, -1),
            DateMatch.Resolution.RELATIVE_TO_ANCHOR, since ? DateMatch.Qualifier.SINCE : DateMatch.Qualifier.AT, null);
      }
    }
    if (n == null || n.kind() != NumberMatch.Kind.INTEGER || n.value().signum() <= 0
        || n.value().compareTo(java.math.BigDecimal.valueOf(10000)) > 0) {
      return null;
    }
    Unit unit;
    int last;
    if (n.match().noun() != null) {
      unit = words.timeUnits.get(Lexicon.key(n.match().noun()));
      last = n.lastToken();
    } else {
      int u = n.lastToken() + 1;
      unit = t.isArabic(u) && !t.breakBefore(u) ? words.timeUnits.get(t.text(u)) : null;
      last = u;
    }
    if (unit == null || unit.equals(Unit.HOUR) || unit.equals(Unit.MINUTE)) return null;
    long amount = n.value().longValue();
    int normStart = t.start(i) + (w.length() - bare.length());
    boolean since = bare.equals("منذ");
    DateMatch.Qualifier q = since ? DateMatch.Qualifier.SINCE : DateMatch.Qualifier.AT;
    // … من <date>: words.relative to that date; … من <event>: unknown
    if (t.isArabic(last + 1) && t.text(last + 1).equals("من") && !since) {
      DateFound ref = scan.at(last + 2);
      if (ref != null && ref.value() instanceof DateValue.OnDay d) {
        return new DateFound(i, ref.last(), normStart, shifted(d.day(), unit, dir * amount),
            DateMatch.Resolution.RELATIVE_TO_DATE, q, "from " + d.day());
      }
      return new DateFound(i, last, normStart, null, DateMatch.Resolution.UNRESOLVED, q, DateMatch.EVENT_RELATIVE);
    }
    boolean fromText = dir > 0 && scan.lastDay != null;
    LocalDate base = fromText ? scan.lastDay : anchor;
    if (base == null) {
      return new DateFound(i, last, normStart, null, DateMatch.Resolution.UNRESOLVED, q,
          "an offset needs the publication date or an earlier date in the text");
    }
    return new DateFound(i, last, normStart, shifted(base, unit, dir * amount),
        fromText ? DateMatch.Resolution.RELATIVE_TO_DATE : DateMatch.Resolution.RELATIVE_TO_ANCHOR, q,
        fromText ? "from " + scan.lastDay : null);
  }

  DateValue shifted(LocalDate base, Unit unit, long amount) {
    if (unit.equals(Unit.DAY)) return Values.onDay(base.plusDays(amount));
    if (unit.equals(Unit.WEEK)) return Values.onDay(base.plusWeeks(amount));
    if (unit.equals(Unit.MONTH)) {
      YearMonth ym = YearMonth.from(base).plusMonths(amount);
      return Values.inMonth(ym.getYear(), ym.getMonthValue());
    }
    return Values.inYear(base.getYear() + (int) amount);
  }

  /** خلال العشرة أيام الأولى من الشهر، الأيام العشرة الأخيرة من سبتمبر، الأسبوع الأول من الشهر. */
  @Nullable DateFound daySpan(int i) {
    int k = i;
    int normStart = t.start(i);
    String w = t.text(k);
    if (stripConj(w).equals("خلال") || w.equals("في") || w.equals("وفي")) {
      k++;
    }
    int count = -1;
    int j = k;
    boolean first;
    if (t.isArabic(j) && (t.text(j).equals("الايام") || t.text(j).equals("الاسبوع"))) {
      boolean week = t.text(j).equals("الاسبوع");
      j++;
      if (week) {
        count = 7;
      } else {
        NumberParse n = numberAt[j];
        if (n == null || n.kind() != NumberMatch.Kind.INTEGER) return null;
        count = n.value().intValue();
        j = n.lastToken() + 1;
      }
    } else {
      NumberParse n = numberAt[j];
      if (n == null || n.kind() != NumberMatch.Kind.INTEGER || n.value().scale() > 0) return null;
      count = n.value().intValue();
      j = n.lastToken() + 1;
      if (!(t.isArabic(j) && (t.text(j).equals("ايام") || t.text(j).equals("يوما") || t.text(j).equals("الايام")))) {
        return null;
      }
      j++;
    }
    if (!t.isArabic(j)) return null;
    String which = t.text(j);
    if (which.equals("الاولي") || which.equals("الاول")) first = true;
    else if (which.equals("الاخيره") || which.equals("الاخير")) first = false;
    else return null;
    j++;
    if (!(t.isArabic(j) && t.text(j).equals("من"))) return null;
    DateFound ref = scan.calendar.monthRef(j + 1);
    if (ref == null || count < 1 || count > 31) return null;
    if (!(ref.value() instanceof DateValue.InMonth m)) {
      return ref.value() == null ? new DateFound(i, ref.last(), normStart, null, DateMatch.Resolution.UNRESOLVED,
          DateMatch.Qualifier.AT, ref.note()) : null;
    }
    YearMonth ym = m.month();
    int n = Math.min(count, ym.lengthOfMonth());
    DateValue v = first ? Values.span(ym.atDay(1), ym.atDay(n))
        : Values.span(ym.atDay(ym.lengthOfMonth() - n + 1), ym.atEndOfMonth());
    return new DateFound(i, ref.last(), normStart, v, ref.resolution(), DateMatch.Qualifier.AT, null);
  }
}
