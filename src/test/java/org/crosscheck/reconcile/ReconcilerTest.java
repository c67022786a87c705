package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.Fixtures.*;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Evidence;
import org.crosscheck.claim.Place;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.Verdict;
import org.crosscheck.value.PlainText;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

  static final Claim QAIM_RANGE = claim(FIGHTERS, AL_QAIM, between(1500, 2500)).about(ISIS).by(REUTERS.quoting(DILLON)).withId("qaim-range");
  static final Claim QAIM_ABOUT = claim(FIGHTERS, place("القائم"), about(1500)).about(ISIS).scoped(scope(ADJACENT)).by(AL_ARAB.quoting(COALITION)).withId("qaim-about");
  static final Claim FRENCH = claim(TROOPS, IRAQ_AND_SYRIA, exactly(1200)).about(subject("France")).by(EREM).withId("french-troops");
  static final Claim TO_BORDER = claim(DISTANCE_TO, ABU_KAMAL, about(40, KILOMETRE)).by(REUTERS).withId("to-border");
  static final Claim POCKET = claim(LENGTH, ABU_KAMAL, about(60, KILOMETRE)).by(AL_NAJAH).withId("pocket");
  static final Claim TAL_AFAR_BATTLE = claim(DURATION, TAL_AFAR, duration(12, DAY)).by(AL_ARAB).withId("tal-afar");
  static final Claim DEIR_BATTLE = claim(DURATION, DEIR_EZ_ZOR, duration(2, MONTH)).by(REUTERS).withId("deir-battle");
  static final Claim SURRENDER = claim(SURRENDERED, place("Baghuz").within(SYRIA), exactly(3000)).about(ISIS).by(EREM).withId("surrender");
  static final Claim KAMAL_RANGE = claim(FIGHTERS, ABU_KAMAL, between(2000, 3000)).about(ISIS).by(REUTERS.quoting(DILLON)).withId("kamal-range");
  static final Claim HELD_35 = claim(TERRITORY_HELD, DEIR_EZ_ZOR, percent(35)).about(ISIS).scoped(scope(PROVINCE)).by(AL_ARAB).withId("held-35");
  static final Claim HELD_25 = claim(TERRITORY_HELD, DEIR_EZ_ZOR, aboutPercent(25)).about(ISIS).scoped(scope(COUNTRYSIDE)).by(AL_NAJAH).withId("held-25");
  static final Claim LOST_95 = claim(TERRITORY_LOST, IRAQ_AND_SYRIA, percent(95)).about(ISIS).by(AL_NAJAH).withId("lost-95");
  static final Claim DEIR_TAKEN = event(CAPTURED, DEIR_EZ_ZOR, onDay(2017, 11, 3)).by(AL_MARSAD).withId("deir-taken");
  static final Claim DEIR_LOST = event(LOST, DEIR_EZ_ZOR, onDay(2017, 11, 3)).by(AL_NAJAH).withId("deir-lost");
  static final Claim DEIR_VICTORY = event(DECLARED_VICTORY, DEIR_EZ_ZOR, onDay(2017, 11, 3)).by(REUTERS).withId("deir-victory");
  static final Claim QAIM_ENTERED = event(ENTERED, AL_QAIM, onDay(2017, 11, 3)).by(REUTERS).withId("qaim-entered");
  static final Claim QAIM_LOST = event(LOST, AL_QAIM, onDay(2017, 11, 3)).by(AL_NAJAH).withId("qaim-lost");

  static final List<Claim> ALL = List.of(QAIM_RANGE, QAIM_ABOUT, FRENCH, TO_BORDER, POCKET, TAL_AFAR_BATTLE, DEIR_BATTLE,
      SURRENDER, KAMAL_RANGE, HELD_35, HELD_25, LOST_95, DEIR_TAKEN, DEIR_LOST, DEIR_VICTORY, QAIM_ENTERED, QAIM_LOST);

  static Report report() {
    return Reconciler.with(RuleSet.defaults()).reconcile(ALL);
  }

  @Test
  void sameThing_isGroupedThroughAliases() {
    Report r = report();
    assertThat(r.groupOf(QAIM_RANGE)).isEqualTo(r.groupOf(QAIM_ABOUT));
    assertThat(r.groupOf(DEIR_TAKEN).orElseThrow().claims()).containsExactlyInAnyOrder(DEIR_TAKEN, DEIR_LOST);
    // a declaration of victory follows the capture: its own group, linked to the capture's
    assertThat(r.groupOf(DEIR_VICTORY)).isNotEqualTo(r.groupOf(DEIR_TAKEN));
    assertThat(r.assessment("deir-victory", "deir-taken").verdict()).isEqualTo(Verdict.AGREE);
    assertThat(r.groupOf(HELD_35)).isEqualTo(r.groupOf(HELD_25));
  }

  @Test
  void anUnnamedFigure_joinsTheSolePartyCountedThere_andOnlyThen() {
    Claim unnamed = claim(FIGHTERS, AL_QAIM, about(600)).by(EREM).withId("qaim-unnamed");
    Report one = reconcile(QAIM_RANGE, unnamed);
    assertThat(one.groups()).singleElement().satisfies(g -> {
      assertThat(g.claims()).extracting(Claim::id).containsExactly("qaim-range", "qaim-unnamed");
      assertThat(g.facts()).anySatisfy(f -> assertThat(f.key()).isEqualTo("grouping.sole-party"));
    });
    // two parties counted at the place: whose the figure is cannot be told, it stays apart
    Claim other = claim(FIGHTERS, AL_QAIM, exactly(300)).about(subject("Hezbollah")).by(AL_ARAB).withId("qaim-other");
    assertThat(reconcile(QAIM_RANGE, other, unnamed).groups()).hasSize(3);
    // without the rule, it stays apart too
    RuleSet without = RuleSet.defaults().without("grouping.sole-party");
    assertThat(Reconciler.with(without).reconcile(List.of(QAIM_RANGE, unnamed)).groups()).hasSize(2);
  }

  @Test
  void anUnnamedFigure_besideTheNamedPartyInItsSentence_isNotThatParty() {
    Place town = place("Riverton");
    String quote = "At least 40 rebel fighters and 12 soldiers were killed in Riverton.";
    org.crosscheck.claim.Span sentence = new org.crosscheck.claim.Span(0, quote.length());
    Claim rebels = claim(KILLED, town, atLeast(40)).about(subject("Rebels")).by(REUTERS).withEvidence(
        new Evidence("a.txt", new org.crosscheck.claim.Span(0, 8), sentence, quote, ImmutableList.of())).withId("a#1");
    Claim soldiers = claim(KILLED, town, exactly(12)).by(REUTERS).withEvidence(
        new Evidence("a.txt", new org.crosscheck.claim.Span(29, 31), sentence, quote, ImmutableList.of())).withId("a#2");
    Report r = reconcile(rebels, soldiers);
    assertThat(r.groupOf(soldiers).orElseThrow().key().subject()).isEmpty();
    assertThat(r.groupOf(soldiers)).isNotEqualTo(r.groupOf(rebels));
    // in a sentence of its own, the same figure takes the one party counted there
    Claim elsewhere = claim(KILLED, town, exactly(12)).by(AL_ARAB).withEvidence(
        new Evidence("b.txt", new org.crosscheck.claim.Span(0, 2), new org.crosscheck.claim.Span(0, 30), "12 were killed in Riverton.",
            ImmutableList.of())).withId("b#1");
    assertThat(reconcile(rebels, elsewhere).groupOf(elsewhere)).isEqualTo(reconcile(rebels, elsewhere).groupOf(rebels));
  }

  @Test
  void theStartOfAWar_isOneEventWhetherTheFightingOrTheConflictBegan() {
    Place strip = place("Coastal Strip");
    Claim fighting = event(new org.crosscheck.claim.EventType("fighting-began", "fighting began"), strip,
        onDay(2021, 3, 3)).by(AL_ARAB).withId("fighting");
    Claim conflict = event(new org.crosscheck.claim.EventType("conflict-began", "conflict began"), strip,
        onDay(2021, 3, 3)).by(REUTERS).withId("conflict");
    Report r = reconcile(fighting, conflict);
    assertThat(r.groups()).hasSize(1);
    assertThat(r.assessment("fighting", "conflict").verdict()).isEqualTo(Verdict.AGREE);
  }

  @Test
  void aClaimGivenAFocusPlaceAndASoleParty_keepsBothFacts() {
    Place town = place("Riverton");
    Claim named = claim(FIGHTERS, town, exactly(300)).about(subject("Hezbollah")).by(REUTERS)
        .withEvidence(Evidence.document("a.txt")).withId("a#1");
    Claim placed = claim(FIGHTERS, town, exactly(60)).by(AL_ARAB).withEvidence(Evidence.document("b.txt")).withId("b#1");
    Claim other = claim(FIGHTERS, town, exactly(20)).about(subject("Hezbollah")).by(AL_ARAB)
        .withEvidence(Evidence.document("b.txt")).withId("b#2");
    Claim unplaced = claim(FIGHTERS, Place.NOWHERE, about(250)).by(AL_ARAB).withEvidence(Evidence.document("b.txt"))
        .withId("b#3");
    Report r = reconcile(named, placed, other, unplaced);
    Group g = r.groupOf("b#3").orElseThrow();
    assertThat(g.facts()).anySatisfy(f -> assertThat(f.key()).isEqualTo("grouping.focus-place"))
        .anySatisfy(f -> {
          assertThat(f.key()).isEqualTo("grouping.sole-party");
          assertThat(f.value()).startsWith("b#3 ");
        });
  }

  @Test
  void anUnnamedToll_neverTakesAClassOfVictimsOrAPartAsItsParty() {
    Place town = place("Riverton");
    Claim toll = claim(KILLED, town, exactly(900)).by(EREM).withId("toll");
    // "children" and "(part: of them)" say who was counted, not whose figure it is
    Claim children = claim(KILLED, town, exactly(300)).about(subject("children")).by(AL_ARAB).withId("children");
    Claim part = claim(KILLED, town, exactly(40)).about(subject("(part: of them)")).by(AL_NAJAH).withId("part");
    Report r = reconcile(toll, children, part);
    assertThat(r.groups()).hasSize(3);
    assertThat(r.groupOf(toll).orElseThrow().key().subject()).isEmpty();
    assertThat(r.groupOf(toll).orElseThrow().facts()).noneSatisfy(f -> assertThat(f.key()).isEqualTo("grouping.sole-party"));
    // a party still lends its name
    Claim party = claim(KILLED, town, exactly(800)).about(subject("Hezbollah")).by(REUTERS).withId("party");
    assertThat(reconcile(toll, party).groups()).hasSize(1);
  }

  @Test
  void hardNegatives_areNeverGrouped() {
    Report r = report();
    assertThat(r.groupOf(QAIM_ABOUT)).isNotEqualTo(r.groupOf(FRENCH));
    assertThat(r.groupOf(TO_BORDER)).isNotEqualTo(r.groupOf(POCKET));
    assertThat(r.groupOf(TAL_AFAR_BATTLE)).isNotEqualTo(r.groupOf(DEIR_BATTLE));
    assertThat(r.groupOf(SURRENDER)).isNotEqualTo(r.groupOf(KAMAL_RANGE));
    assertThat(r.groupOf(HELD_35)).isNotEqualTo(r.groupOf(LOST_95));
    assertThat(r.groupOf(QAIM_ENTERED)).isNotEqualTo(r.groupOf(QAIM_LOST));
  }

  @Test
  void consensus_isTheTightestValueMostSourcesAllow() {
    Report r = report();
    Group qaim = r.groupOf(QAIM_RANGE).orElseThrow();
    assertThat(qaim.consensus().value()).isEqualTo(between(1500, 1650));
    assertThat(qaim.consensus().independentSources()).isEqualTo(1); // both quote the coalition
    assertThat(qaim.consensus().dissenters()).isEmpty();
    Group held = r.groupOf(HELD_25).orElseThrow();
    assertThat(held.consensus().value()).hasToString("[24.5..25.5]%");
    assertThat(held.consensus().asOf()).isEqualTo(onDay(2017, 11, 20));
    assertThat(held.consensus().supersededIds()).containsExactly("held-35");
    Group deir = r.groupOf(DEIR_TAKEN).orElseThrow();
    assertThat(deir.consensus().value()).isEqualTo(onDay(2017, 11, 3));
    assertThat(deir.consensus().independentSources()).isEqualTo(2);
  }

  @Test
  void consensus_namesDissentersAndTies() {
    Claim a = claim(FIGHTERS, AL_QAIM, exactly(1500)).about(ISIS).by(REUTERS).withId("a");
    Claim b = claim(FIGHTERS, AL_QAIM, about(1500)).about(ISIS).by(AL_ARAB).withId("b");
    Claim c = claim(FIGHTERS, AL_QAIM, exactly(3000)).about(ISIS).by(outlet("Other").publishedOn(2017, 11, 3)).withId("c");
    Consensus k = reconcile(a, b, c).groupOf(a).orElseThrow().consensus();
    assertThat(k.value()).isEqualTo(exactly(1500));
    assertThat(k.supporterIds()).containsExactly("a", "b");
    assertThat(k.dissenterIds()).containsExactly("c");
    assertThat(k.tied()).isFalse();
    assertThat(k).hasToString("1500 (2 independent sources; dissent: c)");
    Consensus tie = reconcile(a, c).groupOf(a).orElseThrow().consensus();
    assertThat(tie.tied()).isTrue();
    // a tie names no winner and no dissenter
    assertThat(tie).hasToString("none: tied, no value has more support than another (a, c)");
  }

  @Test
  void independence_followsSharedOriginsAndEchoes() {
    Claim r = claim(FIGHTERS, IRAQ_AND_SYRIA, aFew(THOUSANDS)).about(ISIS).by(REUTERS.quoting(COALITION))
        .withEvidence(Evidence.document("reuters.txt")).withId("r");
    Claim m = claim(FIGHTERS, IRAQ_AND_SYRIA, aFew(THOUSANDS)).about(ISIS).by(AL_MARSAD)
        .withEvidence(Evidence.document("marsad.txt")).withId("m");
    Reconciler plain = Reconciler.with(RuleSet.defaults());
    assertThat(plain.assess(r, m).independent()).isTrue();
    Reconciler echoing = plain.withIndependence(echoes("marsad.txt", "reuters.txt"));
    Report report = echoing.reconcile(List.of(r, m));
    assertThat(report.assessment("r", "m").independent()).isFalse();
    assertThat(report.groupOf(r).orElseThrow().consensus().independentSources()).isEqualTo(1);
    assertThat(plain.assess(QAIM_RANGE, QAIM_ABOUT).independent()).isFalse();
    assertThatThrownBy(() -> Independence.withEchoes(java.util.Map.of("a", "b", "b", "a")))
        .hasMessageStartingWith("echoes form a cycle through document");
  }

  @Test
  void links_relateEventsAndNestedPlaces() {
    List<Claim> more = new ArrayList<>(ALL);
    more.add(claim(FIGHTERS, IRAQ_AND_SYRIA, aFew(THOUSANDS)).about(ISIS).by(AL_MARSAD).withId("few-thousand"));
    Report r = Reconciler.with(RuleSet.defaults()).reconcile(more);
    assertThat(r.links()).extracting(a -> a.rule().id()).contains("event.sequence");
    // fighters over a union and over its towns are one tally (grouping.nested-figures): one group,
    // whose pairs are told apart by scope; without the rule they are linked groups
    assertThat(r.groupOf("few-thousand")).isEqualTo(r.groupOf("kamal-range")).isEqualTo(r.groupOf("qaim-range"));
    assertThat(r.assessment("few-thousand", "kamal-range").rule().id()).isEqualTo("scope.aggregate");
    Report linked = Reconciler.with(RuleSet.defaults().without("grouping.nested-figures")).reconcile(more);
    assertThat(linked.groupOf("few-thousand")).isNotEqualTo(linked.groupOf("kamal-range"));
    assertThat(linked.links()).extracting(a -> a.rule().id()).contains("event.sequence", "scope.aggregate");
    assertThat(r.assessment("qaim-entered", "qaim-lost").verdict()).isEqualTo(COMPATIBLE);
    assertThat(r.explain("held-35", "held-25").toString()).contains("explained by:       time of validity, scope");
    // the table names each side of a link as the reports do: its group's heading, the value as written, the sources
    for (Assessment link : r.links()) {
      String left = r.groupOf(link.left()).orElseThrow().topic() + ": " + link.left().valueAsWritten() + " ("
          + link.left().attribution().sources() + ")";
      String right = r.groupOf(link.right()).orElseThrow().topic() + ": " + link.right().valueAsWritten() + " ("
          + link.right().attribution().sources() + ")";
      assertThat(r.table()).contains("  " + left + " / " + right + "  ");
    }
  }

  @Test
  void links_noSequenceOfEventsAcrossACountry() {
    Place syria = SYRIA.ofType(Place.Type.COUNTRY);
    Claim captured = event(CAPTURED, syria, onDay(2017, 11, 3)).by(REUTERS).withId("border-post");
    Claim began = event(OPERATION_BEGAN, syria, inMonth(2018, 9)).by(AL_NAJAH).withId("offensive");
    Report r = Reconciler.with(RuleSet.defaults()).reconcile(List.of(captured, began));
    assertThat(r.links()).isEmpty();
    assertThat(r.genuineContradictions()).isZero();
    // at a town the same two claims are one sequence, and out of order
    Claim capturedThere = event(CAPTURED, AL_QAIM, onDay(2017, 11, 3)).by(REUTERS).withId("town-taken");
    Claim beganThere = event(OPERATION_BEGAN, AL_QAIM, inMonth(2018, 9)).by(AL_NAJAH).withId("town-offensive");
    Report town = Reconciler.with(RuleSet.defaults()).reconcile(List.of(capturedThere, beganThere));
    assertThat(town.links()).extracting(a -> a.rule().id()).containsExactly("event.sequence");
    assertThat(town.genuineContradictions()).isOne();
  }

  @Test
  void grouping_figuresWithoutSubjectOrPlace_onlyWithinTheirDocument() {
    Claim years = claim(DURATION, Place.NOWHERE, exactly(3, YEAR)).by(REUTERS)
        .withEvidence(Evidence.document("wire.txt")).withId("years");
    Claim days = claim(DURATION, Place.NOWHERE, exactly(2, DAY)).by(AL_NAJAH)
        .withEvidence(Evidence.document("daily.txt")).withId("days");
    Claim daysAgain = claim(DURATION, Place.NOWHERE, exactly(2, DAY)).by(AL_NAJAH)
        .withEvidence(Evidence.document("daily.txt")).withId("days-again");
    Report r = Reconciler.with(RuleSet.defaults()).reconcile(List.of(years, days, daysAgain));
    assertThat(r.groups()).hasSize(2);
    assertThat(r.groupOf(days).orElseThrow().claims()).extracting(Claim::id).containsExactly("days", "days-again");
    assertThat(r.groupOf(years).orElseThrow().topic()).isEqualTo("duration in wire.txt");
    assertThat(r.genuineContradictions()).isZero();
    // with a place they speak of one thing and are compared
    Report placed = Reconciler.with(RuleSet.defaults())
        .reconcile(List.of(years.at(DEIR_EZ_ZOR), days.at(DEIR_EZ_ZOR)));
    assertThat(placed.groups()).hasSize(1);
  }

  @Test
  void largeGroups_areAssessedAgainstTheConsensusInLinearMemory() {
    List<Claim> many = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      many.add(claim(FIGHTERS, AL_QAIM, exactly(1500 + (i % 7 == 0 ? 500 : 0))).about(ISIS)
          .by(outlet("outlet " + i).publishedOn(2017, 11, 3)).withId(String.format(java.util.Locale.ROOT, "c%03d", i)));
    }
    Report r = Reconciler.with(RuleSet.defaults()).reconcile(many);
    Group g = r.groups().get(0);
    assertThat(g.pairwise()).isFalse();
    assertThat(g.assessments()).hasSize(499);
    assertThat(g.notes()).singleElement().asString().startsWith("500 claims exceed the pair limit of 64");
    assertThat(g.consensus().value()).isEqualTo(exactly(1500));
    assertThat(g.consensus().dissenters()).hasSize(72);
    assertThat(r.assessment("c000", "c007").verdict()).isEqualTo(AGREE); // made on demand
  }

  @Test
  void output_isIndependentOfInputOrderAndThreads() throws Exception {
    String expected = report().table();
    List<Claim> shuffled = new ArrayList<>(ALL);
    Collections.shuffle(shuffled, new Random(7));
    assertThat(Reconciler.with(RuleSet.defaults()).reconcile(shuffled).table()).isEqualTo(expected);
    assertThat(Reconciler.with(RuleSet.defaults()).parallel(true).reconcile(shuffled).table()).isEqualTo(expected);
    Reconciler shared = Reconciler.with(RuleSet.defaults());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) runs.add(pool.submit(() -> shared.reconcile(ALL).table()));
      for (Future<String> f : runs) assertThat(f.get()).isEqualTo(expected);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void duplicates_areNotedOrRefused() {
    Report r = Reconciler.with(RuleSet.defaults()).reconcile(List.of(QAIM_RANGE, QAIM_RANGE));
    assertThat(r.notes()).containsExactly("claim qaim-range was given more than once; it counts once");
    assertThatThrownBy(() -> Reconciler.with(RuleSet.defaults()).reconcile(List.of(QAIM_RANGE, QAIM_ABOUT.withId("qaim-range"))))
        .hasMessageStartingWith("two different claims share the id 'qaim-range': ");
    assertThatThrownBy(() -> r.assessment("nope", "qaim-range")).hasMessage("no claim 'nope' in this report");
  }

  @Test
  void table_isPinned() {
    Report r = Reconciler.with(RuleSet.defaults()).reconcile(List.of(QAIM_RANGE, QAIM_ABOUT, HELD_35, HELD_25));
    assertThat(r).hasToString("Report[2 groups, 4 claims: 0 genuine contradictions, 1 explained, 0 agreements"
        + " (0 independent), 1 compatible]");
    assertThat(r.table()).isEqualTo(String.join("\n",
        "2 groups, 4 claims: 0 genuine contradictions, 1 explained, 0 agreements (0 independent), 1 compatible",
        "group                                     claims  consensus                       sources  verdicts",
        "ISIS fighters@al-Qaim                          2  [1500..1650]                          1  1 compatible",
        "ISIS share of territory held@Deir ez-Zor       2  [24.5..25.5]% as of 2017-11-20        1  1 explained contradiction",
        "contradictions:",
        "  ISIS share of territory held@Deir ez-Zor: ~25% (Al-Najah News) vs 35% (Al-Arab)  CONTRADICT"
            + " (quantity.disjoint; explained by: time of validity, scope)",
        ""));
  }

  /**
   * Arabic names are isolated and columns are padded by display width, not by {@code
   * String.length()}: a heading with Arabic combining marks (zero width) and one with CJK (two
   * columns a character) line up with a Latin one.
   */
  @Test
  void table_alignsColumnsByDisplayWidth() {
    Place qaim = place("\u0627\u0644\u0642\u064e\u0627\u0626\u0650\u0645"); // القَائِم, two vowel marks
    Place tokyo = place("\u6771\u4eac"); // 東京, two wide characters
    Report r = Reconciler.with(RuleSet.defaults()).reconcile(List.of(
        claim(FIGHTERS, qaim, exactly(1500)).by(REUTERS).withId("ar"),
        claim(FIGHTERS, tokyo, exactly(20)).by(REUTERS).withId("cjk"),
        claim(FIGHTERS, place("Rawa"), exactly(300)).by(REUTERS).withId("latin")));
    List<String> rows = r.table().lines().skip(1).limit(4).toList();
    assertThat(rows).containsExactly(
        "group            claims  consensus  sources  verdicts",
        "fighters@Rawa         1  300              1  -",
        "fighters@\u2068\u0627\u0644\u0642\u064e\u0627\u0626\u0650\u0645\u2069       1  1500             1  -",
        "fighters@\u6771\u4eac         1  20               1  -");
    // the "claims" column ends at one display column in every row, though the rows differ in String.length()
    int end = PlainText.width(rows.get(0).substring(0, rows.get(0).indexOf("claims") + "claims".length()));
    for (String row : rows.subList(1, rows.size())) {
      assertThat(PlainText.width(row.substring(0, row.indexOf(" 1  ") + 2))).as(row).isEqualTo(end);
    }
    assertThat(rows.stream().map(String::length).distinct().count()).isGreaterThan(1);
  }

  @Test
  void restatement_inOneArticle_isNeverAnAgreement() {
    Claim first = claim(ATTACKS, place("Rawa"), exactly(2)).by(REUTERS).withEvidence(Evidence.document("wire.txt"))
        .withId("first");
    Claim again = claim(ATTACKS, place("Rawa"), exactly(2)).by(REUTERS).withEvidence(Evidence.document("wire.txt"))
        .withId("again");
    Claim other = claim(ATTACKS, place("Rawa"), exactly(2)).by(AL_NAJAH).withEvidence(Evidence.document("daily.txt"))
        .withId("other");
    Report r = Reconciler.with(RuleSet.defaults()).reconcile(List.of(first, again, other));
    Assessment restated = r.assessment("first", "again");
    assertThat(restated.verdict()).isEqualTo(AGREE);
    assertThat(restated.isRestatement()).isTrue();
    assertThat(restated.explain().value("restated")).isEqualTo("one figure given twice in wire.txt: not an agreement");
    assertThat(r.agreements()).as("first~other and again~other, not first~again").isEqualTo(2);
    assertThat(r.restatements()).isEqualTo(1);
    assertThat(r.groups().get(0)).hasToString("attacks@Rawa: 3 claims, consensus 2 (2 independent sources), 2 agree,"
        + " 1 restated");
  }

  @Test
  void headings_neverReadTheSame() {
    // two places of one name (different ids) and figures of no place in two documents
    Claim north = claim(FIGHTERS, Place.identified("wof:1", "Hamra"), exactly(10)).by(REUTERS).withId("north");
    Claim south = claim(FIGHTERS, Place.identified("wof:2", "Hamra"), exactly(90)).by(REUTERS).withId("south");
    Claim d1 = claim(DURATION, Place.NOWHERE, exactly(3, DAY)).by(REUTERS).withEvidence(Evidence.document("a.txt"))
        .withId("d1");
    Claim d2 = claim(DURATION, Place.NOWHERE, exactly(5, DAY)).by(AL_NAJAH).withEvidence(Evidence.document("b.txt"))
        .withId("d2");
    // a subject and no place: grouped across documents, and the heading says no place was stated
    Claim k1 = claim(KILLED, Place.NOWHERE, exactly(40)).about(ISIS).by(REUTERS).withEvidence(Evidence.document("a.txt"))
        .withId("k1");
    Claim k2 = claim(KILLED, Place.NOWHERE, exactly(40)).about(ISIS).by(AL_NAJAH).withEvidence(Evidence.document("b.txt"))
        .withId("k2");
    Report r = Reconciler.with(RuleSet.defaults()).reconcile(List.of(north, south, d1, d2, k1, k2));
    assertThat(r.groups()).extracting(Group::topic).doesNotHaveDuplicates()
        .contains("duration in a.txt", "duration in b.txt", "fighters@Hamra [fighters@wof:1]",
            "fighters@Hamra [fighters@wof:2]", "ISIS killed (no place stated)");
  }

  @Test
  void groupsAndKeys_printShortNotations() {
    Report r = report();
    Group qaim = r.groupOf(QAIM_RANGE).orElseThrow();
    assertThat(qaim.key()).hasToString("fighters/isis@al-qaim");
    assertThat(qaim).hasToString("ISIS fighters@al-Qaim: 2 claims, consensus [1500..1650] (1 independent source), 1 compatible");
    assertThat(r.groupOf(DEIR_LOST).orElseThrow().key()).hasToString("event-date:captured@deir-ez-zor");
    assertThat(Reconciler.with(RuleSet.defaults()).toString())
        .isEqualTo("Reconciler[RuleSet[defaults, " + RuleSet.defaults().size() + " rules], Independence[plain], pair limit 64]");
  }
}
