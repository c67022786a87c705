package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.Crosscheck.*;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Place;
import org.crosscheck.claim.Subject;
import org.crosscheck.rules.GroupingRule;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.Verdict;
import org.crosscheck.value.Unit;
import org.junit.jupiter.api.Test;

/**
 * The rules {@code grouping.nested-events}, {@code grouping.nested-figures} and {@code
 * grouping.status-with-change}, on places of an invented land: two countries, a province of one
 * with two towns side by side.
 */
class NestedPlacesTest {
  static final Place LAND = Place.named("Northland").ofType(Place.Type.COUNTRY);
  static final Place SOUTHLAND = Place.named("Southland").ofType(Place.Type.COUNTRY);
  static final Place LANDS = Place.union(LAND, SOUTHLAND);
  static final Place EAST = Place.named("East Reach").ofType(Place.Type.PROVINCE).within(LAND);
  static final Place MILL = Place.named("Millford").ofType(Place.Type.TOWN).within(EAST);
  static final Place FORD = Place.named("Oxbridge").ofType(Place.Type.TOWN).within(EAST);
  static final Subject BAND = subject("Grey Band");
  static final Attribution LANTERN = Attribution.by("Daily Lantern").publishedOn(LocalDate.of(2019, 4, 3));
  static final Attribution COURIER = Attribution.by("Hill Courier").publishedOn(LocalDate.of(2019, 4, 4));

  static Report reconcile(Claim... claims) {
    return Reconciler.with(RuleSet.defaults()).reconcile(List.of(claims));
  }

  static Report without(String rule, Claim... claims) {
    return Reconciler.with(RuleSet.defaults().without(rule)).reconcile(List.of(claims));
  }

  // ---- grouping.nested-events -----------------------------------------------------------------

  @Test
  void nestedEvents_anEventInTheWholeCountry_joinsTheOneTownWhoseDateItCovers() {
    Claim mill = event(EventType.CAPTURED, MILL, onDay(2019, 4, 2)).by(LANTERN).withId("mill-taken");
    Claim ford = event(EventType.CAPTURED, FORD, onDay(2019, 3, 10)).by(LANTERN).withId("ford-taken");
    // "the last town of the land held by the band was freed on Tuesday"
    Claim land = event(EventType.LIBERATED, LAND, onDay(2019, 4, 2)).by(COURIER).withId("land-freed");
    Report r = reconcile(mill, ford, land);
    assertThat(r.groupOf(land)).isEqualTo(r.groupOf(mill)).isNotEqualTo(r.groupOf(ford));
    Group g = r.groupOf(land).orElseThrow();
    assertThat(g.key().place()).contains("millford");
    assertThat(g.facts(GroupingRule.NESTED_EVENTS)).singleElement().asString()
        .contains("land-freed").contains("Millford").contains("fall within its date");
    // the claim keeps its own place: the pair is one event told at either place
    Assessment x = r.assessment("land-freed", "mill-taken");
    assertThat(x.verdict()).isEqualTo(Verdict.AGREE);
    assertThat(x.rule().id()).isEqualTo("event.nested-places");
    // a month covers the town's day too
    Claim month = event(EventType.CAPTURED, LAND, inMonth(2019, 4)).by(COURIER).withId("land-april");
    Report m = reconcile(mill, ford, month);
    assertThat(m.groupOf(month)).isEqualTo(m.groupOf(mill));
    assertThat(m.assessment("land-april", "mill-taken").verdict()).isEqualTo(Verdict.COMPATIBLE);
  }

