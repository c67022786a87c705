package org.crosscheck.arabic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.claim.Scope;
import org.crosscheck.extract.Rule;
import org.jspecify.annotations.Nullable;

/**
 * Step one of event claims: finding the event cues of a sentence and the places each is about (after
 * it, in an enumeration, or by anaphor). One per article; not thread-safe.
 */
final class EventCues extends ArticleStage {
  EventCues(ArticleRun run) {
    super(run);
  }

  /** Rule {@code event.light-verb}: the most words between a verb of launching and its noun of attack. */
  static final int LIGHT_VERB_GAP = 8;
  static final Set<String> AGAIN = Set.of("مجددا", "ثانيه", "مجدد");
  static final Set<String> RELATIVE = Set.of("الذي", "التي", "اللذين", "اللتين", "الذين");
  static final Set<String> RESUMPTIVE = Set.of("عليها", "عليه", "عليهم", "فيها", "فيه", "منها", "منه");
  static final Set<String> BACKGROUND = Set.of("بعدما", "بعد", "كان", "كانت", "قد", "منذ", "حتى", "عندما");
  /**
   * Step one of event claims: the event cues of a sentence ({@code events.txt}), without those of
   * purpose (لتحرير) or state (تحت سيطرة), announcements of another event or of words, and nouns of
   * attack governed by a verb of launching (rule {@code event.light-verb}).
   */
  /**
   * Words after أعلن searched for the أن of reported words: the speaker's title, body, name and the
   * day may come between ("أعلن ضابط رفيع في التحالف الذي تقوده دولة، يوم الأربعاء، أن …").
   */
  static final int THAT_WINDOW = 16;

  List<EventCue> find(Sentence s, List<DateMatch> dates) {
    List<EventCue> cues = new ArrayList<>();
    int sinceEnd = -1;
    for (int i = s.from(); i < s.to(); i++) {
      CueTable.Hit<LexiconEntries.EventCueEntry> h = eventCues.match(doc, i);
      if (h == null) continue;
      boolean purpose = h.prefixed() && h.first().preposition() == Clitics.LAM;
      boolean background = false;
      for (int b = Math.max(s.from(), i - 2); b < i; b++) if (BACKGROUND.contains(texts.get(b))) background = true;
      // "سيطر عليها": a relative clause about something named before, not an event of its own
      if (h.to() < s.to() && RESUMPTIVE.contains(texts.get(h.to()))) background = true;
      // "تحت سيطرة": under someone's control, a state, not an event
      boolean state = i > s.from() && texts.get(i - 1).equals("تحت");
      String type = h.value().eventType();
      if (type.equals("captured")) {
        // "استعادت … مجدداً": taken again, a second capture
        for (int k = h.to(); k < Math.min(s.to(), h.to() + 10); k++) if (AGAIN.contains(texts.get(k))) type = "recaptured";
      }
      // rule event.since-reference: "since the start of the attack": neither the start nor the attack is news
      if (h.from() < sinceEnd || SinceStarts.reference(this, s, h.from(), type, h.value().dating())) {
        if (h.from() >= sinceEnd) sinceEnd = h.to() + SinceStarts.OBJECT_WORDS;
        i = h.to() - 1;
        continue;
      }
      if (!purpose && !state) {
        cues.add(new EventCue(h.from(), h.to(), type, h.value().dating() == LexiconEntries.Dating.PUBLICATION_DAY, false,
            background, h.value().dating() == LexiconEntries.Dating.SINCE, !type.equals(h.value().eventType())));
      }
      i = h.to() - 1;
    }
    // "أعلن الجيش السيطرة على …", "أعلنت القوات أن …": an announcement of an event is dated with the
    // event, and an announcement of words is attribution, not an event
    List<EventCue> kept = new ArrayList<>();
    for (int c = 0; c < cues.size(); c++) {
      EventCue cue = cues.get(c);
      boolean statement = cue.type().equals("announced") || cue.type().equals("declared");
      if (statement) {
        boolean eventFollows = c + 1 < cues.size() && cues.get(c + 1).from() - cue.to() <= 8 && !cues.get(c + 1).background();
        boolean thatFollows = false;
        // the speaker's title, name and the day come between: "أعلن مستشار الأمن القومي … بولتون الأحد، أن"
        for (int k = cue.to(); k < Math.min(s.to(), cue.to() + THAT_WINDOW); k++) {
          String t = texts.get(k);
          if (t.equals("ان") || t.equals("انه") || t.equals("انها") || t.equals("عن")) thatFollows = true;
        }
        // "غداة إعلان بالي أن …": the announcement is itself the dated event
        boolean dated = false;
        for (DateMatch d : dates) {
          int dw = doc.wordAtOriginal(d.span().start());
          int dwEnd = doc.wordAtOriginal(Math.max(d.span().start(), d.span().end() - 1)) + 1;
          if (cue.from() >= dw && cue.from() < dwEnd) dated = true;
        }
        if ((eventFollows || thatFollows) && !dated) continue;
      }
      kept.add(cue);
    }
    // rule event.light-verb: "شنت هجوما"، "بدأت هجومها": a noun of attack right after a verb of
    // launching is the verb's object, one event with it
    kept = new ArrayList<>(kept);
    for (int c = kept.size() - 1; c > 0; c--) {
      EventCue noun = kept.get(c);
      EventCue verb = kept.get(c - 1);
      boolean launching = verb.type().equals("operation-began") || verb.type().equals("attacked");
      if (launching && noun.type().equals("attacked") && noun.from() - verb.to() <= LIGHT_VERB_GAP) kept.remove(c);
    }
    return kept;
  }

