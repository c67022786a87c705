package org.crosscheck.arabic.internal;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Set;
import org.crosscheck.arabic.internal.DateWords.Rel;
import org.crosscheck.arabic.internal.DateWords.RelKind;
import org.crosscheck.arabic.internal.DateWords.MonthName;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Values;
import org.jspecify.annotations.Nullable;

/**
 * Rules of the calendar: numeric dates (2017/11/03، 3-11-2017), a day and a month with an optional
 * year (3 نوفمبر 2017، الثالث من الشهر الحالي), a month alone (سبتمبر الماضي) and years (عام 2014،
 * بين 2014 و2017). Part of one {@link DateScan}; not thread-safe, like the scan.
 */
final class CalendarDates extends DateRules {
  /** Words before a lone month name that make it a month (في آب، منذ مارس). */
  static final Set<String> MONTH_CUES = Set.of("في", "منذ", "حتي", "خلال", "شهر", "مطلع", "اوائل", "بدايه",
      "مستهل", "منتصف", "اواسط", "اواخر", "نهايه", "من", "الي", "قبل", "بعد", "طوال", "وفي", "ومنذ", "وحتي", "بشهر",
      "لشهر", "وشهر");
  /** Words before a four-digit number that make it a year. */
  static final Set<String> YEAR_CUES = Set.of("عام", "العام", "سنه", "السنه", "منذ", "في", "خلال", "حتي",
      "لعام", "للعام", "بعام", "والعام", "وعام", "ومنذ", "وفي", "وحتي", "عامي", "طوال");

  CalendarDates(DateScan scan) {
    super(scan);
  }

  // ---- numeric dates -------------------------------------------------------------------------

  @Nullable DateFound numeric(int i) {
    if (!(t.glued(i) && t.glued(i + 1) && t.glued(i + 2) && t.glued(i + 3) && t.isDigits(i + 2) && t.isDigits(i + 4))) {
      return null;
    }
    char s1 = t.source().text().charAt(t.start(i + 1));
    char s2 = t.source().text().charAt(t.start(i + 3));
    if (s1 != s2 || (s1 != '/' && s1 != '-' && s1 != '.') || !t.isPunct(i + 1, s1) || !t.isPunct(i + 3, s2)) return null;
    if (t.glued(i + 4) && (t.isPunct(i + 5, s1)) && t.isDigits(i + 6)) return null; // a longer chain: a phone number
    if (t.glued(i - 1) && (t.isDigits(i - 2) || t.isPunct(i - 1, '+'))) return null;
    String a = t.text(i);
    String b = t.text(i + 2);
    String c = t.text(i + 4);
    int y;
    int m;
    int d;
    if (a.length() == 4 && b.length() <= 2 && c.length() <= 2) {
      y = Integer.parseInt(a);
      m = Integer.parseInt(b);
      d = Integer.parseInt(c);
    } else if (c.length() == 4 && a.length() <= 2 && b.length() <= 2) {
      y = Integer.parseInt(c);
      d = Integer.parseInt(a);
      m = Integer.parseInt(b);
      if (m > 12 && d <= 12) {
        int x = m;
        m = d;
        d = x;
      }
    } else {
      return null;
    }
    LocalDate day = scan.date(y, m, d, t.span(i, i + 4));
    if (day == null) return new DateFound(i, i + 4, t.start(i), null, DateMatch.Resolution.UNRESOLVED,
        DateMatch.Qualifier.AT, "not a real date");
    return new DateFound(i, i + 4, t.start(i), Values.onDay(day), DateMatch.Resolution.EXPLICIT, DateMatch.Qualifier.AT,
        null);
  }
  // ---- day, month, year --------------------------------------------------------------------------

