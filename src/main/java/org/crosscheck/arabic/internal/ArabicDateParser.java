package org.crosscheck.arabic.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.value.DateValue;
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
 *   <li><b>Hijri dates</b>, converted with the JDK's Umm al-Qura calendar ({@link HijriDates}): 15 صفر
 *       1439 هـ is 4 November 2017, رمضان 1442 the span of its days, عام 1442 هـ the span of that
 *       year; a year outside 1300–1600 AH stays unresolved with a diagnostic.
 * </ul>
 *
 * <p>The rule families live in {@link CalendarDates}, {@link RelativeDates}, {@link DateOffsets} and
 * {@link HijriDates}, run by one {@link DateScan} per text over the word lists of {@link DateWords}.
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

  private final DateWords words = new DateWords();
  private final ArabicNumberParser numbers = ArabicNumberParser.instance();

  private ArabicDateParser() {}

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
    return new DateScan(words, t, found, anchor, diagnostics).run();
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

  /** Common words that start like a future verb (سيطر "controlled", ستة "six", سنة "year"). */
  private static final List<String> NOT_FUTURE = List.of("سيطر", "سياس", "سيار", "سيد", "سيف", "سيل", "سيول", "سين",
      "سيناء", "سيرت", "سيره", "ستة", "سته", "ستين", "ستار", "ستان", "ستوكهولم", "سنه", "سنو", "سنين", "سنت", "سني",
      "سند", "سنا", "سنغافور", "سنجار", "ستراتيج");

  /**
   * Whether a word looks like a future verb: the future prefix س on an imperfect verb (ستزور، سيعقد،
   * سنعمل), after an optional و or ف, and not one of the common look-alikes.
   */
  static boolean isFutureVerb(String word) {
    String w = DateRules.stripConj(word);
    if (w.length() < 5 || w.charAt(0) != 'س') return false;
    char p = w.charAt(1);
    if (p != 'ي' && p != 'ت' && p != 'ن') return false;
    for (String n : NOT_FUTURE) if (w.startsWith(n)) return false;
    return true;
  }

  /** "Sunday": the English name, the same under every default locale. */
  static String dayName(DayOfWeek d) {
    String n = d.name();
    return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
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
        List<String> keys = java.util.Objects.requireNonNull(out.get(m), "every month has its list");
        if (words.months.containsKey(k) && !keys.contains(k)) keys.add(k);
      }
    }
    return out;
  }

  /** Created on first use, after every static field of the class is set. */
  private static final class Holder {
    static final ArabicDateParser INSTANCE = new ArabicDateParser();
  }
}
