package org.crosscheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.Fixtures.*;

import java.util.List;
import java.util.Map;
import org.crosscheck.claim.Claim;
import org.crosscheck.reconcile.Group;
import org.crosscheck.reconcile.Reconciler;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Test;

class DescribeTest {
  @Test
  void roles_giveEveryClaimTheStandingItsConsensusGivesIt() {
    Claim a = claim(FIGHTERS, AL_QAIM, exactly(1500)).by(REUTERS).withId("a");
    Claim b = claim(FIGHTERS, AL_QAIM, about(1500)).by(AL_ARAB).withId("b");
    Claim c = claim(FIGHTERS, AL_QAIM, exactly(1500)).by(AL_NAJAH).withId("c");
    Claim d = claim(FIGHTERS, AL_QAIM, exactly(9000)).by(AL_MARSAD).withId("d");
    Group g = Reconciler.with(RuleSet.defaults()).reconcile(List.of(a, b, c, d)).groups().get(0);
    Map<String, String> roles = Describe.roles(g);
    for (Claim x : g.claims()) {
      String expected = switch (g.consensus().role(x)) {
        case BACKS -> "backs";
        case DISSENTS -> "dissents";
        case SUPERSEDED -> "superseded";
        case INCOMPARABLE -> "incomparable";
        case DAY_COUNT -> "a day count (this group has no running total)";
      };
      assertThat(Describe.role(roles, x)).as(x.id()).isEqualTo(expected);
    }
    assertThat(Describe.role(roles, claim(FIGHTERS, AL_QAIM, exactly(1)).withId("elsewhere"))).isEqualTo("-");
  }

  @Test
  void roles_andConsensus_ofATie_nameNoWinner() {
    Claim a = claim(FIGHTERS, AL_QAIM, exactly(1500)).about(ISIS).by(REUTERS).withId("a");
    Claim c = claim(FIGHTERS, AL_QAIM, exactly(3000)).about(ISIS).by(outlet("Other").publishedOn(2017, 11, 3))
        .withId("c");
    var report = Reconciler.with(RuleSet.defaults()).reconcile(List.of(a, c));
    Group g = report.groups().get(0);
    assertThat(g.consensus().tied()).isTrue();
    Map<String, String> roles = Describe.roles(g);
    assertThat(Describe.role(roles, a)).isEqualTo("tied");
    assertThat(Describe.role(roles, c)).isEqualTo("tied");
    assertThat(Describe.consensus(g.consensus())).isEqualTo("none: tied, no value has more support than another");
    Run run = Run.of(report, List.of(), List.of(), List.of());
    for (Renderer.Format f : List.of(Renderer.Format.TEXT, Renderer.Format.MARKDOWN, Renderer.Format.HTML,
        Renderer.Format.CSV)) {
      // (the HTML's style sheet names the classes; no claim has them)
      assertThat(Renderer.of(f).render(run)).as(f.name()).doesNotContain("; backs)", "; dissents)", "| backs |",
          "| dissents |", ",backs\n", ",dissents\n", "claim backs", "claim dissents", ">backs<", ">dissents<");
    }
    assertThat(report.table()).contains("- (tied)").doesNotContain("1500 (tied)");
  }

  @Test
  void summary_countsInTheRightNumber() {
    Claim a = claim(FIGHTERS, AL_QAIM, exactly(1500)).about(ISIS).by(REUTERS).withId("a");
    Claim b = claim(FIGHTERS, AL_QAIM, exactly(1500)).about(ISIS).by(AL_ARAB).withId("b");
    assertThat(Reconciler.with(RuleSet.defaults()).reconcile(List.of(a, b)).summary())
        .isEqualTo("1 group, 2 claims: 0 genuine contradictions, 0 explained, 1 agreement (1 independent), 0 compatible");
  }

  @Test
  void explanationsUsed_listsOnlyTheKindsThatExplainedSomething() {
    Run run = RenderersTest.run();
    String used = Describe.explanationsUsed(run.report());
    assertThat(used).isEqualTo(" (time of validity, scope)");
    assertThat(Renderer.of(Renderer.Format.TEXT).render(run)).contains("  * 1 contradiction explained (time of validity, scope)\n");
    Claim a = claim(FIGHTERS, AL_QAIM, exactly(1500)).by(REUTERS).withId("a");
    assertThat(Describe.explanationsUsed(Reconciler.with(RuleSet.defaults()).reconcile(List.of(a)))).isEmpty();
  }
}
