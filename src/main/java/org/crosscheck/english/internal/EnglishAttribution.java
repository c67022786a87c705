package org.crosscheck.english.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Set;
import org.crosscheck.claim.Source;
import org.crosscheck.extract.Metadata;
import org.jspecify.annotations.Nullable;

/**
 * Who speaks in a sentence (rule {@code attribution.speaker}): "X said", "said X", "according to
 * X", "X told Reuters", "X said in a statement", "a spokesman for X"; "he" or "she" before a speech
 * verb is the last speaker named. An actor from {@code actors.txt} becomes an organization, any
 * other run of capitalized words a person (titles such as Col. left out); a person named with a
 * role ("a coalition spokesman") speaks for that organization. The agency (rule {@code
 * attribution.agency}) is the metadata's, else the one in brackets in the dateline or the first
 * lines.
 *
 * <p>Immutable and thread-safe.
 */
public final class EnglishAttribution {
  private static final Set<String> TITLES = Set.of("col", "lt", "gen", "maj", "brig", "capt", "sgt", "adm", "mr", "mrs",
      "ms", "dr", "colonel", "general", "major", "lieutenant", "president", "minister", "prime", "spokesman",
      "spokeswoman", "commander", "envoy", "chief", "secretary", "senior", "official", "director");
  private static final Set<String> ROLE_WORDS = Set.of("spokesman", "spokeswoman", "spokesperson", "official",
      "officials", "commander", "source", "sources", "statement", "head");
  private static final Set<String> AUXILIARIES = Set.of("had", "has", "have", "was", "were", "is", "are", "would",
      "will", "could", "should", "may", "might", "also", "then", "later", "previously");
  private static final Set<String> PREPOSITIONS = Set.of("in", "at", "from", "on", "near", "for");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it");
  private final Lexicon lexicon;

  /**
   * Finds speakers with {@code lexicon}'s speech cues and actors.
   *
   * @throws NullPointerException if {@code lexicon} is {@code null}
   */
  public EnglishAttribution(Lexicon lexicon) {
    this.lexicon = checkNotNull(lexicon, "lexicon");
  }

  /** The agency: the metadata's, else one in brackets in the dateline or the first 60 tokens. */
  public @Nullable Source agency(Metadata m, EnglishDocument d) {
    if (m.agency() != null) return Source.agency(m.agency());
    if (m.dateline() != null) {
      EnglishDocument dl = EnglishDocument.of(m.dateline());
      Source s = bracketedAgency(dl, dl.size());
      if (s != null) return s;
    }
    return bracketedAgency(d, Math.min(d.size(), 60));
  }

  private @Nullable Source bracketedAgency(EnglishDocument d, int limit) {
    for (int i = 1; i + 1 < limit; i++) {
      if (!d.key(i - 1).equals("(")) continue;
      PhraseTable.Hit<Lexicon.Actor> h = lexicon.actors.match(d, i, limit);
      if (h != null && h.value().role() == Lexicon.ActorRole.AGENCY && d.key(h.to()).equals(")")) {
        return Source.agency(h.value().name());
      }
    }
    return null;
  }

  /** The speaker of a sentence, or {@code previous} for a pronoun, or {@code null}. */
  public @Nullable Source speaker(EnglishDocument d, EnglishDocument.Sentence s, @Nullable Source previous) {
    for (int k = s.from(); k < s.to(); k++) {
      PhraseTable.Hit<Lexicon.SpeechRole> hit = lexicon.speech.match(d, k, s.to());
      if (hit == null) continue;
      Source who = switch (hit.value()) {
        case ACCORDING -> after(d, hit.to(), s.to());
        case CITING -> null;
        case SAY, TOLD, STATEMENT -> {
          if (PRONOUNS.contains(d.key(k - 1)) && k - 1 >= s.from()) yield previous;
          Source before = before(d, k, s.from());
          yield before != null || hit.value() != Lexicon.SpeechRole.SAY ? before : after(d, hit.to(), s.to());
        }
      };
      if (who != null) return who;
      k = hit.to() - 1;
    }
    return null;
  }

  /** The name ending right before token {@code k}, an appositive ("X, a coalition spokesman,") skipped. */
  private @Nullable Source before(EnglishDocument d, int k, int floor) {
    int end = k;
    Source role = null;
    if (d.key(end - 1).equals(",") && end - 1 > floor) {
      int comma = end - 2;
      while (comma > floor && !d.key(comma).equals(",") && end - comma < 9) comma--;
      if (d.key(comma).equals(",")) {
        role = roleOrganization(d, comma + 1, end - 1);
        end = comma;
      }
    }
    PhraseTable.Hit<Lexicon.Actor> actor = lexicon.actors.matchEndingAt(d, end, floor);
    if (actor != null) return organization(d, actor);
    int from = end;
    while (from - 1 >= floor && (d.token(from - 1).capitalized() || d.key(from - 1).equals(".")
        || (d.token(from - 1).isDash() && !d.token(from - 1).spaceBefore()) || d.key(from - 1).equals("al"))) {
      from--;
    }
    Source person = person(d, from, end);
    if (person == null) {
      Source org = roleOrganization(d, Math.max(floor, end - 6), end);
      return org != null ? org : theNoun(d, end, floor);
    }
    return role != null && role.kind() != Source.Kind.PERSON ? person.of(role) : person;
  }

