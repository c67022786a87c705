package org.crosscheck.english.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crosscheck.value.DateValue;
import org.jspecify.annotations.Nullable;

/**
 * A figure's time of validity: the nearest date of its clause (rule {@code quantity.valid-at}), and
 * the period a count adds up over when its clause says it runs since a date or since an event began
 * (rule {@code quantity.since-period}).
 *
 * <p>Stateless and thread-safe.
 */
public final class FigureTimes {
  private FigureTimes() {}

  private static final int VALID_AT_WINDOW = Rules.QUANTITY_VALID_AT.intParameter("window");
  private static final int SINCE_WINDOW = Rules.QUANTITY_SINCE_PERIOD.intParameter("window");

  /** What starts: "since the start of the war", "since the outbreak of fighting". */
  private static final Set<String> START_NOUNS = Set.of("start", "beginning", "outbreak", "onset", "launch", "eruption");

  /** What an event does when it starts: "since the war began", "since the offensive was launched". */
  private static final Set<String> START_VERBS = Set.of("began", "begun", "started", "erupted", "broke", "launched",
      "opened", "commenced");

  /**
   * The events a toll is counted from. A closed class of words of organized violence: a count runs
   * from the start of a war, not from the start of a meeting.
   */
  private static final Set<String> EVENTS = Set.of("war", "conflict", "fighting", "offensive", "operation",
      "operations", "campaign", "assault", "invasion", "siege", "hostilities", "battle", "bombardment", "bombing",
      "escalation", "uprising", "clashes", "incursion", "onslaught", "violence", "attacks", "airstrikes", "strikes");

  /** Words that end a clause between a figure and a date: "and", "but", "while", ";". */
  private static boolean breaks(EnglishDocument d, int k) {
    String key = d.key(k);
    return key.equals("but") || key.equals("while") || key.equals(";") || key.equals("whereas")
        || key.equals("and") && !(k + 1 < d.size() && d.token(k + 1).isNumber());
  }

  /**
   * Under rule {@code quantity.valid-at}: the nearest date of the figure's clause within the window,
   * never one opened by "since"; {@code null} when there is none.
   *
   * @param d the document
   * @param s the figure's sentence
   * @param from the figure's first token
   * @param to one past its last token
   * @param dates the dates of the sentence
   */
  public static @Nullable DateValue validAt(EnglishDocument d, EnglishDocument.Sentence s, int from, int to,
      List<DateMention> dates) {
    DateValue validAt = null;
    int bestDistance = VALID_AT_WINDOW + 1;
    for (DateMention m : dates) {
      // "wounded since March 3": a figure counted since a date is not valid on that date
      if (d.key(m.from()).equals("since")) continue;
      int distance = m.from() >= to ? m.from() - to : m.to() <= from ? from - m.to() : 0;
      int lo = Math.min(m.to(), to);
      int hi = Math.max(m.from(), from);
      boolean sameClause = true;
      for (int k = lo; k < hi && sameClause; k++) {
        String key = d.key(k);
        sameClause = !(key.equals("and") || key.equals("but") || key.equals("while") || key.equals(";")
            || key.equals(",") && m.from() != s.from());
      }
      if (sameClause && distance < bestDistance) {
        validAt = m.value();
        bestDistance = distance;
      }
    }
    return validAt;
  }

  /**
   * Under rule {@code quantity.since-period}: the period a count adds up over when "since" opens a
   * date or an event's start in its clause, within the window: from that date (or from a start the
   * text does not date, {@code ≤ end}) to the statement, which is the figure's own day of validity
   * when it has one, else the publication day. {@code null} when the clause says no "since", when the
   * figure's time of validity is coarser than a day, or when there is no day to end the period.
   *
   * @param d the document
   * @param s the figure's sentence
   * @param from the figure's first token
   * @param to one past its last token
   * @param dates the dates of the sentence
   * @param statement the figure's time of validity read by {@link #validAt}, or {@code null}
   * @param published the publication day, or {@code null}
   */
  public static @Nullable DateValue since(EnglishDocument d, EnglishDocument.Sentence s, int from, int to,
      List<DateMention> dates, @Nullable DateValue statement, @Nullable LocalDate published) {
    LocalDate end;
    if (statement == null) {
      end = published;
    } else if (statement.granularity() == DateValue.Granularity.DAY && statement.range().start() != null) {
      end = statement.range().start();
    } else {
      return null;
    }
    if (end == null) return null;
    for (int k = Math.max(s.from(), from - SINCE_WINDOW); k < Math.min(s.to(), to + SINCE_WINDOW); k++) {
      if (k >= from && k < to || !d.key(k).equals("since") || !sameClause(d, s, k, from, to)) continue;
      DateMention m = dateAt(dates, k);
      if (m != null) {
        LocalDate start = m.value().range().start();
        if (start == null) return new DateValue.Before(end, true);
        return start.isAfter(end) ? null : new DateValue.Span(start, end);
      }
      if (eventStart(d, k + 1, s.to())) return new DateValue.Before(end, true);
    }
    return null;
  }

