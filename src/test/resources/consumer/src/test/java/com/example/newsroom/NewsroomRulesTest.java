package com.example.newsroom;

import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.assertj.CrosscheckAssertions.assertThat;

import org.crosscheck.claim.Claim;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Test;

/** A newsroom's own rule set, tested the way the README shows: verdicts and rules, not prose. */
class NewsroomRulesTest {
  static final RuleSet NEWSROOM = NewsroomRules.NEWSROOM;

  static final Claim WIRE = claim(FIGHTERS, place("Rawa"), between(800, 1200))
      .by(outlet("Wire Desk").quoting(organization("border command")).publishedOn(2019, 3, 4));
  static final Claim LOCAL = claim(FIGHTERS, place("Rawa"), about(1000))
      .by(outlet("Local Paper").publishedOn(2019, 3, 4));
  static final Claim LATER = claim(FIGHTERS, place("Rawa"), exactly(3000))
      .by(outlet("Evening Post").publishedOn(2019, 3, 4));

  @Test
  void roundedWireCopy_isCompatible() {
    assertThat(NEWSROOM).hasRule("quantity.containment");
    assertThat(NEWSROOM).assessing(WIRE, LOCAL).hasVerdict(COMPATIBLE).firedRule("quantity.containment");
  }

  @Test
  void aFigureThreeTimesAsLarge_contradicts() {
    assertThat(NEWSROOM).assessing(WIRE, LATER).hasVerdict(CONTRADICT);
    org.assertj.core.api.Assertions.assertThat(NewsroomRules.assess(WIRE, LATER).verdict()).isEqualTo(CONTRADICT);
  }
}
