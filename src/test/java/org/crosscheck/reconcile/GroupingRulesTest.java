package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.Fixtures.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Evidence;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Place;
import org.crosscheck.claim.Scope;
import org.crosscheck.claim.Subject;
import org.crosscheck.rules.CountedClass;
import org.crosscheck.rules.EventClass;
import org.crosscheck.rules.GroupingRule;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.Supersession;
import org.crosscheck.rules.Verdict;
import org.crosscheck.value.Unit;
import org.junit.jupiter.api.Test;

/** Grouping by measure classes, event classes and places, as named rules with facts. */
class GroupingRulesTest {
  static final Unit FAMILIES = Unit.counting("family", "families");
  static final Unit PEOPLE = Unit.of("people", "person", "people", Unit.Dimension.COUNT, BigDecimal.ONE);
  static final Unit FIGHTERS_UNIT = Unit.of("fighters", "fighter", "fighters", Unit.Dimension.COUNT, BigDecimal.ONE);
  static final Unit CIVILIANS = Unit.of("civilians", "civilian", "civilians", Unit.Dimension.COUNT, BigDecimal.ONE);
  static final Measure FLED = Measure.of("fled", Measure.Kind.COUNT, Measure.Trend.INCREASES);

  static Report reconcile(Claim... claims) {
    return Reconciler.with(RuleSet.defaults()).reconcile(List.of(claims));
  }

  static Claim in(Claim c, String document) {
    return c.withEvidence(Evidence.document(document));
  }

  // ---- measure classes ------------------------------------------------------------------------

  @Test
  void aPartOfThoseCounted_differsFromTheWholeByScope_unlessItExceedsIt() {
    Unit children = Unit.of("children", "child", "children", Unit.Dimension.COUNT, BigDecimal.ONE);
    Claim toll = claim(Measures.KILLED, RAWA, exactly(9770, PEOPLE)).by(REUTERS).withId("toll");
    Claim kids = claim(Measures.KILLED, RAWA, exactly(4008, children)).by(AL_ARAB).withId("kids");
    Claim tooMany = claim(Measures.KILLED, RAWA, exactly(12000, children)).by(REUTERS).withId("too-many");
    Report r = reconcile(toll, kids, tooMany);
    assertThat(r.groupOf(kids)).isNotEqualTo(r.groupOf(toll));
    Assessment part = r.assessment("kids", "toll");
    assertThat(part.rule().id()).isEqualTo("measure.part-of-whole");
    assertThat(part.verdict()).isEqualTo(Verdict.CONTRADICT);
    assertThat(part.isExplained()).isTrue();
    assertThat(part.explainedBy()).extracting(e -> e.phrase()).containsExactly("scope");
    Assessment exceeds = r.assessment("too-many", "toll");
    assertThat(exceeds.verdict()).isEqualTo(Verdict.CONTRADICT);
    assertThat(exceeds.isExplained()).as(exceeds.explain().toString()).isFalse();
    assertThat(exceeds.because()).contains("exceeds the count of people");
    // families are linked to people but are not a part of them: incomparable, as before
    Claim families = claim(Measures.KILLED, RAWA, exactly(50, FAMILIES)).by(AL_ARAB).withId("families");
    assertThat(reconcile(toll, families).assessment("families", "toll").verdict()).isEqualTo(Verdict.INCOMPARABLE);
  }

  @Test
  void families_neverGroupWithPeople_butAreLinked() {
    Claim families = claim(FLED, RAWA, exactly(50, FAMILIES)).by(REUTERS).withId("families");
    Claim people = claim(FLED, RAWA, exactly(200, PEOPLE)).by(AL_ARAB).withId("people");
    Claim bare = claim(FLED, RAWA, about(200)).by(AL_NAJAH).withId("bare");
    Report r = reconcile(families, people, bare);
    assertThat(r.groupOf(families)).isNotEqualTo(r.groupOf(people));
    // a bare number counts the default class, people
    assertThat(r.groupOf(bare)).isEqualTo(r.groupOf(people));
    assertThat(r.groupOf(families).orElseThrow().key()).hasToString("fled#families@rawa");
    assertThat(r.groupOf(families).orElseThrow().facts("measure.counts-families")).containsExactly("counts families");
    Assessment link = r.assessment("families", "people");
    assertThat(link.verdict()).isEqualTo(Verdict.INCOMPARABLE);
    assertThat(link.rule().id()).isEqualTo("measure.counted-link");
    assertThat(r.links()).anyMatch(l -> l.rule().id().equals("measure.counted-link"));
  }

