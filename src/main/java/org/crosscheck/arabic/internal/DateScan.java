package org.crosscheck.arabic.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.arabic.internal.DateWords.Rel;
import org.crosscheck.value.DateValue;
import org.jspecify.annotations.Nullable;

/**
 * One pass of the date rules over the tokens of a text: at each token the rule families are tried in
 * a fixed order ({@link CalendarDates}, {@link RelativeDates}, {@link DateOffsets}, {@link
 * HijriDates}), the first that reads a date wins, and the scan goes on after it. Remembers the last
 * day it read, which dates "the day after" and "five days later". Not thread-safe: one scan per
 * text.
 */
final class DateScan {
  final Tokens t;
  final NumberParse[] numberAt;
  final @Nullable LocalDate anchor;
  final List<Diagnostic> diagnostics;
  final DateWords words;
  final List<DateMatch> out = new ArrayList<>();
  @Nullable LocalDate lastDay;
  int lastDayToken = -1;
  final CalendarDates calendar;
  final RelativeDates relative;
  final DateOffsets offsets;
  final HijriDates hijri;

  DateScan(DateWords words, Tokens t, List<NumberParse> found, @Nullable LocalDate anchor,
      List<Diagnostic> diagnostics) {
    this.words = words;
    this.t = t;
    this.anchor = anchor;
    this.diagnostics = diagnostics;
    this.numberAt = new NumberParse[t.size() + 2];
    for (NumberParse p : found) numberAt[p.firstToken()] = p;
    this.calendar = new CalendarDates(this);
    this.relative = new RelativeDates(this);
    this.offsets = new DateOffsets(this);
    this.hijri = new HijriDates(this);
  }

  List<DateMatch> run() {
    int i = 0;
    while (i < t.size()) {
      DateFound f = qualified(i);
      if (f == null) {
        i++;
        continue;
      }
      emit(f);
      i = f.last() + 1;
    }
    return out;
  }

  void emit(DateFound f) {
    Span span = t.source().toOriginal(f.normStart(), t.end(f.last()));
    DateMatch.Resolution res = f.value() == null ? DateMatch.Resolution.UNRESOLVED : f.resolution();
    String note = f.note();
    if (f.value() == null) {
      if (note == null) note = anchor == null ? "no anchor date; pass the publication date" : "cannot be resolved";
      diagnostics.add(new Diagnostic("date.unresolved", "\"" + span.of(t.source().original()) + "\": " + note, span));
    }
    out.add(new DateMatch(span, span.of(t.source().original()), f.value(), res, f.qualifier(), note));
    if (f.value() instanceof DateValue.OnDay d) {
      lastDay = d.day();
      lastDayToken = f.last();
    }
  }

  /**
   * Whether a date may start at Arabic token {@code i}: a number starts there, or its word may start
   * one ({@link DateWords#mayStartDate}); {@code false} means neither {@link #wordLed} nor {@link
   * #qualified} reads a date there.
   */
  private boolean mayStartAt(int i) {
    if (numberAt[i] != null) return true;
    Term term = t.term(i);
    return term == null || words.mayStartDate(term);
  }

  /** A date at {@code i}, with منذ / حتى before it read as a qualifier. */
  @Nullable DateFound qualified(int i) {
    if (t.isArabic(i)) {
      if (!mayStartAt(i)) return null;
      String w = t.withoutConjunction(i);
      DateMatch.Qualifier q = w.equals("منذ") ? DateMatch.Qualifier.SINCE
          : w.equals("حتي") ? DateMatch.Qualifier.UNTIL : null;
      if (q != null && i + 1 < t.size() && !t.breakBefore(i + 1)) {
        DateFound f = offsets.ago(i);
        if (f != null) return f;
        f = calendar.yearLed(i);
        if (f != null) return f.with(q);
        f = at(i + 1);
        if (f != null) {
          int start = t.start(i) + (t.text(i).length() - w.length());
          return f.from(i, start).with(q);
        }
      }
    }
    return at(i);
  }

  @Nullable DateFound at(int i) {
    DateFound f;
    if (t.isDigits(i) && (f = calendar.numeric(i)) != null) return f;
    if (t.isArabic(i)) {
      if ((f = wordLed(i)) != null) return f;
    }
    if (numberAt[i] != null && (f = calendar.dayMonth(i)) != null) return f;
    return null;
  }

  @Nullable DateFound wordLed(int i) {
    if (!mayStartAt(i)) return null;
    DateFound f;
    PhraseTable.Hit<Rel> rel = words.relative.match(t, i, true);
    if (rel != null) {
      f = relative.relativeLed(rel);
      if (f != null) return f;
    }
    if ((f = relative.weekday(i)) != null) return f;
    if ((f = offsets.ago(i)) != null) return f;
    if ((f = offsets.daySpan(i)) != null) return f;
    if ((f = calendar.monthLed(i, -1, null)) != null) return f;
    if ((f = hijri.monthLed(i, -1)) != null) return f;
    if ((f = calendar.yearLed(i)) != null) return f;
    return null;
  }

  /** The year of a year-less month-day by the year rule ({@link ArabicDateParser#YEAR_RULE_DAYS}). */
  int yearFor(int month, int day) {
    LocalDate a = java.util.Objects.requireNonNull(anchor, "a year-less date is resolved against the publication date");
    LocalDate monthStart = LocalDate.of(a.getYear(), month, 1);
    return ChronoUnit.DAYS.between(a, monthStart) > ArabicDateParser.YEAR_RULE_DAYS ? a.getYear() - 1 : a.getYear();
  }

  /** The day y-m-d, or {@code null} and a {@code date.invalid} diagnostic if there is no such day. */
  @Nullable LocalDate date(int y, int m, int d, Span where) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      diagnostics.add(new Diagnostic("date.invalid", String.format(Locale.ROOT,
          "%04d-%02d-%02d is not a real date (%s)", y, m, d, e.getMessage()), where));
      return null;
    }
  }
}
