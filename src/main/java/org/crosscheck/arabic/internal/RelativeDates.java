package org.crosscheck.arabic.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.crosscheck.arabic.internal.DateWords.Rel;
import org.crosscheck.arabic.internal.DateWords.RelKind;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Values;
import org.jspecify.annotations.Nullable;

/**
 * Rules of dates words.relative to the anchor or to the date before in the text: اليوم، أمس، الأسبوع
 * الماضي, a weekday, parts of a month or year (مطلع الشهر), غداة / عشية and اليوم التالي. Part of
 * one {@link DateScan}; not thread-safe, like the scan.
 */
final class RelativeDates extends DateRules {
  RelativeDates(DateScan scan) {
    super(scan);
  }

  // ---- words.relative words ------------------------------------------------------------------------

  @Nullable DateFound relativeLed(PhraseTable.Hit<Rel> hit) {
    Rel r = hit.value();
    int i = hit.first();
    int next = hit.last() + 1;
    switch (r.kind()) {
      case DAY -> {
        if (r.amount() == 0 && !todayMeansToday(i, next)) return null;
        DateFound f = withWeekdayCheck(anchored(hit, anchor == null ? null : anchor.plusDays(r.amount())), next);
        // "اليوم الأربعاء 20 حزيران 2018": the day word, its weekday and the date written out are one
        // date, and the date written out wins (a text dated the day before it was published)
        int k = f.last() + 1;
        if (k < t.size() && !t.breakBefore(k) && (t.isDigits(k) || numberAt[k] != null)) {
          DateFound written = scan.at(k);
          if (written != null && written.value() instanceof DateValue.OnDay) return written.from(i, hit.normStart());
        }
        return f;
      }
      case WEEK -> {
        if (anchor == null) return anchored(hit, null);
        LocalDate lo = null;
        LocalDate hi = null;
        for (DayOfWeek firstDay : new DayOfWeek[] {DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY}) {
          LocalDate start = anchor.with(TemporalAdjusters.previousOrSame(firstDay)).plusWeeks(r.amount());
          LocalDate end = start.plusDays(6);
          lo = lo == null || start.isBefore(lo) ? start : lo;
          hi = hi == null || end.isAfter(hi) ? end : hi;
        }
        // three weeks were tried, so both ends are set
        return new DateFound(i, hit.last(), hit.normStart(),
            Values.span(java.util.Objects.requireNonNull(lo), java.util.Objects.requireNonNull(hi)),
            DateMatch.Resolution.RELATIVE_TO_ANCHOR,
            DateMatch.Qualifier.AT, "any of the Saturday-, Sunday- or Monday-start weeks");
      }
      case MONTH -> {
        return anchored(hit, anchor == null ? null : YearMonth.from(anchor).plusMonths(r.amount()));
      }
      case YEAR -> {
        return anchored(hit, anchor == null ? null : Year.from(anchor).plusYears(r.amount()));
      }
      case RECENT -> {
        if (anchor == null) return anchored(hit, null);
        return new DateFound(i, hit.last(), hit.normStart(), Values.onOrBefore(anchor),
            DateMatch.Resolution.RELATIVE_TO_ANCHOR, DateMatch.Qualifier.AT, null);
      }
      case START, MIDDLE, END -> {
        return part(hit);
      }
      case NEXT_DAY, PREVIOUS_DAY, SAME_DAY -> {
        return dayAfter(hit);
      }
      case PART_OF_DAY -> {
        if (next >= t.size() || t.breakBefore(next)) return null;
        DateFound f = scan.at(next);
        if (f == null || !(f.value() == null || f.value() instanceof DateValue.OnDay)) return null;
        return f.from(i, hit.normStart());
      }
      default -> {
        return null;
      }
    }
  }

  /** "اليوم" is today unless it is "that day", "the first day" and the like. */
  boolean todayMeansToday(int i, int next) {
    if (t.isArabic(i - 1)) {
      String p = t.text(i - 1);
      if (p.equals("ذلك") || p.equals("نفس") || p.equals("ذات")) return false;
    }
    if (numberAt[next] != null && numberAt[next].kind() == NumberMatch.Kind.ORDINAL && numberAt[next].firstToken() == next) {
      return false;
    }
    return true;
  }

  DateFound anchored(PhraseTable.Hit<Rel> hit, @Nullable Object value) {
    DateValue v = value == null ? null
        : value instanceof LocalDate d ? Values.onDay(d)
        : value instanceof YearMonth ym ? Values.inMonth(ym.getYear(), ym.getMonthValue())
        : Values.inYear(((Year) value).getValue());
    return new DateFound(hit.first(), hit.last(), hit.normStart(), v, DateMatch.Resolution.RELATIVE_TO_ANCHOR,
        DateMatch.Qualifier.AT, v == null ? "words.relative to the publication date, which was not given" : null);
  }

