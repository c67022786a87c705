package org.crosscheck.english.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claim.EventType;
import org.crosscheck.extract.Diagnostic;
import org.crosscheck.extract.Rule;
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
public final class EventClaims {
  /** {@code EVENT_DATE_NEAREST.intParameter("max-distance")}, read once: rules are constants. */
  private static final int DATE_NEAREST_MAX_DISTANCE = Rules.EVENT_DATE_NEAREST.intParameter("max-distance");
  /** {@code EVENT_TALLY_SINCE.intParameter("window")}, read once: rules are constants. */
  private static final int TALLY_SINCE_WINDOW = Rules.EVENT_TALLY_SINCE.intParameter("window");
  /** {@code EVENT_DATE_VERB.intParameter("max-distance")}, read once: rules are constants. */
  private static final int DATE_VERB_MAX_DISTANCE = Rules.EVENT_DATE_VERB.intParameter("max-distance");
  private final Lexicon lexicon;

  public EventClaims(Lexicon lexicon) {
    this.lexicon = checkNotNull(lexicon, "lexicon");
  }

  /**
   * An event found in a sentence: its type, the tokens of its value (the date, or the cue and its
   * object), the date mention or {@code null} for the publication day, and the rules.
   */
  public record Event(EventType type, int from, int to, @Nullable DateMention date, List<Rule> rules) {}

  /**
   * The events of one sentence; {@code taken} marks tokens of quantities, which hold no cue. A start
   * told after "since" makes none (rule {@code event.since-reference}): a note goes to {@code notes}.
   */
  public List<Event> find(EnglishDocument d, EnglishDocument.Sentence s, List<DateMention> dates, boolean[] taken,
      List<PlaceMention> places, List<Diagnostic> notes) {
    List<PhraseTable.Hit<Lexicon.EventCue>> cues = new ArrayList<>();
    List<PhraseTable.Hit<Lexicon.EventCue>> since = new ArrayList<>(0);
    for (int k = s.from(); k < s.to(); k++) {
      if (taken[k]) continue;
      PhraseTable.Hit<Lexicon.EventCue> h = lexicon.events.match(d, k, s.to());
      if (h != null) {
        if (SinceStarts.isStart(h.value().type()) && SinceStarts.after(d, s, h.from())) {
          since.add(h);
          notes.add(Diagnostic.info(Rules.EVENT_SINCE_REFERENCE.id(), "a start told after 'since' is the point a count"
              + " runs from, not news of the start: \"" + d.text(h.from(), h.to()) + "\"", d.span(h.from(), h.to())));
        } else {
          cues.add(h);
        }
        k = h.to() - 1;
      }
    }
    List<PhraseTable.Hit<Lexicon.SpeechRole>> speeches = new ArrayList<>(2);
    for (int k = s.from(); k < s.to(); k++) {
      PhraseTable.Hit<Lexicon.SpeechRole> h = lexicon.speech.match(d, k, s.to());
      if (h != null) {
        speeches.add(h);
        k = h.to() - 1;
      }
    }
    List<Event> out = new ArrayList<>();
    int maxDistance = DATE_NEAREST_MAX_DISTANCE;
    for (DateMention m : dates) {
      PhraseTable.Hit<Lexicon.EventCue> best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (PhraseTable.Hit<Lexicon.EventCue> c : cues) {
        if (c.value().dating() == Lexicon.Dating.SINCE_ONLY && !d.key(m.from()).equals("since")) continue;
        int distance = gap(c.from(), c.to(), m.from(), m.to());
        if (distance <= maxDistance && distance < bestDistance) {
          best = c;
          bestDistance = distance;
        }
      }
      if (best == null && since.stream().anyMatch(c -> gap(c.from(), c.to(), m.from(), m.to()) <= SPEECH_DISTANCE)) {
        // rule event.since-reference: "since the war began on 15 April" dates the reference point, no event
        continue;
      }
      if (best != null) {
        out.add(new Event(best.value().type(), m.from(), m.to(), m, List.of(m.rule(), Rules.EVENT_DATE_NEAREST)));
      } else if (tallySince(d, s, m)) {
        out.add(new Event(CONFLICT_BEGAN, m.from(), m.to(), m, List.of(m.rule(), Rules.EVENT_TALLY_SINCE)));
      } else {
        // a statement's date only where the sentence names a place; else the nearest past-tense verb
        boolean placed = places.stream().anyMatch(p -> p.from() >= s.from() && p.to() <= s.to());
        // "said on Monday", "on Monday announced": the statement's own date, next to its verb; a date
        // further from it dates the nearest past-tense verb ("were killed in shelling on Saturday, he
        // said"), and the statement only when there is none
        boolean nextToSpeech = speeches.stream()
            .anyMatch(h -> gap(h.from(), h.to(), m.from(), m.to()) <= SPEECH_DISTANCE);
        // rule event.since-reference: "said on Monday that … since the fighting began": with the start set
        // aside the news is the statement of a running count, dated next to its verb though no place is named
        placed |= nextToSpeech && !since.isEmpty();
        String verb = nextToSpeech && placed ? null : pastVerb(d, s, m);
        if (nextToSpeech && placed || verb == null && placed && !speeches.isEmpty()) {
          out.add(new Event(EventType.ANNOUNCED, m.from(), m.to(), m, List.of(m.rule(), Rules.EVENT_SPEECH_DATE)));
        } else if (verb != null) {
          out.add(new Event(EventType.of(verb), m.from(), m.to(), m, List.of(m.rule(), Rules.EVENT_DATE_VERB)));
        }
      }
    }
    if (dates.isEmpty()) {
      for (PhraseTable.Hit<Lexicon.EventCue> c : cues) {
        if (c.value().dating() != Lexicon.Dating.NEAREST) continue;
        // "the liberated city" is no event; nor is a cue without a direct object ("seized in 2014")
        if (DETERMINERS.contains(d.key(c.from() - 1)) || NOT_OBJECTS.contains(d.key(c.to()))) continue;
        // "retaken 14 villages": the figure is the claim
        if (c.to() < s.to() && taken[c.to()]) continue;
        int to = objectEnd(d, s, c.to(), places);
        out.add(new Event(c.value().type(), c.from(), to, null, List.of(Rules.EVENT_DATE_IMPLICIT)));
        break;
      }
    }
    return out;
  }