  /** A day number (digits, ordinal or definite tens up to 31), then an optional من, then a month. */
  @Nullable DateFound dayMonth(int i) {
    NumberParse n = numberAt[i];
    if (n == null) return null;
    int day = dayNumber(n);
    if (day < 1) return null;
    int k = n.lastToken() + 1;
    if (k >= t.size() || t.breakBefore(k)) return null;
    boolean min = t.isArabic(k) && t.text(k).equals("من");
    if (min) k++;
    DateFound month = monthLed(k, day, n);
    if (month == null) month = monthRefWithDay(k, day, n);
    if (month == null) month = scan.hijri.monthLed(k, day);
    if (month == null) return null;
    return month.from(i, n.normStart());
  }

  int dayNumber(NumberParse n) {
    NumberMatch m = n.match();
    if (m.value().scale() > 0 || m.value().signum() <= 0 || m.value().compareTo(java.math.BigDecimal.valueOf(31)) > 0) {
      return -1;
    }
    boolean ok = m.kind() == NumberMatch.Kind.ORDINAL
        || (m.kind() == NumberMatch.Kind.INTEGER && m.noun() == null && (n.plainLiteral() && m.text().length() <= 2
        || n.definite()));
    return ok ? m.value().intValue() : -1;
  }

  /**
   * A month name at {@code k} (with its twin and a year); with {@code day > 0} a day before it.
   * Lone ambiguous names need a cue.
   */
  @Nullable DateFound monthLed(int k, int day, @Nullable NumberParse dayNumber) {
    PhraseTable.Hit<MonthName> hit = words.months.match(t, k, true, true);
    if (hit == null) return null;
    int month = hit.value().month();
    int last = hit.last();
    boolean paired = false;
    // نوفمبر(تشرين الثاني)، أيلول/ سبتمبر، سبتمبر أيلول، تشرين الثاني/نوفمبر
    int j = last + 1;
    boolean open = false;
    if (t.isPunct(j, '(') || t.isPunct(j, '/') || t.isPunct(j, '-')) {
      open = t.isPunct(j, '(');
      j++;
    }
    if (j < t.size() && !t.breakBefore(j)) {
      PhraseTable.Hit<MonthName> twin = words.months.match(t, j, false);
      if (twin != null && twin.value().month() == month) {
        last = twin.last();
        paired = true;
        if (open && t.isPunct(last + 1, ')')) last++;
      }
    }
    // the year
    int yearValue = -1;
    int y = last + 1;
    if (t.isPunct(y, ',') || t.isPunct(y, '\u060C')) y++;
    if (t.isArabic(y) && t.text(y).equals("من") && t.isArabic(y + 1) && isYearWord(t.text(y + 1))) y += 2;
    else if (t.isArabic(y) && isYearWord(t.text(y))) y++;
    NumberParse yn = y < t.size() && !t.breakBefore(y) ? numberAt[y] : null;
    if (yn != null && yn.plainLiteral() && yn.match().text().length() == 4) {
      yearValue = yn.value().intValue();
      last = yn.lastToken();
      if (t.isArabic(last + 1) && t.text(last + 1).equals("م")) last++;
    }
    boolean cue = t.isArabic(k - 1) && MONTH_CUES.contains(t.text(k - 1));
    if (hit.value().ambiguous() && day < 0 && !paired && yearValue < 0 && !cue) return null;
    int normStart = hit.normStart();
    if (day > 0) {
      return dayOf(k, last, normStart, yearValue, month, day);
    }
    // a month alone: سبتمبر الماضي، نوفمبر الحالي
    RelKind mark = null;
    if (yearValue < 0 && last + 1 < t.size() && !t.breakBefore(last + 1)) {
      PhraseTable.Hit<Rel> after = words.relative.match(t, last + 1, false);
      if (after != null && (after.value().kind() == RelKind.PAST || after.value().kind() == RelKind.NEXT
          || after.value().kind() == RelKind.CURRENT)) {
        mark = after.value().kind();
        last = after.last();
      }
    }
    if (yearValue > 0) {
      return new DateFound(k, last, normStart, Values.inMonth(yearValue, month), DateMatch.Resolution.EXPLICIT,
          DateMatch.Qualifier.AT, null);
    }
    if (anchor == null) {
      return new DateFound(k, last, normStart, null, DateMatch.Resolution.UNRESOLVED, DateMatch.Qualifier.AT,
          "a month without a year needs the publication date");
    }
    YearMonth a = YearMonth.from(anchor);
    YearMonth ym;
    if (mark == RelKind.PAST) {
      ym = YearMonth.of(a.getYear(), month);
      if (!ym.isBefore(a)) ym = ym.minusYears(1);
    } else if (mark == RelKind.NEXT) {
      ym = YearMonth.of(a.getYear(), month);
      if (!ym.isAfter(a)) ym = ym.plusYears(1);
    } else if (mark == RelKind.CURRENT) {
      ym = YearMonth.of(a.getYear(), month);
    } else {
      ym = YearMonth.of(scan.yearFor(month, 1), month);
    }
    return new DateFound(k, last, normStart, Values.inMonth(ym.getYear(), ym.getMonthValue()),
        mark == null ? DateMatch.Resolution.YEAR_FROM_ANCHOR : DateMatch.Resolution.RELATIVE_TO_ANCHOR,
        DateMatch.Qualifier.AT, null);
  }

