package org.crosscheck.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.Crosscheck.*;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Evidence;
import org.crosscheck.io.Pipeline;
import org.crosscheck.io.Run;
import org.crosscheck.reconcile.Reconciler;
import org.crosscheck.reconcile.Report;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Test;

/** Reliability estimated from reconciled claims, and fed back into each group's consensus. */
class ReliabilityTest {
  static final Attribution GOOD_A = outlet("Good A").publishedOn(2017, 11, 3);
  static final Attribution GOOD_B = outlet("Good B").publishedOn(2017, 11, 3);
  static final Attribution SLOPPY = outlet("Sloppy").publishedOn(2017, 11, 3);

  /** Twenty towns where two outlets agree and a third is off; then one town only A and Sloppy report. */
  static List<Claim> claims() {
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      var town = place("town " + i);
      out.add(claim(FIGHTERS, town, exactly(100 + i)).by(GOOD_A));
      out.add(claim(FIGHTERS, town, exactly(100 + i)).by(GOOD_B));
      out.add(claim(FIGHTERS, town, exactly(500 + i)).by(SLOPPY));
    }
    var contested = place("contested town");
    out.add(claim(FIGHTERS, contested, exactly(300)).by(GOOD_A).withId("a-300"));
    out.add(claim(FIGHTERS, contested, exactly(900)).by(SLOPPY).withId("sloppy-900"));
    return out;
  }

  @Test
  void estimate_ranksOutletsByHowOftenTheirFiguresHold() {
    Report report = Reconciler.with(RuleSet.defaults()).reconcile(claims());
    Reliability.Estimate e = Reliability.estimate(report);
    assertThat(e.accuracies().get("Good A")).isGreaterThan(0.8);
    assertThat(e.accuracies().get("Sloppy")).isLessThan(0.3);
    assertThat(e.sources()).extracting(SourceReliability::source).containsExactly("Good A", "Good B", "Sloppy");
  }

  @Test
  void weights_breakATieInFavourOfTheReliableOutlet() {
    Report plain = Reconciler.with(RuleSet.defaults()).reconcile(claims());
    assertThat(plain.groupOf("a-300").orElseThrow().consensus().tied()).isTrue();
    Run run = new Pipeline(RuleSet.defaults(), List.of()).reconcile(claims());
    var consensus = run.report().groupOf("a-300").orElseThrow().consensus();
    assertThat(consensus.value()).isEqualTo(exactly(300));
    assertThat(consensus.tied()).isFalse();
    assertThat(consensus.dissenterIds()).containsExactly("sloppy-900");
    assertThat(run.reliability()).isNotNull();
  }

  /**
   * Two careful outlets against an outlet and its rewriter, in three towns: two against two, each
   * time the pair's figure the lower. Alone, each pair looks like a copy and ties go to the lower
   * figure; with the echo between the rewriter's and the original's articles that pair is the
   * likelier copy (the echo is its prior in the rounds of copy detection), counts less, and the
   * careful figures hold. (An echo between two articles of
   * one outlet links nothing.)
   */
  static List<Claim> echoedClaims() {
    Attribution wire = outlet("Wire").publishedOn(2017, 11, 3);
    Attribution rewriter = outlet("Rewriter").publishedOn(2017, 11, 3);
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      var town = place("echo town " + i);
      out.add(claim(FIGHTERS, town, exactly(700 + i)).by(GOOD_A).withEvidence(Evidence.document("a" + i + ".txt")));
      out.add(claim(FIGHTERS, town, exactly(700 + i)).by(GOOD_B).withEvidence(Evidence.document("b" + i + ".txt")));
      out.add(claim(FIGHTERS, town, exactly(200 + i)).by(wire).withEvidence(Evidence.document("wire.txt")));
      out.add(claim(FIGHTERS, town, exactly(200 + i)).by(rewriter).withEvidence(Evidence.document("rewrite.txt")));
    }
    return out;
  }

  @Test
  void estimate_echoLinksTheOutletsOfTheTwoArticles_andTheirSharedFiguresCountAboutOnce() {
    Report report = Reconciler.with(RuleSet.defaults()).reconcile(echoedClaims());
    Reliability.Estimate alone = Reliability.estimate(report);
    // the data alone cannot tell the two pairs apart: both look like copies, and the tie goes low
    assertThat(alone.dependentPairs()).extracting(DependentPair::first).containsExactly("Good A", "Rewriter");
    assertThat(alone.result().consensus().describe(0)).isEqualTo("200");

    Reliability.Estimate echoed = Reliability.estimate(report, TruthConfig.defaults(),
        java.util.Map.of("rewrite.txt", "wire.txt", "b0.txt", "b1.txt"));
    assertThat(echoed.result().consensus().problem().links()).containsExactly("Rewriter -> Wire");
    assertThat(echoed.dependentPairs()).extracting(Object::toString)
        .containsExactly("Good A ~ Good B: dependence 0.86 (identical on 3 of 3 contested items)",
            "Rewriter ~ Wire: dependence 0.99 (identical on 3 of 3 contested items), Rewriter likely copies");
    for (int i = 0; i < 3; i++) assertThat(echoed.result().consensus().describe(i)).isEqualTo(Integer.toString(700 + i));
    assertThat(echoed.accuracies().get("Good A")).isGreaterThan(echoed.accuracies().get("Wire"));
    SourceReliability wire = echoed.sources().get(echoed.result().consensus().problem().sourceId("Wire").getAsInt());
    assertThat(wire.dependents()).containsExactly("Rewriter");
  }

  @Test
  void accuracyWithInterval_isWideForAFewClaimsAndNarrowForMany() {
    SourceReliability few = new SourceReliability("few", 0.8, 2, 2, 12, com.google.common.collect.ImmutableSortedMap.of(),
        com.google.common.collect.ImmutableList.of());
    SourceReliability many = new SourceReliability("many", 0.8, 2000, 1600, 2010,
        com.google.common.collect.ImmutableSortedMap.of(), com.google.common.collect.ImmutableList.of());
    assertThat(few.accuracyWithInterval()).isEqualTo("0.80 (90% interval 0.62\u20130.98)");
    assertThat(many.accuracyWithInterval()).isEqualTo("0.80 (90% interval 0.79\u20130.81)");
  }

  @Test
  void unitOf_isTheMeasuresOwn() {
    assertThat(Reliability.unitOf(FIGHTERS, 1_500)).isEqualTo(10);
    assertThat(Reliability.unitOf(FIGHTERS, 66_000)).isEqualTo(100);
    assertThat(Reliability.unitOf(FIGHTERS, 40)).isEqualTo(1);
    assertThat(Reliability.unitOf(FIGHTERS, 0)).isEqualTo(1);
    assertThat(Reliability.unitOf(POPULATION_SHARE, 30)).isEqualTo(0.5);
    assertThat(Reliability.unitOf(EVENT_DATE, 17_500)).isEqualTo(1);
    assertThat(Reliability.unitOf(org.crosscheck.claim.Measures.DURATION, 200)).isEqualTo(1);
    assertThatThrownBy(() -> Reliability.unitOf(FIGHTERS, -1)).hasMessageContaining("-1");
  }

  /**
   * Sixty towns with about two thousand fighters each: two outlets agree, a third always says two
   * hundred more. Judged in units of one, a deviation of 200 lies beyond the 60-unit window and is
   * a gross error each time; in the measure's own unit (ten fighters) it is near, one-sided and
   * narrow: a constant offset.
   */
  @Test
  void estimate_judgesDeviationsInTheMeasuresOwnUnit() {
    Attribution offset = outlet("Offset").publishedOn(2017, 11, 3);
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      var town = place("offset town " + i);
      claims.add(claim(FIGHTERS, town, exactly(2_000 + 10 * i)).by(GOOD_A));
      claims.add(claim(FIGHTERS, town, exactly(2_000 + 10 * i)).by(GOOD_B));
      claims.add(claim(FIGHTERS, town, exactly(2_200 + 10 * i)).by(offset));
    }
    Reliability.Estimate e = Reliability.estimate(Reconciler.with(RuleSet.defaults()).reconcile(claims));
    assertThat(e.result().consensus().problem().attributes()).extracting(Object::toString)
        .containsExactly("fighters (continuous \u00b10, unit 10)");
    assertThat(e.result().systematicDifferences()).singleElement().satisfies(d -> {
      assertThat(d.source()).isEqualTo("Offset");
      assertThat(d.kind()).isEqualTo(SystematicDifference.Kind.OFFSET);
      assertThat(d.medianOffset()).isEqualTo(200);
    });
  }

  @Test
  void estimate_comparesQuantitiesInTheBaseUnit() {
    List<Claim> claims = new ArrayList<>();
    var road = place("ring road");
    claims.add(claim(org.crosscheck.claim.Measures.LENGTH, road, km(5)).by(GOOD_A));
    claims.add(claim(org.crosscheck.claim.Measures.LENGTH, road,
        org.crosscheck.value.Values.exactly(5_000, org.crosscheck.value.Unit.METRE))
        .by(GOOD_B));
    Reliability.Estimate e = Reliability.estimate(Reconciler.with(RuleSet.defaults()).reconcile(claims));
    assertThat(e.result().consensus().describe(0)).isEqualTo("5000");
    assertThat(e.sources()).allSatisfy(r -> assertThat(r.agreements()).isEqualTo(1));
  }

  static final org.crosscheck.claim.Measure TOWNS_HELD = org.crosscheck.claim.Measure.of("towns held",
      org.crosscheck.claim.Measure.Kind.CATEGORY, org.crosscheck.claim.Measure.Trend.VARIES);

  /**
   * Twelve districts: two outlets list three towns held in each (in different orders), a third
   * always leaves the third town out. As plain labels the three lists are three different answers
   * and no outlet can be told from another; as sets the two full lists agree, the third is right
   * on two members of three, and the consensus is the set of the members judged true.
   */
  static List<Claim> townsHeld() {
    Attribution omits = outlet("Omits").publishedOn(2017, 11, 3);
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      var district = place("district " + i);
      String whole = "Aleph " + i + "; Beth " + i + "; Gimel " + i;
      out.add(claim(TOWNS_HELD, district, label(whole)).by(GOOD_A));
      out.add(claim(TOWNS_HELD, district, label("Gimel " + i + ";Aleph " + i + "; Beth " + i)).by(GOOD_B));
      out.add(claim(TOWNS_HELD, district, label("Aleph " + i + "; Beth " + i)).by(omits));
    }
    return out;
  }

  @Test
  void estimate_setValuedMeasure_creditsTheMembersAnOutletGotRight() {
    Report report = Reconciler.with(RuleSet.defaults()).reconcile(townsHeld());
    Reliability.Estimate plain = Reliability.estimate(report);
    Reliability.Estimate sets = Reliability.estimate(report, TruthConfig.defaults(), java.util.Map.of(),
        List.of(new Reliability.SetValued(TOWNS_HELD.id(), "; ")));
    assertThat(plain.accuracies().get("Omits")).isCloseTo(plain.accuracies().get("Good A"),
        org.assertj.core.data.Offset.offset(0.01));
    assertThat(sets.accuracies().get("Good A")).isGreaterThan(0.9);
    // 2 of 3 members right on 12 claims, shrunk by 10 claims' worth towards the prior 0.8: (8 + 8) / 22
    assertThat(sets.accuracies().get("Omits")).isCloseTo(0.727, org.assertj.core.data.Offset.offset(0.002));
    assertThat(sets.sources().get(2).agreements()).isZero();
    assertThat(sets.result().consensus().problem().attributes()).extracting(Object::toString)
        .containsExactly("towns-held:category (categorical, members split by \\Q;\\E, multi-truth ';')");
    assertThat(sets.result().consensus().members(0)).containsExactly("Aleph 0", "Beth 0", "Gimel 0");
  }

  @Test
  void setValued_rejectsABlankDelimiterAndAMeasureGivenTwice() {
    assertThatThrownBy(() -> new Reliability.SetValued("towns-held", " ")).hasMessageContaining("delimiter");
    Report report = Reconciler.with(RuleSet.defaults()).reconcile(townsHeld());
    assertThatThrownBy(() -> Reliability.estimate(report, TruthConfig.defaults(), java.util.Map.of(),
        List.of(new Reliability.SetValued("towns-held", ";"), new Reliability.SetValued("towns-held", ","))))
        .hasMessageContaining("'towns-held' is set-valued twice");
  }
}
