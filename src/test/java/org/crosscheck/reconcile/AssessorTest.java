package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.Fixtures.*;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.EventType;
import org.crosscheck.claim.Measure;
import org.crosscheck.claim.Place;
import org.crosscheck.rules.AssessmentRule;
import org.crosscheck.rules.Explanation;
import org.crosscheck.rules.Outcome;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The default rules on a table of pairs, each with its expected verdict, rule and explanations. */
class AssessorTest {

  static Claim fighters(org.crosscheck.value.Value v) {
    return claim(FIGHTERS, AL_QAIM, v).about(ISIS).by(REUTERS);
  }

  static Claim fightersBy(org.crosscheck.value.Value v, org.crosscheck.claim.Attribution a) {
    return claim(FIGHTERS, AL_QAIM, v).about(ISIS).by(a);
  }

  static Arguments row(Claim a, Claim b, Verdict verdict, String rule, Explanation... explained) {
    return Arguments.of(a, b, verdict, rule, List.of(explained));
  }

  static Stream<Arguments> table() {
    return Stream.of(
        row(fighters(exactly(1500)), fightersBy(exactly(1500), AL_ARAB), AGREE, "quantity.equal"),
        row(fighters(about(1500)), fightersBy(exactly(1500), AL_ARAB), AGREE, "quantity.equal"),
        row(fighters(aFew(THOUSANDS)), fightersBy(aFew(THOUSANDS), AL_ARAB), AGREE, "quantity.equal"),
        row(fighters(between(1500, 2500)), fightersBy(about(1500), AL_ARAB), COMPATIBLE, "quantity.containment"),
        row(fighters(between(1500, 2500)), fightersBy(exactly(2000), AL_ARAB), COMPATIBLE, "quantity.containment"),
        row(fighters(between(1000, 2000)), fightersBy(between(1500, 2500), AL_ARAB), COMPATIBLE, "quantity.overlap"),
        row(fighters(moreThan(1000)), fightersBy(exactly(1200), AL_ARAB), COMPATIBLE, "quantity.containment"),
        row(fighters(exactly(1500)), fightersBy(exactly(2500), AL_ARAB), CONTRADICT, "quantity.disjoint"),
        row(fighters(exactly(1500)), fightersBy(exactly(2500), AL_NAJAH), CONTRADICT, "quantity.disjoint",
            Explanation.TIME_OF_VALIDITY),
        row(fighters(exactly(1500)), fightersBy(exactly(2500), AL_ARAB).scoped(scope(ADJACENT)), CONTRADICT,
            "quantity.disjoint", Explanation.SCOPE),
        row(claim(TERRITORY_HELD, DEIR_EZ_ZOR, percent(35)).about(ISIS).scoped(scope(PROVINCE)).by(AL_ARAB),
            claim(TERRITORY_HELD, DEIR_EZ_ZOR, aboutPercent(25)).about(ISIS).scoped(scope(COUNTRYSIDE)).by(AL_NAJAH),
            CONTRADICT, "quantity.disjoint", Explanation.TIME_OF_VALIDITY, Explanation.SCOPE),
        row(claim(TERRITORY_HELD, IRAQ, fraction(1, 3)).about(ISIS).by(AL_MARSAD),
            claim(TERRITORY_HELD, IRAQ, percent(33.3)).about(ISIS).by(AL_MARSAD), AGREE, "quantity.equal"),
        row(claim(TERRITORY_LOST, IRAQ_AND_SYRIA, percent(95)).about(ISIS).by(AL_NAJAH),
            claim(TERRITORY_LOST, IRAQ_AND_SYRIA, almostAll()).about(ISIS).by(REUTERS), COMPATIBLE, "quantity.containment"),
        row(claim(DURATION, DEIR_EZ_ZOR, duration(2, MONTH)).by(REUTERS),
            claim(DURATION, DEIR_EZ_ZOR, duration(60, DAY)).by(AL_NAJAH), AGREE, "quantity.equal"),
        row(claim(DURATION, DEIR_EZ_ZOR, duration(2, MONTH)).by(REUTERS),
            claim(DURATION, DEIR_EZ_ZOR, duration(70, DAY)).by(AL_NAJAH), CONTRADICT, "quantity.disjoint"),
        row(event(CAPTURED, DEIR_EZ_ZOR, onDay(2017, 11, 3)).by(AL_MARSAD),
            event(LOST, DEIR_EZ_ZOR, onDay(2017, 11, 3)).by(AL_NAJAH), AGREE, "date.same"),
        row(event(CAPTURED, DEIR_EZ_ZOR, inMonth(2017, 11)).by(AL_MARSAD),
            event(LOST, DEIR_EZ_ZOR, onDay(2017, 11, 3)).by(AL_NAJAH), COMPATIBLE, "date.coarser-granularity"),
        row(event(CAPTURED, ABU_KAMAL, onDay(2017, 11, 8)).by(AL_MARSAD),
            event(CAPTURED, ABU_KAMAL, onDay(2017, 11, 3)).by(AL_NAJAH), CONTRADICT, "date.disjoint"),
        row(event(DECLARED_VICTORY, DEIR_EZ_ZOR, onDay(2017, 11, 5)).by(REUTERS),
            event(CAPTURED, DEIR_EZ_ZOR, onDay(2017, 11, 3)).by(AL_NAJAH), COMPATIBLE, "event.sequence"),
        row(event(DECLARED_VICTORY, DEIR_EZ_ZOR, onDay(2017, 11, 3)).by(REUTERS),
            event(CAPTURED, DEIR_EZ_ZOR, onDay(2017, 11, 3)).by(AL_NAJAH), AGREE, "event.sequence"),
        row(event(DECLARED_VICTORY, DEIR_EZ_ZOR, onDay(2017, 11, 2)).by(REUTERS),
            event(CAPTURED, DEIR_EZ_ZOR, onDay(2017, 11, 3)).by(AL_NAJAH), CONTRADICT, "event.sequence"),
        row(event(LIBERATED, RAWA, onDay(2017, 11, 17)).by(REUTERS),
            event(RECAPTURED, RAWA, onDay(2017, 11, 17)).by(AL_NAJAH), AGREE, "date.same"),
        row(event(LIBERATED, RAWA, onDay(2017, 11, 17)).by(REUTERS),
            event(CAPTURED, IRAQ, onDay(2017, 12, 9)).by(AL_NAJAH), CONTRADICT, "event.nested-places",
            Explanation.SCOPE),
        row(claim(TERRITORY_LOST, RAWA, percent(90)).about(ISIS).validOn(onDay(2017, 11, 5)).by(REUTERS),
            event(CAPTURED, RAWA, onDay(2017, 11, 17)).by(AL_NAJAH), COMPATIBLE, "status.before-change"),
        row(event(OPERATION_BEGAN, ABU_KAMAL, onDay(2017, 11, 3)).by(REUTERS),
            event(OPERATION_BEGAN, SYRIA, inMonth(2017, 11)).by(AL_NAJAH), COMPATIBLE, "event.nested-places"),
        row(event(EventType.WITHDREW, RAWA, onDay(2017, 11, 17)).by(REUTERS),
            event(EventType.RETOOK, RAWA, onDay(2017, 11, 17)).by(AL_NAJAH), AGREE, "date.same"),
        row(event(EventType.STORMED, RAWA, onDay(2017, 11, 18)).by(REUTERS),
            event(EventType.SEIZED, RAWA, onDay(2017, 11, 17)).by(AL_NAJAH), CONTRADICT, "event.sequence"),
        row(event(ENTERED, AL_QAIM, onDay(2017, 11, 3)).by(REUTERS),
            event(LOST, AL_QAIM, onDay(2017, 11, 3)).by(AL_NAJAH), COMPATIBLE, "event.sequence"),
        row(event(ENTERED, AL_QAIM, onDay(2017, 11, 9)).by(REUTERS),
            event(CAPTURED, AL_QAIM, onDay(2017, 11, 3)).by(AL_NAJAH), CONTRADICT, "event.sequence"),
        row(claim(PEOPLE_HELD, RAWA, nearly(10_000)).about(ISIS).by(AL_NAJAH),
            event(LIBERATED, RAWA, onDay(2017, 11, 17)).by(AL_NAJAH), CONTRADICT, "status.before-change",
            Explanation.RESTATED_FIGURE),
        row(claim(PEOPLE_HELD, RAWA, nearly(10_000)).about(ISIS).by(AL_ARAB),
            event(LIBERATED, RAWA, onDay(2017, 11, 17)).by(AL_NAJAH), COMPATIBLE, "status.before-change"),
        row(claim(FIGHTERS, IRAQ_AND_SYRIA, aFew(THOUSANDS)).about(ISIS).by(AL_MARSAD),
            claim(FIGHTERS, ABU_KAMAL, between(2000, 3000)).about(ISIS).by(REUTERS), COMPATIBLE, "scope.aggregate"),
        row(claim(FIGHTERS, IRAQ_AND_SYRIA, exactly(500)).about(ISIS).by(AL_ARAB),
            claim(FIGHTERS, ABU_KAMAL, between(2000, 3000)).about(ISIS).by(REUTERS), CONTRADICT, "scope.aggregate"),
        row(claim(TERRITORY_HELD, IRAQ_AND_SYRIA, percent(10)).about(ISIS).by(AL_ARAB),
            claim(TERRITORY_HELD, DEIR_EZ_ZOR, percent(35)).about(ISIS).by(AL_ARAB), CONTRADICT, "scope.nested-share",
            Explanation.SCOPE),
        row(claim(FIGHTERS, AL_QAIM, about(1500)).about(ISIS).by(AL_ARAB),
            claim(TROOPS, AL_QAIM, exactly(1200)).about(subject("France")).by(EREM), UNRELATED, "topic.different"),
        row(claim(DISTANCE_TO, ABU_KAMAL, about(40, KILOMETRE)).by(REUTERS),
            claim(LENGTH, ABU_KAMAL, about(60, KILOMETRE)).by(AL_NAJAH), UNRELATED, "topic.different"),
        row(claim(DURATION, TAL_AFAR, duration(12, DAY)).by(AL_ARAB),
            claim(DURATION, DEIR_EZ_ZOR, duration(2, MONTH)).by(REUTERS), UNRELATED, "topic.different"),
        row(claim(CONTROL, RAWA, label("held by ISIS")).about(ISIS).by(AL_ARAB),
            claim(CONTROL, RAWA, label("Held by  ISIS")).about(ISIS).by(REUTERS), AGREE, "label.equal"),
        row(claim(CONTROL, RAWA, label("held by ISIS")).about(ISIS).by(AL_ARAB),
            claim(CONTROL, RAWA, label("liberated")).about(ISIS).by(REUTERS), CONTRADICT, "label.different"),
        row(claim(OTHER, RAWA, exactly(3)).by(AL_ARAB), claim(OTHER, RAWA, onDay(2017, 11, 3)).by(REUTERS),
            INCOMPARABLE, "topic.incomparable"),
        row(fighters(exactly(1500)), fightersBy(exactly(1500), AL_ARAB).scoped(scope(ADJACENT)), COMPATIBLE,
            "scope.agree-across-scopes"),
        // hedge.precision: a hedged share is read to its written point, so "about 42%" is not "40%" ...
        row(claim(TERRITORY_HELD, RAWA, aboutPercent(42)).about(ISIS).by(REUTERS),
            claim(TERRITORY_HELD, RAWA, percent(40)).about(ISIS).by(AL_ARAB), CONTRADICT, "quantity.disjoint"),
        // ... but never further than the hedge's width: "about 30%" (written to the ten) is 27 to 33
        row(claim(TERRITORY_HELD, RAWA, aboutPercent(30)).about(ISIS).by(REUTERS),
            claim(TERRITORY_HELD, RAWA, percent(26)).about(ISIS).by(AL_ARAB), CONTRADICT, "quantity.disjoint"),
        // distance.basis: "about 90 km" (85 to 95) and 97 km apart, within a road's detour
        row(claim(DISTANCE_TO, TAL_AFAR, about(90, KILOMETRE)).by(REUTERS),
            claim(DISTANCE_TO, TAL_AFAR, km(97)).by(AL_ARAB), CONTRADICT, "quantity.disjoint",
            Explanation.MEASURING_BASIS),
        row(claim(DISTANCE_TO, TAL_AFAR, km(60)).by(REUTERS),
            claim(DISTANCE_TO, TAL_AFAR, km(150)).by(AL_ARAB), CONTRADICT, "quantity.disjoint"),
        // quantity.rounded: "about 8,000" is 8,300 rounded to its thousands, within its ±10%
        row(fighters(about(8000)), fightersBy(exactly(8300), AL_ARAB), AGREE, "quantity.rounded"),
        row(fighters(about(2_000_000)), fightersBy(about(2.1e6, org.crosscheck.value.Unit.ONE), AL_ARAB), AGREE,
            "quantity.rounded"),
        // ... not 2,300: it rounds to "about 2,000" but lies beyond its ±10%
        row(fighters(about(2000)), fightersBy(exactly(2300), AL_ARAB), CONTRADICT, "quantity.disjoint"),
        // ... nor 8,600, which rounds to 9,000
        row(fighters(about(8000)), fightersBy(exactly(8600), AL_ARAB), COMPATIBLE, "quantity.containment"),
        // "nearly 7,000" stops short of 7,000: 7,200 is not its rounding
        row(fighters(nearly(7000)), fightersBy(exactly(7200), AL_ARAB), COMPATIBLE, "quantity.containment"),
        row(fighters(nearly(7000)), fightersBy(exactly(6800), AL_ARAB), AGREE, "quantity.rounded"),
        // a share written to the ten: "about 30%" is 28% rounded
        row(claim(TERRITORY_HELD, RAWA, aboutPercent(30)).about(ISIS).by(REUTERS),
            claim(TERRITORY_HELD, RAWA, percent(28)).about(ISIS).by(AL_ARAB), AGREE, "quantity.rounded"));
  }

