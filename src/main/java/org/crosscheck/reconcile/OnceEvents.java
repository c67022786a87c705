package org.crosscheck.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Place;
import org.crosscheck.rules.EventClass;
import org.crosscheck.rules.Fact;
import org.crosscheck.rules.GroupingRule;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.value.DateValue;
import org.crosscheck.value.DayRange;
import org.jspecify.annotations.Nullable;

/**
 * The rule {@code grouping.story-events}: an event of a class that happens once in a story, whose
 * place its text leaves unsaid, takes the place of the one event of its class that the batch places
 * and dates within its date. The events at stated places are the anchors; a claim whose place the
 * text left unsaid (placeless, or given its document's focus place) is never an anchor, so the
 * result does not depend on the order of the claims.
 */
final class OnceEvents {
  private final GroupingRule.StoryEvents rule;
  private final RuleSet rules;
  private final Function<Place, String> places;

  OnceEvents(GroupingRule.StoryEvents rule, RuleSet rules, Function<Place, String> places) {
    this.rule = rule;
    this.rules = rules;
    this.places = places;
  }

  /**
   * The claims with the places of their story's events given; {@code facts} gets, per claim id
   * given one, why.
   *
   * @param claims the claims, some of them with focus places given
   * @param unsaid the ids of the claims whose text states no place
   */
  List<Claim> apply(List<Claim> claims, Set<String> unsaid, Map<String, Fact> facts) {
    // per event class, per stated place id: the place and the claims dated there
    Map<String, Map<String, Anchor>> anchors = new TreeMap<>();
    for (Claim c : claims) {
      EventClass k = onceClass(c);
      DayRange r = range(c);
      if (k == null || r == null || unsaid.contains(c.id()) || c.place().isNowhere()) continue;
      String at = places.apply(c.place());
      anchors.computeIfAbsent(k.id(), x -> new TreeMap<>())
          .merge(at, new Anchor(c.place(), List.of(r)), Anchor::plus);
    }
    if (anchors.isEmpty()) return claims;
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      EventClass k = onceClass(c);
      DayRange r = range(c);
      Map<String, Anchor> ofClass = k == null ? null : anchors.get(k.id());
      if (k == null || ofClass == null || r == null || !unsaid.contains(c.id())) {
        out.add(c);
        continue;
      }
      List<Anchor> within = new ArrayList<>();
      for (Anchor a : ofClass.values()) if (a.dates().stream().anyMatch(d -> inside(d, r))) within.add(a);
      if (within.size() != 1) {
        out.add(c);
        continue;
      }
      Place target = within.get(0).place();
      String instead = c.place().isNowhere() ? "" : " instead of its document's focus place " + c.place();
      facts.put(c.id(), Fact.of(GroupingRule.STORY_EVENTS, c.id() + " dates a '" + k.id() + "' event, which happens"
          + " once in a story, and its text names no place: of the batch's such events at a stated place only those"
          + " at " + target + " fall within its date " + c.value() + "; it takes that place" + instead));
      out.add(c.at(target).withId(c.id()));
    }
    return out;
  }

  private @Nullable EventClass onceClass(Claim c) {
    if (c.measure().kind() != Measure.Kind.EVENT_DATE || c.event().isNone()) return null;
    EventClass k = rules.eventClassOf(c.event());
    return rule.happensOnce(k) ? k : null;
  }

  /** The claim's bounded range of days, or {@code null} for an open date or another value. */
  private static @Nullable DayRange range(Claim c) {
    if (!(c.value() instanceof DateValue d)) return null;
    DayRange r = d.range();
    return r.start() == null || r.end() == null ? null : r;
  }

  private static boolean inside(DayRange inner, DayRange outer) {
    return outer.encloses(inner);
  }

  /** A stated place with the dates the batch gives its events of one class. */
  private record Anchor(Place place, List<DayRange> dates) {
    Anchor plus(Anchor other) {
      List<DayRange> all = new ArrayList<>(dates);
      all.addAll(other.dates);
      // one resolved place may come with several records: keep the smallest id, whatever the order
      int order = place.id().compareTo(other.place.id());
      if (order == 0) order = place.name().compareTo(other.place.name());
      Place p = order <= 0 ? place : other.place;
      return new Anchor(p, List.copyOf(all));
    }
  }
}
