package org.crosscheck.assertj;

import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.Fixtures.*;
import static org.crosscheck.assertj.CrosscheckAssertions.assertThat;

import org.crosscheck.claim.Claim;
import org.crosscheck.reconcile.Reconciler;
import org.crosscheck.reconcile.Report;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Test;

/** Each assertion passes on a true statement and fails with an exact message on a false one. */
class CrosscheckAssertionsTest {
  static final Claim RANGE = claim(FIGHTERS, AL_QAIM, between(1500, 2500)).about(ISIS).by(REUTERS.quoting(DILLON)).withId("range");
  static final Claim ABOUT_1500 = claim(FIGHTERS, AL_QAIM, about(1500)).about(ISIS).by(AL_ARAB.quoting(COALITION)).withId("about");
  static final Claim HELD_35 = claim(TERRITORY_HELD, DEIR_EZ_ZOR, percent(35)).about(ISIS).scoped(scope(PROVINCE)).by(AL_ARAB).withId("held-35");
  static final Claim HELD_25 = claim(TERRITORY_HELD, DEIR_EZ_ZOR, aboutPercent(25)).about(ISIS).scoped(scope(COUNTRYSIDE)).by(AL_NAJAH).withId("held-25");
  static final Claim FRENCH = claim(TROOPS, AL_QAIM, exactly(1200)).about(subject("France")).by(EREM).withId("french");
  static final RuleSet NEWSROOM = RuleSet.defaults()
      .with(relativeTolerance(0.10).forMeasure(FIGHTERS).because("wire copy rounds counts"));

  @Test
  void hasVerdict_passes() {
    assertThat(NEWSROOM).assessing(RANGE, ABOUT_1500).hasVerdict(COMPATIBLE).firedRule("quantity.containment")
        .wasDecidedBy("quantity.containment").isNotIndependent().hasFact("rule", "quantity.containment");
    assertThat(RuleSet.defaults()).assessing(HELD_35, HELD_25).hasVerdict(CONTRADICT)
        .isExplainedBy(TIME_OF_VALIDITY, SCOPE).isExplained().isIndependent();
    assertThat(RuleSet.defaults()).hasRule("quantity.containment").doesNotHaveRule("tolerance.fighters");
  }

  @Test
  void hasVerdict_failsShowingTheFacts() {
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(RuleSet.defaults()).assessing(RANGE, ABOUT_1500).hasVerdict(AGREE))
        .withMessage(format("%nExpecting assessment to have verdict:%n  AGREE%nbut had:%n  COMPATIBLE%nfacts:%n"
            + "  verdict:     COMPATIBLE%n"
            + "  left:        ISIS fighters@al-Qaim = [1500..2500]  (Reuters \u2190 Ryan Dillon, 2017-11-03)  [range]%n"
            + "  right:       ISIS fighters@al-Qaim = ~1500  (Al-Arab \u2190 US-led coalition, 2017-11-03)  [about]%n"
            + "  canonical:   [1500..2500] vs [1350..1650]%n"
            + "  relation:    OVERLAPS%n"
            + "  because:     ~1500 puts forward 1500, inside [1500..2500]%n"
            + "  rule:        quantity.containment%n"
            + "  independent: no (shared origin)%n"
            + "  fired:       quantity.containment"));
  }

  @Test
  void firedRule_failsNamingTheRulesThatFired() {
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(RuleSet.defaults()).assessing(HELD_35, HELD_25).firedRule("scope.proximity"))
        .withMessageStartingWith(format("%nExpecting rule%n  scope.proximity%nto fire, but the rules that fired were:%n"
            + "  quantity.disjoint, time.validity, scope.extent%n(decided by quantity.disjoint)%nfacts:%n  verdict:"));
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(RuleSet.defaults()).assessing(HELD_35, HELD_25).wasDecidedBy("time.validity"))
        .withMessageStartingWith(format("%nExpecting the verdict to be decided by rule%n  time.validity%n"
            + "but the rules that fired were:%n  quantity.disjoint, time.validity, scope.extent%n(decided by quantity.disjoint)"));
  }

  @Test
  void explanations_failWithWhatWasFound() {
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(RuleSet.defaults()).assessing(HELD_35, HELD_25).isGenuineContradiction())
        .withMessageStartingWith(format("%nExpecting a genuine contradiction%nbut it was explained by: time of validity,"
            + " scope%nfacts:%n"));
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(RuleSet.defaults()).assessing(RANGE, ABOUT_1500).isExplainedBy(TIME_OF_VALIDITY))
        .withMessageStartingWith(format("%nExpecting a contradiction explained by:%n  time of validity%n"
            + "but it was no contradiction (COMPATIBLE)%nfacts:%n"));
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(RuleSet.defaults()).assessing(RANGE, ABOUT_1500).isIndependent())
        .withMessage(format("%nExpecting the two claims to be independent sources%nbut they were dependent:%n"
            + "  Reuters \u2190 Ryan Dillon, 2017-11-03%n  Al-Arab \u2190 US-led coalition, 2017-11-03"));
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(RuleSet.defaults()).assessing(RANGE, ABOUT_1500).hasFact("rule", "quantity.overlap"))
        .withMessageStartingWith(format("%nExpecting fact%n  rule: quantity.overlap%nbut the facts were:%n  verdict:"));
  }

  @Test
  void reportAssertions_passAndFail() {
    Report report = Reconciler.with(RuleSet.defaults()).reconcile(java.util.List.of(RANGE, ABOUT_1500, HELD_35, HELD_25, FRENCH));
    assertThat(report).hasGroupCount(3).groupsTogether(RANGE, ABOUT_1500).separates(ABOUT_1500, FRENCH)
        .hasGenuineContradictions(0).hasExplainedContradictions(1);
    assertThat(report).groupOf(RANGE).hasSize(2).containsClaims(ABOUT_1500).hasConsensus(between(1500, 1650))
        .hasIndependentSources(1).consensus().hasNoDissent().isNotTied();
    assertThat(report).assessment(HELD_35, HELD_25).isExplainedBy(SCOPE);

    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(report).separates(RANGE, ABOUT_1500))
        .withMessage(format("%nExpecting these claims in different groups:%n  %s%n  %s%nbut both were in:%n"
            + "  fighters/isis@al-qaim  (ISIS fighters@al-Qaim)", RANGE, ABOUT_1500));
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(report).groupsTogether(RANGE, FRENCH))
        .withMessage(format("%nExpecting these claims in one group:%n  %s%n  %s%nbut they were in:%n"
            + "  range -> fighters/isis@al-qaim%n  french -> troops/france@al-qaim", RANGE, FRENCH));
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(report).groupOf(RANGE).hasConsensus(exactly(1500)))
        .withMessage(format("%nExpecting consensus value:%n  1500%nbut was:%n  [1500..1650]%nconsensus:%n"
            + "  [1500..1650] (1 independent source)"));
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(report).groupOf(RANGE).hasIndependentSources(2))
        .withMessage(format("%nExpecting consensus independent sources:%n  2%nbut was:%n  1%nconsensus:%n"
            + "  [1500..1650] (1 independent source)"));
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(report).hasGenuineContradictions(1))
        .withMessage(format("%nExpecting 1 genuine contradictions but found 0:%n  "));
  }
}
