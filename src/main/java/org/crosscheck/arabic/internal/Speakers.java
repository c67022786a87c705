package org.crosscheck.arabic.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Source;
import org.crosscheck.claim.Subject;
import org.jspecify.annotations.Nullable;

/**
 * Who speaks in an article: the wire agency, the armed group it names most, the speaker of each
 * sentence (after a speech cue: a party, a person after titles, a remembered surname, an unnamed
 * source) and the modality of what is said. Remembers speakers across sentences; not thread-safe.
 */
final class Speakers extends ArticleStage {
  final Map<String, Source> persons = new HashMap<>();
  @Nullable Source agency;
  /** The armed group the article names most (never a default: {@code null} when it names none). */
  @Nullable String mainArmed;
  @Nullable Source lastSpeaker;

  Speakers(ArticleRun run) {
    super(run);
  }

  static final Set<String> NAME_STOPS = Set.of("ان", "انه", "انها", "انهم", "في", "على", "من", "الى", "عن",
      "مع", "لوكاله", "ل", "الذي", "التي", "و", "قائلا", "موضحا", "مشيرا", "مضيفا", "امس", "اليوم", "باسم");
  /** The actors.txt name of a word that names no group by itself ("التنظيم"). */
  static final String GENERIC_ACTOR = "*";
  // ---- who speaks ---------------------------------------------------------------------------

  void findAgency() {
    String credited = article.metadata().agency();
    if (credited != null) {
      agency = Source.agency(credited);
      return;
    }
    for (int i = 0; i < words.size(); i++) {
      CueTable.Hit<LexiconEntries.Actor> h = actors.match(doc, i);
      if (h != null && h.value().role() == LexiconEntries.Role.AGENCY) {
        String name = h.value().name();
        if (!article.metadata().outlet().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
          agency = Source.agency(name);
        }
        return;
      }
    }
  }

