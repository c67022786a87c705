package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.Fixtures.*;

import java.util.List;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Measures;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * A group holding running totals over a period and counts of a day: the consensus is taken over each
 * kind apart (rule {@code time.period-versus-day}), never a vote between 41,250 and 289.
 */
class RunningTotalConsensusTest {
  /** Two outlets: the wounded at Rawa since the war began, to 14 July. */
  static final Claim TOTAL_A = claim(Measures.WOUNDED, RAWA, exactly(41_250))
      .by(outlet("Morning Ledger").publishedOn(2024, 7, 14)).validOn(onOrBefore(date(2024, 7, 14))).withId("total-a");
  static final Claim TOTAL_B = claim(Measures.WOUNDED, RAWA, exactly(41_250))
      .by(outlet("Wadi Post").publishedOn(2024, 7, 14)).validOn(onOrBefore(date(2024, 7, 14))).withId("total-b");
  /** Three outlets: the wounded at Rawa on Friday 12 July; one of them counts more. */
  static final Claim DAY_A = claim(Measures.WOUNDED, RAWA, exactly(289))
      .by(outlet("Evening Courier").publishedOn(2024, 7, 12)).validOn(date(2024, 7, 12)).withId("day-a");
  static final Claim DAY_B = claim(Measures.WOUNDED, RAWA, exactly(289))
      .by(outlet("Sahil Daily").publishedOn(2024, 7, 12)).validOn(date(2024, 7, 12)).withId("day-b");
  static final Claim DAY_C = claim(Measures.WOUNDED, RAWA, exactly(350))
      .by(outlet("River Times").publishedOn(2024, 7, 12)).validOn(date(2024, 7, 12)).withId("day-c");

  static Group group(RuleSet rules, Claim... claims) {
    Report r = Reconciler.with(rules).reconcile(List.of(claims));
    assertThat(r.groups()).as("one group").hasSize(1);
    return r.groups().get(0);
  }

  @Test
  void runningTotalsAndDayCounts_eachHaveTheirOwnConsensus() {
    Consensus k = group(RuleSet.defaults(), TOTAL_A, TOTAL_B, DAY_A, DAY_B, DAY_C).consensus();
    // before: three day counts outvoted two running totals, and the totals "dissented" from 289
    assertThat(k.value()).isEqualTo(exactly(41_250));
    assertThat(k.supporterIds()).containsExactly("total-a", "total-b");
    assertThat(k.dissenterIds()).isEmpty();
    assertThat(k.upTo()).isEqualTo(date(2024, 7, 14));
    Consensus days = k.dayCounts();
    assertThat(days).isNotNull();
    assertThat(days.value()).isEqualTo(exactly(289));
    assertThat(days.supporterIds()).containsExactly("day-a", "day-b");
    assertThat(days.dissenterIds()).containsExactly("day-c");
    assertThat(days.independentSources()).isEqualTo(2);
    assertThat(k.dayCountClaims()).extracting(Claim::id).containsExactly("day-a", "day-b", "day-c");
    assertThat(k.role(DAY_C)).isEqualTo(Consensus.Role.DAY_COUNT);
    assertThat(k.role(TOTAL_A)).isEqualTo(Consensus.Role.BACKS);
    assertThat(k.roles()).containsEntry("day-a", Consensus.Role.DAY_COUNT).containsEntry("total-b", Consensus.Role.BACKS);
    assertThat(k.toString()).isEqualTo("running total 41250 up to 2024-07-14 (2 independent sources);"
        + " day count: 289 (2 independent sources; dissent: day-c)");
  }

  @Test
  void theReportsLines_nameEachKind_andEachClaimsStandingToItsOwnKind() {
    Group g = group(RuleSet.defaults(), TOTAL_A, TOTAL_B, DAY_A, DAY_B, DAY_C);
    assertThat(ReportHtml.consensus(g.consensus())).isEqualTo("running total: 41250 (up to 2024-07-14) \u2014 2"
        + " independent sources; day count: 289 (2024-07-12) \u2014 2 independent sources");
    assertThat(ReportHtml.roles(g)).containsEntry("total-a", "backs").containsEntry("day-a", "backs the day count")
        .containsEntry("day-c", "dissents from the day count");
    assertThat(g.facts()).anySatisfy(f -> {
      assertThat(f.key()).isEqualTo("time.period-versus-day");
      assertThat(f.value()).startsWith("[total-a, total-b] count over a period, [day-a, day-b, day-c] over a day");
    });
  }

