package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.Fixtures.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Evidence;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Place;
import org.crosscheck.claim.Subject;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.value.Unit;

/**
 * Laws of grouping: the groups (as sets of claim ids) do not depend on the order of the claims nor
 * on what the documents are called; grouping across nested places names its rule and never joins
 * places side by side through a wider one.
 */
class GroupingLawsTest {
  static final List<Place> PLACES = List.of(Place.NOWHERE, AL_QAIM, RAWA, ABU_KAMAL, IRAQ);
  static final List<Subject> SUBJECTS = List.of(Subject.NONE, ISIS);
  static final List<Measure> MEASURES = List.of(FIGHTERS, Measures.KILLED, Measures.EVENT_DATE, Measures.DURATION);
  // a proclamation happens once in a story: placeless ones take the place of the one placed (grouping.story-events)
  static final List<EventType> EVENTS = List.of(CAPTURED, LOST, LIBERATED, ENTERED, DECLARED_VICTORY, EventType.DECLARED);
  static final List<Unit> NOUNS = List.of(Unit.ONE,
      Unit.of("families", "family", "families", Unit.Dimension.COUNT, BigDecimal.ONE),
      Unit.of("civilians", "civilian", "civilians", Unit.Dimension.COUNT, BigDecimal.ONE));

  @Provide
  Arbitrary<List<Claim>> batches() {
    Arbitrary<Claim> one = Combinators.combine(Arbitraries.integers().between(0, MEASURES.size() - 1),
        Arbitraries.integers().between(0, PLACES.size() - 1), Arbitraries.integers().between(0, 1),
        Arbitraries.integers().between(0, EVENTS.size() - 1), Arbitraries.integers().between(1, 20),
        Arbitraries.integers().between(0, 2)).as((m, p, s, e, v, d) -> {
          Place place = PLACES.get(p);
          Measure measure = MEASURES.get(m);
          // durations take a document's focus place like events (grouping.focus-place)
          Claim c = measure == Measures.EVENT_DATE
              ? event(EVENTS.get(e), place, onDay(2017, 11, v))
              : measure == Measures.DURATION
                  ? claim(measure, place, duration(v % 4 + 1, Unit.MONTH))
                  : claim(measure, place, exactly(v * 100, NOUNS.get(e % NOUNS.size()))).about(SUBJECTS.get(s));
          return c.by(REUTERS).withEvidence(Evidence.document("doc-" + d));
        });
    return one.list().ofMinSize(1).ofMaxSize(14).map(list -> {
      List<Claim> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) out.add(list.get(i).withId(String.format(java.util.Locale.ROOT, "c%02d", i)));
      return out;
    });
  }

  static Set<String> partition(List<Claim> claims) {
    Report r = Reconciler.with(RuleSet.defaults()).reconcile(claims);
    return r.groups().stream()
        .map(g -> g.claims().stream().map(Claim::id).sorted().collect(Collectors.joining(",")))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Property(tries = 150)
  void grouping_isInvariantUnderClaimOrder(@ForAll("batches") List<Claim> claims, @ForAll long seed) {
    List<Claim> shuffled = new ArrayList<>(claims);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(partition(shuffled)).isEqualTo(partition(claims));
  }

  @Property(tries = 150)
  void grouping_isInvariantUnderRenamingDocuments(@ForAll("batches") List<Claim> claims) {
    // a bijection that also reverses the documents' order
    List<Claim> renamed = claims.stream()
        .map(c -> c.withEvidence(Evidence.document("renamed-" + (9 - Integer.parseInt(c.document().substring(4))))))
        .toList();
    assertThat(partition(renamed)).isEqualTo(partition(claims));
  }

  /**
   * Nested places are monotone: a count, a share or an event at a town and its twin over a place
   * containing the town are in one group or in groups the report links, never unrelated, whatever
   * the values.
   */
  @Property(tries = 200)
  void nestedPlaces_aNarrowerTwinIsAlwaysLinked(@ForAll("twins") List<Claim> twin) {
    Report r = Reconciler.with(RuleSet.defaults()).reconcile(twin);
    Group narrow = r.groupOf(twin.get(0)).orElseThrow();
    Group wide = r.groupOf(twin.get(1)).orElseThrow();
    boolean linked = r.links().stream().anyMatch(l -> narrow.contains(l.left()) && wide.contains(l.right())
        || wide.contains(l.left()) && narrow.contains(l.right()));
    assertThat(narrow.equals(wide) || linked).as("%s and %s", twin.get(0), twin.get(1)).isTrue();
  }

  /**
   * Grouping across places always names its rule: a claim grouped under another place than its own
   * has a fact of {@code grouping.nested-events}, {@code grouping.nested-figures} or {@code
   * grouping.status-with-change} in its group, naming it.
   */
  @Property(tries = 150)
  void grouping_acrossPlaces_alwaysNamesTheRule(@ForAll("batches") List<Claim> claims) {
    Report r = Reconciler.with(RuleSet.defaults()).reconcile(claims);
    for (Group g : r.groups()) {
      for (Claim c : g.claims()) {
        if (c.place().isNowhere() || g.key().place().equals(java.util.Optional.of(c.place().id()))) continue;
        assertThat(g.facts()).as("%s in %s", c, g.key())
            .anyMatch(f -> Set.of("grouping.nested-events", "grouping.nested-figures", "grouping.status-with-change")
                .contains(f.key()) && f.value().startsWith(c.id() + " "));
      }
    }
  }

  /**
   * A wide claim never joins two narrower places: events of one class at two towns side by side stay
   * in two groups whatever is said of the country containing both, and on whatever dates.
   */
  @Property(tries = 200)
  void nestedEvents_neverJoinTwoTownsSideBySide(@ForAll("siblings") List<Claim> claims) {
    Report r = Reconciler.with(RuleSet.defaults()).reconcile(claims);
    assertThat(r.groupOf(claims.get(0))).isNotEqualTo(r.groupOf(claims.get(1)));
  }

  @Provide
  Arbitrary<List<Claim>> siblings() {
    return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 4),
        Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 2)).as((a, b, c, kind) -> {
          Claim qaim;
          Claim rawa;
          Claim wide;
          if (kind == 0) {
            qaim = event(CAPTURED, AL_QAIM, onDay(2017, 11, a));
            rawa = event(LIBERATED, RAWA, onDay(2017, 11, b));
            wide = event(LOST, IRAQ, onDay(2017, 11, c));
          } else if (kind == 1) {
            qaim = event(CAPTURED, AL_QAIM, onDay(2017, 11, a));
            rawa = event(CAPTURED, RAWA, onDay(2017, 11, b));
            wide = event(CAPTURED, IRAQ, inMonth(2017, 11));
          } else {
            qaim = claim(Measures.DURATION, AL_QAIM, duration(a, Unit.MONTH));
            rawa = claim(Measures.DURATION, RAWA, duration(b, Unit.MONTH));
            wide = claim(Measures.DURATION, IRAQ, duration(c, Unit.MONTH));
          }
          return List.of(qaim.by(REUTERS).withId("qaim"), rawa.by(AL_ARAB).withId("rawa"),
              wide.by(AL_NAJAH).withId("wide"));
        });
  }

  @Provide
  Arbitrary<List<Claim>> twins() {
    List<Place[]> nested = List.of(new Place[] {AL_QAIM, IRAQ}, new Place[] {RAWA, IRAQ},
        new Place[] {ABU_KAMAL, SYRIA}, new Place[] {AL_QAIM, IRAQ_AND_SYRIA}, new Place[] {SYRIA, IRAQ_AND_SYRIA});
    return Combinators.combine(Arbitraries.of(nested), Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(1, 30), Arbitraries.integers().between(1, 30)).as((places, kind, a, b) -> {
          Claim narrow;
          Claim wide;
          if (kind == 0) {
            narrow = claim(FIGHTERS, places[0], exactly(a * 100)).about(ISIS);
            wide = claim(FIGHTERS, places[1], exactly(b * 100)).about(ISIS);
          } else if (kind == 1) {
            narrow = claim(TERRITORY_HELD, places[0], percent(a)).about(ISIS);
            wide = claim(TERRITORY_HELD, places[1], percent(b)).about(ISIS);
          } else {
            narrow = event(CAPTURED, places[0], onDay(2017, 11, a));
            wide = event(LIBERATED, places[1], onDay(2017, 11, b));
          }
          return List.of(narrow.by(REUTERS).withId("narrow"), wide.by(AL_ARAB).withId("wide"));
        });
  }
}
