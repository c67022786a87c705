package org.crosscheck.arabic.internal;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.value.Unit;

/**
 * The word lists the date rules read, loaded once: Gregorian month names (CLDR for {@link
 * ArabicDateParser#MONTH_LOCALES} plus {@code months.txt}), Hijri month names ({@code
 * hijri-months.txt}), weekdays (CLDR plus {@code weekdays.txt}), relative date words ({@code
 * relative-dates.txt}) and time units ({@code units.txt}). Immutable after construction and
 * thread-safe.
 */
final class DateWords {
  /** What a relative date word does ({@code relative-dates.txt}, second field). */
  enum RelKind {
    DAY, WEEK, MONTH, YEAR, RECENT, START, MIDDLE, END, NEXT_DAY, SAME_DAY, PREVIOUS_DAY, PART_OF_DAY, PAST, NEXT,
    CURRENT, FUTURE_CUE
  }

  /** A relative date word: its kind and its offset (−1 for "last", 0 for "this"). */
  record Rel(RelKind kind, int amount) {}

  /** A month name: its number and whether it is also a common word (needs a date context). */
  record MonthName(int month, boolean ambiguous) {}

  final PhraseTable<MonthName> months = new PhraseTable<>();
  final PhraseTable<MonthName> hijriMonths = new PhraseTable<>();
  final PhraseTable<Rel> relative = new PhraseTable<>();
  final Map<String, DayOfWeek> weekdays = new HashMap<>();
  final Map<String, Unit> timeUnits = new HashMap<>();
  /** Whether a date rule may start at a word ({@link #mayStartDate}), kept per term. */
  private final TermMemo dateWord = new TermMemo(this::dateWord);

  DateWords() {
    Map<String, Integer> cldr = new HashMap<>();
    for (Locale l : ArabicDateParser.MONTH_LOCALES) {
      for (Month m : Month.values()) {
        for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.FULL_STANDALONE}) {
          cldr.put(Lexicon.key(m.getDisplayName(style, l)), m.getValue());
        }
      }
    }
    Map<String, MonthName> fromFile = readMonths("months.txt");
    cldr.forEach((k, m) -> {
      MonthName known = fromFile.get(k);
      if (known != null && known.month() != m) {
        throw new IllegalStateException("months.txt says " + k + " is month " + known.month() + ", CLDR says " + m);
      }
      months.put(k, known != null ? known : new MonthName(m, false));
    });
    fromFile.forEach(months::put);
    readMonths("hijri-months.txt").forEach(hijriMonths::put);
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

  private static Map<String, MonthName> readMonths(String resource) {
    Map<String, MonthName> out = new HashMap<>();
    for (Lexicon.Line line : Lexicon.read(resource)) {
      int m = Integer.parseInt(line.field(1));
      if (m < 1 || m > 12) throw line.error("a month number is 1..12, got " + m);
      out.put(line.key(), new MonthName(m, line.has(2) && line.field(2).equals("ambiguous")));
    }
    return out;
  }

  /**
   * Whether a date rule of {@link DateScan#wordLed} (or a qualifier منذ / حتى before one) may start at
   * an Arabic word that is not a number: a relative date, month or Hijri month phrase, يوم or a
   * weekday, بعد / قبل / منذ, خلال / في / الأيام / الأسبوع, بين / من, or a year cue, each maybe
   * after و or ف. {@code false} means no date starts there unless a number does.
   */
  boolean mayStartDate(Term term) {
    return dateWord.test(term);
  }

  private boolean dateWord(Term term) {
    String w = term.text;
    String bare = DateRules.stripConj(w);
    return relative.mayStart(term) || months.mayStart(term) || hijriMonths.mayStart(term)
        || bare.equals("يوم") || weekdays.containsKey(bare)
        || bare.equals("بعد") || bare.equals("قبل") || bare.equals("منذ")
        || bare.equals("خلال") || w.equals("في") || w.equals("وفي") || w.equals("الايام") || w.equals("الاسبوع")
        || bare.equals("بين") || bare.equals("من") || bare.equals("حتي")
        || CalendarDates.YEAR_CUES.contains(w) || CalendarDates.YEAR_CUES.contains(bare);
  }
}