  @Test
  void fighters_andCivilians_areDifferentThings() {
    Claim fighters = claim(Measures.KILLED, RAWA, exactly(22, FIGHTERS_UNIT)).by(REUTERS).withId("f");
    Claim militants = claim(Measures.KILLED, RAWA, exactly(22, Unit.of("militants", "militant", "militants",
        Unit.Dimension.COUNT, BigDecimal.ONE))).by(AL_ARAB).withId("m");
    Claim civilians = claim(Measures.KILLED, RAWA, exactly(22, CIVILIANS)).by(AL_NAJAH).withId("c");
    Report r = reconcile(fighters, militants, civilians);
    assertThat(r.groupOf(fighters)).isEqualTo(r.groupOf(militants));
    assertThat(r.groupOf(fighters)).isNotEqualTo(r.groupOf(civilians));
    Assessment x = r.assessment("f", "c");
    assertThat(x.verdict()).isEqualTo(Verdict.UNRELATED);
    assertThat(x.relation()).contains(org.crosscheck.value.Relation.EQUAL);
    assertThat(x.leftForm().interval()).contains(org.crosscheck.value.Interval.point(BigDecimal.valueOf(22)));
    assertThat(x.because()).contains("counted civilians vs fighters");
  }

  @Test
  void childrenAmongTheDead_areLinkedToTheToll_notAContradictionOfIt() {
    Unit children = Unit.of("children", "child", "children", Unit.Dimension.COUNT, BigDecimal.ONE);
    Claim part = claim(Measures.KILLED, RAWA, exactly(400, children)).by(REUTERS).withId("children");
    Claim toll = claim(Measures.KILLED, RAWA, exactly(977)).by(AL_ARAB).withId("toll");
    Report r = reconcile(part, toll);
    assertThat(r.groupOf(part)).isNotEqualTo(r.groupOf(toll));
    assertThat(r.genuineContradictions()).isZero();
    assertThat(r.assessment("children", "toll").because())
        .isEqualTo("a count of children (400 children) is a part of the count of people (977), not a second reading of it");
  }

  @Test
  void counting_namesWhatACountCounts() {
    assertThat(exactly(50, FAMILIES)).hasToString("50 families");
    assertThat(exactly(1, FAMILIES)).hasToString("1 family");
    assertThat(FAMILIES.id()).isEqualTo("families");
    assertThatThrownBy(() -> Unit.counting("family", " "))
        .hasMessage("counting() needs the plural noun, like counting(\"family\", \"families\"); got \" \"");
  }

  @Test
  void area_isNeverADistance() {
    Claim area = claim(Measures.AREA, IRAQ, exactly(4000, Unit.SQUARE_KILOMETRE)).by(REUTERS).withId("area");
    Claim distance = claim(Measures.DISTANCE_TO, IRAQ, km(4000)).by(AL_ARAB).withId("distance");
    Claim length = claim(Measures.LENGTH, IRAQ, km(4000)).by(AL_NAJAH).withId("length");
    Report r = reconcile(area, distance, length);
    assertThat(r.groups()).hasSize(3);
    assertThat(area.value()).hasToString("4000 km\u00b2");
    assertThatThrownBy(() -> claim(Measures.DISTANCE_TO, IRAQ, exactly(4000, Unit.SQUARE_KILOMETRE)))
        .hasMessageContaining("measure 'distance-to' (DISTANCE) cannot take the value 4000 km\u00b2")
        .hasMessageContaining("it takes a quantity in a length unit");
  }

  @Test
  void countedClass_refusesAUnitInTwoClasses_namingBoth() {
    assertThatThrownBy(() -> RuleSet.of("x", CountedClass.of("people", "one", "people"),
        CountedClass.of("persons", "people")))
        .hasMessage("rule set 'x' counts unit 'people' in two classes: 'measure.counts-people' and"
            + " 'measure.counts-persons'; remove it from one");
    assertThatThrownBy(() -> CountedClass.of("Families", "families"))
        .hasMessage("a counted class is named by a lower-case word, like \"families\"; got \"Families\"");
  }

  // ---- event classes --------------------------------------------------------------------------

