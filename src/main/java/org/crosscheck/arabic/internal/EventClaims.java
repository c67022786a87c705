package org.crosscheck.arabic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Scope;
import org.crosscheck.claim.Subject;
import org.crosscheck.extract.Rule;
import org.crosscheck.value.DateValue;
import org.jspecify.annotations.Nullable;

/**
 * Step two of event claims: each date goes to the nearest cue that can make a claim (rule {@code
 * event.date-nearest}), an undated past report is dated by the publication day, and a date left to
 * no event but said of a speech verb dates a statement. One per article; not thread-safe.
 */
final class EventClaims extends ArticleStage {
  EventClaims(ArticleRun run) {
    super(run);
  }

  static final Set<String> NEEDS_NO_PLACE = Set.of("announced", "declared", "attacked", "founded",
      "operation-began", "held", "visit", "siege-broken");
  static final Set<String> STATEMENT_VERBS = Set.of("تحدث", "تحدثت", "غرد", "غردت", "نشر", "نشرت", "كتب", "كتبت");
  static final Set<String> THAT = Set.of("ان", "بان", "انه", "بانه", "انها", "بانها", "انهم");
  /** Words before أن that make "however" of it (غير أن، إلا أن، بيد أن): no that-clause of a report. */
  static final Set<String> CONTRAST = Set.of("غير", "الا", "بيد");
  /** Rule {@code event.statement-date}: words before a date searched for a speech verb. */
  static final int STATEMENT_WINDOW = ArabicRules.EVENT_STATEMENT_DATE.intParameter("window");
  /** Rule {@code event.dated-without-place}: the distance added to a cue that names no place. */
  static final int PLACELESS_PENALTY = ArabicRules.EVENT_DATE_NEAREST.intParameter("placeless-penalty");
  /** Rule {@code event.date-nearest}: the farthest a date may be from its cue, in words. */
  static final int DATE_MAX_DISTANCE = ArabicRules.EVENT_DATE_NEAREST.intParameter("max-distance");
  static final Set<String> COMPLETION = Set.of("انجزت", "انجز", "اتمت", "اتم", "اكملت", "اكمل", "اعلن", "اعلنت");
  /**
   * Rule {@code event.completed-fully}: words right after an event's place that say it was taken
   * whole (بالكامل، بكاملها، كاملة، برمتها): the event is reported as done, even as a verbal noun
   * ("تحرير البلدة بالكامل يفتح الطريق …") or of a place named before.
   */
  static final Set<String> FULLY = Set.of("بالكامل", "بكاملها", "بكامله", "كاملا", "كامله", "برمتها", "برمته");
  /** Words that govern a verbal noun as an aim or a time, not a report (normalized: إلى is الي): إلى، من أجل، بهدف، قبل، بعد، حتى. */
  static final Set<String> GOVERNORS = Set.of("الي", "اجل", "لاجل", "بهدف", "بغيه", "سعيا", "قبل", "بعد", "حتي",
      "علي", "في", "من", "عن");