  static final Measure OTHER = Measure.of("other figure", Measure.Kind.OTHER, Measure.Trend.FIXED);

  @ParameterizedTest
  @MethodSource("table")
  void defaults_decideTheTable(Claim a, Claim b, Verdict verdict, String rule, List<Explanation> explained) {
    Assessment x = Assessor.of(RuleSet.defaults()).assess(a, b);
    assertThat(x.verdict()).as(x.explain().toString()).isEqualTo(verdict);
    assertThat(x.rule().id()).as(x.explain().toString()).isEqualTo(rule);
    assertThat(x.explainedBy()).as(x.explain().toString()).containsExactlyInAnyOrderElementsOf(explained);
    Assessment y = Assessor.of(RuleSet.defaults()).assess(b, a);
    assertThat(y.verdict()).isEqualTo(verdict);
    assertThat(y.rule().id()).isEqualTo(rule);
    assertThat(y.left()).isEqualTo(b);
  }

  @Test
  void runningTotalThatFalls_isFlaggedAndNotExplainedByTime() {
    Claim early = claim(KILLED, AL_QAIM, exactly(40)).by(AL_ARAB);
    Claim late = claim(KILLED, AL_QAIM, exactly(25)).by(AL_NAJAH);
    Assessment x = assess(early, late);
    assertThat(x.verdict()).isEqualTo(CONTRADICT);
    assertThat(x.isGenuineContradiction()).isTrue();
    assertThat(x.flags()).extracting(Assessment.Flagged::flag).containsExactly("moves the wrong way");
    Assessment rising = assess(claim(KILLED, AL_QAIM, exactly(25)).by(AL_ARAB), claim(KILLED, AL_QAIM, exactly(40)).by(AL_NAJAH));
    assertThat(rising.explainedBy()).containsExactly(Explanation.TIME_OF_VALIDITY);
    assertThat(rising.flags()).isEmpty();
  }