  @Test
  void eventClass_joinsGainingAndLosingWording_andKeepsSequencesApart() {
    Claim liberated = event(LIBERATED, RAWA, onDay(2017, 11, 17)).by(REUTERS).withId("liberated");
    Claim recaptured = event(RECAPTURED, RAWA, onDay(2017, 11, 17)).by(AL_ARAB).withId("recaptured");
    Claim withdrew = event(EventType.WITHDREW, RAWA, onDay(2017, 11, 17)).by(AL_NAJAH).withId("withdrew");
    Claim stormed = event(EventType.STORMED, RAWA, onDay(2017, 11, 16)).by(AL_MARSAD).withId("stormed");
    Claim victory = event(DECLARED_VICTORY, RAWA, onDay(2017, 11, 18)).by(REUTERS).withId("victory");
    Report r = reconcile(liberated, recaptured, withdrew, stormed, victory);
    Group capture = r.groupOf(liberated).orElseThrow();
    assertThat(capture.claims()).containsExactlyInAnyOrder(liberated, recaptured, withdrew);
    assertThat(capture.key().event()).contains(new EventClass("captured"));
    assertThat(r.groupOf(stormed)).isNotEqualTo(r.groupOf(liberated));
    assertThat(r.assessment("stormed", "liberated").verdict()).isEqualTo(Verdict.COMPATIBLE);
    assertThat(r.assessment("victory", "liberated").verdict()).isEqualTo(Verdict.COMPATIBLE);
    assertThat(r.assessment("victory", "liberated").rule().id()).isEqualTo("event.sequence");
  }

  // ---- places ---------------------------------------------------------------------------------

  @Test
  void areaOfAPlace_meetsThePlace_asScope() {
    Claim inQaim = claim(FIGHTERS, AL_QAIM, exactly(1500)).about(ISIS).by(REUTERS).withId("in");
    Claim area = claim(FIGHTERS, AL_QAIM, exactly(600)).about(ISIS).scoped(Scope.of(Scope.Extent.AREA)).by(AL_ARAB)
        .withId("area");
    Report r = reconcile(inQaim, area);
    assertThat(r.groupOf(inQaim)).isEqualTo(r.groupOf(area));
    Assessment x = r.assessment("in", "area");
    assertThat(x.verdict()).isEqualTo(Verdict.CONTRADICT);
    assertThat(x.isExplained()).isTrue();
    assertThat(x.explainedBy()).extracting(e -> e.phrase()).contains("scope");
  }

  @Test
  void focusPlace_givesAPlacelessClaimItsDocumentsPlace_withConfidence() {
    Claim a = in(claim(FIGHTERS, RAWA, exactly(500)).about(ISIS).by(REUTERS), "doc-a").withId("a1");
    Claim b = in(event(ENTERED, RAWA, onDay(2017, 11, 16)).by(REUTERS), "doc-a").withId("a2");
    Claim c = in(event(CAPTURED, Place.NOWHERE, onDay(2017, 11, 17)).by(REUTERS), "doc-a").withId("a3");
    Claim d = in(event(CAPTURED, RAWA, onDay(2017, 11, 17)).by(AL_ARAB), "doc-b").withId("b1");
    Report r = reconcile(a, b, c, d);
    Group capture = r.groupOf("b1").orElseThrow();
    assertThat(capture.claims()).extracting(Claim::id).containsExactly("a3", "b1");
    assertThat(capture.facts(GroupingRule.FOCUS_PLACE)).singleElement().asString()
        .contains("a3 names no place").contains("as an event's place")
        .contains("2 of 2 placed claims of doc-a are at or in Rawa: confidence 1.00");
    assertThat(r.claim("a3").orElseThrow().place()).isEqualTo(RAWA);
    // without the rule the claim stays placeless
    Report without = Reconciler.with(RuleSet.defaults().without(GroupingRule.FOCUS_PLACE)).reconcile(List.of(a, b, c, d));
    assertThat(without.groupOf("a3")).isNotEqualTo(without.groupOf("b1"));
  }

  @Test
  void focusPlace_needsAClearFocusNarrowerThanACountry() {
    Place iraq = IRAQ.ofType(Place.Type.COUNTRY);
    Claim a = in(claim(FIGHTERS, iraq, exactly(500)).about(ISIS).by(REUTERS), "doc").withId("a1");
    Claim b = in(claim(Measures.KILLED, iraq, exactly(5)).about(ISIS).by(REUTERS), "doc").withId("a2");
    Claim c = in(event(CAPTURED, Place.NOWHERE, onDay(2017, 11, 17)).by(REUTERS), "doc").withId("a3");
    Report r = reconcile(a, b, c);
    assertThat(r.groupOf("a3").orElseThrow().key().place()).isEmpty();
  }