  /** A weekday right after a day word (أمس الأحد): include it and check it. */
  DateFound withWeekdayCheck(DateFound f, int next) {
    DayOfWeek w = weekdayAt(next);
    if (w == null || t.breakBefore(next)) return f;
    DateFound g = f.withLast(next);
    if (f.value() instanceof DateValue.OnDay d) {
      if (d.day().getDayOfWeek() != w) {
        diagnostics.add(new Diagnostic("date.weekday-mismatch", "\"" + t.originalText(f.first(), next) + "\" resolves to "
            + d.day() + ", a " + ArabicDateParser.dayName(d.day().getDayOfWeek())
            + ", not a " + ArabicDateParser.dayName(w) + "; check the anchor date",
            t.span(f.first(), next)));
        return g.withNote("weekday disagrees with the anchor");
      }
      return g.withNote("weekday agrees");
    }
    return g;
  }

  /** مطلع الشهر، أوائل سبتمبر، أواخر العام الماضي، منتصف 2014. */
  @Nullable DateFound part(PhraseTable.Hit<Rel> hit) {
    RelKind kind = hit.value().kind();
    int k = hit.last() + 1;
    if (k >= t.size() || t.breakBefore(k)) return null;
    DateFound ref = scan.calendar.monthRef(k);
    if (ref == null) ref = scan.calendar.yearRef(k);
    if (ref == null) return null;
    DateValue v = ref.value();
    DateValue part = null;
    if (v instanceof DateValue.InMonth m) {
      YearMonth ym = m.month();
      int lo = kind == RelKind.START ? 1 : kind == RelKind.MIDDLE ? 11 : 21;
      int hi = kind == RelKind.START ? 10 : kind == RelKind.MIDDLE ? 20 : ym.lengthOfMonth();
      part = Values.span(ym.atDay(lo), ym.atDay(hi));
    } else if (v instanceof DateValue.InYear y) {
      int lo = kind == RelKind.START ? 1 : kind == RelKind.MIDDLE ? 5 : 9;
      LocalDate first = y.year().atMonth(lo).atDay(1);
      part = Values.span(first, first.plusMonths(4).minusDays(1));
    } else if (v != null) {
      return null;
    }
    return new DateFound(hit.first(), ref.last(), hit.normStart(), part, ref.resolution(), DateMatch.Qualifier.AT, ref.note());
  }

  /** غداة، اليوم التالي، في اليوم نفسه، عشية. */
  @Nullable DateFound dayAfter(PhraseTable.Hit<Rel> hit) {
    RelKind kind = hit.value().kind();
    int shift = kind == RelKind.NEXT_DAY ? 1 : kind == RelKind.PREVIOUS_DAY ? -1 : 0;
    int k = hit.last() + 1;
    boolean connective = hit.last() == hit.first() && (t.text(hit.first()).endsWith("غداه")
        || t.text(hit.first()).endsWith("عشيه"));
    if (connective && k < t.size() && !t.breakBefore(k)) {
      DateFound ref = scan.at(k);
      if (ref != null) {
        DateValue v = ref.value() instanceof DateValue.OnDay d ? Values.onDay(d.day().plusDays(shift)) : null;
        return new DateFound(hit.first(), ref.last(), hit.normStart(), v, DateMatch.Resolution.RELATIVE_TO_DATE,
            DateMatch.Qualifier.AT, v == null ? "the date after " + t.originalText(hit.first(), hit.first()) + " is not a day" : null);
      }
      // غداة + an event: the event is dated by the date just before in the same sentence
      int last = t.isArabic(k) ? k : hit.last();
      if (t.isArabic(k + 1) && !t.breakBefore(k + 1) && last == k) last = k + 1;
      if (scan.lastDay != null && sameSentence(scan.lastDayToken, hit.first())) {
        LocalDate event = scan.lastDay.minusDays(shift);
        return new DateFound(hit.first(), last, hit.normStart(), Values.onDay(event), DateMatch.Resolution.RELATIVE_TO_DATE,
            DateMatch.Qualifier.AT, "the event named after " + t.originalText(hit.first(), hit.first()) + " is dated from " + scan.lastDay);
      }
      return new DateFound(hit.first(), last, hit.normStart(), null, DateMatch.Resolution.UNRESOLVED, DateMatch.Qualifier.AT,
          DateMatch.EVENT_RELATIVE);
    }
    if (connective) return null;
    if (scan.lastDay == null) {
      return new DateFound(hit.first(), hit.last(), hit.normStart(), null, DateMatch.Resolution.UNRESOLVED,
          DateMatch.Qualifier.AT, "words.relative to a date the text has not given");
    }
    return new DateFound(hit.first(), hit.last(), hit.normStart(), Values.onDay(scan.lastDay.plusDays(shift)),
        DateMatch.Resolution.RELATIVE_TO_DATE, DateMatch.Qualifier.AT, "from " + scan.lastDay);
  }

