package org.crosscheck.arabic.internal;

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

  static final WordClass STILL = WordClass.ofStripped("زال", "يزال", "تزال");
  static final WordClass PRESENCE = WordClass.ofStripped("متواجد", "متواجدا", "موجود", "موجودا", "يتواجد", "يتواجدون",
      "متواجدون", "موجودون", "يتمركز");
  /** Rule {@code status.control-extended}: verbs of extending control (بسط، فرض، أحكم) before سيطرته. */
  static final Set<String> EXTEND = Set.of("بسط", "بسطت", "بسطوا", "فرض", "فرضت", "فرضوا", "احكم", "احكمت", "احكموا");
  /** Words after the control noun that say it is whole (بالكامل، الكاملة، التامة). */
  static final Set<String> WHOLE = Set.of("بالكامل", "الكامله", "التامه", "كامله", "تامه");
  /** Rule {@code status.outside-control}: verbs of remaining (بقي، ظل) before "outside the control of". */
  static final Set<String> REMAIN = Set.of("بقي", "بقيت", "ظل", "ظلت", "يبقي", "تبقي", "يظل", "تظل", "زال", "يزال", "تزال");
  /** Facilities a text names by a definite noun alone (المطار، الميناء): the one of the place named before. */
  static final Set<String> FACILITIES = Set.of("المطار", "الميناء", "القاعده", "المعبر", "السجن", "المخيم");

  /**
   * Control status from the wording of control: "أحكمت القوات سيطرتها التامة على ميناء بلدة عنة"
   * (rule {@code status.control-extended}: fully controlled) and "ظل المعبر خارج سيطرة الجيش" (rule
   * {@code status.outside-control}: not controlled; a facility named by its noun alone is the one
   * named last with a place, "معبر بلدة عنة"). The claim names no party: the label says what the text says of the
   * place.
   */
  void control(Sentence s, List<PlaceAt> here, Attribution attribution) {
    for (int i = s.from(); i + 2 < s.to(); i++) {
      // the next word first: it is rarely سيطرة, and it is told without cutting a string
      if (!texts.get(i + 1).startsWith("سيطرت")
          || !EXTEND.contains(doc.stripped(i)) && !EXTEND.contains(withoutWaw(texts.get(i)))) {
        continue;
      }
      boolean whole = false;
      int on = -1;
      for (int k = i + 2; k < Math.min(s.to(), i + 5); k++) {
        if (WHOLE.contains(texts.get(k))) whole = true;
        if (texts.get(k).equals("علي") && on < 0) on = k;
      }
      if (!whole || on < 0) continue;
      PlaceAt place = null;
      for (PlaceAt p : here) if (place == null && p.word() > on && p.word() <= on + 4 && !run.places.country(p)) place = p;
      if (place == null) continue;
      org.crosscheck.claim.Span span = doc.originalSpanOfWords(i, on);
      run.add(Subject.NONE, Measures.CONTROL, EventType.NONE, place.place(), Scope.WHOLE, Label.of("fully controlled"),
          attribution, run.evidence(s, new Span(span.start(), span.end())), Modality.ASSERTED,
          List.of(ArabicRules.STATUS_CONTROL_EXTENDED));
      return;
    }
    for (int i = s.from() + 2; i + 1 < s.to(); i++) {
      if (!texts.get(i).equals("خارج") || !texts.get(i + 1).startsWith("سيطر")) continue;
      int verb = -1;
      for (int k = i - 1; k >= Math.max(s.from(), i - 4) && verb < 0; k--) {
        if (REMAIN.contains(doc.stripped(k)) || REMAIN.contains(withoutWaw(texts.get(k)))) verb = k;
      }
      if (verb < 0) continue;
      // what remained outside: between the verb and خارج, or just before the verb ("المطار بقي")
      int from = Math.max(s.from(), verb - 2);
      PlaceAt place = null;
      for (PlaceAt p : here) {
        if (place == null && p.word() >= from && p.word() < i && p.word() != verb && !run.places.country(p)) place = p;
      }
      String facility = null;
      for (int k = from; k < i && facility == null; k++) if (FACILITIES.contains(texts.get(k))) facility = texts.get(k);
      if (place == null && facility != null) place = namedWith(facility.substring(2), verb);
      if (place == null) continue;
      org.crosscheck.claim.Span span = doc.originalSpanOfWords(Math.min(verb, i), i + 2);
      run.add(Subject.NONE, Measures.CONTROL, EventType.NONE, place.place(), Scope.WHOLE, Label.of("not controlled"),
          attribution, run.evidence(s, new Span(span.start(), span.end())), Modality.ASSERTED,
          List.of(ArabicRules.STATUS_OUTSIDE_CONTROL));
      return;
    }
  }

  /** A word without the conjunction و glued to it (وبقي is و + بقي; the clitic reader may take ب for a preposition). */
  private static String withoutWaw(String word) {
    return word.length() > 2 && word.charAt(0) == Clitics.WAW ? word.substring(1) : word;
  }

  /**
   * The place of the facility named last before word {@code w} with a place after it: "معبر بلدة
   * عنة" makes "المعبر" further on that crossing, at Anah.
   */
  private @org.jspecify.annotations.Nullable PlaceAt namedWith(String noun, int w) {
    PlaceAt found = null;
    for (PlaceAt p : run.places.allPlaces()) {
      if (p.word() >= w) continue;
      for (int k = Math.max(0, p.word() - 2); k < p.word(); k++) {
        if (texts.get(k).equals(noun) || doc.stripped(k).equals(noun)) found = p;
      }
    }
    return found;
  }

  // ---- status ---------------------------------------------------------------------------------

  /** "ما زال التنظيم متواجدا في بلدة راوة": the party still holds the place. */
  void status(Sentence s, List<PlaceAt> here, Attribution attribution) {
    for (int i = s.from(); i + 2 < s.to(); i++) {
      if (!STILL.at(doc, i)) continue;
      int presence = -1;
      for (int k = i + 1; k < Math.min(s.to(), i + 7); k++) if (PRESENCE.at(doc, k)) presence = k;
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