  @Test
  void focusPlace_countsInPlacesAPlaceContains_andGivesAnEventTheTown_andATallyTheProvince() {
    Place province = place("Riverside Province").ofType(Place.Type.PROVINCE).within(IRAQ);
    Place town = place("Millbrook").ofType(Place.Type.TOWN).within(province);
    Place elsewhere = place("Stonegate").ofType(Place.Type.TOWN).within(IRAQ);
    Place hill = place("Hillcrest").ofType(Place.Type.TOWN).within(IRAQ);
    // the town twice, the province once, two towns elsewhere once each: the town alone has 2 of 5,
    // the province 3 of 5 with its town, so both qualify at 0.4
    Claim t1 = in(event(ENTERED, town, onDay(2020, 3, 1)).by(REUTERS), "doc").withId("t1");
    Claim t2 = in(claim(Measures.KILLED, town, exactly(12)).by(REUTERS), "doc").withId("t2");
    Claim p1 = in(claim(Measures.PEOPLE_LEFT, province, about(2000)).by(REUTERS), "doc").withId("p1");
    Claim e1 = in(claim(Measures.KILLED, elsewhere, exactly(3)).by(REUTERS), "doc").withId("e1");
    Claim e2 = in(event(ENTERED, hill, onDay(2020, 2, 1)).by(REUTERS), "doc").withId("e2");
    Claim event = in(event(CAPTURED, Place.NOWHERE, onDay(2020, 3, 2)).by(REUTERS), "doc").withId("event");
    Claim tally = in(claim(Measures.PEOPLE_LEFT, Place.NOWHERE, about(40000)).by(REUTERS), "doc").withId("tally");
    Claim share = in(claim(TERRITORY_HELD, Place.NOWHERE, percent(30)).about(ISIS).by(REUTERS), "doc").withId("share");
    Report r = reconcile(t1, t2, p1, e1, e2, event, tally, share);
    assertThat(r.claim("event").orElseThrow().place()).isEqualTo(town);
    assertThat(r.claim("tally").orElseThrow().place()).isEqualTo(province);
    assertThat(r.groupOf("tally").orElseThrow().facts(GroupingRule.FOCUS_PLACE)).singleElement().asString()
        .contains("as a count's area").contains("3 of 5 placed claims of doc are at or in Riverside Province");
    // a share with no place does not say what it is a share of
    assertThat(r.claim("share").orElseThrow().place().isNowhere()).isTrue();
    // at 0.5 the town (2 of 5) no longer qualifies: the event takes the province, which holds 3 of 5
    Report strict = Reconciler.with(RuleSet.defaults().replacing(GroupingRule.FocusPlace.atLeast(0.5))).reconcile(List.of(t1, t2, p1, e1, e2, event, tally));
    assertThat(strict.claim("event").orElseThrow().place()).isEqualTo(province);
    assertThat(strict.claim("tally").orElseThrow().place()).isEqualTo(province);
  }

  @Test
  void focusPlace_aDurationIsTheLengthOfWhatHappenedAtTheTownTheArticleFollows() {
    Place province = place("Riverside Province").ofType(Place.Type.PROVINCE).within(IRAQ);
    Place town = place("Millbrook").ofType(Place.Type.TOWN).within(province);
    Claim t1 = in(event(ENTERED, town, onDay(2020, 3, 1)).by(REUTERS), "doc").withId("t1");
    Claim t2 = in(claim(Measures.KILLED, town, exactly(12)).by(REUTERS), "doc").withId("t2");
    Claim p1 = in(claim(Measures.PEOPLE_LEFT, province, about(2000)).by(REUTERS), "doc").withId("p1");
    // "after a siege of four months", no place said: the siege of the town the article follows
    Claim siege = in(claim(DURATION, Place.NOWHERE, duration(4, Unit.MONTH)).by(REUTERS), "doc").withId("siege");
    Claim there = in(claim(DURATION, town, duration(4, Unit.MONTH)).by(AL_ARAB), "other").withId("there");
    Report r = reconcile(t1, t2, p1, siege, there);
    assertThat(r.claim("siege").orElseThrow().place()).isEqualTo(town);
    assertThat(r.groupOf("siege")).isEqualTo(r.groupOf("there"));
    assertThat(r.groupOf("siege").orElseThrow().facts(GroupingRule.FOCUS_PLACE)).singleElement().asString()
        .contains("siege names no place").contains("as the place of what lasted");
    // no clear focus: the duration stays with its document
    Claim lone = in(claim(DURATION, Place.NOWHERE, duration(4, Unit.MONTH)).by(REUTERS), "lone").withId("lone");
    Report apart = reconcile(lone, there);
    assertThat(apart.groupOf("lone")).isNotEqualTo(apart.groupOf("there"));
  }

