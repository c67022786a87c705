package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.Crosscheck.claim;
import static org.crosscheck.Crosscheck.event;
import static org.crosscheck.Crosscheck.exactly;
import static org.crosscheck.Crosscheck.onDay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Place;
import org.crosscheck.rules.EventClass;
import org.crosscheck.rules.GroupingRule;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The links between groups are found through indexes; these tests hold them to the definition: a
 * comparison of every pair of groups, kind by kind, on batches with nested places, unions, figures
 * that presuppose control and related events.
 */
class LinksTest {
  private static final RuleSet RULES = RuleSet.defaults();
  /**
   * The defaults without the rules that put claims at nested places, or a status and the change of
   * hands, in one group: every kind of nesting is then a link.
   */
  private static final RuleSet LINKING = RULES.without("grouping.nested-figures").without("grouping.nested-events")
      .without("grouping.status-with-change");

  @Test
  void links_areThoseAComparisonOfEveryPairFinds_inTheSameOrder() {
    int total = 0;
    java.util.Set<String> rules = new java.util.TreeSet<>();
    for (long seed = 1; seed <= 6; seed++) {
      Report r = Reconciler.with(RULES).reconcile(SyntheticBatch.of(300 + 100 * (int) seed, seed));
      List<String> expected = everyPair(r);
      assertThat(ids(r.links())).as("seed %s", seed).containsExactlyElementsOf(expected);
      total += expected.size();
      r.links().forEach(a -> rules.add(a.rule().id()));
    }
    // the batches do exercise every kind of link, not just a few
    assertThat(total).isGreaterThan(500);
    assertThat(rules).contains("scope.aggregate", "event.sequence", "event.nested-places", "status.before-change");
  }

  @Test
  void links_reachEveryKindOfNesting() {
    Place land = Place.named("Northland").ofType(Place.Type.COUNTRY);
    Place east = Place.named("East Reach").ofType(Place.Type.PROVINCE).within(land);
    Place west = Place.named("West Reach").ofType(Place.Type.PROVINCE).within(land);
    Place mill = Place.named("Millford").ofType(Place.Type.TOWN).within(east);
    Place both = Place.union(east, west);
    Claim inTown = claim(Measures.FIGHTERS, mill, exactly(200)).withId("town");
    Claim inUnion = claim(Measures.FIGHTERS, both, exactly(900)).withId("union");
    Claim inCountry = claim(Measures.FIGHTERS, land, exactly(1500)).withId("country");
    Claim inWest = claim(Measures.FIGHTERS, west, exactly(300)).withId("west");
    // a figure of people held, published before the town was taken
    Claim heldInTown = claim(Measures.PEOPLE_HELD, mill, exactly(40))
        .by(Attribution.by("Daily Lantern").publishedOn(LocalDate.of(2019, 3, 20))).withId("held-town");
    Claim takenTown = event(EventType.CAPTURED, mill, onDay(2019, 4, 2)).withId("taken-town");
    Claim enteredTown = event(EventType.ENTERED, mill, onDay(2019, 4, 1)).withId("entered-town");
    Report r = Reconciler.with(LINKING).reconcile(
        List.of(inTown, inUnion, inCountry, inWest, heldInTown, takenTown, enteredTown));
    List<String> links = r.links().stream().map(a -> pair(a.left().id(), a.right().id())).toList();
    // a union holds a town inside one of its parts, and one of its parts; a country holds its towns and provinces
    assertThat(links).contains(pair("town", "union"), pair("union", "west"), pair("country", "town"),
        pair("country", "west"));
    // two events of related classes at one place, and a figure that presupposes control against a capture
    assertThat(links).contains(pair("entered-town", "taken-town"), pair("held-town", "taken-town"));
    // places side by side are not nested
    assertThat(links).doesNotContain(pair("town", "west"));
    assertThat(ids(r.links())).containsExactlyElementsOf(everyPair(r));
  }