  @Test
  void userRules_changeVerdicts() {
    Claim a = fighters(exactly(1500));
    Claim b = fightersBy(exactly(1600), AL_ARAB);
    assertThat(assess(a, b).verdict()).isEqualTo(CONTRADICT);
    RuleSet newsroom = defaults().with(relativeTolerance(0.10).forMeasure(FIGHTERS).because("wire copy rounds counts"));
    Assessment x = Reconciler.with(newsroom).assess(a, b);
    assertThat(x.verdict()).isEqualTo(AGREE);
    assertThat(x.because()).isEqualTo("both put forward the same number within the 10% tolerance for fighters");
    assertThat(assess(a, b).because()).isEqualTo("the values are 100 apart (no tolerance: counts match only when equal)");
    assertThat(x.because()).doesNotContain("tolerance tolerance");
    Assessment wider = Reconciler.with(newsroom).assess(a, fightersBy(exactly(2000), AL_ARAB));
    assertThat(wider.because()).isEqualTo(
        "the values are 500 apart (beyond the 10% tolerance for fighters)");
    assertThat(assess(fighters(about(1500)), fightersBy(exactly(1500), AL_ARAB)).because())
        .isIn("the values are equal", "both put forward the same number");

    AssessmentRule sameWire = AssessmentRule.decide("newsroom.same-speaker", "two quotes of one speaker agree",
        c -> c.sameTopic() && c.left().attribution().speaker() != null
            && c.left().attribution().speaker().equals(c.right().attribution().speaker())
            ? Optional.of(new Outcome.Decide(Verdict.AGREE, "one speaker")) : Optional.empty());
    Claim q1 = fightersBy(exactly(1500), REUTERS.quoting(DILLON));
    Claim q2 = fightersBy(exactly(2500), AL_ARAB.quoting(DILLON));
    assertThat(Reconciler.with(defaults().with(sameWire)).assess(q1, q2).rule().id()).isEqualTo("newsroom.same-speaker");
  }