  /**
   * Rule {@code place.anaphor}: the place an event is about when the text names it before, by a
   * pronoun on the verb (اقتحمتها)، a resumptive word after it (عليها، منها) or a definite noun
   * (المدينة، البلدة) within {@link #ANAPHOR_WINDOW} words. In a relative clause (التي، الذي just
   * before the verb) that is the nearest place before; otherwise the first place of the sentence
   * before the verb (its topic), else the first town or province of the nearest sentence before.
   */
  @Nullable PlaceAt antecedent(EventCue cue, Sentence s, List<PlaceAt> here) {
    String cueWord = texts.get(cue.to() - 1);
    boolean pronoun = cue.to() - cue.from() == 1 && !CueTable.uninflected(doc.stripped(cueWord)).isEmpty()
        && (cueWord.endsWith("ها") || cueWord.endsWith("ه") || cueWord.endsWith("هم"));
    boolean anaphor = pronoun;
    for (int k = cue.to(); k < Math.min(s.to(), cue.to() + ANAPHOR_WINDOW) && !anaphor; k++) {
      String t = texts.get(k);
      if (RESUMPTIVE.contains(t) || ANAPHORIC_NOUNS.contains(doc.stripped(t)) || ANAPHORIC_NOUNS.contains(t)) anaphor = true;
    }
    if (!anaphor) return null;
    boolean relative = false;
    for (int k = Math.max(s.from(), cue.from() - 3); k < cue.from(); k++) {
      String t = texts.get(k);
      // "والتي طردت … منها": the conjunction و glued to the relative pronoun
      if (RELATIVE.contains(t) || RELATIVE.contains(doc.stripped(t))
          || t.length() > 2 && t.charAt(0) == Clitics.WAW && RELATIVE.contains(t.substring(1))) {
        relative = true;
      }
    }
    PlaceAt nearest = null;
    PlaceAt topic = null;
    for (PlaceAt p : here) {
      if (p.word() >= cue.from() || run.places.country(p)) continue;
      if (topic == null) topic = p;
      nearest = p;
    }
    if (relative && nearest != null) return nearest;
    if (topic != null) return topic;
    int sentence = words.get(cue.from()).sentence();
    for (int back = sentence - 1; back >= Math.max(0, sentence - ANAPHOR_SENTENCES); back--) {
      for (PlaceAt p : run.places.pBySentence.getOrDefault(back, List.of())) if (!run.places.country(p)) return p;
    }
    return null;
  }

  /**
   * "مطار المدينة المطلة على البحر": a place the object overlooks or borders locates the object; it
   * is not the object.
   */
  static final Set<String> OVERLOOKING = Set.of("المطل", "المطله", "المطلة", "المشرف", "المشرفه", "المشرفة",
      "المطلتين", "المطلين");

  boolean overlooked(PlaceAt p) {
    if (p.word() < 2) return false;
    String on = texts.get(p.word() - 1);
    String by = texts.get(p.word() - 2);
    return (on.equals("على") || on.equals("علي")) && OVERLOOKING.contains(by);
  }

  /** "حررت ثلاثة أرباع القضاء": the verb's object is a figure, which is the claim; no event of its own. */
  boolean figureObject(EventCue cue, int until) {
    for (int qw : run.qWordsBySentence.getOrDefault(words.get(cue.from()).sentence(), List.of())) {
      if (qw >= cue.to() && qw < Math.min(until, cue.to() + 3)) return true;
    }
    return false;
  }


  /**
   * The places an event cue is about: those after it up to the next cue (and those an enumeration
   * "أبرزها …" names later), countries only when no town or province is named.
   */
  List<PlaceAt> objects(EventCue cue, int until, List<PlaceAt> here, Sentence s, List<EventCue> firstOfMany) {
    List<PlaceAt> out = new ArrayList<>();
    for (PlaceAt p : here) {
      if (p.word() >= cue.to() && p.word() < Math.min(until, cue.to() + 18) && !overlooked(p)) out.add(p);
    }
    // "خسر 95% من الأراضي": the verb's object is a figure, not a place
    if (!out.isEmpty()) {
      int firstObject = out.get(0).word();
      for (int qw : run.qWordsBySentence.getOrDefault(words.get(cue.from()).sentence(), List.of())) {
        if (qw >= cue.to() && qw < firstObject) return List.of();
      }
    }
    // places inside a relative clause ("المعبر الذي يربط القائم والبوكمال") describe the object:
    // the first one locates it, the others do not
    if (out.size() > 1) {
      for (int i = cue.to(); i < out.get(0).word(); i++) {
        if (RELATIVE.contains(texts.get(i))) {
          PlaceAt first = out.get(0);
          out.clear();
          out.add(first);
          break;
        }
      }
    }
    if (!firstOfMany.isEmpty()) {
      for (int i = cue.to(); i < s.to(); i++) {
        String t = texts.get(i);
        if (t.equals("ابرزها") || t.equals("اهمها") || t.equals("ابرزهما")) {
          for (PlaceAt p : here) if (p.word() > i && p.word() <= i + 6 && !out.contains(p)) out.add(p);
        }
      }
    }
    boolean hasLocal = out.stream().anyMatch(p -> p.gazetteer().type() != Place.Type.COUNTRY);
    if (hasLocal) out.removeIf(p -> p.gazetteer().type() == Place.Type.COUNTRY);
    // a province named after a town ("البوكمال في محافظة دير الزور") only locates the town
    if (out.size() > 1) {
      List<PlaceAt> inner = out.stream().filter(p -> out.stream().noneMatch(o -> o != p && p.place().contains(o.place())))
          .filter(p -> !(p.scope().extent() == Scope.Extent.PROVINCE && out.indexOf(p) > 0)).toList();
      return inner;
    }
    return out;
  }
}