  /** A pair of claim ids in either order. */
  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "~" + b : b + "~" + a;
  }

  private static List<String> ids(List<Assessment> links) {
    return links.stream().map(a -> a.left().id() + "~" + a.right().id()).toList();
  }

  /** The links by their definition: every pair of groups compared, kind by kind, in index order. */
  private static List<String> everyPair(Report r) {
    List<Group> groups = r.groups();
    Assessor assessor = new Assessor(RULES, r.independence());
    Map<String, List<Group>> byPlace = new TreeMap<>();
    Map<String, List<Group>> byMeasureSubject = new TreeMap<>();
    Map<String, List<Group>> byMeasureSubjectPlace = new TreeMap<>();
    for (Group g : groups) {
      GroupKey k = g.key();
      k.place().ifPresent(p -> byPlace.computeIfAbsent(p, x -> new ArrayList<>()).add(g));
      byMeasureSubject.computeIfAbsent(k.measureId() + "#" + k.countedName() + "/" + k.subjectId() + "/"
          + k.localTo().orElse(""), x -> new ArrayList<>()).add(g);
      byMeasureSubjectPlace.computeIfAbsent(k.measureId() + "/" + k.subjectId() + "@" + k.place().orElse("") + "/"
          + k.localTo().orElse(""), x -> new ArrayList<>()).add(g);
    }
    Map<String, String> out = new LinkedHashMap<>();
    Optional<EventClass> change = Optional.of(RULES.eventClassOf(EventType.CAPTURED));
    Optional<GroupingRule.SequenceWidth> width = RULES.grouping(GroupingRule.SequenceWidth.class);
    for (List<Group> at : byPlace.values()) {
      for (int i = 0; i < at.size(); i++) {
        for (int j = i + 1; j < at.size(); j++) {
          Group a = at.get(i);
          Group b = at.get(j);
          Optional<EventClass> ea = a.key().event();
          Optional<EventClass> eb = b.key().event();
          boolean events = ea.isPresent() && eb.isPresent()
              && (RULES.precedes(ea.get(), eb.get()) || RULES.precedes(eb.get(), ea.get()))
              && width.map(w -> w.allows(anchor(a).place())).orElse(true);
          boolean status = RULES.presupposesControl(anchor(a).measure()) && eb.equals(change)
              || RULES.presupposesControl(anchor(b).measure()) && ea.equals(change);
          if (events || status) link(out, assessor, a, b);
        }
      }
    }
    for (List<Group> same : byMeasureSubject.values()) {
      for (int i = 0; i < same.size(); i++) {
        for (int j = i + 1; j < same.size(); j++) {
          Place pa = anchor(same.get(i)).place();
          Place pb = anchor(same.get(j)).place();
          if (pa.contains(pb) || pb.contains(pa)) link(out, assessor, same.get(i), same.get(j));
        }
      }
    }
    for (List<Group> same : byMeasureSubjectPlace.values()) {
      for (int i = 0; i < same.size(); i++) {
        for (int j = i + 1; j < same.size(); j++) {
          String ka = RULES.countedName(anchor(same.get(i)));
          String kb = RULES.countedName(anchor(same.get(j)));
          if (!ka.equals(kb) && RULES.countsLinked(ka, kb)) link(out, assessor, same.get(i), same.get(j));
        }
      }
    }
    for (Group s : groups) {
      if (!RULES.presupposesControl(anchor(s).measure())) continue;
      for (Group g : groups) {
        if (g.key().event().equals(change) && !g.key().place().equals(s.key().place())) {
          Place pg = anchor(g).place();
          Place ps = anchor(s).place();
          if (pg.contains(ps) || ps.contains(pg)) link(out, assessor, s, g);
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  private static Claim anchor(Group g) {
    return g.consensus().supporters().isEmpty() ? g.claims().get(0) : g.consensus().supporters().get(0);
  }

  private static void link(Map<String, String> out, Assessor assessor, Group a, Group b) {
    String key = a.key() + "|" + b.key();
    if (out.containsKey(key)) return;
    Assessment x = assessor.assess(anchor(a), anchor(b), Place::id);
    if (x.verdict() != Verdict.UNRELATED && (x.verdict() != Verdict.INCOMPARABLE || x.rule().id().equals("measure.counted-link"))) {
      out.put(key, anchor(a).id() + "~" + anchor(b).id());
    }
  }
}