  /** The name starting at token {@code k}: an actor, "a spokesman for X", or capitalized words. */
  private @Nullable Source after(EnglishDocument d, int k, int limit) {
    int i = k;
    if (d.key(i).equals("the")) i++;
    PhraseTable.Hit<Lexicon.Actor> actor = lexicon.actors.match(d, i, limit);
    if (actor == null && i > k) actor = lexicon.actors.match(d, k, limit);
    if (actor != null) return organization(d, actor);
    int end = i;
    while (end < limit && end - i < 8 && (d.token(end).capitalized() || d.key(end).equals(".")
        || (d.token(end).isDash() && !d.token(end).spaceBefore()))) {
      end++;
    }
    Source person = person(d, i, end);
    if (person != null) {
      Source role = d.key(end).equals(",") ? roleOrganization(d, end + 1, Math.min(limit, end + 8)) : null;
      return role != null && role.kind() != Source.Kind.PERSON ? person.of(role) : person;
    }
    return roleOrganization(d, k, Math.min(limit, k + 8));
  }

  /** "the army said", "the health ministry said": an organization named by "the" and one to three lower-case words. */
  private static @Nullable Source theNoun(EnglishDocument d, int end, int floor) {
    for (int from = end - 1; from >= Math.max(floor, end - 5); from--) {
      if (d.key(from).equals("the")) {
        if (from + 1 == end) return null;
        int stop = end;
        for (int k = from + 1; k < end; k++) {
          if (PREPOSITIONS.contains(d.key(k))) {
            stop = k; // "the ministry in Baghdad said": the ministry
            break;
          }
          if (!d.token(k).isWord() || AUXILIARIES.contains(d.key(k))) return null;
        }
        return stop == from + 1 ? null : Source.organization(d.text(from + 1, stop));
      }
      if (!d.token(from).isWord()) return null;
    }
    return null;
  }

  /** "a coalition spokesman", "a spokesman for the SDF": the organization, or {@code null}. */
  private @Nullable Source roleOrganization(EnglishDocument d, int from, int to) {
    boolean role = false;
    for (int k = from; k < to; k++) role |= ROLE_WORDS.contains(d.key(k));
    if (!role) return null;
    for (int k = from; k < to; k++) {
      PhraseTable.Hit<Lexicon.Actor> a = lexicon.actors.match(d, k, to);
      if (a != null && a.value().role() != Lexicon.ActorRole.AGENCY) return organization(d, a);
    }
    for (int k = from; k < to; k++) {
      if (d.key(k).equals("coalition")) return Source.organization("coalition");
    }
    return null;
  }

  private static final Set<String> ORGANIZATION_WORDS = Set.of("committee", "ministry", "council", "organization",
      "organisation", "forces", "army", "agency", "office", "command", "observatory", "programme", "program",
      "commission", "union", "authority", "court", "government", "department", "group", "institute", "centre",
      "center", "fund", "bank", "cross", "crescent", "coalition", "alliance", "media", "television", "network",
      "monitor", "federation", "association", "party", "movement", "brigade", "brigades", "unit", "units");

  /**
   * A person from capitalized words, titles left out ({@code null} unless two words remain), or an
   * organization when a word such as Committee, Ministry or Forces is among them.
   */
  private static @Nullable Source person(EnglishDocument d, int from, int to) {
    StringBuilder name = new StringBuilder();
    int words = 0;
    boolean organization = false;
    for (int k = from; k < to; k++) {
      Token t = d.token(k);
      if (t.isWord() && words == 0 && t.key().equals("the")) continue;
      organization |= t.isWord() && ORGANIZATION_WORDS.contains(t.key());
      if (!t.isWord() && !t.isDash()) continue;
      if (t.isWord() && TITLES.contains(t.key()) && words == 0) continue;
      if (t.isDash()) {
        name.append('-');
        continue;
      }
      if (name.length() > 0 && name.charAt(name.length() - 1) != '-') name.append(' ');
      name.append(t.text());
      words++;
    }
    if (words < 2) return null;
    return organization ? Source.organization(name.toString()) : Source.person(name.toString());
  }

  /**
   * The actor a name stands for: itself, or for a word that names none ("the militants"), the last
   * armed actor named before it in the article (rule {@code subject.coreference}), else none.
   */
  private @Nullable Source organization(EnglishDocument d, PhraseTable.Hit<Lexicon.Actor> hit) {
    if (hit.value().role() != Lexicon.ActorRole.COREFERENT) return organization(hit.value());
    String last = null;
    for (int k = 0; k < hit.from(); k++) {
      PhraseTable.Hit<Lexicon.Actor> h = lexicon.actors.match(d, k, hit.from());
      if (h == null) continue;
      if (h.value().role() == Lexicon.ActorRole.ARMED) last = h.value().name();
      k = h.to() - 1;
    }
    return last == null ? null : Source.organization(last);
  }

  private static Source organization(Lexicon.Actor a) {
    return a.role() == Lexicon.ActorRole.AGENCY ? Source.agency(a.name()) : Source.organization(a.name());
  }
}
