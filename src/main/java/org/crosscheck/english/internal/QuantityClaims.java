package org.crosscheck.english.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Set;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Subject;
import org.crosscheck.english.internal.Lexicon.NounClass;
import org.crosscheck.extract.Rule;
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
public final class QuantityClaims {
  /** {@code MEASURE_NOUN.intParameter("max-gap")}, read once: rules are constants. */
  private static final int MEASURE_NOUN_MAX_GAP = Rules.MEASURE_NOUN.intParameter("max-gap");
  /** {@code MEASURE_VERB.intParameter("window")}, read once: rules are constants. */
  private static final int MEASURE_VERB_WINDOW = Rules.MEASURE_VERB.intParameter("window");
  /** {@code SUBJECT_BY.intParameter("window")}, read once: rules are constants. */
  private static final int SUBJECT_BY_WINDOW = Rules.SUBJECT_BY.intParameter("window");
  /** {@code MEASURE_SHARE.intParameter("window")}, read once: rules are constants. */
  private static final int MEASURE_SHARE_WINDOW = Rules.MEASURE_SHARE.intParameter("window");
  /** Measures a verb may give to people or fighters. */
  private static final Set<Measure> PERSON_MEASURES = Set.of(Measures.KILLED, Measures.WOUNDED, Measures.DISPLACED,
      Measures.MISSING, Measures.SURRENDERED, Measures.PEOPLE_LEFT, Measures.ARRIVED, Measures.PEOPLE_HELD,
      Measures.REFUGEES, Measures.PEOPLE, Measures.POPULATION);
  /** Of those, the ones that also apply to fighters and troops. */
  private static final Set<Measure> ARMED_MEASURES = Set.of(Measures.KILLED, Measures.WOUNDED, Measures.MISSING,
      Measures.SURRENDERED, Measures.PEOPLE_LEFT, Measures.PEOPLE_HELD);
  private static final Set<Measure> PLACE_MEASURES = Set.of(Measures.TOWNS_HELD, Measures.PLACES_TAKEN);
  private static final Set<String> TERRITORY = Set.of("territory", "territories", "land", "lands", "area", "areas",
      "country", "countries", "province", "city", "town", "region", "countryside", "governorate", "district", "it");
  private static final Set<String> SKIPPABLE = Set.of("the", "its", "their", "his", "her", "group", "'", "s", "-",
      "of", "elite", "foreign", "more", "other", "main", "new", "local", "armed", "remaining", "additional");

  private final Lexicon lexicon;

  public QuantityClaims(Lexicon lexicon) {
    this.lexicon = checkNotNull(lexicon, "lexicon");
  }

  /**
   * What a quantity measures, and the rules used; {@code null} when nothing says.
   *
   * @param counts the count unit of the class the noun names (children), or {@code null}
   * @param part whether the figure is a part of the figure before it ("among them")
   */
  public record Reading(Measure measure, Subject subject, int nounTo, List<Rule> rules, @Nullable Unit counts, boolean part) {
    Reading(Measure measure, Subject subject, int nounTo, List<Rule> rules) {
      this(measure, subject, nounTo, rules, null, false);
    }
  }

  /** Rule {@code measure.counted-class}: nouns that name a class of people, with its count unit. */
  private static final java.util.Map<String, Unit> COUNTED_CLASSES = java.util.Map.of(
      "children", Unit.counting("child", "children"), "child", Unit.counting("child", "children"),
      "women", Unit.counting("woman", "women"), "woman", Unit.counting("woman", "women"),
      "civilians", Unit.counting("civilian", "civilians"), "civilian", Unit.counting("civilian", "civilians"));