  @Test
  void focusPlace_anEventAtTheWholeCountry_isTheEventOfTheTownTheArticleFollows() {
    Place country = IRAQ.ofType(Place.Type.COUNTRY);
    Place province = place("Riverside Province").ofType(Place.Type.PROVINCE).within(country);
    Place town = place("Millbrook").ofType(Place.Type.TOWN).within(province);
    Claim t1 = in(event(ENTERED, town, onDay(2020, 3, 1)).by(REUTERS), "doc").withId("t1");
    Claim t2 = in(claim(Measures.KILLED, town, exactly(12)).by(REUTERS), "doc").withId("t2");
    Claim atCountry = in(event(CAPTURED, country, onDay(2020, 3, 2)).by(REUTERS), "doc").withId("country");
    Claim atProvince = in(event(CAPTURED, province, onDay(2020, 3, 2)).by(REUTERS), "doc").withId("province");
    Claim other = in(event(CAPTURED, town, onDay(2020, 3, 2)).by(AL_ARAB), "other").withId("other");
    Report r = reconcile(t1, t2, atCountry, atProvince, other);
    assertThat(r.groupOf("country")).isEqualTo(r.groupOf("other"));
    assertThat(r.groupOf("country").orElseThrow().facts(GroupingRule.FOCUS_PLACE)).singleElement().asString()
        .contains("country dates an event in all of Iraq in a document about Millbrook, inside it");
    // a province may be meant as a whole: it keeps its place
    assertThat(r.claim("province").orElseThrow().place()).isEqualTo(province);
    // a figure at the country is a national figure
    Claim national = in(claim(Measures.KILLED, country, exactly(400)).by(REUTERS), "doc").withId("national");
    assertThat(reconcile(t1, t2, national).claim("national").orElseThrow().place()).isEqualTo(country);
  }

  @Test
  void focusPlace_aDistancesPlaceIsALandmark_notTheFocus() {
    Place town = place("Millbrook").ofType(Place.Type.TOWN).within(IRAQ);
    Place capital = place("Capital City").ofType(Place.Type.CITY).within(IRAQ);
    Claim t1 = in(event(ENTERED, town, onDay(2020, 3, 1)).by(REUTERS), "doc").withId("t1");
    Claim t2 = in(claim(Measures.KILLED, town, exactly(12)).by(REUTERS), "doc").withId("t2");
    Claim d1 = in(claim(DISTANCE_TO, capital, km(180)).by(REUTERS), "doc").withId("d1");
    Claim d2 = in(claim(DISTANCE_TO, capital, km(175)).by(REUTERS), "doc").withId("d2");
    Claim event = in(event(CAPTURED, Place.NOWHERE, onDay(2020, 3, 2)).by(REUTERS), "doc").withId("event");
    assertThat(reconcile(t1, t2, d1, d2, event).claim("event").orElseThrow().place()).isEqualTo(town);
  }

  @Test
  void focusPlace_twoUnrelatedPlacesEquallySupported_leaveTheClaimPlaceless() {
    Place north = place("Northtown").ofType(Place.Type.TOWN).within(IRAQ);
    Place south = place("Southtown").ofType(Place.Type.TOWN).within(IRAQ);
    Claim n1 = in(claim(Measures.KILLED, north, exactly(4)).by(REUTERS), "doc").withId("n1");
    Claim n2 = in(event(ENTERED, north, onDay(2020, 3, 1)).by(REUTERS), "doc").withId("n2");
    Claim s1 = in(claim(Measures.KILLED, south, exactly(7)).by(REUTERS), "doc").withId("s1");
    Claim s2 = in(event(ENTERED, south, onDay(2020, 3, 4)).by(REUTERS), "doc").withId("s2");
    Claim tally = in(claim(Measures.PEOPLE_LEFT, Place.NOWHERE, about(900)).by(REUTERS), "doc").withId("tally");
    Report r = reconcile(n1, n2, s1, s2, tally);
    assertThat(r.claim("tally").orElseThrow().place().isNowhere()).isTrue();
  }