  private static final int SPEECH_DISTANCE = Rules.EVENT_SPEECH_DATE.intParameter("max-distance");

  /** The tokens between spans {@code [aFrom, aTo)} and {@code [bFrom, bTo)}; 0 when they meet. */
  private static int gap(int aFrom, int aTo, int bFrom, int bTo) {
    return Math.max(0, aTo <= bFrom ? bFrom - aTo : aFrom - bTo);
  }

  /** The start of the war or the fighting, as {@code events.txt} names it. */
  static final EventType CONFLICT_BEGAN = new EventType("conflict-began", "conflict began");

  /**
   * Rule {@code event.tally-since}: "the number of injured since October 7", "killed since the war
   * began": a toll counted since a date says when the fighting it counts began; the word of harm
   * before "since" is no event of its own.
   */
  private boolean tallySince(EnglishDocument d, EnglishDocument.Sentence s, DateMention m) {
    if (!d.key(m.from()).equals("since") || m.from() - 1 < s.from()) return false;
    int window = TALLY_SINCE_WINDOW;
    for (int k = Math.max(s.from(), m.from() - window); k < m.from(); k++) {
      PhraseTable.Hit<org.crosscheck.claim.Measure> h = lexicon.verbs.match(d, k, m.from());
      if (h != null && h.to() == m.from() && QuantityClaims.isPeople(h.value())) return true;
    }
    return false;
  }

  private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "newly", "recently");
  private static final java.util.Set<String> NOT_OBJECTS = java.util.Set.of("in", "from", "by", "with", "on", "at",
      "during", "for", "to", "since", "after", "before", "and", ",", ".", "as", "last", "earlier", "when", "that", "it",
      "them");
  private static final java.util.Set<String> NOT_EVENTS = java.util.Set.of("based", "backed", "led", "used", "called",
      "named", "armed", "allied", "needed", "related", "united", "expected", "estimated", "reported", "added",
      "stated", "claimed", "confirmed", "announced", "warned", "followed", "continued", "included", "involved",
      "remained", "reached", "described", "quoted", "cited", "asked", "told", "noted", "published", "suspected",
      "alleged", "accused", "wanted");

  /** The nearest past-tense verb (a word in -ed) within the rule's distance of the date, or {@code null}. */
  private static @Nullable String pastVerb(EnglishDocument d, EnglishDocument.Sentence s, DateMention m) {
    int max = DATE_VERB_MAX_DISTANCE;
    for (int distance = 0; distance <= max; distance++) {
      for (int k : new int[] {m.from() - 1 - distance, m.to() + distance}) {
        if (k < s.from() || k >= s.to()) continue;
        Token t = d.token(k);
        if (t.isWord() && t.key().length() > 4 && t.key().endsWith("ed") && !NOT_EVENTS.contains(t.key())
            && !t.capitalized() && !DETERMINERS.contains(d.key(k - 1)) && !d.token(k - 1).isDash()) {
          return t.key();
        }
      }
    }
    return null;
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