  @Test
  void nestedEvents_staysAtItsPlace_whenTheDateFitsTwoTownsOrNoneOrNamesAYear() {
    Claim mill = event(EventType.CAPTURED, MILL, onDay(2019, 4, 2)).by(LANTERN).withId("mill-taken");
    Claim fordSameDay = event(EventType.CAPTURED, FORD, onDay(2019, 4, 2)).by(LANTERN).withId("ford-taken");
    Claim land = event(EventType.LIBERATED, LAND, onDay(2019, 4, 2)).by(COURIER).withId("land-freed");
    Report two = reconcile(mill, fordSameDay, land);
    assertThat(two.groupOf(land)).isNotEqualTo(two.groupOf(mill)).isNotEqualTo(two.groupOf(fordSameDay));
    // the two towns' captures are never put together through the wide claim
    assertThat(two.groupOf(mill)).isNotEqualTo(two.groupOf(fordSameDay));
    Claim otherDay = event(EventType.LIBERATED, LAND, onDay(2019, 4, 9)).by(COURIER).withId("land-later");
    Report none = reconcile(mill, otherDay);
    assertThat(none.groupOf(otherDay)).isNotEqualTo(none.groupOf(mill));
    // a year is a campaign, not one town's event (the rule's longest span is 31 days)
    Claim year = event(EventType.CAPTURED, LAND, inYear(2019)).by(COURIER).withId("land-year");
    Report campaign = reconcile(mill, year);
    assertThat(campaign.groupOf(year)).isNotEqualTo(campaign.groupOf(mill));
    // another class at the town is another topic
    Claim entered = event(EventType.ENTERED, MILL, onDay(2019, 4, 2)).by(LANTERN).withId("mill-entered");
    Report classes = reconcile(entered, land);
    assertThat(classes.groupOf(land)).isNotEqualTo(classes.groupOf(entered));
    // without the rule the town and the country are linked groups
    Report linked = without(GroupingRule.NESTED_EVENTS, mill, land);
    assertThat(linked.groupOf(land)).isNotEqualTo(linked.groupOf(mill));
    assertThat(linked.links()).extracting(a -> a.rule().id()).containsExactly("event.nested-places");
  }

  @Test
  void nestedEvents_aDurationAtAProvince_joinsTheOneTownWhoseLengthItMeets() {
    Claim atMill = claim(Measures.DURATION, MILL, duration(8, Unit.MONTH)).by(LANTERN).withId("mill-months");
    Claim atEast = claim(Measures.DURATION, EAST, duration(8, Unit.MONTH)).by(COURIER).withId("east-months");
    Report r = reconcile(atMill, atEast);
    assertThat(r.groupOf(atEast)).isEqualTo(r.groupOf(atMill));
    assertThat(r.groupOf(atEast).orElseThrow().facts(GroupingRule.NESTED_EVENTS)).singleElement().asString()
        .contains("meet its length");
    Assessment x = r.assessment("east-months", "mill-months");
    assertThat(x.verdict()).isEqualTo(Verdict.AGREE);
    assertThat(x.rule().id()).isEqualTo("duration.nested-places");
    // a length that meets none stays; a clash of lengths over nested places is explained by scope
    Claim days = claim(Measures.DURATION, EAST, duration(2, Unit.DAY)).by(COURIER).withId("east-days");
    Report apart = reconcile(atMill, days);
    assertThat(apart.groupOf(days)).isNotEqualTo(apart.groupOf(atMill));
    Assessment clash = apart.assessment("east-days", "mill-months");
    assertThat(clash.verdict()).isEqualTo(Verdict.CONTRADICT);
    assertThat(clash.explainedBy()).extracting(e -> e.phrase()).containsExactly("scope");
    // two towns with that length: which one is meant cannot be told
    Claim atFord = claim(Measures.DURATION, FORD, duration(8, Unit.MONTH)).by(LANTERN).withId("ford-months");
    Report two = reconcile(atMill, atFord, atEast);
    assertThat(two.groupOf(atEast)).isNotEqualTo(two.groupOf(atMill)).isNotEqualTo(two.groupOf(atFord));
  }

  // ---- grouping.nested-figures ----------------------------------------------------------------

