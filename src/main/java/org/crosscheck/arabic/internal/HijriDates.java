package org.crosscheck.arabic.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.ValueRange;
import java.util.Locale;
import org.crosscheck.arabic.internal.DateWords.MonthName;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Values;
import org.jspecify.annotations.Nullable;

/**
 * Rules of Hijri dates, converted to Gregorian days with {@link HijrahChronology} (the Umm al-Qura
 * calendar the JDK ships):
 *
 * <ul>
 *   <li>{@code date.hijri-day}: a day and a Hijri month, with an optional Hijri year (15 صفر 1439 هـ،
 *       الخامس عشر من رمضان) is that day;
 *   <li>{@code date.hijri-month}: a Hijri month with a Hijri year (رمضان 1438) is the span of its days;
 *   <li>{@code date.hijri-year}: a Hijri year marked as one (عام 1439 هـ) is the span of its days;
 *   <li>{@code date.hijri-year-rule}: without a year, the Hijri year of the anchor, unless that puts
 *       the first day of the month more than {@link ArabicDateParser#YEAR_RULE_DAYS} days after the
 *       anchor; then the Hijri year before (the Gregorian year rule, in the Hijri calendar).
 * </ul>
 *
 * A month name that is also a common word ({@code ambiguous} in {@code hijri-months.txt}) needs a year
 * after it or شهر before it. A year outside the range the chronology supports (1300 to 1600 AH) is not
 * converted: the date is kept unresolved with a {@code date.hijri-out-of-range} diagnostic. Part of
 * one {@link DateScan}; not thread-safe, like the scan.
 */
final class HijriDates extends DateRules {
  /** The Hijri years {@link HijrahChronology} converts (1300 to 1600 AH with the JDK's Umm al-Qura data). */
  static final ValueRange SUPPORTED_YEARS = HijrahChronology.INSTANCE.range(ChronoField.YEAR);

  HijriDates(DateScan scan) {
    super(scan);
  }

  /**
   * A Hijri month name at {@code k}, with {@code day > 0} read after a day number, then an optional
   * Hijri year and era mark (هـ، هجري، هجرية، للهجرة).
   */
  @Nullable DateFound monthLed(int k, int day) {
    PhraseTable.Hit<MonthName> hit = words.hijriMonths.match(t, k, day < 0, day < 0);
    if (hit == null) return null;
    int month = hit.value().month();
    int last = hit.last();
    int year = -1;
    int y = last + 1;
    if (t.isPunct(y, ',') || t.isPunct(y, '\u060C')) y++;
    NumberParse yn = y < t.size() && !t.breakBefore(y) ? numberAt[y] : null;
    if (yn != null && yn.plainLiteral() && yn.match().text().length() >= 3 && yn.match().text().length() <= 4) {
      year = yn.value().intValue();
      last = yn.lastToken();
      if (isEraMark(last + 1)) last++;
    }
    boolean cue = t.isArabic(k - 1) && (t.text(k - 1).equals("شهر") || t.text(k - 1).equals("لشهر")
        || t.text(k - 1).equals("بشهر"));
    if (hit.value().ambiguous() && year < 0 && !cue) return null;
    if (day < 0 && year < 0 && !cue && !CalendarDates.MONTH_CUES.contains(t.text(k - 1))) return null;
    int normStart = hit.normStart();
    if (year < 0 && anchor == null) {
      return new DateFound(k, last, normStart, null, DateMatch.Resolution.UNRESOLVED, DateMatch.Qualifier.AT,
          "a Hijri month without a year needs the publication date");
    }
    DateMatch.Resolution resolution = year < 0 ? DateMatch.Resolution.YEAR_FROM_ANCHOR : DateMatch.Resolution.EXPLICIT;
    if (year < 0) year = yearFor(month);
    if (!SUPPORTED_YEARS.isValidValue(year)) return outOfRange(k, last, normStart, year);
    HijrahDate first = HijrahChronology.INSTANCE.date(year, month, 1);
    if (day > 0) {
      if (day > first.lengthOfMonth()) {
        diagnostics.add(new Diagnostic("date.invalid", String.format(Locale.ROOT,
            "Hijri %04d-%02d-%02d is not a real date: the month has %d days in the Umm al-Qura calendar", year, month,
            day, first.lengthOfMonth()), t.span(k, last)));
        return new DateFound(k, last, normStart, null, DateMatch.Resolution.UNRESOLVED, DateMatch.Qualifier.AT,
            "not a real date");
      }
      LocalDate d = LocalDate.from(first.plus(day - 1L, ChronoUnit.DAYS));
      return new DateFound(k, last, normStart, Values.onDay(d), resolution, DateMatch.Qualifier.AT,
          note("date.hijri-day", year, month, day));
    }
    LocalDate from = LocalDate.from(first);
    DateValue v = Values.span(from, from.plusDays(first.lengthOfMonth() - 1L));
    return new DateFound(k, last, normStart, v, resolution, DateMatch.Qualifier.AT, note("date.hijri-month", year, month, 0));
  }

