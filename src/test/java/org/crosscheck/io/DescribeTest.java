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
      };
      assertThat(Describe.role(roles, x)).as(x.id()).isEqualTo(expected);
    }
    assertThat(Describe.role(roles, claim(FIGHTERS, AL_QAIM, exactly(1)).withId("elsewhere"))).isEqualTo("-");
  }
}