  boolean sameSentence(int a, int b) {
    if (a < 0) return false;
    for (int k = a + 1; k < b; k++) {
      if (t.isSentenceEnd(k) || t.breakBefore(k)) return false;
    }
    return !t.breakBefore(b);
  }

  // ---- words.weekdays ------------------------------------------------------------------------------

  @Nullable DayOfWeek weekdayAt(int k) {
    if (!t.isArabic(k)) return null;
    return words.weekdays.get(t.withoutConjunction(k));
  }

  @Nullable DateFound weekday(int i) {
    int k = i;
    int normStart = t.start(i);
    String w = t.text(i);
    if (t.withoutConjunction(i).equals("يوم") && !t.breakBefore(i + 1) && weekdayAt(i + 1) != null) {
      k = i + 1;
      normStart = t.start(i) + (w.length() - stripConj(w).length());
    } else if (weekdayAt(i) != null) {
      normStart = t.start(i) + (w.length() - stripConj(w).length());
    } else {
      return null;
    }
    DayOfWeek day = weekdayAt(k);
    int next = k + 1;
    // الجمعة 2017/11/03، الجمعة الموافق 3 نوفمبر
    int j = next;
    if (t.isArabic(j) && t.text(j).equals("الموافق")) j++;
    if (t.isPunct(j, ',') || t.isPunct(j, '\u060C')) j++;
    if (j < t.size() && !t.breakBefore(j)) {
      DateFound explicit = t.isDigits(j) ? scan.calendar.numeric(j) : null;
      if (explicit == null) explicit = scan.calendar.dayMonth(j);
      if (explicit != null) {
        DateFound f = explicit.from(i, normStart);
        if (f.value() instanceof DateValue.OnDay d) {
          if (day != null && d.day().getDayOfWeek() != day) {
            diagnostics.add(new Diagnostic("date.weekday-mismatch", d.day() + " is a "
                + ArabicDateParser.dayName(d.day().getDayOfWeek()) + ", not a "
                + ArabicDateParser.dayName(day) + "; the date is kept", t.span(i, f.last())));
            return f.withNote("weekday disagrees with the date");
          }
          return f.withNote("weekday agrees");
        }
        return f;
      }
    }
    RelKind mark = null;
    int last = k;
    PhraseTable.Hit<Rel> after = next < t.size() && !t.breakBefore(next) ? words.relative.match(t, next, false) : null;
    if (after != null && (after.value().kind() == RelKind.PAST || after.value().kind() == RelKind.NEXT)) {
      mark = after.value().kind();
      last = after.last();
    } else if (futureCueBefore(i)) {
      mark = RelKind.FUTURE_CUE;
    }
    if (anchor == null) {
      return new DateFound(i, last, normStart, null, DateMatch.Resolution.UNRESOLVED, DateMatch.Qualifier.AT,
          "a weekday needs the publication date");
    }
    LocalDate d;
    if (mark == RelKind.PAST) d = anchor.with(TemporalAdjusters.previous(day));
    else if (mark == RelKind.NEXT) d = anchor.with(TemporalAdjusters.next(day));
    else if (mark == RelKind.FUTURE_CUE) d = anchor.with(TemporalAdjusters.nextOrSame(day));
    else d = anchor.with(TemporalAdjusters.previousOrSame(day));
    return new DateFound(i, last, normStart, Values.onDay(d), DateMatch.Resolution.RELATIVE_TO_ANCHOR, DateMatch.Qualifier.AT,
        mark == RelKind.FUTURE_CUE ? "future tense: the next such day" : null);
  }

  boolean futureCueBefore(int i) {
    for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
      if (t.isSentenceEnd(k) || t.breakBefore(k + 1)) return false;
      if (t.isArabic(k)) {
        PhraseTable.Hit<Rel> r = words.relative.match(t, k, true);
        if (r != null && r.value().kind() == RelKind.FUTURE_CUE) return true;
        if (ArabicDateParser.isFutureVerb(t.text(k))) return true;
      }
    }
    return false;
  }
}
