package org.crosscheck.arabic.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crosscheck.value.DateValue;
import org.jspecify.annotations.Nullable;

/**
 * Rule {@code quantity.since-period}: a count whose clause says it runs since a date (منذ السابع من
 * أكتوبر) or since an event began (منذ بدء الحرب، منذ اندلاع القتال، منذ أن بدأت الحرب) is valid over the
 * period from that start to the statement: the day the sentence names before the figure and منذ
 * (أعلنت الوزارة الأحد أن…), else the article's anchor day; an undated start leaves the
 * period open at the start ({@code ≤ anchor}). Rule {@code quantity.war-to-date}: a count a war has
 * taken up to now (حتى الآن) is valid over the same open period. Words are matched in normalized
 * spelling, on any of their clitic readings.
 */
final class SincePeriods {
  private SincePeriods() {}

  static final int WINDOW = ArabicRules.QUANTITY_SINCE_PERIOD.intParameter("window");

  /** Since: منذ. */
  private static final WordClass SINCE = WordClass.ofAnyReading("منذ");

  /** The start of something: بدء، بداية، اندلاع، انطلاق، شن. */
  private static final Set<String> START_NOUNS = Set.of("بدء", "بدايه", "اندلاع", "انطلاق", "انطلاقه", "شن",
      "اشتعال");

  /** Verbs of starting after منذ or منذ أن: بدأت، اندلعت، انطلقت، شنت. */
  private static final Set<String> START_VERBS = Set.of("بدا", "بدات", "اندلع", "اندلعت", "انطلق", "انطلقت", "شن",
      "شنت", "اشتعلت");

  /** "that" between منذ and a verb: منذ أن. */
  private static final Set<String> THAT = Set.of("ان");

  /**
   * The events a toll is counted from, without the article (a word is matched on its readings): war, fighting, battles, offensive,
   * aggression, operation(s), conflict, invasion, campaign, escalation, siege, clashes, shelling,
   * events, crisis.
   */
  private static final Set<String> EVENTS = Set.of("حرب", "قتال", "معارك", "هجوم", "عدوان", "عمليه", "عمليات",
      "نزاع", "صراع", "غزو", "حمله", "تصعيد", "حصار", "اشتباكات", "قصف", "احداث", "ازمه", "اجتياح");

  /**
   * The period of validity of the count of {@code figure}, with
   * the rule that read it, or {@code null} when its clause says neither "since" nor "up to now" of a
   * war within {@link #WINDOW} words, when a comma or a date of its own stands between, or when the
   * article has no anchor day.
   */
  static @Nullable Found of(ArticleRun run, ArticleRun.Figure figure) {
    LocalDate end = java.util.Objects.requireNonNull(run.anchor, "a figure is read with an anchor day");
    ArticleText doc = run.doc;
    int first = figure.first();
    int last = figure.last();
    Sentence s = figure.sentence();
    List<DateMatch> dates = figure.dates();
    for (int k = Math.max(s.from(), first - WINDOW); k < Math.min(s.to(), last + 1 + WINDOW); k++) {
      if (k >= first && k <= last || !SINCE.at(doc, k) || !sameClause(run, s, k, first, last, dates)) continue;
      end = statement(doc, s, Math.min(k, first), end, dates);
      DateMatch d = sinceDate(doc, k, dates);
      if (d != null && d.value() != null) {
        LocalDate start = d.value().range().start();
        if (start == null) return new Found(new DateValue.Before(end, true), ArabicRules.QUANTITY_SINCE_PERIOD);
        return start.isAfter(end) ? null
            : new Found(new DateValue.Span(start, end), ArabicRules.QUANTITY_SINCE_PERIOD);
      }
      if (eventStart(doc, k + 1, s.to())) return new Found(new DateValue.Before(end, true), ArabicRules.QUANTITY_SINCE_PERIOD);
    }
    return warToDate(run, s, first, last, dates)
        ? new Found(new DateValue.Before(end, true), ArabicRules.QUANTITY_WAR_TO_DATE) : null;
  }

  /**
   * A period of validity and the rule that read it.
   *
   * @param value the period
   * @param rule {@code quantity.since-period} or {@code quantity.war-to-date}
   */
  record Found(DateValue value, org.crosscheck.extract.Rule rule) {}

  /** The wars a toll runs over: war, fighting, battles, aggression, invasion, siege, offensive, conflict. */
  private static final WordClass WARS = WordClass.ofAnyReading("حرب", "قتال", "معارك", "عدوان", "غزو", "حصار", "هجوم", "نزاع",
      "صراع", "حمله");