  @Test
  void facts_areOrderedKeyValues() {
    Assessment x = assess(fighters(between(1500, 2500)).by(REUTERS.quoting(DILLON)).withId("r"),
        fightersBy(about(1500), AL_ARAB.quoting(COALITION)).withId("a"));
    assertThat(x.facts()).extracting(f -> f.key()).containsExactly("verdict", "left", "right", "canonical", "relation",
        "because", "rule", "independent", "fired");
    assertThat(x.fact("verdict")).isEqualTo("COMPATIBLE");
    assertThat(x.fact("canonical")).isEqualTo("[1500..2500] vs [1350..1650]");
    assertThat(x.fact("relation")).isEqualTo("OVERLAPS");
    assertThat(x.fact("because")).isEqualTo("~1500 puts forward 1500, inside [1500..2500]");
    assertThat(x.fact("independent")).isEqualTo("no (shared origin)");
    assertThat(x).hasToString("COMPATIBLE  [1500..2500] vs ~1500  (quantity.containment)");
  }

  @Test
  void facts_nameTheExtractionRulesThatReadEachSide() {
    org.crosscheck.claim.Evidence read = org.crosscheck.claim.Evidence.document("wire.txt")
        .withRules(List.of("measure.counted-noun", "place.after-figure"));
    Assessment x = assess(fighters(between(1500, 2500)).by(REUTERS).withEvidence(read).withId("a"),
        fightersBy(about(1500), AL_ARAB).withId("b"));
    assertThat(x.facts()).extracting(f -> f.key()).containsSubsequence("left", "right", "left read by", "canonical")
        .doesNotContain("right read by");
    assertThat(x.fact("left read by")).isEqualTo("measure.counted-noun, place.after-figure");
    assertThat(x.explain().toString()).contains("left read by: measure.counted-noun, place.after-figure");
  }