  DateFound dayOf(int k, int last, int normStart, int yearValue, int month, int day) {
    if (yearValue > 0) {
      LocalDate d = scan.date(yearValue, month, day, t.span(k, last));
      return new DateFound(k, last, normStart, d == null ? null : Values.onDay(d),
          d == null ? DateMatch.Resolution.UNRESOLVED : DateMatch.Resolution.EXPLICIT, DateMatch.Qualifier.AT,
          d == null ? "not a real date" : null);
    }
    if (anchor == null) {
      return new DateFound(k, last, normStart, null, DateMatch.Resolution.UNRESOLVED, DateMatch.Qualifier.AT,
          "a day and month without a year need the publication date");
    }
    int yr = scan.yearFor(month, day);
    LocalDate d = scan.date(yr, month, day, t.span(k, last));
    return new DateFound(k, last, normStart, d == null ? null : Values.onDay(d),
        d == null ? DateMatch.Resolution.UNRESOLVED : DateMatch.Resolution.YEAR_FROM_ANCHOR, DateMatch.Qualifier.AT,
        d == null ? "not a real date" : null);
  }

  /** "الشهر الحالي" and the like after a day: الحادي عشر من الشهر الحالي. */
  @Nullable DateFound monthRefWithDay(int k, int day, NumberParse n) {
    DateFound ref = monthRef(k);
    if (ref == null) return null;
    if (!(ref.value() instanceof DateValue.InMonth m)) {
      return ref.value() == null ? new DateFound(ref.first(), ref.last(), ref.normStart(), null,
          DateMatch.Resolution.UNRESOLVED, DateMatch.Qualifier.AT, ref.note()) : null;
    }
    LocalDate d = scan.date(m.month().getYear(), m.month().getMonthValue(), day, t.span(n.firstToken(), ref.last()));
    return new DateFound(ref.first(), ref.last(), ref.normStart(), d == null ? null : Values.onDay(d),
        d == null ? DateMatch.Resolution.UNRESOLVED : ref.resolution(), DateMatch.Qualifier.AT,
        d == null ? "not a real date" : null);
  }

  /** A month reference: a month name (with year) or الشهر [الحالي|الماضي|…] or هذا الشهر. */
  @Nullable DateFound monthRef(int k) {
    DateFound named = monthLed(k, -1, null);
    if (named != null) return named;
    PhraseTable.Hit<Rel> rel = words.relative.match(t, k, false);
    if (rel != null && rel.value().kind() == RelKind.MONTH) return scan.relative.anchored(rel, anchor == null ? null
        : YearMonth.from(anchor).plusMonths(rel.value().amount()));
    if (t.isArabic(k) && t.text(k).equals("الشهر")) {
      int last = k;
      if (t.isArabic(k + 1) && (t.text(k + 1).equals("نفسه") || t.text(k + 1).equals("ذاته"))) last = k + 1;
      YearMonth ym = null;
      if (last == k + 1 && scan.lastDay != null) ym = YearMonth.from(scan.lastDay);
      else if (last == k && anchor != null) ym = YearMonth.from(anchor);
      PhraseTable.Hit<Rel> self = new PhraseTable.Hit<>(new Rel(RelKind.MONTH, 0), k, last, t.start(k), false);
      DateFound f = scan.relative.anchored(self, ym);
      return f;
    }
    return null;
  }

