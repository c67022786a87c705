package org.crosscheck.english.internal;

import org.crosscheck.claim.EventType;

/**
 * Rule {@code event.since-reference}: a start told after "since" ("the toll since the war began",
 * "displaced since the offensive started") is the point a count runs from, not news that the war or
 * the offensive began; such a cue makes no event claim. Asked only of the few start cues a sentence
 * holds, never of every word.
 */
final class SinceStarts {
  /** {@code EVENT_SINCE_REFERENCE.intParameter("window")}, read once: rules are constants. */
  private static final int WINDOW = Rules.EVENT_SINCE_REFERENCE.intParameter("window");

  private SinceStarts() {}

  /** Whether an event of {@code type} starts something: a war, fighting, an offensive. */
  static boolean isStart(EventType type) {
    return type.equals(EventClaims.CONFLICT_BEGAN) || type.equals(EventType.OPERATION_BEGAN)
        || type.equals(EventType.ASSAULT_BEGAN);
  }

  /**
   * Whether the cue starting at token {@code cueFrom} is told after "since": the cue opens with it
   * ("since the war began"), or "since" stands at most the window before it with only lower-case
   * words between ("since the fighting erupted"; not "since Monday the army launched").
   */
  static boolean after(EnglishDocument d, EnglishDocument.Sentence s, int cueFrom) {
    if (d.key(cueFrom).equals("since")) return true;
    for (int k = cueFrom - 1; k >= Math.max(s.from(), cueFrom - WINDOW); k--) {
      if (d.key(k).equals("since")) return true;
      Token t = d.token(k);
      if (!t.isWord() || t.capitalized()) return false;
    }
    return false;
  }
}
