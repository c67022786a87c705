package org.crosscheck.english;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claim.EventType;
import org.jspecify.annotations.Nullable;

/**
 * The stage that finds event wording and dates it, two steps: the cues of a sentence (from
 * {@code events.txt}), then for each date the nearest cue (rule {@code event.date-nearest}); a date
 * near no cue but in a sentence with a speech verb dates the statement (rule {@code
 * event.statement-date}); a sentence without a date gives its first cue the publication day (rule
 * {@code event.date-implicit}), unless the cue is one that needs a date.
 *
 * <p>Immutable and thread-safe.
 */
final class EventClaims {
  private final Lexicon lexicon;

  EventClaims(Lexicon lexicon) {
    this.lexicon = checkNotNull(lexicon, "lexicon");
  }

  /**
   * An event found in a sentence: its type, the tokens of its value (the date, or the cue and its
   * object), the date mention or {@code null} for the publication day, and the rules.
   */
  record Event(EventType type, int from, int to, @Nullable DateMention date, List<Rule> rules) {}

  /** The events of one sentence; {@code taken} marks tokens of quantities, which hold no cue. */
  List<Event> find(EnglishDocument d, EnglishDocument.Sentence s, List<DateMention> dates, boolean[] taken,
      List<PlaceMention> places) {
    List<PhraseTable.Hit<Lexicon.EventCue>> cues = new ArrayList<>();
    for (int k = s.from(); k < s.to(); k++) {
      if (taken[k]) continue;
      PhraseTable.Hit<Lexicon.EventCue> h = lexicon.events.match(d, k, s.to());
      if (h != null) {
        cues.add(h);
        k = h.to() - 1;
      }
    }
    boolean speech = false;
    for (int k = s.from(); k < s.to() && !speech; k++) speech = lexicon.speech.match(d, k, s.to()) != null;
    List<Event> out = new ArrayList<>();
    int maxDistance = Rules.EVENT_DATE_NEAREST.intParameter("max-distance");
    for (DateMention m : dates) {
      PhraseTable.Hit<Lexicon.EventCue> best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (PhraseTable.Hit<Lexicon.EventCue> c : cues) {
        int distance = c.to() <= m.from() ? m.from() - c.to() : c.from() - m.to();
        if (distance < 0) distance = 0;
        if (distance <= maxDistance && distance < bestDistance) {
          best = c;
          bestDistance = distance;
        }
      }
      if (best != null) {
        out.add(new Event(best.value().type(), m.from(), m.to(), m, List.of(m.rule(), Rules.EVENT_DATE_NEAREST)));
      } else if (speech) {
        out.add(new Event(EventType.ANNOUNCED, m.from(), m.to(), m, List.of(m.rule(), Rules.EVENT_SPEECH_DATE)));
      }
    }
    if (dates.isEmpty()) {
      for (PhraseTable.Hit<Lexicon.EventCue> c : cues) {
        if (c.value().dating() != Lexicon.Dating.NEAREST) continue;
        int to = objectEnd(d, s, c.to(), places);
        out.add(new Event(c.value().type(), c.from(), to, null, List.of(Rules.EVENT_DATE_IMPLICIT)));
        break;
      }
    }
    return out;
  }

  /** The end of the cue's object: a place named right after it, else up to four words. */
  private static int objectEnd(EnglishDocument d, EnglishDocument.Sentence s, int after, List<PlaceMention> places) {
    for (PlaceMention p : places) {
      if (p.from() >= after && p.from() <= after + 3 && p.to() <= s.to()) return p.to();
    }
    int end = after;
    while (end < s.to() && end - after < 4 && (d.token(end).isWord() || d.token(end).isDash())) end++;
    return Math.max(end, after);
  }
}
