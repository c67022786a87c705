package org.crosscheck.arabic;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.Unit;
import org.crosscheck.value.Values;
import org.jspecify.annotations.Nullable;

/**
 * Finds date expressions in Arabic text and resolves them against an anchor date (normally the
 * publication date).
 *
 * <h2>What it reads</h2>
 *
 * <ul>
 *   <li><b>Day and month</b> with a day in digits or as an ordinal (3 نوفمبر، الثالث من نوفمبر، في17
 *       نوفمبر، العشرين من الشهر الماضي), and an optional year (3 نوفمبر 2017، 3 نوفمبر من العام 2017).
 *       Month names come from the JDK's CLDR data for ar-EG (يناير…), ar-SY (كانون الثاني…), ar-MA and
 *       ar-TN, plus the spellings of {@code months.txt}; a month may be doubled with its twin of the
 *       other calendar: نوفمبر(تشرين الثاني)، أيلول/ سبتمبر، سبتمبر أيلول.
 *   <li><b>Months and years</b>: في سبتمبر، سبتمبر الماضي، نوفمبر 2017، عام 2014، في العام 2014، منذ
 *       2014 (qualifier SINCE)، حتى 2014 (UNTIL)، بين 2014 و2017.
 *   <li><b>Numeric dates</b>: 2017/11/03، 2017-11-03، 03/11/2017، 3-11-2017، 3.11.2017 (day first, as
 *       in Arabic; a first number above 12 with a second one of 12 or less reads month first).
 *   <li><b>Relative to the anchor</b>: اليوم، أمس، أول أمس، غدا، a weekday (the most recent one on or
 *       before the anchor, so a weekday equal to the anchor's is the anchor itself; الأحد الماضي is
 *       strictly before, الاثنين المقبل strictly after, and a bare weekday after a future cue such as
 *       من المقرر or سوف is the next one on or after the anchor), أمس الأحد (checked against the
 *       weekday), الأسبوع الماضي (the union of the previous week under the Saturday-, Sunday- and
 *       Monday-start conventions), الشهر الحالي، هذا العام، العام الماضي، خلال الأشهر الماضية (on or
 *       before the anchor), منذ ثلاثة أيام، قبل أسبوعين.
 *   <li><b>Parts of a month or year</b>: مطلع/أوائل/بداية = days 1–10 (January–April of a year),
 *       منتصف/أواسط = days 11–20 (May–August), أواخر/نهاية = day 21 to the end (September–December):
 *       مطلع الشهر، أوائل سبتمبر، أواخر العام الماضي. Spans of days: خلال العشرة أيام الأولى من الشهر.
 *   <li><b>Relative to the date before it</b> in the text: وبعد خمسة أيام، بعد يومين، في اليوم التالي،
 *       في اليوم نفسه. غداة + a date is the day after that date; غداة + an event ("غداة إعلان …")
 *       dates the event: the day before the date the sentence gave just before. عشية is the mirror.
 * </ul>
 *
 * <h2>The year rule</h2>
 *
 * A day and month (or a month) without a year takes the anchor's year, unless that puts the first day
 * of its month more than 31 days after the anchor: then it takes the year before. News reports the
 * past and announces the next few weeks, so next month stays this year and anything later is last
 * year's. In a text of 14 March 2019, "في 20 نيسان" is 20 April 2019, "منذ سبتمبر" September 2018 and
 * "في أيار" May 2018.
 *
 * <p>Without an anchor, relative and year-less dates are returned unresolved (value {@code null},
 * {@link DateMatch.Resolution#UNRESOLVED}) with a note, and a diagnostic says which.
 *
 * <p>Thread-safe; linear in the length of the text.
 */
public final class ArabicDateParser {
  /** How far after the anchor a year-less date may fall before it is read as last year's. */
  public static final int YEAR_RULE_DAYS = 31;
  /** Locales whose CLDR month names are read: Egyptian (Gregorian), Syrian (Levantine), Moroccan, Tunisian. */
  public static final List<Locale> MONTH_LOCALES = List.of(Locale.forLanguageTag("ar-EG"),
      Locale.forLanguageTag("ar-SY"), Locale.forLanguageTag("ar-MA"), Locale.forLanguageTag("ar-TN"));

  enum RelKind {
    DAY, WEEK, MONTH, YEAR, RECENT, START, MIDDLE, END, NEXT_DAY, SAME_DAY, PREVIOUS_DAY, PART_OF_DAY, PAST, NEXT,
    CURRENT, FUTURE_CUE
  }

  record Rel(RelKind kind, int amount) {}

  record MonthName(int month, boolean ambiguous) {}

