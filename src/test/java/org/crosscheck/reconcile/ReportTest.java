package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.Fixtures.*;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claim.Claim;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Test;

class ReportTest {
  @Test
  void groupOf_findsTheGroupHoldingEachClaim_asAScanOfTheGroupsWould() {
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      claims.add(claim(FIGHTERS, place("town-" + i), exactly(100 + i)).by(REUTERS).withId("c" + i));
      claims.add(claim(FIGHTERS, place("town-" + i), exactly(100 + i)).by(AL_ARAB).withId("d" + i));
    }
    Report r = Reconciler.with(RuleSet.defaults()).reconcile(claims);
    assertThat(r.groups()).hasSize(200);
    for (Claim c : r.claims()) {
      Group scanned = r.groups().stream().filter(g -> g.claim(c.id()).isPresent()).findFirst().orElseThrow();
      assertThat(r.groupOf(c)).containsSame(scanned);
      assertThat(r.groupOf(c.id())).containsSame(scanned);
      assertThat(r.claim(c.id())).contains(c);
      assertThat(r.group(scanned.key())).containsSame(scanned);
    }
  }

  @Test
  void groupOf_andClaim_unknownId_isEmpty() {
    Report r = Reconciler.with(RuleSet.defaults()).reconcile(List.of(
        claim(FIGHTERS, AL_QAIM, exactly(1500)).by(REUTERS).withId("a")));
    assertThat(r.groupOf("nope")).isEmpty();
    assertThat(r.claim("nope")).isEmpty();
  }
}