  @Test
  void places_matchThroughAliases() {
    Claim a = claim(FIGHTERS, AL_QAIM, exactly(1500)).by(REUTERS);
    Claim b = claim(FIGHTERS, Place.named("القائم"), exactly(1500)).by(AL_ARAB);
    assertThat(assess(a, b).verdict()).isEqualTo(AGREE);
    Claim c = claim(FIGHTERS, Place.identified("wof:1", "Rawa"), exactly(10)).by(REUTERS);
    Claim d = claim(FIGHTERS, Place.identified("wof:2", "Rawa"), exactly(10)).by(AL_ARAB);
    assertThat(assess(c, d).verdict()).isEqualTo(UNRELATED);
  }

  @Test
  void anEventToldTwiceInOneArticle_atNoPlace_onDaysThatDoNotMeet_isTwoOccurrences() {
    EventType statement = EventType.of("statement");
    org.crosscheck.claim.Evidence wire = org.crosscheck.claim.Evidence.document("wire.txt");
    Claim sunday = event(statement, Place.NOWHERE, onDay(2019, 3, 10)).by(REUTERS).withEvidence(wire).withId("w#1");
    Claim today = event(statement, Place.NOWHERE, onDay(2019, 3, 14)).by(REUTERS).withEvidence(wire).withId("w#2");
    Assessment x = assess(sunday, today);
    assertThat(x.verdict()).isEqualTo(UNRELATED);
    assertThat(x.rule().id()).isEqualTo("event.separate-occurrences");
    // on the same day it is one statement told twice
    assertThat(assess(sunday, today.withValue(onDay(2019, 3, 10))).verdict()).isEqualTo(AGREE);
    // two articles at no place, or one article at a place, still date one event: a contradiction
    Claim elsewhere = today.withEvidence(org.crosscheck.claim.Evidence.document("other.txt")).withId("o#1");
    assertThat(assess(sunday, elsewhere).rule().id()).isNotEqualTo("event.separate-occurrences");
    assertThat(assess(sunday.at(ABU_KAMAL), today.at(ABU_KAMAL)).verdict()).isEqualTo(CONTRADICT);
    // statements recur: an article's two statements about one place on two days are two statements
    Claim said = event(EventType.ANNOUNCED, ABU_KAMAL, onDay(2019, 3, 10)).by(REUTERS).withEvidence(wire).withId("w#3");
    Claim saidAgain = said.withValue(onDay(2019, 3, 14)).withId("w#4");
    assertThat(assess(said, saidAgain).rule().id()).isEqualTo("event.separate-occurrences");
    assertThat(assess(said, saidAgain.withEvidence(org.crosscheck.claim.Evidence.document("other.txt"))).verdict())
        .isEqualTo(CONTRADICT);
  }