  void findMainArmed() {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      CueTable.Hit<LexiconEntries.Actor> h = actors.match(doc, i);
      if (h != null && h.value().role() == LexiconEntries.Role.ARMED && !h.value().generic()) {
        counts.merge(h.value().name(), 1, Integer::sum);
      }
    }
    counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .ifPresent(e -> mainArmed = e.getKey());
  }

  Attribution attribution(Sentence s) {
    Attribution a = Attribution.by(article.metadata().outlet());
    if (run.anchor != null) a = a.publishedOn(run.anchor);
    if (agency != null) a = a.via(agency);
    Source speaker = speaker(s);
    return speaker == null ? a : a.quoting(speaker);
  }

  @Nullable Source speaker(Sentence s) {
    for (int i = s.from(); i < s.to(); i++) {
      CueTable.Hit<String> cue = speech.match(doc, i);
      if (cue == null) continue;
      Source who = nounPhraseSource(cue.to(), s.to());
      if (who != null) {
        lastSpeaker = who;
        return who;
      }
      // "وأضاف أن …": the speaker of the sentence before goes on; so does "وأضافت الوزارة" (rule
      // attribution.same-body: a body named by its noun alone is the one that spoke last)
      if (cue.to() < s.to() && (texts.get(cue.to()).equals("ان") || texts.get(cue.to()).equals("انه")
          || SAME_BODY.contains(texts.get(cue.to())))
          && lastSpeaker != null && (cue.value().equals("verb"))) {
        return lastSpeaker;
      }
    }
    return null;
  }

  /** Bodies named by their noun alone (normalized): the ministry, the organization, the agency, the commission. */
  static final Set<String> SAME_BODY = Set.of("الوزاره", "المنظمه", "الوكاله", "الهيئه", "المفوضيه", "اللجنه",
      "البعثه", "الحركه", "المرصد");

  /** The source named at words [i, end): a party, or a person after titles, or a remembered surname. */
  @Nullable Source nounPhraseSource(int i, int end) {
    Source affiliation = null;
    int k = i;
    while (k < end && k < i + 8) {
      CueTable.Hit<String> title = titles.match(doc, k);
      if (title != null) {
        k = title.to();
        continue;
      }
      if (texts.get(k).equals("باسم") && k + 1 < end) {
        CueTable.Hit<LexiconEntries.Actor> org = actors.match(doc, k + 1);
        String resolved = org == null ? null : resolve(org.value());
        if (org != null && resolved != null) {
          affiliation = Source.organization(resolved);
          k = org.to();
          continue;
        }
        // rule attribution.speaker: "المتحدث باسم القوات (العميد …)": a body no list names speaks too,
        // by its words as written, up to a title, a stop word or three words
        int j = k + 1;
        while (j < end && j < k + 4 && !NAME_STOPS.contains(texts.get(j)) && titles.match(doc, j) == null
            && speech.match(doc, j) == null && texts.get(j).chars().noneMatch(Character::isDigit)) {
          j++;
        }
        if (j > k + 1) {
          affiliation = Source.organization(doc.originalSpanOfWords(k + 1, j).of(text));
          k = j;
          continue;
        }
      }
      break;
    }
    if (k >= end) return null;
    CueTable.Hit<LexiconEntries.Actor> party = actors.match(doc, k);
    if (party != null && affiliation == null) {
      if (party.value().role() == LexiconEntries.Role.AGENCY) return null;
      String name = resolve(party.value());
      return name == null ? null : Source.organization(name);
    }
    if (k < end && texts.get(k).equals("مصدر")) {
      // an unnamed source: "مصدر عسكري سوري" is one origin per article
      int j = k + 1;
      while (j < end && j < k + 4 && !NAME_STOPS.contains(texts.get(j)) && actors.match(doc, j) == null) j++;
      return Source.organization(doc.originalSpanOfWords(k, j).of(text) + " (" + article.id() + ")");
    }
    // a person: up to three name words, not stop words, not cues
    List<String> name = new ArrayList<>();
    int j = k;
    while (j < end && name.size() < 3) {
      String w = texts.get(j);
      var army = !name.isEmpty() && w.equals("في") && j + 1 < end ? actors.match(doc, j + 1) : null;
      if (army != null) {
        // "الفرقة السابعة في الجيش العراقي": the unit's army belongs to the unit's name
        int after = army.to();
        if (after < end && titles.match(doc, after) != null) {
          name.add(w);
          j = after;
          continue;
        }
      }
      if (!name.isEmpty() && titles.match(doc, j) != null) {
        // the words so far named a unit ("قائد الفرقة السابعة"); the person comes after the next titles
        int unitEnd = j;
        while (j < end) {
          var more = titles.match(doc, j);
          if (more == null) break;
          j = more.to();
        }
        affiliation = Source.organization(doc.originalSpanOfWords(k, unitEnd).of(text));
        name.clear();
        k = j;
        continue;
      }
      if (NAME_STOPS.contains(w) || w.chars().anyMatch(Character::isDigit) || speech.match(doc, j) != null
          || actors.match(doc, j) != null || eventCues.match(doc, j) != null) {
        break;
      }
      name.add(w);
      j++;
    }
    if (name.isEmpty() || (k == i && name.size() == 1 && !persons.containsKey(name.get(0)))) {
      if (name.size() == 1 && persons.containsKey(name.get(0))) return persons.get(name.get(0));
      return affiliation != null ? affiliation : null;
    }
    String last = name.get(name.size() - 1);
    if (persons.containsKey(last)) return persons.get(last);
    if (k == i && affiliation == null && name.size() < 2) return null;
    Source person = Source.person(doc.originalSpanOfWords(k, j).of(text));
    if (affiliation != null) person = person.of(affiliation);
    persons.put(last, person);
    return person;
  }

  Modality modality(Sentence s) {
    for (int i = s.from(); i < s.to(); i++) {
      String w = texts.get(i);
      if (w.startsWith("قدر") || w.startsWith("يقدر") || w.startsWith("تقدر") || w.contains("تقديرات")) return Modality.ESTIMATED;
      if (w.equals("المعتقد") || w.equals("يعتقد") || w.equals("يرجح")) return Modality.BELIEVED;
    }
    return Modality.ASSERTED;
  }


  Subject party(@Nullable String name) {
    return name == null ? Subject.NONE : Subject.of(name);
  }

  /** An actor's name; the generic "التنظيم" is the article's armed group, or none. */
  @Nullable String resolve(LexiconEntries.Actor actor) {
    return actor.generic() ? mainArmed : actor.name();
  }
}