  // ---- grouping rules -------------------------------------------------------------------------

  @Test
  void localFigures_areARule_namedInTheFacts() {
    Claim x = in(claim(FIGHTERS, Place.NOWHERE, exactly(40)).by(REUTERS), "doc-x").withId("x");
    Claim y = in(claim(FIGHTERS, Place.NOWHERE, exactly(40)).by(AL_ARAB), "doc-y").withId("y");
    Report r = reconcile(x, y);
    assertThat(r.groupOf(x)).isNotEqualTo(r.groupOf(y));
    Group gx = r.groupOf(x).orElseThrow();
    assertThat(gx.key().localTo()).contains("doc-x");
    assertThat(gx.key()).hasToString("fighters/?doc-x");
    assertThat(gx.facts(GroupingRule.LOCAL_FIGURES))
        .containsExactly("names neither subject nor place: grouped only within document doc-x");
    Report across = Reconciler.with(RuleSet.defaults().without(GroupingRule.LOCAL_FIGURES)).reconcile(List.of(x, y));
    assertThat(across.groupOf(x)).isEqualTo(across.groupOf(y));
  }

  @Test
  void currentWindow_isARule_withItsDaysInTheFacts() {
    Claim early = claim(TERRITORY_HELD, DEIR_EZ_ZOR, percent(35)).about(ISIS).by(REUTERS).validOn(onDay(2017, 11, 3))
        .withId("early");
    Claim late = claim(TERRITORY_HELD, DEIR_EZ_ZOR, percent(25)).about(ISIS).by(AL_NAJAH).validOn(onDay(2017, 11, 8))
        .withId("late");
    Report r = reconcile(early, late);
    Group g = r.groupOf(early).orElseThrow();
    assertThat(g.consensus().supersededIds()).containsExactly("early");
    assertThat(g.claims(Consensus.Role.SUPERSEDED)).containsExactly(early);
    assertThat(g.claims(Consensus.Role.BACKS)).containsExactly(late);
    assertThatThrownBy(() -> g.consensus().role(claim(FIGHTERS, RAWA, exactly(1)).withId("stray")))
        .hasMessageStartingWith("claim stray is not in this consensus");
    assertThat(g.facts(Supersession.ID)).containsExactly("[early] valid more than 2 days before 2017-11-08:"
        + " superseded");
    RuleSet wide = RuleSet.defaults().replacing(Supersession.currentWithin(7));
    Group g7 = Reconciler.with(wide).reconcile(List.of(early, late)).groupOf(early).orElseThrow();
    assertThat(g7.consensus().superseded()).isEmpty();
    assertThat(g7.facts(Supersession.ID)).isEmpty();
    assertThatThrownBy(() -> Supersession.currentWithin(-1))
        .hasMessage("supersession.current-window needs a window of 0 days or more, got -1");
  }

  @Test
  void sequenceWidth_isARule() {
    Place iraq = IRAQ.ofType(Place.Type.COUNTRY);
    Claim began = event(OPERATION_BEGAN, iraq, onDay(2014, 9, 1)).by(REUTERS).withId("began");
    Claim taken = event(CAPTURED, iraq, onDay(2017, 12, 9)).by(AL_ARAB).withId("taken");
    Report r = reconcile(began, taken);
    assertThat(r.links()).isEmpty();
    RuleSet anyWidth = RuleSet.defaults().without(GroupingRule.SEQUENCE_WIDTH);
    assertThat(Reconciler.with(anyWidth).reconcile(List.of(began, taken)).links()).hasSize(1);
    assertThat(GroupingRule.SequenceWidth.tooWide(Place.Type.COUNTRY).allows(RAWA)).isTrue();
  }