  @Test
  void sequence_anEventWithNoDateOfItsOwn_happenedOnOrBeforeTheDayOfItsStory() {
    // "troops entered the town at dawn", told on the 5th with no day; another source has it taken on the 3rd
    org.crosscheck.claim.Evidence undated = org.crosscheck.claim.Evidence.document("story.txt")
        .withRules(List.of("event.date-implicit"));
    Claim entered = event(EventType.ENTERED, RAWA, onDay(2017, 11, 5)).by(REUTERS).withEvidence(undated).withId("s#1");
    Claim taken = event(CAPTURED, RAWA, onDay(2017, 11, 3)).by(AL_NAJAH).withId("n#1");
    Assessment x = assess(entered, taken);
    assertThat(x.verdict()).isEqualTo(COMPATIBLE);
    assertThat(x.rule().id()).isEqualTo("event.sequence");
    assertThat(x.because()).contains("only the day of the story");
    // an entry the text itself dates after the capture still contradicts it
    Claim dated = entered.withEvidence(org.crosscheck.claim.Evidence.document("story.txt")).withId("s#2");
    assertThat(assess(dated, taken).verdict()).isEqualTo(CONTRADICT);
  }

  @Test
  void oneArticleScale_countsTenfoldApartInOneArticle_countDifferentThings() {
    org.crosscheck.claim.Evidence story = org.crosscheck.claim.Evidence.document("story.txt");
    // "some 25,000 fled the district this week" and, further down, "the war has displaced nearly 9 million"
    Claim week = claim(org.crosscheck.claim.Measures.DISPLACED, Place.NOWHERE, about(25_000)).by(REUTERS)
        .withEvidence(story).withId("s#1");
    Claim war = claim(org.crosscheck.claim.Measures.DISPLACED, Place.NOWHERE, about(9_000_000)).by(REUTERS)
        .withEvidence(story).withId("s#2");
    Assessment x = assess(week, war);
    assertThat(x.verdict()).isEqualTo(CONTRADICT);
    assertThat(x.explainedBy()).containsExactly(Explanation.SCOPE);
    assertThat(x.fired("scope.one-article-scale")).isTrue();
    assertThat(x.explanations()).anySatisfy(e -> assertThat(e.because()).contains("times apart"));
    // figures of one article within a factor of ten stay a contradiction the reader must see
    Claim close = war.withValue(about(60_000));
    assertThat(assess(week, close).fired("scope.one-article-scale")).isFalse();
    assertThat(assess(week, close).isGenuineContradiction()).isTrue();
    // the same two figures in two articles are two readings of one count: nothing explains them
    Claim elsewhere = war.withEvidence(org.crosscheck.claim.Evidence.document("other.txt")).withId("o#1");
    assertThat(assess(week, elsewhere).fired("scope.one-article-scale")).isFalse();
    assertThat(assess(week, elsewhere).isGenuineContradiction()).isTrue();
  }