  /** The wars a toll runs over, for rule {@code quantity.war-to-date}. */
  private static final Set<String> WARS = Set.of("war", "conflict", "fighting", "hostilities", "offensive", "campaign",
      "invasion", "siege");

  /** "So far", "to date", "thus far": up to now. */
  private static final Set<String> SO_FAR = Set.of("so far", "to date", "thus far");
  /** The first words of {@link #SO_FAR}: the pair is cut into a key only after one of them. */
  private static final Set<String> SO_FAR_FIRST = Set.of("so", "to", "thus");

  /**
   * Under rule {@code quantity.war-to-date}: a count with no date in its clause whose clause, within the
   * window, tells a war's toll up to now, in a perfect tense ("have been uprooted by the conflict",
   * "the war has killed") or with "so far" ("killed in the fighting so far"), is valid over a period
   * from the war's start, which the clause does not date, to the publication day: {@code ≤ published}.
   *
   * @param d the document
   * @param s the figure's sentence
   * @param from the figure's first token
   * @param to one past its last token
   * @param dates the dates of the sentence: one in the clause leaves the count to its own day
   * @param published the publication day, or {@code null} (then {@code null})
   */
  public static DateValue.@Nullable Before warToDate(EnglishDocument d, EnglishDocument.Sentence s, int from, int to,
      List<DateMention> dates, @Nullable LocalDate published) {
    if (published == null) return null;
    int lo = from;
    while (lo > s.from() && from - lo < SINCE_WINDOW && !clauseEnd(d, lo - 1)) lo--;
    int hi = to;
    while (hi < s.to() && hi - to < SINCE_WINDOW && !clauseEnd(d, hi)) hi++;
    // "killed in the fighting on Monday": a clause with a date of its own counts that day
    for (DateMention m : dates) if (m.to() > lo && m.from() < hi) return null;
    boolean war = false;
    boolean perfect = false;
    boolean soFar = false;
    for (int k = lo; k < hi; k++) {
      String key = d.key(k);
      if (WARS.contains(key) && k > lo && (CAUSE.contains(d.key(k - 1))
          || k - 1 > lo && d.key(k - 1).equals("the") && CAUSE.contains(d.key(k - 2))
          || k + 1 < hi && (d.key(k + 1).equals("has") || d.key(k + 1).equals("have")))) {
        war = true;
      }
      if ((k < from || k >= to) && (key.equals("have") || key.equals("has"))) perfect = true;
      if (k + 1 < hi && SO_FAR_FIRST.contains(key) && SO_FAR.contains(key + " " + d.key(k + 1))) soFar = true;
    }
    return war && (perfect || soFar) ? new DateValue.Before(published, true) : null;
  }

  /** What ties a count to a war: "by the conflict", "in the war", "during the fighting", "of the war". */
  private static final Set<String> CAUSE = Set.of("by", "in", "during", "of");

  /** Whether token {@code k} ends a clause: a comma, ";", "but", "while", "and" not before a figure. */
  private static boolean clauseEnd(EnglishDocument d, int k) {
    return breaks(d, k) || d.key(k).equals(",");
  }

  /** The date opened by "since" at token {@code k}, or {@code null}. */
  private static @Nullable DateMention dateAt(List<DateMention> dates, int k) {
    for (DateMention m : dates) if (m.from() == k || m.from() == k + 1) return m;
    return null;
  }

  /** Whether no clause ends between "since" at {@code k} and the figure, bar a comma after a sentence-opening since. */
  private static boolean sameClause(EnglishDocument d, EnglishDocument.Sentence s, int k, int from, int to) {
    int lo = Math.min(k, to);
    int hi = Math.max(k, from);
    for (int i = lo; i < hi; i++) {
      if (breaks(d, i) || d.key(i).equals(",") && !(k == s.from() && i > k)) return false;
    }
    return true;
  }

  /**
   * Whether tokens from {@code i} tell an event's start: "the start of (the) war", "the outbreak of
   * fighting", "the war began", "the offensive was launched", "the war in the north began".
   */
  private static boolean eventStart(EnglishDocument d, int i, int end) {
    int last = Math.min(end, i + 7);
    boolean startNoun = false;
    boolean event = false;
    for (int k = i; k < last; k++) {
      String key = d.key(k);
      if (key.equals(",") || key.equals(";") || key.equals(".")) return false;
      if (START_NOUNS.contains(key) && k + 1 < last && d.key(k + 1).equals("of")) startNoun = true;
      if (EVENTS.contains(key)) {
        if (startNoun) return true;
        event = true;
      } else if (event && START_VERBS.contains(key)) {
        return true;
      }
    }
    return false;
  }
}