  /** A year reference: العام [الحالي|الماضي] or a year number (with عام before it or not). */
  @Nullable DateFound yearRef(int k) {
    PhraseTable.Hit<Rel> rel = words.relative.match(t, k, false);
    if (rel != null && rel.value().kind() == RelKind.YEAR) {
      return scan.relative.anchored(rel, anchor == null ? null : Year.from(anchor).plusYears(rel.value().amount()));
    }
    int j = k;
    if (t.isArabic(j) && isYearWord(t.text(j))) j++;
    NumberParse n = numberAt[j];
    if (n != null && isYearNumber(n)) {
      return new DateFound(k, n.lastToken(), t.start(k), Values.inYear(n.value().intValue()), DateMatch.Resolution.EXPLICIT,
          DateMatch.Qualifier.AT, null);
    }
    if (j > k && t.text(k).equals("العام") && anchor != null) {
      return scan.relative.anchored(new PhraseTable.Hit<>(new Rel(RelKind.YEAR, 0), k, k, t.start(k), false), Year.from(anchor));
    }
    return null;
  }

  /** عام 2014، في العام 2014، في 2014، بين 2014 و2017، من 2014 إلى 2017. */
  @Nullable DateFound yearLed(int i) {
    String w = t.text(i);
    String bare = t.withoutConjunction(i);
    boolean cue = YEAR_CUES.contains(w) || YEAR_CUES.contains(bare);
    if (bare.equals("بين") || bare.equals("من")) {
      NumberParse a = numberAt[i + 1];
      if (a == null || !isYearNumber(a)) return null;
      int k = a.lastToken() + 1;
      if (t.isArabic(k) && (t.text(k).equals("و") || t.text(k).equals("الي") || t.text(k).equals("حتي"))) k++;
      else if (numberAt[k] == null || numberAt[k].conjunction() != 'و') return null;
      NumberParse b = numberAt[k];
      if (b == null || !isYearNumber(b) || b.value().compareTo(a.value()) < 0) return null;
      return new DateFound(i, b.lastToken(), t.start(i), Values.span(LocalDate.of(a.value().intValue(), 1, 1),
          LocalDate.of(b.value().intValue(), 12, 31)), DateMatch.Resolution.EXPLICIT, DateMatch.Qualifier.AT, null);
    }
    if (!cue) return null;
    int k = i + 1;
    if (bare.equals("في") && t.isArabic(k) && isYearWord(t.text(k))) k++;
    if (k >= t.size() || t.breakBefore(k)) return null;
    NumberParse n = numberAt[k];
    if (n == null || !n.plainLiteral() || n.match().text().length() != 4) return null;
    int last = n.lastToken();
    if (scan.hijri.isEraMark(last + 1)) {
      return scan.hijri.year(i, last + 1, t.start(i), n.value().intValue());
    }
    if (!isYearNumber(n)) return null;
    if (t.isArabic(last + 1) && t.text(last + 1).equals("م")) last++;
    boolean keepCue = isYearWord(bare) || (k == i + 2) || bare.equals("منذ") || bare.equals("حتي");
    int start = keepCue ? t.start(i) + (w.length() - bare.length()) : n.normStart();
    return new DateFound(keepCue ? i : k, last, start, Values.inYear(n.value().intValue()), DateMatch.Resolution.EXPLICIT,
        DateMatch.Qualifier.AT, null);
  }

  boolean isYearWord(String w) {
    return w.equals("عام") || w.equals("العام") || w.equals("سنه") || w.equals("السنه");
  }

  boolean isYearNumber(NumberParse n) {
    if (!n.plainLiteral() || n.match().text().length() != 4) return false;
    int v = n.value().intValue();
    return v >= 1900 && v <= 2100;
  }
}