  @Test
  void aWeekLongTotalSinceADate_isARunningTotal_aTwoDayCountIsADayCount() {
    Claim sinceJanuary = claim(Measures.WOUNDED, RAWA, exactly(5_400))
        .by(outlet("Morning Ledger").publishedOn(2024, 7, 14)).validOn(span(date(2024, 1, 3), date(2024, 7, 14)))
        .withId("since-january");
    Claim weekend = claim(Measures.WOUNDED, RAWA, exactly(120))
        .by(outlet("Wadi Post").publishedOn(2024, 7, 14)).validOn(span(date(2024, 7, 13), date(2024, 7, 14)))
        .withId("weekend");
    Consensus k = group(RuleSet.defaults(), sinceJanuary, weekend).consensus();
    // before: the weekend's 120, valid later, superseded the total over six months
    assertThat(k.value()).isEqualTo(exactly(5_400));
    assertThat(k.supersededIds()).isEmpty();
    assertThat(k.dayCounts()).isNotNull();
    assertThat(k.dayCounts().value()).isEqualTo(exactly(120));
    assertThat(ReportHtml.consensus(k)).endsWith("day count: 120 (2024-07-13..2024-07-14) \u2014 1 independent source");
  }

  @Test
  void withoutTheRule_orWithoutARunningTotal_theConsensusIsOneVoteAsBefore() {
    Consensus without = group(RuleSet.defaults().without("time.period-versus-day"), TOTAL_A, TOTAL_B, DAY_A, DAY_B,
        DAY_C).consensus();
    assertThat(without.dayCounts()).isNull();
    assertThat(without.value()).isEqualTo(exactly(289));
    assertThat(without.upTo()).isNull();
    Consensus daysOnly = group(RuleSet.defaults(), DAY_A, DAY_B, DAY_C).consensus();
    assertThat(daysOnly.dayCounts()).isNull();
    assertThat(daysOnly.value()).isEqualTo(exactly(289));
    assertThat(daysOnly.dayCountClaims()).isEmpty();
    assertThat(daysOnly.toString()).isEqualTo("289 (2 independent sources; dissent: day-c)");
  }

  @Test
  void aCountThatIsNoRunningMeasure_isNotSplit() {
    // fighters holding out are a stock, not a running total: the latest count wins as before
    Claim fightersSince = claim(Measures.FIGHTERS, RAWA, exactly(900)).by(outlet("Morning Ledger")
        .publishedOn(2024, 7, 14)).validOn(onOrBefore(date(2024, 7, 14))).withId("fighters-a");
    Claim fightersDay = claim(Measures.FIGHTERS, RAWA, exactly(400)).by(outlet("Wadi Post")
        .publishedOn(2024, 7, 14)).validOn(date(2024, 7, 14)).withId("fighters-b");
    Consensus k = group(RuleSet.defaults(), fightersSince, fightersDay).consensus();
    assertThat(k.dayCounts()).isNull();
  }

  @Test
  void aCountOnADayThatMatchesTheRunningTotal_isTheTotalAsOfThatDay_notADaysCount() {
    // "the toll rose to 41,250" with no period stated: valid on its day, yet the running total
    Claim tollToday = claim(Measures.WOUNDED, RAWA, exactly(41_250))
        .by(outlet("Harbour Wire").publishedOn(2024, 7, 14)).validOn(date(2024, 7, 14)).withId("toll-today");
    Consensus k = group(RuleSet.defaults(), TOTAL_A, tollToday, DAY_A, DAY_B).consensus();
    assertThat(k.value()).isEqualTo(exactly(41_250));
    assertThat(k.supporterIds()).containsExactly("toll-today", "total-a");
    assertThat(k.dayCounts()).isNotNull();
    assertThat(k.dayCounts().supporterIds()).containsExactly("day-a", "day-b");
    assertThat(k.role(tollToday)).isEqualTo(Consensus.Role.BACKS);
    // with no day count left apart, one consensus as before
    Consensus agreeing = group(RuleSet.defaults(), TOTAL_A, tollToday).consensus();
    assertThat(agreeing.dayCounts()).isNull();
    assertThat(agreeing.supporterIds()).containsExactly("toll-today", "total-a");
  }
}