  @Test
  void nestedFigures_aCountrysShare_joinsTheSharesOfItsUnion_aTownsNever() {
    Claim ofLand = claim(Measures.TERRITORY_HELD, LAND, aboutPercent(50)).about(BAND).by(LANTERN).withId("land-half");
    Claim ofBoth = claim(Measures.TERRITORY_HELD, LANDS, aboutPercent(33)).about(BAND).by(COURIER).withId("both-third");
    Claim ofMill = claim(Measures.TERRITORY_HELD, MILL, percent(5)).about(BAND).by(COURIER).withId("mill-five");
    Claim ofEast = claim(Measures.TERRITORY_HELD, EAST, percent(35)).about(BAND).by(COURIER).withId("east-35");
    Report r = reconcile(ofLand, ofBoth, ofMill, ofEast);
    assertThat(r.groupOf(ofLand)).isEqualTo(r.groupOf(ofBoth));
    assertThat(r.groupOf(ofBoth).orElseThrow().key().place()).contains(LANDS.id());
    assertThat(r.groupOf(ofBoth).orElseThrow().facts(GroupingRule.NESTED_FIGURES)).singleElement().asString()
        .contains("land-half").contains("one of the parts of");
    // a share of a town or a province has another denominator: never the union's, nor the country's
    assertThat(r.groupOf(ofMill)).isNotEqualTo(r.groupOf(ofBoth)).isNotEqualTo(r.groupOf(ofEast));
    assertThat(r.groupOf(ofEast)).isNotEqualTo(r.groupOf(ofBoth));
    // half of one country against a third of both: a contradiction at face value, explained by scope
    Assessment x = r.assessment("land-half", "both-third");
    assertThat(x.verdict()).isEqualTo(Verdict.CONTRADICT);
    assertThat(x.explainedBy()).extracting(e -> e.phrase()).contains("scope");
    // another subject's share is another topic
    Claim army = claim(Measures.TERRITORY_HELD, LAND, percent(40)).about(subject("Royal Army")).by(LANTERN)
        .withId("army-share");
    assertThat(reconcile(army, ofBoth).groupOf(army)).isNotEqualTo(reconcile(army, ofBoth).groupOf(ofBoth));
  }

  @Test
  void nestedFigures_aForcesStrength_joinsTheCountOverTheWidestPlaceCounted() {
    Claim mill = claim(Measures.FIGHTERS, MILL, between(2000, 3000)).about(BAND).by(LANTERN).withId("mill-force");
    Claim ford = claim(Measures.FIGHTERS, FORD, about(1500)).about(BAND).by(LANTERN).withId("ford-force");
    Claim land = claim(Measures.FIGHTERS, LAND, aFew(THOUSANDS)).about(BAND).by(COURIER).withId("land-force");
    Claim both = claim(Measures.FIGHTERS, LANDS, lessThan(3000)).about(BAND).by(COURIER).withId("both-force");
    Report r = reconcile(mill, ford, land, both);
    assertThat(r.groups()).singleElement().satisfies(g -> {
      assertThat(g.key().place()).contains(LANDS.id());
      assertThat(g.facts(GroupingRule.NESTED_FIGURES)).hasSize(3);
    });
    Assessment x = r.assessment("both-force", "mill-force");
    assertThat(x.verdict()).isEqualTo(Verdict.COMPATIBLE);
    assertThat(x.rule().id()).isEqualTo("scope.aggregate");
    // a count of a measure the rule does not list (towns held) stays at its own place
    Claim townsEast = claim(Measures.TOWNS_HELD, EAST, exactly(2)).about(BAND).by(LANTERN).withId("towns-east");
    Claim townsBoth = claim(Measures.TOWNS_HELD, LANDS, exactly(2)).about(BAND).by(COURIER).withId("towns-both");
    Report towns = reconcile(townsEast, townsBoth);
    assertThat(towns.groupOf(townsEast)).isNotEqualTo(towns.groupOf(townsBoth));
    // a country's count alone is not the whole front: the town's count stays at the town
    Report country = reconcile(mill, land);
    assertThat(country.groupOf(mill)).isNotEqualTo(country.groupOf(land));
    // two unions of which neither contains the other: the town's count stays where it is
    Place west = Place.named("West Reach").ofType(Place.Type.PROVINCE).within(LAND);
    Claim inReaches = claim(Measures.FIGHTERS, Place.union(EAST, west), exactly(4000)).about(BAND).by(COURIER)
        .withId("reaches");
    Claim inRim = claim(Measures.FIGHTERS, Place.union(EAST, SOUTHLAND), exactly(5000)).about(BAND).by(COURIER)
        .withId("rim");
    Report unclear = reconcile(mill, inReaches, inRim);
    assertThat(unclear.groupOf(mill)).isNotEqualTo(unclear.groupOf(inReaches)).isNotEqualTo(unclear.groupOf(inRim));
    // without the rule each place is its own group, linked to the places nesting with it
    Report linked = without(GroupingRule.NESTED_FIGURES, mill, both);
    assertThat(linked.groups()).hasSize(2);
    assertThat(linked.links()).extracting(a -> a.rule().id()).containsExactly("scope.aggregate");
  }