  /**
   * Event claims of a sentence: its cues ({@link EventCues#find}), the places each is about, then
   * step two, each date to the nearest cue that can take it.
   */
  void events(Sentence s, List<DateMatch> dates, List<PlaceAt> here, Attribution attribution) {
    List<EventCue> cues = run.cues.find(s, dates);
    if (cues.isEmpty()) {
      List<DateMatch> usable = new ArrayList<>();
      for (DateMatch d : dates) if (d.isResolved() && d.value() != null && !doc.isPrintedPublicationDate(d)) usable.add(d);
      statements(s, usable, new boolean[usable.size()], attribution);
      return;
    }
    List<List<PlaceAt>> objectsOf = new ArrayList<>();
    for (int c = 0; c < cues.size(); c++) {
      objectsOf.add(new ArrayList<>(run.cues.objects(cues.get(c), c + 1 < cues.size() ? cues.get(c + 1).from() : s.to(), here, s,
          c == 0 ? cues : List.of())));
    }
    boolean[] anaphoric = new boolean[cues.size()];
    for (int c = 0; c < cues.size(); c++) {
      if (objectsOf.get(c).isEmpty()) {
        PlaceAt antecedent = run.cues.antecedent(cues.get(c), s, here);
        if (antecedent != null) {
          objectsOf.get(c).add(antecedent);
          anaphoric[c] = true;
        }
      }
    }
    if (cues.size() > 1) {
      // a list: a few places, told by equals without hashing each place
      List<PlaceAt> enumerated = new ArrayList<>(objectsOf.get(0));
      for (int c = 1; c < cues.size(); c++) {
        List<PlaceAt> mine = objectsOf.get(c);
        int cueEnd = cues.get(c).to();
        mine.removeIf(p -> enumerated.contains(p) && p.word() > cueEnd + 6);
      }
    }
    // each date goes to the nearest cue that can make a claim, each cue takes at most one date;
    // a comma between a date and a cue after it loosens the bond
    List<DateMatch> usable = new ArrayList<>();
    for (DateMatch d : dates) if (d.isResolved() && d.value() != null && !doc.isPrintedPublicationDate(d)) usable.add(d);
    DateMatch[] dateOf = new DateMatch[cues.size()];
    Rule[] dateRule = new Rule[cues.size()];
    boolean[] usedDate = new boolean[usable.size()];
    List<int[]> pairs = new ArrayList<>();
    for (int c = 0; c < cues.size(); c++) {
      for (int d = 0; d < usable.size(); d++) {
        int dw = doc.wordAtOriginal(usable.get(d).span().start());
        int dwEnd = doc.wordAtOriginal(Math.max(usable.get(d).span().start(), usable.get(d).span().end() - 1)) + 1;
        EventCue cue = cues.get(c);
        // rule event.ongoing-since: "القتال المتواصل منذ نيسان": an ongoing activity is dated only by
        // the date it has gone on since, which is when it began
        if (cue.sinceOnly() && usable.get(d).qualifier() != DateMatch.Qualifier.SINCE) continue;
        int dist = dwEnd <= cue.from() ? cue.from() - dwEnd + 2 : dw >= cue.to() ? dw - cue.to() : 0;
        if (dwEnd <= cue.from() && doc.commaBetween(usable.get(d).span().end(), cue.from())) dist += 6;
        if (dw >= cue.to() && cue.background() && doc.commaBetween(doc.originalSpanOfWords(cue.to() - 1, cue.to()).end(), dw)) dist += 6;
        // rule event.dated-without-place: a dated cue with no place still dates its event, but a
        // cue with a place is preferred for the same date
        if (objectsOf.get(c).isEmpty() && !NEEDS_NO_PLACE.contains(cue.type())
            && run.cues.figureObject(cue, c + 1 < cues.size() ? cues.get(c + 1).from() : s.to())) {
          continue;
        }
        if (objectsOf.get(c).isEmpty()) {
          // ... only by a date that names its time ("in recent weeks" dates no capture), and only
          // in a main clause ("بعد خسارته في نوفمبر" is background to what the sentence reports)
          if (!NEEDS_NO_PLACE.contains(cue.type())) {
            if (!closed(usable.get(d).value()) || cue.background()) continue;
            dist += PLACELESS_PENALTY;
          }
        }
        pairs.add(new int[] {dist, c, d});
      }
    }
    pairs.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : a[1] != b[1] ? Integer.compare(a[1], b[1])
        : Integer.compare(a[2], b[2]));
    for (int[] p : pairs) {
      if (p[0] > DATE_MAX_DISTANCE || dateOf[p[1]] != null || usedDate[p[2]] || cues.get(p[1]).purpose()) continue;
      dateOf[p[1]] = usable.get(p[2]);
      usedDate[p[2]] = true;
      dateRule[p[1]] = ArabicRules.EVENT_DATE_NEAREST;
    }
    // rule event.date-of-report: "أكد القائد السبت أن القوات حررت الحي": an event reported in a
    // that-clause with no date of its own is dated by the report
    for (int c = 0; c < cues.size(); c++) {
      if (dateOf[c] != null || cues.get(c).purpose()) continue;
      DateMatch report = reportDate(cues.get(c), usable, s);
      if (report != null) {
        dateOf[c] = report;
        dateRule[c] = ArabicRules.EVENT_DATE_OF_REPORT;
      }
    }
    for (int c = 0; c < cues.size(); c++) {
      for (int d = 0; d < usable.size(); d++) if (dateOf[c] == usable.get(d)) usedDate[d] = true;
    }
    statements(s, usable, usedDate, attribution);
    boolean[] fullyDone = new boolean[cues.size()];
    for (int c = 0; c < cues.size(); c++) {
      EventCue cue = cues.get(c);
      if (cue.purpose()) continue;
      List<PlaceAt> objects = objectsOf.get(c);
      DateMatch d = dateOf[c];
      DateValue when;
      org.crosscheck.claim.Span valueSpan;
      if (d != null) {
        when = java.util.Objects.requireNonNull(d.value(), "usable dates are resolved");
        valueSpan = new org.crosscheck.claim.Span(d.span().start(), d.span().end());
      } else {
        boolean verbalNoun = !cue.implicit();
        // a verbal noun reports an event only when a verb of completion governs it ("أنجزت … تحرير")
        boolean completed = false;
        for (int i = cue.from() - 1; i >= Math.max(s.from(), cue.from() - 8); i--) {
          if (eventCues.match(doc, i) != null) break;
          if (COMPLETION.contains(doc.stripped(i))) completed = true;
        }
        // rule event.completed-fully: a place taken "fully" is an event done, told as a noun or of a
        // place named before
        // (a place named before is resumed right after the cue: "تحرير البلدة بالكامل", "عليها بكاملها")
        int end = objects.isEmpty() || anaphoric[c] ? cue.to() : objects.get(objects.size() - 1).toWord();
        int fullyAt = -1;
        for (int k = end; k < Math.min(s.to(), end + (anaphoric[c] ? 3 : 2)) && fullyAt < 0; k++) {
          if (FULLY.contains(texts.get(k))) fullyAt = k;
        }
        // ... but a verbal noun governed by a preposition is an aim or a time ("تسعى إلى تحرير البلدة بالكامل")
        boolean governed = verbalNoun && cue.from() > s.from() && GOVERNORS.contains(texts.get(cue.from() - 1));
        boolean fully = fullyAt >= 0 && !governed;
        // an event about a place named before needs a date of its own: "التي استعادتها القوات" recalls
        if (cue.background() || run.anchor == null || objects.isEmpty() || (anaphoric[c] && !fully)
            || (verbalNoun && !completed && !fully)) {
          continue;
        }
        when = new DateValue.OnDay(run.anchor);
        dateRule[c] = ArabicRules.EVENT_DATED_BY_PUBLICATION;
        if (fully) {
          fullyDone[c] = true;
          end = Math.max(end, fullyAt + 1);
        }
        valueSpan = doc.originalSpanOfWords(cue.from(), Math.max(end, cue.to()));
      }
      if (objects.isEmpty() && !NEEDS_NO_PLACE.contains(cue.type()) && d == null) continue;
      EventType type = EventType.byId(cue.type()).orElseGet(() -> EventType.of(cue.type()));
      List<org.crosscheck.claim.Place> targets = new ArrayList<>();
      for (PlaceAt o : objects) if (!targets.contains(o.place())) targets.add(o.place());
      if (targets.size() > 1 && objects.stream().allMatch(run.places::country)) {
        targets = List.of(org.crosscheck.claim.Place.union(targets.toArray(new org.crosscheck.claim.Place[0])));
        objects = List.of(objects.get(0));
      }
      if (targets.isEmpty()) targets.add(org.crosscheck.claim.Place.NOWHERE);
      List<Rule> rules = new ArrayList<>(List.of(ArabicRules.EVENT_CUE));
      if (cue.again()) rules.add(ArabicRules.EVENT_RECAPTURED);
      if (cue.sinceOnly()) rules.add(ArabicRules.EVENT_ONGOING_SINCE);
      rules.add(dateRule[c]);
      if (fullyDone[c]) rules.add(ArabicRules.EVENT_COMPLETED_FULLY);
      if (!objects.isEmpty()) rules.add(anaphoric[c] ? ArabicRules.PLACE_ANAPHOR : ArabicRules.PLACE_EVENT_OBJECTS);
      for (int k = 0; k < targets.size(); k++) {
        org.crosscheck.claim.Place target = targets.get(k);
        Scope scope = objects.isEmpty() ? Scope.WHOLE : objects.get(k).scope();
        EventKey key = new EventKey(type.id(), target.id(), when, scope, text(attribution));
        if (!run.seenEvents.add(key)) continue;
        run.add(Subject.NONE, Measures.EVENT_DATE, type, target, scope, when, attribution,
            run.evidence(s, new Span(valueSpan.start(), valueSpan.end())), Modality.ASSERTED, rules);
      }
    }
  }


  /**
   * {@code String.valueOf(attribution)}, kept for the last attribution asked: the claims of one
   * sentence share their attribution, and its text is part of every event key.
   */
  private String text(Attribution attribution) {
    if (attribution != lastAttribution) {
      lastAttributionText = String.valueOf(attribution);
      lastAttribution = attribution;
    }
    return lastAttributionText;
  }

  private @Nullable Attribution lastAttribution;

  /**
   * What makes an event claim of an article the same as one made before: its type, place (none for
   * a statement), date, scope and sources as printed. The date is kept as the value, not printed.
   */
  record EventKey(String type, @Nullable String place, @Nullable DateValue when, @Nullable Scope scope, String attribution) {}
  private String lastAttributionText = "";

  /** A day, a month, a year or a span: not an open "before"/"after" bound. */
  boolean closed(@Nullable DateValue v) {
    return v != null && !(v instanceof DateValue.Before) && !(v instanceof DateValue.After);
  }

  /** The date of the report an undated event is told in: a date before a "that" (أن، إن، بأن) that comes before the cue. */
  @Nullable DateMatch reportDate(EventCue cue, List<DateMatch> usable, Sentence s) {
    DateMatch best = null;
    for (DateMatch d : usable) {
      int dwEnd = doc.wordAtOriginal(Math.max(d.span().start(), d.span().end() - 1)) + 1;
      if (dwEnd > cue.from() || dwEnd < s.from()) continue;
      boolean that = false;
      for (int k = dwEnd; k < cue.from(); k++) {
        if (THAT.contains(texts.get(k))) that = true;
        // "غير أن"، "إلا أن" (however) open a clause of their own, which the report does not date
        if (k > s.from() && THAT.contains(texts.get(k)) && CONTRAST.contains(texts.get(k - 1))) that = false;
      }
      if (that) best = d;
    }
    return best;
  }

  /**
   * Rule {@code event.statement-date}: a date left to no event but said of a speech verb within
   * {@link #STATEMENT_WINDOW} words ("كتب المتحدث على حسابه أمس الثلاثاء أن …") dates the statement.
   */
  void statements(Sentence s, List<DateMatch> usable, boolean[] used, Attribution attribution) {
    for (int d = 0; d < usable.size(); d++) {
      if (used[d]) continue;
      DateMatch date = usable.get(d);
      if (!(date.value() instanceof DateValue.OnDay)) continue;
      int dw = doc.wordAtOriginal(date.span().start());
      if (dw < s.from() || dw >= s.to()) continue;
      boolean spoken = false;
      for (int k = Math.max(s.from(), dw - STATEMENT_WINDOW); k < Math.min(s.to(), dw + 3) && !spoken; k++) {
        CueTable.Hit<String> h = speech.match(doc, k);
        if (h != null && h.value().equals("verb")) spoken = true;
        if (STATEMENT_VERBS.contains(doc.stripped(k)) || STATEMENT_VERBS.contains(texts.get(k))) spoken = true;
      }
      if (!spoken) continue;
      EventKey key = new EventKey("statement", null, date.value(), null, text(attribution));
      if (!run.seenEvents.add(key)) continue;
      run.add(Subject.NONE, Measures.EVENT_DATE, EventType.of("statement"), org.crosscheck.claim.Place.NOWHERE, Scope.WHOLE,
          date.value(), attribution, run.evidence(s, date.span()), Modality.ASSERTED,
          List.of(ArabicRules.EVENT_STATEMENT_DATE));
    }
  }
}