  @Test
  void majorityFamily_isARule() {
    Measure any = Measure.of("fighters any", Measure.Kind.OTHER, Measure.Trend.VARIES);
    Claim a = claim(any, RAWA, exactly(500)).about(ISIS).by(REUTERS).withId("a");
    Claim b = claim(any, RAWA, exactly(500)).about(ISIS).by(AL_ARAB).withId("b");
    Claim c = claim(any, RAWA, label("many")).about(ISIS).by(AL_NAJAH).withId("c");
    Report r = reconcile(a, b, c);
    Group g = r.groupOf("a").orElseThrow();
    assertThat(g.consensus().incomparableIds()).containsExactly("c");
    assertThat(g.facts(GroupingRule.MAJORITY_FAMILY)).containsExactly("quantity:COUNT (2 of 3 claims)");
    Report without = Reconciler.with(RuleSet.defaults().without(GroupingRule.MAJORITY_FAMILY))
        .reconcile(List.of(a, b, c));
    assertThat(without.groupOf("a").orElseThrow().consensus().value()).isNull();
  }

  @Test
  void groupingRules_refuseBadParameters_namingTheFix() {
    assertThatThrownBy(() -> GroupingRule.FocusPlace.atLeast(0))
        .hasMessage("grouping.focus-place needs a share in (0, 1], like 0.5; got 0.0");
  }

  // ---- trend ----------------------------------------------------------------------------------

  @Test
  void trend_aRunningTotalThatFalls_isAGenuineContradiction_namingTrendDatesAndValues() {
    Claim earlier = claim(Measures.KILLED, RAWA, exactly(120)).by(REUTERS).validOn(onDay(2017, 11, 3)).withId("k1");
    Claim later = claim(Measures.KILLED, RAWA, exactly(80)).by(AL_NAJAH).validOn(onDay(2017, 11, 20)).withId("k2");
    Assessment x = Reconciler.with(RuleSet.defaults()).assess(later, earlier);
    assertThat(x.verdict()).isEqualTo(Verdict.CONTRADICT);
    assertThat(x.isGenuineContradiction()).isTrue();
    assertThat(x.rule().id()).isEqualTo("trend.impossible-direction");
    assertThat(x.fact("because")).isEqualTo("killed is a running total that can only grow (trend INCREASES), but it"
        + " moves the impossible way: 120 valid 2017-11-03, then 80 valid 2017-11-20");
    // the same figures the other way round are a change over time, explained
    Claim grew = claim(Measures.KILLED, RAWA, exactly(200)).by(AL_NAJAH).validOn(onDay(2017, 11, 20)).withId("k3");
    Assessment y = Reconciler.with(RuleSet.defaults()).assess(earlier, grew);
    assertThat(y.isExplained()).isTrue();
    assertThat(y.rule().id()).isEqualTo("quantity.disjoint");
  }

  @Test
  void trend_aStateMayMoveEitherWay() {
    Claim earlier = claim(FIGHTERS, RAWA, exactly(1200)).about(ISIS).by(REUTERS).validOn(onDay(2017, 11, 3))
        .withId("f1");
    Claim later = claim(FIGHTERS, RAWA, exactly(800)).about(ISIS).by(AL_NAJAH).validOn(onDay(2017, 11, 20))
        .withId("f2");
    Assessment x = Reconciler.with(RuleSet.defaults()).assess(earlier, later);
    assertThat(x.isExplained()).isTrue();
    assertThat(x.fired("trend.impossible-direction")).isFalse();
  }

  // ---- typed keys -----------------------------------------------------------------------------

  @Test
  void groupKey_isTyped_andComparesIds() {
    GroupKey k = new GroupKey(FIGHTERS, Optional.empty(), Optional.of(ISIS), Optional.of("al-qaim"), Optional.empty(),
        Optional.empty());
    GroupKey relabelled = new GroupKey(FIGHTERS, Optional.empty(), Optional.of(new Subject("isis", "IS")),
        Optional.of("al-qaim"), Optional.empty(), Optional.empty());
    assertThat(k).hasToString("fighters/isis@al-qaim").isEqualTo(relabelled).hasSameHashCodeAs(relabelled);
    assertThatThrownBy(() -> new GroupKey(Measures.EVENT_DATE, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty()))
        .hasMessage("a group key has an event class exactly when its measure is an event date; got measure event-date"
            + " and event (none)");
    assertThatThrownBy(() -> new GroupKey(FIGHTERS, Optional.empty(), Optional.of(Subject.NONE), Optional.empty(),
        Optional.empty(), Optional.empty()))
        .hasMessage("an unstated subject is Optional.empty(), not -");
  }
}
