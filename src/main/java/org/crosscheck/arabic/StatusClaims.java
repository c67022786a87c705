package org.crosscheck.arabic;

import java.util.List;
import java.util.Set;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Scope;
import org.crosscheck.claim.Subject;
import org.crosscheck.value.Label;

/**
 * Status claims: "ما زال التنظيم متواجدا في بلدة راوة": the party still holds the place. One per
 * article; not thread-safe.
 */
final class StatusClaims extends ArticleStage {
  StatusClaims(ArticleRun run) {
    super(run);
  }

  static final Set<String> STILL = Set.of("زال", "يزال", "تزال");
  static final Set<String> PRESENCE = Set.of("متواجد", "متواجدا", "موجود", "موجودا", "يتواجد", "يتواجدون",
      "متواجدون", "موجودون", "يتمركز");
  // ---- status ---------------------------------------------------------------------------------

  /** "ما زال التنظيم متواجدا في بلدة راوة": the party still holds the place. */
  void status(Sentence s, List<PlaceAt> here, Attribution attribution) {
    for (int i = s.from(); i + 2 < s.to(); i++) {
      if (!STILL.contains(doc.stripped(i))) continue;
      int presence = -1;
      for (int k = i + 1; k < Math.min(s.to(), i + 7); k++) if (PRESENCE.contains(doc.stripped(k))) presence = k;
      if (presence < 0) continue;
      PlaceAt place = null;
      for (PlaceAt p : here) if (p.word() > presence && p.word() <= presence + 4) place = place == null ? p : place;
      if (place == null) continue;
      String party = run.speakers.mainArmed;
      for (int k = i + 1; k < presence; k++) {
        CueTable.Hit<LexiconEntries.Actor> h = actors.match(doc, k);
        if (h != null) party = run.speakers.resolve(h.value());
      }
      if (party == null) return;
      int from = i > s.from() && (texts.get(i - 1).equals("ما") || texts.get(i - 1).equals("لا")) ? i - 1 : i;
      org.crosscheck.claim.Span span = doc.originalSpanOfWords(from, place.toWord());
      run.add(Subject.of(party), Measures.CONTROL, EventType.NONE, place.place(), Scope.WHOLE, Label.of("held by " + party),
          attribution, run.evidence(s, new Span(span.start(), span.end())), Modality.ASSERTED,
          List.of(ArabicRules.STATUS_STILL_PRESENT));
      return;
    }
  }
}