  /** Whether token {@code i} marks the year before it as Hijri: هـ، هجري، هجرية، للهجرة. */
  boolean isEraMark(int i) {
    if (!t.isArabic(i) || t.breakBefore(i)) return false;
    String w = t.text(i);
    return w.equals("ه") || w.startsWith("هجري") || w.equals("للهجره");
  }

  /** A Hijri year read by the calendar rules at tokens {@code first..last}: the span of its days. */
  DateFound year(int first, int last, int normStart, int year) {
    if (!SUPPORTED_YEARS.isValidValue(year)) return outOfRange(first, last, normStart, year);
    HijrahDate start = HijrahChronology.INSTANCE.date(year, 1, 1);
    LocalDate from = LocalDate.from(start);
    DateValue v = Values.span(from, from.plusDays(start.lengthOfYear() - 1L));
    return new DateFound(first, last, normStart, v, DateMatch.Resolution.EXPLICIT, DateMatch.Qualifier.AT,
        note("date.hijri-year", year, 0, 0));
  }

  private DateFound outOfRange(int first, int last, int normStart, int year) {
    diagnostics.add(new Diagnostic("date.hijri-out-of-range", "Hijri year " + year + " is outside the years the"
        + " Umm al-Qura calendar converts (" + SUPPORTED_YEARS.getMinimum() + " to " + SUPPORTED_YEARS.getMaximum()
        + " AH); the date is kept unresolved, check the year", t.span(first, last)));
    return new DateFound(first, last, normStart, null, DateMatch.Resolution.UNRESOLVED, DateMatch.Qualifier.AT,
        "a Hijri year outside " + SUPPORTED_YEARS.getMinimum() + ".." + SUPPORTED_YEARS.getMaximum() + " AH");
  }

  /** Rule {@code date.hijri-year-rule}: the Hijri year of a year-less Hijri month. */
  private int yearFor(int month) {
    HijrahDate a = HijrahDate.from(anchor);
    int year = a.get(ChronoField.YEAR);
    try {
      LocalDate monthStart = LocalDate.from(HijrahChronology.INSTANCE.date(year, month, 1));
      return ChronoUnit.DAYS.between(anchor, monthStart) > ArabicDateParser.YEAR_RULE_DAYS ? year - 1 : year;
    } catch (DateTimeException e) {
      return year;
    }
  }

  private static String note(String rule, int year, int month, int day) {
    String date = month == 0 ? Integer.toString(year) : day == 0 ? String.format(Locale.ROOT, "%d-%02d", year, month)
        : String.format(Locale.ROOT, "%d-%02d-%02d", year, month, day);
    return "Hijri " + date + " AH, Umm al-Qura calendar (" + rule + ")";
  }
}
