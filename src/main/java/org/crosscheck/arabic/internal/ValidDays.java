package org.crosscheck.arabic.internal;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.value.DateValue;
import org.jspecify.annotations.Nullable;

/**
 * Rule {@code quantity.valid-at}: a count is valid on the day its clause names (قتل 12 شخصا في قصف
 * يوم الخميس): a resolved day, said at (not since or until) that day, not after the article's anchor,
 * in the figure's sentence within {@link #WINDOW} words and with no comma between them bar the one
 * that closes the date itself. A date after the figure wins over one before it, and the nearer over
 * the farther; a date before the figure that dates a statement (a speech cue right before it, or
 * أن/إن between it and the figure: أعلنت الوزارة يوم الأحد أن…) is taken only when no other date
 * qualifies. The anchor day itself is left out: a count without a date is valid on it already.
 * Only the dates already found are looked at, once per count claim.
 */
final class ValidDays {
  private ValidDays() {}

  static final int WINDOW = ArabicRules.QUANTITY_VALID_AT.intParameter("window");

  /** How many words before a date a speech cue may stand for the date to be a statement's. */
  private static final int CUE_REACH = 3;

  /**
   * The day on which the count of {@code figure} is valid, or
   * {@code null} when its clause names none besides the anchor day, or the article has no anchor.
   */
  static DateValue.@Nullable OnDay of(ArticleRun run, ArticleRun.Figure figure) {
    LocalDate anchor = java.util.Objects.requireNonNull(run.anchor, "a figure is read with an anchor day");
    ArticleText doc = run.doc;
    int first = figure.first();
    int last = figure.last();
    Sentence s = figure.sentence();
    List<DateMatch> dates = figure.dates();
    DateValue.OnDay best = null;
    int bestRank = Integer.MAX_VALUE;
    for (DateMatch d : dates) {
      if (d.qualifier() != DateMatch.Qualifier.AT || !(d.value() instanceof DateValue.OnDay day)) continue;
      if (!day.day().isBefore(anchor)) continue;
      int from = doc.wordAtOriginal(d.span().start());
      int to = doc.wordAtOriginal(Math.max(d.span().start(), d.span().end() - 1));
      if (from < s.from() || to >= s.to() || from <= last && to >= first) continue;
      boolean after = from > last;
      int distance = after ? from - last : first - to;
      if (distance > WINDOW) continue;
      // a comma between them cuts the clause, bar the one that closes the date itself (…يوم الخميس، قتل 12)
      if (after ? doc.commaBetween(doc.originalSpanOfWords(last, last + 1).end(), from)
          : commaBefore(doc, s, d, from, to, first)) continue;
      if (datesBetween(doc, dates, d, after ? last : to, after ? from : first)) continue;
      boolean statement = !after && statement(run, s, from, first);
      int rank = (statement ? 2 * (WINDOW + 1) : 0) + (after ? 0 : WINDOW + 1) + distance;
      if (rank < bestRank) {
        bestRank = rank;
        best = day;
      }
    }
    return best;
  }

  /**
   * Whether a comma stands between the date at words {@code from..to} and the figure at word
   * {@code first} after it; a date opening the sentence may be closed by one (ويوم الأربعاء، قتل…).
   */
  private static boolean commaBefore(ArticleText doc, Sentence s, DateMatch d, int from, int to, int first) {
    if (from != s.from()) return doc.commaBetween(d.span().end(), first);
    return to + 1 < first && doc.commaBetween(doc.originalSpanOfWords(to + 1, to + 2).start(), first);
  }

  /** Whether another date (at, since or until) stands between words {@code from} and {@code to}, exclusive. */
  private static boolean datesBetween(ArticleText doc, List<DateMatch> dates, DateMatch self, int from, int to) {
    for (DateMatch d : dates) {
      if (d == self) continue;
      int w = doc.wordAtOriginal(d.span().start());
      if (w > from && w < to) return true;
    }
    return false;
  }

  /**
   * Whether the date starting at word {@code date}, before the figure at word {@code figure}, dates a
   * statement: a speech cue within {@link #CUE_REACH} words before it, or "that" (أن، إن، بأن) between
   * it and the figure.
   */
  private static boolean statement(ArticleRun run, Sentence s, int date, int figure) {
    for (int j = Math.max(s.from(), date - CUE_REACH); j < date; j++) {
      if (run.speakers.speech.match(run.doc, j) != null) return true;
    }
    for (int j = date + 1; j < figure; j++) {
      if (EventClaims.THAT.contains(run.words.get(j).text())) return true;
    }
    return false;
  }
}