  @Test
  void partOfMeasure_theKilledAndTheWounded_areSomeOfTheCasualties() {
    Reconciler r = Reconciler.with(RuleSet.defaults());
    // "at least 40 of the group's fighters were killed" / "its losses run to the hundreds"
    Claim killed = claim(org.crosscheck.claim.Measures.KILLED, RAWA, atLeast(40)).about(ISIS).by(REUTERS)
        .withId("killed");
    Claim casualties = claim(org.crosscheck.claim.Measures.CASUALTIES, RAWA, between(200, 900)).by(AL_ARAB)
        .withId("casualties");
    for (Assessment x : List.of(r.assess(killed, casualties), r.assess(casualties, killed))) {
      assertThat(x.verdict()).isEqualTo(COMPATIBLE);
      assertThat(x.rule().id()).isEqualTo("measure.part-of-measure");
      assertThat(x.because()).contains("are some of the casualties");
    }
    // the wounded in a town are some of the casualties counted over the country containing it
    Claim wounded = claim(org.crosscheck.claim.Measures.WOUNDED, RAWA, exactly(30)).by(AL_ARAB).withId("wounded");
    Claim national = claim(org.crosscheck.claim.Measures.CASUALTIES, IRAQ, exactly(300)).by(REUTERS).withId("national");
    assertThat(r.assess(wounded, national).rule().id()).isEqualTo("measure.part-of-measure");
    // a part larger than its whole is a contradiction nothing explains
    Claim tooMany = claim(org.crosscheck.claim.Measures.KILLED, RAWA, exactly(1000)).by(REUTERS).withId("too-many");
    Assessment exceeds = r.assess(tooMany, casualties);
    assertThat(exceeds.verdict()).isEqualTo(CONTRADICT);
    assertThat(exceeds.rule().id()).isEqualTo("measure.part-of-measure");
    assertThat(exceeds.isExplained()).isFalse();
    // not the rule's: a part over a wider place than its whole, another party's whole, the part's sibling
    Claim killedInIraq = claim(org.crosscheck.claim.Measures.KILLED, IRAQ, exactly(50)).by(REUTERS).withId("iraq");
    assertThat(r.assess(killedInIraq, casualties).verdict()).isEqualTo(UNRELATED);
    Claim otherParty = casualties.about(subject("Army")).withId("army");
    assertThat(r.assess(killed, otherParty).verdict()).isEqualTo(UNRELATED);
    assertThat(r.assess(killed, wounded).verdict()).isEqualTo(UNRELATED);
  }

