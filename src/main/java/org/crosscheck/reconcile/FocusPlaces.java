package org.crosscheck.reconcile;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Place;
import org.crosscheck.rules.Fact;
import org.crosscheck.rules.GroupingRule;

/**
 * The rule {@code grouping.focus-place}: where a document leaves a claim's place unsaid, the place
 * the document is about. A place's support in a document is the number of the document's placed
 * claims at it or inside it (through the places' {@link Place#within()} chains), so that an article
 * naming a city four times and its province three times is about the province as a whole and the
 * city in particular. A place qualifies when its support is at least two, its share of the
 * document's placed claims reaches the rule's least share, and it is narrower than a country. A
 * distance's place is a landmark ("180 km south of the capital"), not what the article is about,
 * and is not counted.
 *
 * <ul>
 *   <li>An event with no place (the city "was liberated on Monday") takes the narrowest qualifying
 *       place: the town the article follows. So does a duration ("after a nine-month battle", "held
 *       it for eight months"): it is the length of a siege, a battle or an occupation, which happen
 *       where events do.
 *   <li>A count with no place ("more than 12,000 killed", "300,000 have fled") is a tally of the
 *       whole area the article covers, not of its one town: it takes the widest qualifying place.
 *   <li>A share with no place says nothing of what it is a share of and stays placeless; a figure
 *       with neither subject nor place stays with its document's claims ({@code
 *       grouping.local-figures}) unless it is a count.
 * </ul>
 *
 * An event placed at a whole country in a document whose event focus lies inside that country (the
 * army "captured the group's last stronghold in Syria" in an article about one Syrian town) takes
 * the focus too: a capture, an entry or an offensive happens at a town, and a country named with it
 * stands in for the town the article follows.
 *
 * <p>Two qualifying places of which neither contains the other at the chosen end leave the focus
 * unclear, and the claim placeless. Each claim given a place gets a fact naming the place, its
 * support and the share as confidence.
 */
final class FocusPlaces {
  /** Places too wide to be a document's focus place. */
  private static final Set<Place.Type> WIDE = EnumSet.of(Place.Type.COUNTRY, Place.Type.REGION, Place.Type.UNION);

  private final GroupingRule.FocusPlace rule;
  private final Function<Place, String> places;

  FocusPlaces(GroupingRule.FocusPlace rule, Function<Place, String> places) {
    this.rule = rule;
    this.places = places;
  }

  /** The claims with focus places given; {@code facts} gets, per claim id given one, why. */
  List<Claim> apply(List<Claim> claims, Map<String, Fact> facts) {
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    Map<String, Place> named = new TreeMap<>();
    for (Claim c : claims) {
      // "180 km from the capital" names the capital as a landmark, not as the place the article is about
      if (c.document() == null || c.place().isNowhere() || c.measure().equals(Measures.DISTANCE_TO)) continue;
      String id = places.apply(c.place());
      counts.computeIfAbsent(c.document(), d -> new TreeMap<>()).merge(id, 1, Integer::sum);
      named.merge(id, c.place(), (x, y) -> x.id().compareTo(y.id()) <= 0 ? x : y);
    }
    Map<String, Focus> narrowest = new TreeMap<>();
    Map<String, Focus> widest = new TreeMap<>();
    for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
      Map<String, Integer> support = qualifying(e.getValue(), named);
      int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
      end(support, named, true).ifPresent(id -> narrowest.put(e.getKey(), focus(e.getKey(), id, support, total, named)));
      end(support, named, false).ifPresent(id -> widest.put(e.getKey(), focus(e.getKey(), id, support, total, named)));
    }
    if (narrowest.isEmpty() && widest.isEmpty()) return claims;
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      Focus f = c.document() == null || !c.place().isNowhere() ? null : switch (c.measure().kind()) {
        case EVENT_DATE, DURATION -> narrowest.get(c.document());
        case COUNT -> widest.get(c.document());
        default -> null;
      };
      // "captured the group's last stronghold in Syria" in an article about one Syrian town: the
      // country stands in for the town; a province or a union ("Iraq and Syria") may be meant as such
      Focus w = c.document() == null || c.measure().kind() != Measure.Kind.EVENT_DATE
          || c.place().type() != Place.Type.COUNTRY ? null : narrowest.get(c.document());
      if (w != null && c.place().contains(w.place())) {
        facts.put(c.id(), Fact.of(GroupingRule.FOCUS_PLACE, c.id() + " dates an event in all of " + c.place()
            + " in a document about " + w.place() + ", inside it, and takes that place (" + w.why() + ")"));
        out.add(c.at(w.place()).withId(c.id()));
        continue;
      }
      if (f == null) {
        out.add(c);
        continue;
      }
      String which = switch (c.measure().kind()) {
        case COUNT -> "a count's area";
        case DURATION -> "the place of what lasted";
        default -> "an event's place";
      };
      facts.put(c.id(), Fact.of(GroupingRule.FOCUS_PLACE, c.id() + " names no place and takes its document's focus"
          + " place as " + which + " (" + f.why() + ")"));
      out.add(c.at(f.place()).withId(c.id()));
    }
    return out;
  }

  /** The place of an id the document names (every id looked up here is one of its keys). */
  private static Place at(Map<String, Place> named, String id) {
    return java.util.Objects.requireNonNull(named.get(id), id);
  }

  /** Per qualifying place id, its support: the document's claims at it or inside it. */
  private Map<String, Integer> qualifying(Map<String, Integer> here, Map<String, Place> named) {
    int total = here.values().stream().mapToInt(Integer::intValue).sum();
    Set<String> candidates = new TreeSet<>(here.keySet());
    for (String id : here.keySet()) {
      for (String up : at(named, id).within()) if (named.containsKey(up)) candidates.add(up);
    }
    Map<String, Integer> support = new TreeMap<>();
    for (String candidate : candidates) {
      Place wide = at(named, candidate);
      if (WIDE.contains(wide.type())) continue;
      int n = 0;
      for (Map.Entry<String, Integer> x : here.entrySet()) {
        if (x.getKey().equals(candidate) || wide.contains(at(named, x.getKey()))) n += x.getValue();
      }
      if (n >= 2 && (double) n / total >= rule.minShare()) support.put(candidate, n);
    }
    return support;
  }

  /** The one qualifying place containing none (narrowest) or lying in none (widest) of the others. */
  private static java.util.Optional<String> end(Map<String, Integer> support, Map<String, Place> named,
      boolean narrowest) {
    List<String> ends = support.keySet().stream()
        .filter(c -> support.keySet().stream().noneMatch(o -> !o.equals(c)
            && (narrowest ? at(named, c).contains(at(named, o)) : at(named, o).contains(at(named, c)))))
        .toList();
    return ends.size() == 1 ? java.util.Optional.of(ends.get(0)) : java.util.Optional.empty();
  }

  private static Focus focus(String document, String id, Map<String, Integer> support, int total,
      Map<String, Place> named) {
    Place p = at(named, id);
    int n = support.getOrDefault(id, 0);
    return new Focus(p, String.format(Locale.ROOT, "%d of %d placed claims of %s are at or in %s: confidence %.2f", n,
        total, document, p, (double) n / total)); // the place isolated if right to left
  }

  private record Focus(Place place, String why) {}
}