  @Test
  void nestedFigures_listsItsMeasures_andRefusesABadSpan() {
    GroupingRule.NestedFigures rule = GroupingRule.NestedFigures.counting("fighters", "troops");
    assertThat(rule.countsNested("fighters")).isTrue();
    assertThat(rule.countsNested("towns-held")).isFalse();
    assertThat(rule.description()).contains("fighters, troops");
    assertThat(GroupingRule.NestedEvents.spanningAtMost(31).description()).contains("31 days");
    assertThatThrownBy(() -> GroupingRule.NestedEvents.spanningAtMost(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("like 31");
  }

  // ---- grouping.status-with-change ------------------------------------------------------------

  @Test
  void statusWithChange_aFigurePresupposingControl_joinsThePlaceChangingHands() {
    Claim held = claim(Measures.CONTROL, MILL, label("held by the Grey Band")).about(BAND).by(LANTERN)
        .withId("mill-held");
    Claim taken = event(EventType.CAPTURED, MILL, onDay(2019, 4, 9)).by(COURIER).withId("mill-taken");
    Claim lost = event(EventType.LOST, MILL, onDay(2019, 4, 9)).by(LANTERN).withId("mill-lost");
    Report r = reconcile(held, taken, lost);
    assertThat(r.groups()).singleElement().satisfies(g -> {
      assertThat(g.key().event()).isPresent();
      assertThat(g.facts(GroupingRule.STATUS_WITH_CHANGE)).singleElement().asString().contains("mill-held");
      // the dates of the change decide the consensus; the status is listed, not compared with them
      assertThat(g.consensus().value()).hasToString("2019-04-09");
      assertThat(g.consensus().incomparable()).extracting(Claim::id).containsExactly("mill-held");
    });
    // the status was published before the change: the pair is compatible
    assertThat(r.assessment("mill-held", "mill-taken").verdict()).isEqualTo(Verdict.COMPATIBLE);
    assertThat(r.assessment("mill-held", "mill-taken").rule().id()).isEqualTo("status.before-change");
    // a whole country is too wide to be one sequence (grouping.event-sequence-width)
    Claim heldLand = claim(Measures.CONTROL, LAND, label("held by the Grey Band")).about(BAND).by(LANTERN)
        .withId("land-held");
    Claim takenLand = event(EventType.CAPTURED, LAND, onDay(2019, 4, 9)).by(COURIER).withId("land-taken");
    Report wide = reconcile(heldLand, takenLand);
    assertThat(wide.groupOf(heldLand)).isNotEqualTo(wide.groupOf(takenLand));
    // a figure that presupposes nothing (people killed) stays in its own group
    Claim killed = claim(Measures.KILLED, MILL, exactly(12)).by(LANTERN).withId("mill-killed");
    Report other = reconcile(killed, taken);
    assertThat(other.groupOf(killed)).isNotEqualTo(other.groupOf(taken));
    // without the rule the status is a linked group
    Report linked = without(GroupingRule.STATUS_WITH_CHANGE, held, taken);
    assertThat(linked.groupOf(held)).isNotEqualTo(linked.groupOf(taken));
    assertThat(linked.links()).extracting(a -> a.rule().id()).containsExactly("status.before-change");
  }
}