  @Test
  void statusBeforeChangeInside_aTallyOverTheCountry_predatesATownChangingHands() {
    Reconciler r = Reconciler.with(RuleSet.defaults());
    // "the group still holds two towns in the province" (early October), "Rawa was retaken" (mid-November)
    Place anbar = Place.named("Anbar").ofType(Place.Type.PROVINCE).within(IRAQ);
    Place rawa = Place.named("Rawa").ofType(Place.Type.TOWN).within(anbar);
    Claim held = claim(org.crosscheck.claim.Measures.TOWNS_HELD, anbar, exactly(2)).about(ISIS).by(AL_ARAB)
        .validOn(java.time.LocalDate.of(2017, 10, 5)).withId("held");
    Claim retaken = event(EventType.RECAPTURED, rawa, onDay(2017, 11, 17)).by(AL_NAJAH).withId("retaken");
    for (Assessment x : List.of(r.assess(held, retaken), r.assess(retaken, held))) {
      assertThat(x.verdict()).isEqualTo(COMPATIBLE);
      assertThat(x.rule().id()).isEqualTo("status.before-change-inside");
      assertThat(x.because()).contains("comes before Rawa, inside it, changed hands");
    }
    // given after the town changed hands, the side may still hold the country's other towns: no verdict
    Claim later = held.validOn(java.time.LocalDate.of(2017, 12, 1)).withId("later");
    assertThat(r.assess(later, retaken).verdict()).isEqualTo(UNRELATED);
    // a figure over a whole country is the state of a war, not of one town's story
    Claim national = held.at(IRAQ.ofType(Place.Type.COUNTRY)).withId("national");
    assertThat(r.assess(national, retaken).verdict()).isEqualTo(UNRELATED);
    // a tally over a town does not presuppose control of the province containing it
    Claim provinceTaken = event(EventType.CAPTURED, anbar, onDay(2017, 11, 17)).by(AL_NAJAH).withId("province");
    Claim town = claim(org.crosscheck.claim.Measures.TOWNS_HELD, rawa, exactly(1)).about(ISIS).by(AL_ARAB)
        .validOn(java.time.LocalDate.of(2017, 10, 5)).withId("town");
    assertThat(r.assess(town, provinceTaken).rule().id()).isNotEqualTo("status.before-change-inside");
    // at the very place the change is dated, the rule status.before-change decides as before
    Claim atRawa = town.withId("at-rawa");
    assertThat(r.assess(atRawa, retaken).rule().id()).isEqualTo("status.before-change");
  }

  @Test
  void sequenceNested_anEntryIntoATown_mayComeOnOrBeforeTheCaptureOfItsProvince() {
    Reconciler r = Reconciler.with(RuleSet.defaults());
    Place land = Place.named("Northland").ofType(Place.Type.COUNTRY);
    Place east = Place.named("East Reach").ofType(Place.Type.PROVINCE).within(land);
    Place mill = Place.named("Millford").ofType(Place.Type.TOWN).within(east);
    // "the rebels entered Millford on Monday" / "the rebels seized East Reach province on Monday"
    Claim entered = event(EventType.ENTERED, mill, onDay(2021, 3, 1)).by(REUTERS).withId("entered");
    Claim seized = event(EventType.CAPTURED, east, onDay(2021, 3, 1)).by(AL_ARAB).withId("seized");
    for (Assessment x : List.of(r.assess(entered, seized), r.assess(seized, entered))) {
      assertThat(x.verdict()).isEqualTo(COMPATIBLE);
      assertThat(x.rule().id()).isEqualTo("event.sequence-nested");
      assertThat(x.because()).contains("one place inside the other");
    }
    // the offensive on the province began before the town was taken
    Claim began = event(EventType.OPERATION_BEGAN, east, onDay(2021, 2, 10)).by(AL_ARAB).withId("began");
    Claim taken = event(EventType.CAPTURED, mill, onDay(2021, 3, 2)).by(REUTERS).withId("taken");
    assertThat(r.assess(began, taken).rule().id()).isEqualTo("event.sequence-nested");
    // an entry dated after the province fell is not read as a contradiction: the town may be entered again
    Claim late = event(EventType.ENTERED, mill, onDay(2021, 4, 1)).by(REUTERS).withId("late");
    assertThat(r.assess(late, seized).verdict()).isEqualTo(UNRELATED);
    // across a whole country two events are two campaigns (grouping.event-sequence-width)
    Claim country = event(EventType.CAPTURED, land, onDay(2021, 3, 1)).by(AL_ARAB).withId("country");
    assertThat(r.assess(entered, country).verdict()).isEqualTo(UNRELATED);
    // without the width rule the sequence is read at any place
    Reconciler wide = Reconciler.with(RuleSet.defaults().without("grouping.event-sequence-width"));
    assertThat(wide.assess(entered, country).rule().id()).isEqualTo("event.sequence-nested");
  }

  @Test
  void ruleIds_areTyped_andCheckedWhereTheyEnter() {
    Assessment x = assess(fighters(exactly(1500)), fightersBy(exactly(2500), AL_ARAB));
    assertThat(x.rule()).isEqualTo(org.crosscheck.rules.RuleId.of("quantity.disjoint"));
    assertThat(x.rule()).hasToString("quantity.disjoint");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> org.crosscheck.rules.RuleId.of("Quantity Disjoint"))
        .withMessageContaining("Quantity Disjoint");
  }
}
