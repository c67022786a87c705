package org.crosscheck.arabic.internal;

import java.util.Set;

/**
 * Rule {@code event.since-reference}: a start told right after \u0645\u0646\u0630 ("since the start
 * of the war", "since the launch of the operation") is the point a count runs from, not news that the
 * war or the operation began; its cue makes no event claim, whatever day the sentence names. Cues of
 * an ongoing activity dated by the day it has gone on since (rule {@code event.ongoing-since}) are
 * not starts told after since and keep their reading. Asked only of the event cues a sentence holds.
 */
final class SinceStarts {
  /** The event types that start something. */
  static final Set<String> STARTS = Set.of("operation-began", "conflict-began", "assault-began");
  /** \u0645\u0646\u0630 and \u0648\u0645\u0646\u0630 (and since), normalized. */
  static final Set<String> SINCE = Set.of("\u0645\u0646\u0630", "\u0648\u0645\u0646\u0630");

  /** The words after such a start that are its object (the war, the attack), no event either. */
  static final int OBJECT_WORDS = 2;

  private SinceStarts() {}

  /**
   * Whether the cue at word {@code from} of sentence {@code s}, of event {@code type} and {@code
   * dating}, is a start told right after since; if so a note goes to the stage's diagnostics.
   */
  static boolean reference(ArticleStage stage, Sentence s, int from, String type, LexiconEntries.Dating dating) {
    if (from <= s.from() || dating == LexiconEntries.Dating.SINCE || !STARTS.contains(type)) return false;
    // "منذ بدء", or "منذ أن بدأت" (since the operation began)
    int before = from - 1;
    if (stage.texts.get(before).equals("ان") && before > s.from()) before--;
    if (!SINCE.contains(stage.texts.get(before))) return false;
    org.crosscheck.claim.Span span = stage.doc.originalSpanOfWords(before, from + 1);
    stage.diagnostics.add(org.crosscheck.extract.Diagnostic.info(ArabicRules.EVENT_SINCE_REFERENCE.id(), "a start"
        + " told after \u0645\u0646\u0630 is the point a count runs from, not news of the start: \u201c"
        + span.of(stage.text) + "\u201d", span));
    return true;
  }
}
