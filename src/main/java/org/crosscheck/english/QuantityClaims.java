package org.crosscheck.english;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Set;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Subject;
import org.crosscheck.english.Lexicon.NounClass;
import org.crosscheck.value.Unit;
import org.jspecify.annotations.Nullable;

/**
 * The stage that decides what a quantity measures and of whom: the counted noun (rule {@code
 * measure.counted-noun}), a word of what happened to the people counted (rule {@code
 * measure.verb-window}), what a share is of (rule {@code share.cue-window}), the unit (rule {@code
 * measure.unit}), and the subject the noun phrase names (rule {@code subject.named}; no default).
 *
 * <p>Immutable and thread-safe.
 */
final class QuantityClaims {
  /** Measures a verb may give to people or fighters. */
  private static final Set<Measure> PERSON_MEASURES = Set.of(Measures.KILLED, Measures.WOUNDED, Measures.DISPLACED,
      Measures.MISSING, Measures.SURRENDERED, Measures.PEOPLE_LEFT, Measures.ARRIVED, Measures.PEOPLE_HELD,
      Measures.REFUGEES, Measures.PEOPLE);
  /** Of those, the ones that also apply to fighters and troops. */
  private static final Set<Measure> ARMED_MEASURES = Set.of(Measures.KILLED, Measures.WOUNDED, Measures.MISSING,
      Measures.SURRENDERED, Measures.PEOPLE_LEFT, Measures.PEOPLE_HELD);
  private static final Set<Measure> PLACE_MEASURES = Set.of(Measures.TOWNS_HELD, Measures.PLACES_TAKEN);
  private static final Set<String> TERRITORY = Set.of("territory", "territories", "land", "lands", "area", "areas",
      "country", "countries", "province", "city", "town", "region", "countryside", "governorate", "district", "it");
  private static final Set<String> SKIPPABLE = Set.of("the", "its", "their", "his", "her", "group", "'", "s", "-",
      "of", "elite", "foreign", "more", "other", "main", "new", "local", "armed", "remaining", "additional");

  private final Lexicon lexicon;

  QuantityClaims(Lexicon lexicon) {
    this.lexicon = checkNotNull(lexicon, "lexicon");
  }

  /** What a quantity measures, and the rules used; {@code null} when nothing says. */
  record Reading(Measure measure, Subject subject, int nounTo, List<Rule> rules) {}

  @Nullable Reading read(EnglishDocument d, EnglishDocument.Sentence s, QuantityMention q, @Nullable String lastArmed,
      List<PlaceMention> places) {
    Unit unit = q.quantity().unit();
    switch (unit.dimension()) {
      case TIME:
        return new Reading(Measures.DURATION, Subject.NONE, q.to(), List.of(Rules.MEASURE_UNIT));
      case LENGTH:
        return new Reading(near(d, s, q.from(), q.to(), Set.of("long", "length", "stretch", "front"))
            ? Measures.LENGTH : Measures.DISTANCE_TO, Subject.NONE, q.to(), List.of(Rules.MEASURE_UNIT));
      case AREA:
        return new Reading(Measures.AREA, Subject.NONE, q.to(), List.of(Rules.MEASURE_UNIT));
      case SHARE:
        return share(d, s, q, places);
      default:
        return count(d, s, q, lastArmed);
    }
  }