  /** Up to now: حتى الآن، حتى اللحظة، لغاية الآن. */
  private static final WordClass UNTIL = WordClass.ofAnyReading("حتي", "لغايه", "لحد");

  /** Now: الآن، اللحظة. */
  private static final Set<String> NOW = Set.of("الان", "اللحظه");

  /**
   * Under rule {@code quantity.war-to-date}: "حتى الآن" (up to now) and a war's noun in the figure's
   * clause (within the window, no comma between, no date of the figure's own): قتل في الحرب حتى الآن
   * أكثر من 900 شخص.
   */
  private static boolean warToDate(ArticleRun run, Sentence s, int first, int last, List<DateMatch> dates) {
    ArticleText doc = run.doc;
    boolean war = false;
    boolean upToNow = false;
    for (int k = Math.max(s.from(), first - WINDOW); k < Math.min(s.to(), last + 1 + WINDOW); k++) {
      if (k >= first && k <= last) continue;
      // the words first: whether they share the figure's clause is asked only of a war or "up to now"
      boolean isWar = WARS.at(doc, k);
      boolean isUntil = k + 1 < s.to() && UNTIL.at(doc, k) && NOW.contains(run.words.get(k + 1).text());
      if (!isWar && !isUntil || !sameClause(run, s, k, first, last, dates)) continue;
      war |= isWar;
      upToNow |= isUntil;
    }
    return war && upToNow;
  }

  /**
   * The day of the statement that gives the figure: a day the sentence names (at, not since) before
   * word {@code before}, where Arabic puts the verb of saying and its day (أعلنت الوزارة الأحد أن…),
   * and not after the anchor; else the anchor day. The day nearest {@code before} wins.
   */
  private static LocalDate statement(ArticleText doc, Sentence s, int before, LocalDate anchor, List<DateMatch> dates) {
    LocalDate day = anchor;
    int best = -1;
    for (DateMatch d : dates) {
      DateValue v = d.value();
      if (d.qualifier() != DateMatch.Qualifier.AT || v == null || v.granularity() != DateValue.Granularity.DAY) continue;
      int w = doc.wordAtOriginal(d.span().start());
      LocalDate start = v.range().start();
      if (w < s.from() || w >= before || w <= best || start == null || start.isAfter(anchor)) continue;
      best = w;
      day = start;
    }
    return day;
  }

  /** Whether word {@code i}, on any of its clitic readings, is in {@code set}. */
  private static boolean is(ArticleText doc, int i, Set<String> set) {
    for (Clitics.Reading r : doc.readings(i)) if (set.contains(r.stem())) return true;
    return false;
  }

  /** The resolved date qualified by منذ that starts at word {@code k} or right after it. */
  private static @Nullable DateMatch sinceDate(ArticleText doc, int k, List<DateMatch> dates) {
    for (DateMatch d : dates) {
      if (d.qualifier() != DateMatch.Qualifier.SINCE || !d.isResolved()) continue;
      int w = doc.wordAtOriginal(d.span().start());
      if (w == k || w == k + 1) return d;
    }
    return null;
  }

  /**
   * Whether منذ at word {@code k} speaks of the figure's clause: no comma between them (bar the comma
   * that closes a phrase opening the sentence, ومنذ بدء الحرب، قتل…), and no date of the figure's own
   * (اليوم، أمس) between them.
   */
  private static boolean sameClause(ArticleRun run, Sentence s, int k, int first, int last, List<DateMatch> dates) {
    ArticleText doc = run.doc;
    int from = k < first ? k : last;
    int to = k < first ? first : k;
    boolean opening = k == s.from();
    if (!opening && doc.commaBetween(doc.originalSpanOfWords(from, from + 1).end(), to)) return false;
    for (DateMatch d : dates) {
      if (d.qualifier() != DateMatch.Qualifier.AT) continue;
      int w = doc.wordAtOriginal(d.span().start());
      if (w > from && w < to) return false;
    }
    return true;
  }

  /**
   * Whether the words from {@code i} tell an event's start: بدء الحرب، اندلاع القتال، انطلاق العمليات
   * العسكرية، أن بدأت الحرب، اندلعت المعارك.
   */
  private static boolean eventStart(ArticleText doc, int i, int end) {
    int k = i;
    if (k < end && is(doc, k, THAT)) k++;
    if (k >= end || !is(doc, k, START_NOUNS) && !is(doc, k, START_VERBS)) return false;
    for (int j = k + 1; j < Math.min(end, k + 4); j++) {
      if (is(doc, j, EVENTS)) return true;
    }
    return false;
  }
}