  private final PhraseTable<MonthName> months = new PhraseTable<>();
  private final PhraseTable<Rel> relative = new PhraseTable<>();
  private final Map<String, DayOfWeek> weekdays = new HashMap<>();
  private final Map<String, Unit> timeUnits = new HashMap<>();
  private final ArabicNumberParser numbers = ArabicNumberParser.instance();

  /** Words before a lone month name that make it a month (في آب، منذ مارس). */
  private static final Set<String> MONTH_CUES = Set.of("في", "منذ", "حتي", "خلال", "شهر", "مطلع", "اوائل", "بدايه",
      "مستهل", "منتصف", "اواسط", "اواخر", "نهايه", "من", "الي", "قبل", "بعد", "طوال", "وفي", "ومنذ", "وحتي", "بشهر",
      "لشهر", "وشهر");
  /** Words before a four-digit number that make it a year. */
  private static final Set<String> YEAR_CUES = Set.of("عام", "العام", "سنه", "السنه", "منذ", "في", "خلال", "حتي",
      "لعام", "للعام", "بعام", "والعام", "وعام", "ومنذ", "وفي", "وحتي", "عامي", "طوال");

  private ArabicDateParser() {
    Map<String, Integer> cldr = new HashMap<>();
    for (Locale l : MONTH_LOCALES) {
      for (Month m : Month.values()) {
        for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.FULL_STANDALONE}) {
          cldr.put(Lexicon.key(m.getDisplayName(style, l)), m.getValue());
        }
      }
    }
    Map<String, MonthName> fromFile = new HashMap<>();
    for (Lexicon.Line line : Lexicon.read("months.txt")) {
      int m = Integer.parseInt(line.field(1));
      if (m < 1 || m > 12) throw line.error("a month number is 1..12, got " + m);
      fromFile.put(line.key(), new MonthName(m, line.has(2) && line.field(2).equals("ambiguous")));
    }
    cldr.forEach((k, m) -> {
      MonthName known = fromFile.get(k);
      if (known != null && known.month() != m) {
        throw new IllegalStateException("months.txt says " + k + " is month " + known.month() + ", CLDR says " + m);
      }
      months.put(k, known != null ? known : new MonthName(m, false));
    });
    fromFile.forEach(months::put);
    for (Locale l : List.of(Locale.forLanguageTag("ar"), Locale.forLanguageTag("ar-EG"))) {
      for (DayOfWeek d : DayOfWeek.values()) weekdays.put(Lexicon.key(d.getDisplayName(TextStyle.FULL, l)), d);
    }
    for (Lexicon.Line line : Lexicon.read("weekdays.txt")) {
      weekdays.put(line.key(), DayOfWeek.of(Integer.parseInt(line.field(1))));
    }
    for (Lexicon.Line line : Lexicon.read("relative-dates.txt")) {
      relative.put(line.key(), new Rel(RelKind.valueOf(line.field(1)), line.has(2) ? Integer.parseInt(line.field(2)) : 0));
    }
    for (Lexicon.Line line : Lexicon.read("units.txt")) {
      Unit u = Unit.byId(line.field(1)).orElseThrow(() -> line.error("unknown unit " + line.field(1)));
      if (u.dimension() == Unit.Dimension.TIME) timeUnits.put(line.key(), u);
    }
  }

  /** The parser; it holds only immutable lexicons. */
  public static ArabicDateParser instance() {
    return Holder.INSTANCE;
  }

  /**
   * Every date expression in {@code text}, resolved against {@code anchor}.
   *
   * @param anchor the publication date, or {@code null} to leave relative dates unresolved
   * @throws NullPointerException if {@code text} is null
   */
  public ParseResult<DateMatch> find(String text, @Nullable LocalDate anchor) {
    return find(ArabicNormalizer.normalize(checkNotNull(text, "text")), anchor);
  }

  /** Every date expression in an already normalized text. */
  public ParseResult<DateMatch> find(NormalizedText text, @Nullable LocalDate anchor) {
    Tokens t = Tokens.of(text);
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<NumberParse> found = numbers.scan(t, diagnostics);
    return new ParseResult<>(find(t, found, anchor, diagnostics), diagnostics);
  }

  /** Dates over tokens whose numbers are scanned already. */
  List<DateMatch> find(Tokens t, List<NumberParse> found, @Nullable LocalDate anchor, List<Diagnostic> diagnostics) {
    return new Scan(t, found, anchor, diagnostics).run();
  }

  /**
   * A full date printed near the top of {@code text} that can serve as its publication date ("الجمعة
   * 2017/11/03"): the first explicit day-month-year date in the first 2,000 chars, preferring one
   * with a weekday that agrees with it.
   */
  public Optional<DateMatch> findPublicationDate(String text) {
    checkNotNull(text, "text");
    String head = text.length() > 2000 ? text.substring(0, 2000) : text;
    List<DateMatch> all = find(head, null).matches();
    DateMatch first = null;
    for (DateMatch m : all) {
      if (m.resolution() != DateMatch.Resolution.EXPLICIT || !(m.value() instanceof DateValue.OnDay day)) continue;
      if (first == null) first = m;
      if (m.note() != null && m.note().startsWith("weekday agrees")) return Optional.of(m);
    }
    return Optional.ofNullable(first);
  }

  // ---------------------------------------------------------------------------------------------

  /** A date being built: tokens, start, value and how it was resolved. */
  private record Found(int first, int last, int normStart, @Nullable DateValue value, DateMatch.Resolution resolution,
      DateMatch.Qualifier qualifier, @Nullable String note) {
    Found from(int newFirst, int newNormStart) {
      return new Found(newFirst, last, newNormStart, value, resolution, qualifier, note);
    }

    Found withLast(int newLast) {
      return new Found(first, newLast, normStart, value, resolution, qualifier, note);
    }

    Found with(DateMatch.Qualifier q) {
      return new Found(first, last, normStart, value, resolution, q, note);
    }

    Found withNote(@Nullable String n) {
      return new Found(first, last, normStart, value, resolution, qualifier, n);
    }
  }

  private final class Scan {
    final Tokens t;
    final NumberParse[] numberAt;
    final @Nullable LocalDate anchor;
    final List<Diagnostic> diagnostics;
    final List<DateMatch> out = new ArrayList<>();
    @Nullable LocalDate lastDay;
    int lastDayToken = -1;

    Scan(Tokens t, List<NumberParse> found, @Nullable LocalDate anchor, List<Diagnostic> diagnostics) {
      this.t = t;
      this.anchor = anchor;
      this.diagnostics = diagnostics;
      this.numberAt = new NumberParse[t.size() + 2];
      for (NumberParse p : found) numberAt[p.firstToken()] = p;
    }

    List<DateMatch> run() {
      int i = 0;
      while (i < t.size()) {
        Found f = qualified(i);
        if (f == null) {
          i++;
          continue;
        }
        emit(f);
        i = f.last() + 1;
      }
      return out;
    }

    void emit(Found f) {
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

    /** A date at {@code i}, with منذ / حتى before it read as a qualifier. */
    @Nullable Found qualified(int i) {
      if (t.isArabic(i)) {
        String w = stripConj(t.text(i));
        DateMatch.Qualifier q = w.equals("منذ") ? DateMatch.Qualifier.SINCE
            : w.equals("حتي") ? DateMatch.Qualifier.UNTIL : null;
        if (q != null && i + 1 < t.size() && !t.breakBefore(i + 1)) {
          Found f = ago(i);
          if (f != null) return f;
          f = yearLed(i);
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

    @Nullable Found at(int i) {
      Found f;
      if (t.isDigits(i) && (f = numeric(i)) != null) return f;
      if (t.isArabic(i)) {
        if ((f = wordLed(i)) != null) return f;
      }
      if (numberAt[i] != null && (f = dayMonth(i)) != null) return f;
      return null;
    }

    @Nullable Found wordLed(int i) {
      Found f;
      PhraseTable.Hit<Rel> rel = relative.match(t, i, true);
      if (rel != null) {
        f = relativeLed(rel);
        if (f != null) return f;
      }
      if ((f = weekday(i)) != null) return f;
      if ((f = ago(i)) != null) return f;
      if ((f = daySpan(i)) != null) return f;
      if ((f = monthLed(i, -1, null)) != null) return f;
      if ((f = yearLed(i)) != null) return f;
      return null;
    }

    // ---- numeric dates -------------------------------------------------------------------------

    @Nullable Found numeric(int i) {
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
      LocalDate day = date(y, m, d, t.span(i, i + 4));
      if (day == null) return new Found(i, i + 4, t.start(i), null, DateMatch.Resolution.UNRESOLVED,
          DateMatch.Qualifier.AT, "not a real date");
      return new Found(i, i + 4, t.start(i), Values.onDay(day), DateMatch.Resolution.EXPLICIT, DateMatch.Qualifier.AT,
          null);
    }

    // ---- relative words ------------------------------------------------------------------------

    @Nullable Found relativeLed(PhraseTable.Hit<Rel> hit) {
      Rel r = hit.value();
      int i = hit.first();
      int next = hit.last() + 1;
      switch (r.kind()) {
        case DAY -> {
          if (r.amount() == 0 && !todayMeansToday(i, next)) return null;
          Found f = anchored(hit, anchor == null ? null : anchor.plusDays(r.amount()));
          return withWeekdayCheck(f, next);
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
          return new Found(i, hit.last(), hit.normStart(), Values.span(lo, hi), DateMatch.Resolution.RELATIVE_TO_ANCHOR,
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
          return new Found(i, hit.last(), hit.normStart(), Values.onOrBefore(anchor),
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
          Found f = at(next);
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

    Found anchored(PhraseTable.Hit<Rel> hit, @Nullable Object value) {
      DateValue v = value == null ? null
          : value instanceof LocalDate d ? Values.onDay(d)
          : value instanceof YearMonth ym ? Values.inMonth(ym.getYear(), ym.getMonthValue())
          : Values.inYear(((Year) value).getValue());
      return new Found(hit.first(), hit.last(), hit.normStart(), v, DateMatch.Resolution.RELATIVE_TO_ANCHOR,
          DateMatch.Qualifier.AT, v == null ? "relative to the publication date, which was not given" : null);
    }

    /** A weekday right after a day word (أمس الأحد): include it and check it. */
    Found withWeekdayCheck(Found f, int next) {
      DayOfWeek w = weekdayAt(next);
      if (w == null || t.breakBefore(next)) return f;
      Found g = f.withLast(next);
      if (f.value() instanceof DateValue.OnDay d) {
        if (d.day().getDayOfWeek() != w) {
          diagnostics.add(new Diagnostic("date.weekday-mismatch", "\"" + t.originalText(f.first(), next) + "\" resolves to "
              + d.day() + ", a " + dayName(d.day().getDayOfWeek())
              + ", not a " + dayName(w) + "; check the anchor date",
              t.span(f.first(), next)));
          return g.withNote("weekday disagrees with the anchor");
        }
        return g.withNote("weekday agrees");
      }
      return g;
    }

    /** مطلع الشهر، أوائل سبتمبر، أواخر العام الماضي، منتصف 2014. */
    @Nullable Found part(PhraseTable.Hit<Rel> hit) {
      RelKind kind = hit.value().kind();
      int k = hit.last() + 1;
      if (k >= t.size() || t.breakBefore(k)) return null;
      Found ref = monthRef(k);
      if (ref == null) ref = yearRef(k);
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
      return new Found(hit.first(), ref.last(), hit.normStart(), part, ref.resolution(), DateMatch.Qualifier.AT, ref.note());
    }

    /** غداة، اليوم التالي، في اليوم نفسه، عشية. */
    @Nullable Found dayAfter(PhraseTable.Hit<Rel> hit) {
      RelKind kind = hit.value().kind();
      int shift = kind == RelKind.NEXT_DAY ? 1 : kind == RelKind.PREVIOUS_DAY ? -1 : 0;
      int k = hit.last() + 1;
      boolean connective = hit.last() == hit.first() && (t.text(hit.first()).endsWith("غداه")
          || t.text(hit.first()).endsWith("عشيه"));
      if (connective && k < t.size() && !t.breakBefore(k)) {
        Found ref = at(k);
        if (ref != null) {
          DateValue v = ref.value() instanceof DateValue.OnDay d ? Values.onDay(d.day().plusDays(shift)) : null;
          return new Found(hit.first(), ref.last(), hit.normStart(), v, DateMatch.Resolution.RELATIVE_TO_DATE,
              DateMatch.Qualifier.AT, v == null ? "the date after " + t.originalText(hit.first(), hit.first()) + " is not a day" : null);
        }
        // غداة + an event: the event is dated by the date just before in the same sentence
        int last = t.isArabic(k) ? k : hit.last();
        if (t.isArabic(k + 1) && !t.breakBefore(k + 1) && last == k) last = k + 1;
        if (lastDay != null && sameSentence(lastDayToken, hit.first())) {
          LocalDate event = lastDay.minusDays(shift);
          return new Found(hit.first(), last, hit.normStart(), Values.onDay(event), DateMatch.Resolution.RELATIVE_TO_DATE,
              DateMatch.Qualifier.AT, "the event named after " + t.originalText(hit.first(), hit.first()) + " is dated from " + lastDay);
        }
        return new Found(hit.first(), last, hit.normStart(), null, DateMatch.Resolution.UNRESOLVED, DateMatch.Qualifier.AT,
            DateMatch.EVENT_RELATIVE);
      }
      if (connective) return null;
      if (lastDay == null) {
        return new Found(hit.first(), hit.last(), hit.normStart(), null, DateMatch.Resolution.UNRESOLVED,
            DateMatch.Qualifier.AT, "relative to a date the text has not given");
      }
      return new Found(hit.first(), hit.last(), hit.normStart(), Values.onDay(lastDay.plusDays(shift)),
          DateMatch.Resolution.RELATIVE_TO_DATE, DateMatch.Qualifier.AT, "from " + lastDay);
    }

    boolean sameSentence(int a, int b) {
      if (a < 0) return false;
      for (int k = a + 1; k < b; k++) {
        if (t.isSentenceEnd(k) || t.breakBefore(k)) return false;
      }
      return !t.breakBefore(b);
    }

    // ---- weekdays ------------------------------------------------------------------------------

    @Nullable DayOfWeek weekdayAt(int k) {
      if (!t.isArabic(k)) return null;
      return weekdays.get(stripConj(t.text(k)));
    }

    @Nullable Found weekday(int i) {
      int k = i;
      int normStart = t.start(i);
      String w = t.text(i);
      if (stripConj(w).equals("يوم") && !t.breakBefore(i + 1) && weekdayAt(i + 1) != null) {
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
        Found explicit = t.isDigits(j) ? numeric(j) : null;
        if (explicit == null) explicit = dayMonth(j);
        if (explicit != null) {
          Found f = explicit.from(i, normStart);
          if (f.value() instanceof DateValue.OnDay d) {
            if (d.day().getDayOfWeek() != day) {
              diagnostics.add(new Diagnostic("date.weekday-mismatch", d.day() + " is a "
                  + dayName(d.day().getDayOfWeek()) + ", not a "
                  + dayName(day) + "; the date is kept", t.span(i, f.last())));
              return f.withNote("weekday disagrees with the date");
            }
            return f.withNote("weekday agrees");
          }
          return f;
        }
      }
      RelKind mark = null;
      int last = k;
      PhraseTable.Hit<Rel> after = next < t.size() && !t.breakBefore(next) ? relative.match(t, next, false) : null;
      if (after != null && (after.value().kind() == RelKind.PAST || after.value().kind() == RelKind.NEXT)) {
        mark = after.value().kind();
        last = after.last();
      } else if (futureCueBefore(i)) {
        mark = RelKind.FUTURE_CUE;
      }
      if (anchor == null) {
        return new Found(i, last, normStart, null, DateMatch.Resolution.UNRESOLVED, DateMatch.Qualifier.AT,
            "a weekday needs the publication date");
      }
      LocalDate d;
      if (mark == RelKind.PAST) d = anchor.with(TemporalAdjusters.previous(day));
      else if (mark == RelKind.NEXT) d = anchor.with(TemporalAdjusters.next(day));
      else if (mark == RelKind.FUTURE_CUE) d = anchor.with(TemporalAdjusters.nextOrSame(day));
      else d = anchor.with(TemporalAdjusters.previousOrSame(day));
      return new Found(i, last, normStart, Values.onDay(d), DateMatch.Resolution.RELATIVE_TO_ANCHOR, DateMatch.Qualifier.AT,
          mark == RelKind.FUTURE_CUE ? "future tense: the next such day" : null);
    }

    boolean futureCueBefore(int i) {
      for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
        if (t.isSentenceEnd(k) || t.breakBefore(k + 1)) return false;
        if (t.isArabic(k)) {
          PhraseTable.Hit<Rel> r = relative.match(t, k, true);
          if (r != null && r.value().kind() == RelKind.FUTURE_CUE) return true;
          if (isFutureVerb(t.text(k))) return true;
        }
      }
      return false;
    }

    // ---- day, month, year --------------------------------------------------------------------------

    /** A day number (digits, ordinal or definite tens up to 31), then an optional من, then a month. */
    @Nullable Found dayMonth(int i) {
      NumberParse n = numberAt[i];
      if (n == null) return null;
      int day = dayNumber(n);
      if (day < 1) return null;
      int k = n.lastToken() + 1;
      if (k >= t.size() || t.breakBefore(k)) return null;
      boolean min = t.isArabic(k) && t.text(k).equals("من");
      if (min) k++;
      Found month = monthLed(k, day, n);
      if (month == null) month = monthRefWithDay(k, day, n);
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
    @Nullable Found monthLed(int k, int day, @Nullable NumberParse dayNumber) {
      PhraseTable.Hit<MonthName> hit = months.match(t, k, true, true);
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
        PhraseTable.Hit<MonthName> twin = months.match(t, j, false);
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
        PhraseTable.Hit<Rel> after = relative.match(t, last + 1, false);
        if (after != null && (after.value().kind() == RelKind.PAST || after.value().kind() == RelKind.NEXT
            || after.value().kind() == RelKind.CURRENT)) {
          mark = after.value().kind();
          last = after.last();
        }
      }
      if (yearValue > 0) {
        return new Found(k, last, normStart, Values.inMonth(yearValue, month), DateMatch.Resolution.EXPLICIT,
            DateMatch.Qualifier.AT, null);
      }
      if (anchor == null) {
        return new Found(k, last, normStart, null, DateMatch.Resolution.UNRESOLVED, DateMatch.Qualifier.AT,
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
        ym = YearMonth.of(yearFor(month, 1), month);
      }
      return new Found(k, last, normStart, Values.inMonth(ym.getYear(), ym.getMonthValue()),
          mark == null ? DateMatch.Resolution.YEAR_FROM_ANCHOR : DateMatch.Resolution.RELATIVE_TO_ANCHOR,
          DateMatch.Qualifier.AT, null);
    }

    Found dayOf(int k, int last, int normStart, int yearValue, int month, int day) {
      if (yearValue > 0) {
        LocalDate d = date(yearValue, month, day, t.span(k, last));
        return new Found(k, last, normStart, d == null ? null : Values.onDay(d),
            d == null ? DateMatch.Resolution.UNRESOLVED : DateMatch.Resolution.EXPLICIT, DateMatch.Qualifier.AT,
            d == null ? "not a real date" : null);
      }
      if (anchor == null) {
        return new Found(k, last, normStart, null, DateMatch.Resolution.UNRESOLVED, DateMatch.Qualifier.AT,
            "a day and month without a year need the publication date");
      }
      int yr = yearFor(month, day);
      LocalDate d = date(yr, month, day, t.span(k, last));
      return new Found(k, last, normStart, d == null ? null : Values.onDay(d),
          d == null ? DateMatch.Resolution.UNRESOLVED : DateMatch.Resolution.YEAR_FROM_ANCHOR, DateMatch.Qualifier.AT,
          d == null ? "not a real date" : null);
    }

    /** "الشهر الحالي" and the like after a day: الحادي عشر من الشهر الحالي. */
    @Nullable Found monthRefWithDay(int k, int day, NumberParse n) {
      Found ref = monthRef(k);
      if (ref == null) return null;
      if (!(ref.value() instanceof DateValue.InMonth m)) {
        return ref.value() == null ? new Found(ref.first(), ref.last(), ref.normStart(), null,
            DateMatch.Resolution.UNRESOLVED, DateMatch.Qualifier.AT, ref.note()) : null;
      }
      LocalDate d = date(m.month().getYear(), m.month().getMonthValue(), day, t.span(n.firstToken(), ref.last()));
      return new Found(ref.first(), ref.last(), ref.normStart(), d == null ? null : Values.onDay(d),
          d == null ? DateMatch.Resolution.UNRESOLVED : ref.resolution(), DateMatch.Qualifier.AT,
          d == null ? "not a real date" : null);
    }

    /** A month reference: a month name (with year) or الشهر [الحالي|الماضي|…] or هذا الشهر. */
    @Nullable Found monthRef(int k) {
      Found named = monthLed(k, -1, null);
      if (named != null) return named;
      PhraseTable.Hit<Rel> rel = relative.match(t, k, false);
      if (rel != null && rel.value().kind() == RelKind.MONTH) return anchored(rel, anchor == null ? null
          : YearMonth.from(anchor).plusMonths(rel.value().amount()));
      if (t.isArabic(k) && t.text(k).equals("الشهر")) {
        int last = k;
        if (t.isArabic(k + 1) && (t.text(k + 1).equals("نفسه") || t.text(k + 1).equals("ذاته"))) last = k + 1;
        YearMonth ym = null;
        if (last == k + 1 && lastDay != null) ym = YearMonth.from(lastDay);
        else if (last == k && anchor != null) ym = YearMonth.from(anchor);
        PhraseTable.Hit<Rel> self = new PhraseTable.Hit<>(new Rel(RelKind.MONTH, 0), k, last, t.start(k), false);
        Found f = anchored(self, ym);
        return f;
      }
      return null;
    }

    /** A year reference: العام [الحالي|الماضي] or a year number (with عام before it or not). */
    @Nullable Found yearRef(int k) {
      PhraseTable.Hit<Rel> rel = relative.match(t, k, false);
      if (rel != null && rel.value().kind() == RelKind.YEAR) {
        return anchored(rel, anchor == null ? null : Year.from(anchor).plusYears(rel.value().amount()));
      }
      int j = k;
      if (t.isArabic(j) && isYearWord(t.text(j))) j++;
      NumberParse n = numberAt[j];
      if (n != null && isYearNumber(n)) {
        return new Found(k, n.lastToken(), t.start(k), Values.inYear(n.value().intValue()), DateMatch.Resolution.EXPLICIT,
            DateMatch.Qualifier.AT, null);
      }
      if (j > k && t.text(k).equals("العام") && anchor != null) {
        return anchored(new PhraseTable.Hit<>(new Rel(RelKind.YEAR, 0), k, k, t.start(k), false), Year.from(anchor));
      }
      return null;
    }

    /** عام 2014، في العام 2014، في 2014، بين 2014 و2017، من 2014 إلى 2017. */
    @Nullable Found yearLed(int i) {
      String w = t.text(i);
      String bare = stripConj(w);
      boolean cue = YEAR_CUES.contains(w) || YEAR_CUES.contains(bare);
      if (bare.equals("بين") || bare.equals("من")) {
        NumberParse a = numberAt[i + 1];
        if (a == null || !isYearNumber(a)) return null;
        int k = a.lastToken() + 1;
        if (t.isArabic(k) && (t.text(k).equals("و") || t.text(k).equals("الي") || t.text(k).equals("حتي"))) k++;
        else if (numberAt[k] == null || numberAt[k].conjunction() != 'و') return null;
        NumberParse b = numberAt[k];
        if (b == null || !isYearNumber(b) || b.value().compareTo(a.value()) < 0) return null;
        return new Found(i, b.lastToken(), t.start(i), Values.span(LocalDate.of(a.value().intValue(), 1, 1),
            LocalDate.of(b.value().intValue(), 12, 31)), DateMatch.Resolution.EXPLICIT, DateMatch.Qualifier.AT, null);
      }
      if (!cue) return null;
      int k = i + 1;
      if (bare.equals("في") && t.isArabic(k) && isYearWord(t.text(k))) k++;
      if (k >= t.size() || t.breakBefore(k)) return null;
      NumberParse n = numberAt[k];
      if (n == null || !n.plainLiteral() || n.match().text().length() != 4) return null;
      int last = n.lastToken();
      if (t.isArabic(last + 1) && (t.text(last + 1).equals("ه") || t.text(last + 1).startsWith("هجري"))) {
        diagnostics.add(new Diagnostic("date.hijri", "Hijri year " + n.match().text() + " is not converted",
            t.span(i, last + 1)));
        return new Found(i, last + 1, t.start(i), null, DateMatch.Resolution.UNRESOLVED, DateMatch.Qualifier.AT,
            "a Hijri year");
      }
      if (!isYearNumber(n)) return null;
      if (t.isArabic(last + 1) && t.text(last + 1).equals("م")) last++;
      boolean keepCue = isYearWord(bare) || (k == i + 2) || bare.equals("منذ") || bare.equals("حتي");
      int start = keepCue ? t.start(i) + (w.length() - bare.length()) : n.normStart();
      return new Found(keepCue ? i : k, last, start, Values.inYear(n.value().intValue()), DateMatch.Resolution.EXPLICIT,
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

    // ---- counted offsets -----------------------------------------------------------------------

    /** Time units in the singular, which alone mean one of them (قبل أسبوع: a week ago). */
    private static final java.util.Set<String> SINGLE_UNITS = java.util.Set.of("يوم", "اسبوع", "شهر", "عام", "سنه");

    /**
     * بعد خمسة أيام، قبل أسبوعين، منذ ثلاثة أشهر، قبل أسبوع: an offset from the date before or from the
     * anchor.
     */
    @Nullable Found ago(int i) {
      String w = t.text(i);
      String bare = stripConj(w);
      int dir = bare.equals("بعد") ? 1 : bare.equals("قبل") ? -1 : bare.equals("منذ") ? -1 : 0;
      if (dir == 0) return null;
      int k = i + 1;
      NumberParse n = k < t.size() && !t.breakBefore(k) ? numberAt[k] : null;
      if (n == null && !bare.equals("بعد") && t.isArabic(k) && !t.breakBefore(k) && SINGLE_UNITS.contains(t.text(k))
          && anchor != null) {
        // قبل أسبوع، منذ عام: a unit with no number is one of it
        Unit one = timeUnits.get(t.text(k));
        if (one != null) {
          boolean since = bare.equals("منذ");
          return new Found(i, k, t.start(i) + (w.length() - bare.length()), shifted(anchor, one, -1),
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
        unit = timeUnits.get(Lexicon.key(n.match().noun()));
        last = n.lastToken();
      } else {
        int u = n.lastToken() + 1;
        unit = t.isArabic(u) && !t.breakBefore(u) ? timeUnits.get(t.text(u)) : null;
        last = u;
      }
      if (unit == null || unit.equals(Unit.HOUR) || unit.equals(Unit.MINUTE)) return null;
      long amount = n.value().longValue();
      int normStart = t.start(i) + (w.length() - bare.length());
      boolean since = bare.equals("منذ");
      DateMatch.Qualifier q = since ? DateMatch.Qualifier.SINCE : DateMatch.Qualifier.AT;
      // … من <date>: relative to that date; … من <event>: unknown
      if (t.isArabic(last + 1) && t.text(last + 1).equals("من") && !since) {
        Found ref = at(last + 2);
        if (ref != null && ref.value() instanceof DateValue.OnDay d) {
          return new Found(i, ref.last(), normStart, shifted(d.day(), unit, dir * amount),
              DateMatch.Resolution.RELATIVE_TO_DATE, q, "from " + d.day());
        }
        return new Found(i, last, normStart, null, DateMatch.Resolution.UNRESOLVED, q, DateMatch.EVENT_RELATIVE);
      }
      boolean fromText = dir > 0 && lastDay != null;
      LocalDate base = fromText ? lastDay : anchor;
      if (base == null) {
        return new Found(i, last, normStart, null, DateMatch.Resolution.UNRESOLVED, q,
            "an offset needs the publication date or an earlier date in the text");
      }
      return new Found(i, last, normStart, shifted(base, unit, dir * amount),
          fromText ? DateMatch.Resolution.RELATIVE_TO_DATE : DateMatch.Resolution.RELATIVE_TO_ANCHOR, q,
          fromText ? "from " + lastDay : null);
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
    @Nullable Found daySpan(int i) {
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
      Found ref = monthRef(j + 1);
      if (ref == null || count < 1 || count > 31) return null;
      if (!(ref.value() instanceof DateValue.InMonth m)) {
        return ref.value() == null ? new Found(i, ref.last(), normStart, null, DateMatch.Resolution.UNRESOLVED,
            DateMatch.Qualifier.AT, ref.note()) : null;
      }
      YearMonth ym = m.month();
      int n = Math.min(count, ym.lengthOfMonth());
      DateValue v = first ? Values.span(ym.atDay(1), ym.atDay(n))
          : Values.span(ym.atDay(ym.lengthOfMonth() - n + 1), ym.atEndOfMonth());
      return new Found(i, ref.last(), normStart, v, ref.resolution(), DateMatch.Qualifier.AT, null);
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** The year of a year-less month-day by the year rule. */
    int yearFor(int month, int day) {
      LocalDate monthStart = LocalDate.of(anchor.getYear(), month, 1);
      return ChronoUnit.DAYS.between(anchor, monthStart) > YEAR_RULE_DAYS ? anchor.getYear() - 1 : anchor.getYear();
    }

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

  /** Common words that start like a future verb (سيطر "controlled", ستة "six", سنة "year"). */
  private static final List<String> NOT_FUTURE = List.of("سيطر", "سياس", "سيار", "سيد", "سيف", "سيل", "سيول", "سين",
      "سيناء", "سيرت", "سيره", "ستة", "سته", "ستين", "ستار", "ستان", "ستوكهولم", "سنه", "سنو", "سنين", "سنت", "سني",
      "سند", "سنا", "سنغافور", "سنجار", "ستراتيج");

  /**
   * Whether a word looks like a future verb: the future prefix س on an imperfect verb (ستزور، سيعقد،
   * سنعمل), after an optional و or ف, and not one of the common look-alikes.
   */
  static boolean isFutureVerb(String word) {
    String w = stripConj(word);
    if (w.length() < 5 || w.charAt(0) != 'س') return false;
    char p = w.charAt(1);
    if (p != 'ي' && p != 'ت' && p != 'ن') return false;
    for (String n : NOT_FUTURE) if (w.startsWith(n)) return false;
    return true;
  }

  /** "Sunday": the English name, the same under every default locale. */
  private static String dayName(DayOfWeek d) {
    String n = d.name();
    return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
  }

  private static String stripConj(String w) {
    return w.length() > 3 && (w.charAt(0) == Clitics.WAW || w.charAt(0) == Clitics.FEH) ? w.substring(1) : w;
  }

  @Override
  public String toString() {
    return "ArabicDateParser";
  }

  /** For tests: the month names read from CLDR and the lexicon, by month. */
  Map<Month, List<String>> monthNames() {
    Map<Month, List<String>> out = new EnumMap<>(Month.class);
    for (Month m : Month.values()) out.put(m, new ArrayList<>());
    for (Locale l : MONTH_LOCALES) {
      for (Month m : Month.values()) {
        String k = Lexicon.key(m.getDisplayName(TextStyle.FULL_STANDALONE, l));
        if (months.containsKey(k) && !out.get(m).contains(k)) out.get(m).add(k);
      }
    }
    return out;
  }

  /** Created on first use, after every static field of the class is set. */
  private static final class Holder {
    static final ArabicDateParser INSTANCE = new ArabicDateParser();
  }
}