  private @Nullable Reading count(EnglishDocument d, EnglishDocument.Sentence s, QuantityMention q,
      @Nullable String lastArmed) {
    int k = q.numberTo();
    String actor = null;
    PhraseTable.Hit<Lexicon.CountedNoun> noun = null;
    boolean ofThem = false;
    for (int gap = 0; k < s.to() && gap <= 5; gap++) {
      noun = lexicon.nouns.match(d, k, s.to());
      if (noun != null) break;
      PhraseTable.Hit<Lexicon.Actor> a = lexicon.actors.match(d, k, s.to());
      if (a != null && a.value().role() == Lexicon.ActorRole.ARMED) {
        actor = a.value().name();
        k = a.to();
        continue;
      }
      Token t = d.token(k);
      if (d.key(k).equals("of") && (d.key(k + 1).equals("them") || d.key(k + 1).equals("whom"))) {
        ofThem = true;
        k += 2;
        break;
      }
      boolean adjective = t.isWord() && (t.capitalized() || SKIPPABLE.contains(t.key()) || t.key().endsWith("ed")
          || t.key().endsWith("ian") || t.key().endsWith("i"));
      if (!(adjective || (t.kind() == Token.Kind.MARK && (t.text().equals("'") || t.text().equals("\u2019") || t.isDash())))) break;
      if (t.key().equals("group") && lastArmed != null && actor == null) actor = lastArmed;
      k++;
    }
    Measure measure;
    NounClass cls;
    int nounTo;
    List<Rule> rules = new java.util.ArrayList<>();
    if (noun != null) {
      measure = noun.value().measure();
      cls = noun.value().nounClass();
      nounTo = noun.to();
      rules.add(Rules.MEASURE_NOUN);
    } else if (ofThem) {
      measure = Measures.PEOPLE;
      cls = NounClass.PERSON;
      nounTo = k;
    } else {
      // a bare figure: only a word of what happened makes it a claim ("the toll rose to 9,770")
      measure = null;
      cls = NounClass.PERSON;
      nounTo = q.to();
    }
    PhraseTable.Hit<Measure> verb = nearestVerb(d, s, q.from(), nounTo);
    if (verb != null) {
      Measure v = verb.value();
      boolean applies = switch (cls) {
        case PERSON -> PERSON_MEASURES.contains(v);
        case ARMED -> ARMED_MEASURES.contains(v);
        case PLACE -> PLACE_MEASURES.contains(v);
        case THING -> false;
      };
      if (applies) {
        measure = v;
        rules.add(Rules.MEASURE_VERB);
      }
    }
    if (measure == null) return null;
    Subject subject = Subject.NONE;
    if (actor != null && (cls == NounClass.ARMED || cls == NounClass.PLACE || cls == NounClass.PERSON)) {
      subject = Subject.of(actor);
      rules.add(Rules.SUBJECT_NAMED);
    }
    return new Reading(measure, subject, nounTo, rules);
  }

  /** The nearest word of what happened within the window, on either side of the figure and its noun. */
  private PhraseTable.@Nullable Hit<Measure> nearestVerb(EnglishDocument d, EnglishDocument.Sentence s, int from, int to) {
    int window = Rules.MEASURE_VERB.intParameter("window");
    PhraseTable.Hit<Measure> best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int k = Math.max(s.from(), from - window); k < Math.min(s.to(), to + window); k++) {
      if (k >= from && k < to) continue;
      PhraseTable.Hit<Measure> h = lexicon.verbs.match(d, k, s.to());
      if (h == null) continue;
      int distance = k < from ? from - h.to() : k - to;
      if (distance < bestDistance) {
        best = h;
        bestDistance = distance;
      }
    }
    return best;
  }

  private Reading share(EnglishDocument d, EnglishDocument.Sentence s, QuantityMention q, List<PlaceMention> places) {
    int k = q.to();
    if (d.key(k).equals("of")) {
      int head = k + 1;
      while (head < s.to() && (d.key(head).equals("the") || d.key(head).equals("its") || d.key(head).equals("their")
          || d.key(head).equals("all"))) head++;
      PhraseTable.Hit<Lexicon.CountedNoun> noun = lexicon.nouns.match(d, head, s.to());
      if (noun != null && noun.value().nounClass() == NounClass.PERSON) {
        return new Reading(Measures.POPULATION_SHARE, Subject.NONE, noun.to(), List.of(Rules.MEASURE_SHARE));
      }
      int at = head;
      boolean territory = TERRITORY.contains(d.key(head))
          || places.stream().anyMatch(p -> p.from() == at && !p.place().isNowhere() && !d.key(at + 1).equals("'"));
      if (!territory) return new Reading(Measures.SHARE_OF, Subject.NONE, q.to(), List.of(Rules.MEASURE_SHARE));
    }
    Measure m = nearestShareCue(d, s, q);
    return new Reading(m == null ? Measures.TERRITORY_HELD : m, Subject.NONE, q.to(), List.of(Rules.MEASURE_SHARE));
  }

  private @Nullable Measure nearestShareCue(EnglishDocument d, EnglishDocument.Sentence s, QuantityMention q) {
    int window = Rules.MEASURE_SHARE.intParameter("window");
    Measure best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int k = Math.max(s.from(), q.from() - window); k < Math.min(s.to(), q.to() + window); k++) {
      if (k >= q.from() && k < q.to()) continue;
      PhraseTable.Hit<Measure> h = lexicon.shares.match(d, k, s.to());
      if (h == null) continue;
      int distance = k < q.from() ? q.from() - h.to() : k - q.to();
      if (distance < bestDistance) {
        best = h.value();
        bestDistance = distance;
      }
    }
    return best;
  }

  private static boolean near(EnglishDocument d, EnglishDocument.Sentence s, int from, int to, Set<String> words) {
    for (int k = Math.max(s.from(), from - 4); k < Math.min(s.to(), to + 4); k++) {
      if (words.contains(d.key(k))) return true;
    }
    return false;
  }
}