  public @Nullable Reading read(EnglishDocument d, EnglishDocument.Sentence s, QuantityMention q, @Nullable String lastArmed,
      List<PlaceMention> places, @Nullable Measure previous) {
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
        return count(d, s, q, lastArmed, previous);
    }
  }

  private @Nullable Reading count(EnglishDocument d, EnglishDocument.Sentence s, QuantityMention q,
      @Nullable String lastArmed, @Nullable Measure previous) {
    // rule measure.one-of: "a street in one of the villages" picks one member out, it counts nothing
    if (q.numberTo() - q.from() == 1 && d.key(q.from()).equals("one") && d.key(q.numberTo()).equals("of")) return null;
    int k = q.numberTo();
    String actor = null;
    PhraseTable.Hit<Lexicon.CountedNoun> noun = null;
    boolean ofThem = false;
    boolean demonym = false;
    int maxGap = MEASURE_NOUN_MAX_GAP;
    for (int gap = 0; k < s.to() && gap <= maxGap; gap++) {
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
      if (gap == 0 && t.capitalized() && isDemonym(t.text()) && lexicon.nouns.match(d, k + 1, s.to()) == null) {
        demonym = true;
      }
      boolean skippable = t.isWord() && (t.capitalized() || SKIPPABLE.contains(t.key()) || t.key().endsWith("ed")
          || t.key().endsWith("ian") || t.key().endsWith("i"));
      boolean mark = t.kind() == Token.Kind.MARK && (t.text().equals("'") || t.text().equals("\u2019") || t.isDash());
      boolean total = t.isNumber() && d.key(k - 1).equals("'") || t.isNumber() && d.key(k - 1).equals("of");
      if (!(skippable || mark || total)) break;
      if (t.key().equals("group") && lastArmed != null && actor == null) actor = lastArmed;
      k++;
    }
    if (noun == null && demonym) k = q.numberTo() + 1;
    Measure measure;
    NounClass cls;
    int nounTo;
    List<Rule> rules = new java.util.ArrayList<>();
    boolean part = partOfPrevious(d, s, q) || ofThem;
    if (noun != null) {
      measure = noun.value().measure();
      cls = noun.value().nounClass();
      nounTo = noun.to();
      rules.add(Measures.byId(measure.id()).isPresent() ? Rules.MEASURE_NOUN : Rules.MEASURE_DECLARED);
      if (part && previous != null && PERSON_MEASURES.contains(previous) && cls == NounClass.PERSON) {
        measure = previous;
        rules.add(Rules.MEASURE_PREVIOUS);
      }
    } else if (part) {
      measure = previous != null ? previous : Measures.PEOPLE;
      cls = classOf(measure);
      nounTo = k;
      rules.add(Rules.MEASURE_PREVIOUS);
    } else if (demonym) {
      measure = Measures.PEOPLE;
      cls = NounClass.PERSON;
      nounTo = k;
      rules.add(Rules.MEASURE_DEMONYM);
    } else {
      // a bare figure: a head noun, an earlier figure it continues, or a word of what happened
      measure = null;
      cls = NounClass.PERSON;
      nounTo = q.to();
      String before = d.key(q.from() - 1);
      if (before.equals("at") || before.equals("to")) {
        PhraseTable.Hit<Lexicon.HeadNoun> head = null;
        for (int h = s.from(); h < q.from(); h++) {
          PhraseTable.Hit<Lexicon.HeadNoun> hit = lexicon.heads.match(d, h, q.from());
          if (hit != null) {
            head = hit;
            h = hit.to() - 1;
          }
        }
        PhraseTable.Hit<Measure> of = null;
        if (head != null && d.key(head.to()).equals("of")) {
          int w = d.key(head.to() + 1).equals("the") ? head.to() + 2 : head.to() + 1;
          of = lexicon.verbs.match(d, w, q.from());
        }
        if (of != null && PERSON_MEASURES.contains(of.value())) {
          measure = of.value();
          rules.add(Rules.MEASURE_HEAD);
        } else if (head != null) {
          measure = head.value().measure() != null ? head.value().measure() : previous;
          rules.add(head.value().measure() != null ? Rules.MEASURE_HEAD : Rules.MEASURE_PREVIOUS);
        }
      } else if (verbRightBefore(d, s, q) != null) {
        // rule measure.elliptic-verb: "killed at least 71 people and wounded 289": the verb right before
        measure = verbRightBefore(d, s, q);
        rules.add(Rules.MEASURE_ELLIPTIC_VERB);
      } else if (ELLIPSIS.contains(d.key(q.numberTo()))) {
        // a bare plural earlier in the sentence ("Trucks … and four had come out"), else the last figure of people
        Measure bare = null;
        for (int b = s.from(); b < q.from(); b++) {
          PhraseTable.Hit<Lexicon.CountedNoun> n = lexicon.nouns.match(d, b, q.from());
          if (n != null && (b == s.from() || !d.token(b - 1).isNumber() && !d.token(b - 1).isWord())) bare = n.value().measure();
        }
        measure = bare != null ? bare : previous;
        if (measure != null) rules.add(Rules.MEASURE_PREVIOUS);
      } else if (previous != null && (before.equals("and") || before.equals(","))) {
        // rule measure.elliptic-verb: "120 fighters were killed and 35 captured": a bare figure that goes on
        // from a count of people takes the participle right after it; people captured are people held
        PhraseTable.Hit<Measure> v = lexicon.verbs.match(d, q.numberTo(), s.to());
        if (v != null && v.from() == q.to()) {
          Measure m = v.value().equals(Measures.PLACES_TAKEN) ? Measures.PEOPLE_HELD : v.value();
          if (PERSON_MEASURES.contains(m)) {
            measure = m;
            rules.add(Rules.MEASURE_ELLIPTIC_VERB);
          }
        }
      }
      if (measure != null) cls = classOf(measure);
    }
    PhraseTable.Hit<Measure> verb = nearestVerb(d, s, q.from(), nounTo);
    if (verb != null && !rules.contains(Rules.MEASURE_PREVIOUS)) {
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
    if (cls == NounClass.PLACE && !rules.contains(Rules.MEASURE_VERB)) measure = Measures.TOWNS_HELD;
    if (noun != null && CountedUnits.populationAfterPossessive(d, q.from(), noun.to())) {
      measure = Measures.POPULATION;
      rules.add(Rules.MEASURE_POPULATION_POSSESSIVE);
    }
    if (measure == null) return null;
    Subject subject = Subject.NONE;
    if (actor != null && (cls == NounClass.ARMED || cls == NounClass.PLACE || cls == NounClass.PERSON)) {
      subject = Subject.of(actor);
      rules.add(Rules.SUBJECT_NAMED);
    }
    // "4,008 children were killed": a count of a class of people (children, women, civilians) is
    // counted in that class's unit, which the rule set relates to the whole toll; the killed and
    // wounded only, as the measures the class is a part of
    Unit counts = noun != null && (measure.equals(Measures.KILLED) || measure.equals(Measures.WOUNDED))
        ? COUNTED_CLASSES.get(d.key(noun.to() - 1)) : null;
    // "6,000 families were displaced": families are counted in families, whatever happened to them
    if (counts == null && noun != null) counts = CountedUnits.families(d.key(noun.to() - 1));
    if (counts != null) rules.add(Rules.MEASURE_COUNTED_CLASS);
    // a part of an earlier figure ("among them 300 women", "122,000 are staying in schools") is a
    // figure of its own: its subject says which part, so that it is not compared with the whole
    if (counts == null && (rules.contains(Rules.MEASURE_PREVIOUS) || part)) {
      String what = d.text(q.numberTo() < nounTo ? q.numberTo() : q.from(), nounTo).strip();
      subject = Subject.of((subject.isNone() ? "" : subject.label() + " ") + "(part: " + what + ")");
      rules.add(Rules.SUBJECT_PART);
    }
    return new Reading(measure, subject, nounTo, rules, counts, part);
  }

  /** Words after a bare figure that continue an earlier one: "while 122,000 are staying…". */
  private static final Set<String> ELLIPSIS = Set.of("are", "were", "was", "is", "had", "have", "has", "in");

  /** A verb of people (killed, wounded, displaced) ending right before the figure, or {@code null}. */
  private @org.jspecify.annotations.Nullable Measure verbRightBefore(EnglishDocument d, EnglishDocument.Sentence s,
      QuantityMention q) {
    for (int k = Math.max(s.from(), q.from() - 3); k < q.from(); k++) {
      PhraseTable.Hit<Measure> h = lexicon.verbs.match(d, k, q.from());
      if (h != null && h.to() == q.from() && PERSON_MEASURES.contains(h.value())) return h.value();
    }
    return null;
  }

  /** "among them 4,008 children", "including 12 women": a part of the figure before. */
  private static boolean partOfPrevious(EnglishDocument d, EnglishDocument.Sentence s, QuantityMention q) {
    int b = q.from();
    if (b - 1 >= s.from() && (d.key(b - 1).equals("including") || d.key(b - 1).equals("includes"))) return true;
    return b - 2 >= s.from() && (d.key(b - 2).equals("among") || d.key(b - 2).equals("of"))
        && (d.key(b - 1).equals("them") || d.key(b - 1).equals("whom"));
  }

  /** Iraqis, Syrians, Palestinians, Sudanese: capitalized plurals of people. */
  static boolean isDemonym(String word) {
    return word.length() > 4 && (word.endsWith("is") || word.endsWith("ians") || word.endsWith("ans")
        || word.endsWith("ese") || word.endsWith("ites"));
  }

  /** Whether a measure counts people or fighters: the figures a later "of them" may continue. */
  public static boolean isPeople(Measure m) {
    return PERSON_MEASURES.contains(m) || m.equals(Measures.FIGHTERS) || m.equals(Measures.TROOPS);
  }

  private static NounClass classOf(Measure m) {
    if (m.equals(Measures.FIGHTERS) || m.equals(Measures.TROOPS)) return NounClass.ARMED;
    if (PLACE_MEASURES.contains(m)) return NounClass.PLACE;
    return PERSON_MEASURES.contains(m) ? NounClass.PERSON : NounClass.THING;
  }

  /**
   * The nearest word of what happened within the window, on either side of the figure and its noun:
   * after the noun an appositive set off by commas is skipped; before the figure a clause boundary
   * (a comma, "and", "while") counts as three tokens more; at equal distance the word after wins.
   */
  private PhraseTable.@Nullable Hit<Measure> nearestVerb(EnglishDocument d, EnglishDocument.Sentence s, int from, int to) {
    int window = MEASURE_VERB_WINDOW;
    int after = to;
    if (d.key(to).equals(",")) {
      for (int c = to + 1; c < Math.min(s.to(), to + 14); c++) {
        if (d.key(c).equals(",")) {
          after = c + 1;
          break;
        }
      }
    }
    PhraseTable.Hit<Measure> best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int k = Math.max(s.from(), from - window); k < from; k++) {
      PhraseTable.Hit<Measure> h = lexicon.verbs.match(d, k, from);
      if (h == null) continue;
      int distance = from - h.to();
      for (int b = h.to(); b < from; b++) {
        if (d.key(b).equals(",") || d.key(b).equals("and") || d.key(b).equals("while")) {
          distance += 3;
          break;
        }
      }
      if (distance < bestDistance) {
        best = h;
        bestDistance = distance;
      }
    }
    for (int k = after; k < Math.min(s.to(), after + window); k++) {
      PhraseTable.Hit<Measure> h = lexicon.verbs.match(d, k, s.to());
      if (h == null) continue;
      int distance = k - after;
      if (distance <= bestDistance) {
        best = h;
        bestDistance = distance;
      }
      break;
    }
    return best;
  }

  private Reading share(EnglishDocument d, EnglishDocument.Sentence s, QuantityMention q, List<PlaceMention> places) {
    int k = q.to();
    if (d.key(k).equals("of")) {
      int head = k + 1;
      while (head < s.to() && (d.key(head).equals("the") || d.key(head).equals("its") || d.key(head).equals("their")
          || d.key(head).equals("all"))) head++;
      // "the country's imports": the head is what the possessive names
      while (head + 2 < s.to() && d.key(head + 1).equals("'") && d.key(head + 2).equals("s")) head += 3;
      PhraseTable.Hit<Lexicon.CountedNoun> noun = lexicon.nouns.match(d, head, s.to());
      if (d.key(head).equals("them") || noun != null && noun.value().nounClass() == NounClass.PERSON) {
        return new Reading(Measures.POPULATION_SHARE, Subject.NONE, noun == null ? head + 1 : noun.to(),
            List.of(Rules.MEASURE_SHARE));
      }
      int at = head;
      boolean territory = TERRITORY.contains(d.key(head))
          || places.stream().anyMatch(p -> p.from() == at && !p.place().isNowhere() && !d.key(at + 1).equals("'"));
      if (!territory) return new Reading(Measures.SHARE_OF, Subject.NONE, q.to(), List.of(Rules.MEASURE_SHARE));
    }
    Measure m = nearestShareCue(d, s, q);
    // "37% … was still controlled by Daesh": the holder after "by" is the subject
    Subject holder = Subject.NONE;
    List<Rule> rules = new java.util.ArrayList<>(List.of(Rules.MEASURE_SHARE));
    for (int b = q.to(); b < Math.min(s.to() - 1, q.to() + SUBJECT_BY_WINDOW); b++) {
      if (d.key(b).equals(",") || d.token(b).isNumber()) break;
      if (!d.key(b).equals("by")) continue;
      int a = d.key(b + 1).equals("the") && lexicon.actors.match(d, b + 2, s.to()) != null ? b + 2 : b + 1;
      PhraseTable.Hit<Lexicon.Actor> actor = lexicon.actors.match(d, a, s.to());
      if (actor == null && a == b + 1) actor = lexicon.actors.match(d, b + 1, s.to());
      if (actor != null && actor.value().role() == Lexicon.ActorRole.ARMED) {
        holder = Subject.of(actor.value().name());
        rules.add(Rules.SUBJECT_BY);
      }
      break;
    }
    // "the regime controlled 20% … and now holds 54%": the actor that holds or lost the share before it
    if (holder.isNone()) {
      for (int b = q.from() - 1; b >= s.from(); b--) {
        if (d.key(b).equals(",") || d.key(b).equals(";") || d.token(b).isNumber()) {
          if (!d.token(b).isNumber() || b < q.from() - 12) break;
        }
        PhraseTable.Hit<Lexicon.Actor> actor = lexicon.actors.match(d, b, q.from());
        // rule subject.not-the-source: "the SDF said 20% … remains outside control": the SDF reports
        if (actor != null && actor.value().role() == Lexicon.ActorRole.ARMED
            && !(ReportingSources.reports(lexicon, d, s, b, actor.to()) && rules.add(Rules.SUBJECT_NOT_SOURCE))) {
          holder = Subject.of(actor.value().name());
          rules.add(Rules.SUBJECT_BY);
          break;
        }
      }
    }
    return new Reading(m == null ? Measures.TERRITORY_HELD : m, holder, q.to(), rules);
  }

  private @Nullable Measure nearestShareCue(EnglishDocument d, EnglishDocument.Sentence s, QuantityMention q) {
    int window = MEASURE_SHARE_WINDOW;
    Measure best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int k = Math.max(s.from(), q.from() - window); k < Math.min(s.to(), q.to() + window); k++) {
      if (k >= q.from() && k < q.to()) continue;
      PhraseTable.Hit<Measure> h = lexicon.shares.match(d, k, s.to());
      if (h == null) continue;
      int distance = k < q.from() ? q.from() - h.to() : k - q.to();
      // a cue of loss beats one of holding: "the territory the group seized … has been liberated"
      boolean lost = h.value().equals(Measures.TERRITORY_LOST);
      if (best == null || (lost && !best.equals(Measures.TERRITORY_LOST))
          || (lost == best.equals(Measures.TERRITORY_LOST) && distance < bestDistance)) {
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
