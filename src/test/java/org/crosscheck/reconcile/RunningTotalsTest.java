package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.Fixtures.*;

import java.util.List;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Measures;
import org.crosscheck.rules.Explanation;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.Verdict;
import org.junit.jupiter.api.Test;

/** Rule time.period-versus-day: a running total over a period and a day's count are different counts. */
class RunningTotalsTest {
  static Assessment assess(Claim a, Claim b) {
    return Reconciler.with(RuleSet.defaults()).assess(a, b);
  }

  /** The wounded at Rawa over nine months, to 10 July 2024, by one outlet. */
  static final Claim SINCE_OCTOBER = claim(Measures.WOUNDED, RAWA, exactly(41_250))
      .by(outlet("Daily Ledger").publishedOn(2024, 7, 10)).validOn(span(date(2023, 10, 7), date(2024, 7, 10)))
      .withId("since-october");

  @Test
  void aDaysCountAfterTheRunningTotal_isExplainedByTimeOfValidity_notAnImpossibleTrend() {
    // before the rule, the day's count (later, smaller) read as a running total that fell: a genuine contradiction
    Claim oneDay = claim(Measures.WOUNDED, RAWA, exactly(312)).by(outlet("Evening Post").publishedOn(2024, 7, 14))
        .withId("one-day");
    Assessment x = assess(SINCE_OCTOBER, oneDay);
    assertThat(x.verdict()).isEqualTo(Verdict.CONTRADICT);
    assertThat(x.rule().id()).isEqualTo("quantity.disjoint");
    assertThat(x.fired("trend.impossible-direction")).isFalse();
    assertThat(x.fired("time.trend")).isFalse();
    assertThat(x.fired("time.validity")).isFalse();
    assertThat(x.isGenuineContradiction()).isFalse();
    assertThat(x.explainedBy()).containsExactly(Explanation.TIME_OF_VALIDITY);
    assertThat(x.fired("time.period-versus-day")).isTrue();
    assertThat(x.explanations().get(0).because()).isEqualTo("41250 counts the wounded over 2023-10-07..2024-07-10"
        + " (278 days), 312 over 2024-07-14 alone: a running total and a count of one day are different counts");
    // the same either way round
    assertThat(assess(oneDay, SINCE_OCTOBER).isGenuineContradiction()).isFalse();
  }

  @Test
  void aDaysCountInsideAPeriodWithAnUndatedStart_isExplained_whileOneLargerThanTheWholePeriodIsNot() {
    Claim sinceTheWar = claim(Measures.KILLED, RAWA, exactly(5_600)).by(outlet("Daily Ledger").publishedOn(2024, 7, 10))
        .validOn(onOrBefore(date(2024, 7, 10))).withId("since-war");
    Claim dayBefore = claim(Measures.KILLED, RAWA, exactly(57)).by(outlet("Evening Post").publishedOn(2024, 7, 9))
        .withId("day-before");
    Assessment x = assess(sinceTheWar, dayBefore);
    assertThat(x.fired("time.period-versus-day")).isTrue();
    assertThat(x.isGenuineContradiction()).isFalse();
    assertThat(x.explanations().get(0).because()).contains("a period up to 2024-07-10 whose start the text does not date");
    // a day inside the period cannot count more than the whole period
    Claim tooMany = claim(Measures.KILLED, RAWA, exactly(6_000)).by(outlet("Evening Post").publishedOn(2024, 7, 9))
        .withId("too-many");
    Assessment y = assess(sinceTheWar, tooMany);
    assertThat(y.fired("time.period-versus-day")).isFalse();
    assertThat(y.isGenuineContradiction()).isTrue();
  }

  @Test
  void twoRunningTotalsFromOneStart_keepTheTrend_readAtTheEndsOfTheirPeriods() {
    Claim later = claim(Measures.WOUNDED, RAWA, exactly(39_000)).by(outlet("Evening Post").publishedOn(2024, 7, 30))
        .validOn(span(date(2023, 10, 7), date(2024, 7, 30))).withId("later");
    Assessment fell = assess(SINCE_OCTOBER, later);
    assertThat(fell.rule().id()).isEqualTo("trend.impossible-direction");
    assertThat(fell.isGenuineContradiction()).isTrue();
    assertThat(fell.fired("time.period-versus-day")).isFalse();
    Claim grew = claim(Measures.WOUNDED, RAWA, exactly(43_900)).by(outlet("Evening Post").publishedOn(2024, 7, 30))
        .validOn(span(date(2023, 10, 7), date(2024, 7, 30))).withId("grew");
    Assessment rose = assess(SINCE_OCTOBER, grew);
    assertThat(rose.isGenuineContradiction()).isFalse();
    assertThat(rose.fired("time.validity")).isTrue();
    assertThat(rose.explanations().get(0).because()).isEqualTo("wounded changes over time; measured 20 days apart"
        + " (2023-10-07..2024-07-30 and 2023-10-07..2024-07-10)");
    // two totals from an undated start too
    Claim warEarly = claim(Measures.KILLED, RAWA, exactly(900)).by(outlet("Daily Ledger").publishedOn(2024, 2, 1))
        .validOn(onOrBefore(date(2024, 2, 1))).withId("war-early");
    Claim warLate = claim(Measures.KILLED, RAWA, exactly(700)).by(outlet("Evening Post").publishedOn(2024, 3, 1))
        .validOn(onOrBefore(date(2024, 3, 1))).withId("war-late");
    assertThat(assess(warEarly, warLate).rule().id()).isEqualTo("trend.impossible-direction");
    // a total since a dated start against one since an undated start: perhaps the same start, not a period and a day
    Claim sinceMarch = claim(Measures.KILLED, RAWA, exactly(650)).by(outlet("Evening Post").publishedOn(2024, 3, 1))
        .validOn(span(date(2023, 10, 7), date(2024, 3, 1))).withId("since-march");
    assertThat(assess(warEarly, sinceMarch).fired("time.period-versus-day")).isFalse();
    // a week's count inside a long period is a short count, as a day's is
    Claim week = claim(Measures.WOUNDED, RAWA, exactly(1_900)).by(outlet("Evening Post").publishedOn(2024, 7, 10))
        .validOn(span(date(2024, 7, 4), date(2024, 7, 10))).withId("week");
    assertThat(assess(SINCE_OCTOBER, week).fired("time.period-versus-day")).isTrue();
  }

  @Test
  void aShortPeriod_aStockAndAShare_areLeftToTheOtherRules() {
    // three days against one: not a period that holds many days' counts
    Claim threeDays = claim(Measures.KILLED, RAWA, exactly(40)).by(outlet("Daily Ledger").publishedOn(2024, 7, 10))
        .validOn(span(date(2024, 7, 8), date(2024, 7, 10))).withId("three-days");
    Claim day = claim(Measures.KILLED, RAWA, exactly(90)).by(outlet("Evening Post").publishedOn(2024, 7, 10))
        .withId("day");
    assertThat(assess(threeDays, day).fired("time.period-versus-day")).isFalse();
    // fighters are a stock, not a running total
    Claim force = claim(FIGHTERS, RAWA, exactly(1500)).by(outlet("Daily Ledger").publishedOn(2024, 7, 10))
        .validOn(span(date(2024, 1, 1), date(2024, 7, 10))).withId("force");
    Claim forceDay = claim(FIGHTERS, RAWA, exactly(400)).by(outlet("Evening Post").publishedOn(2024, 7, 12))
        .withId("force-day");
    assertThat(assess(force, forceDay).fired("time.period-versus-day")).isFalse();
  }

  @Test
  void ruleId_isListedInTheDefaultsAndReachesTheReport() {
    assertThat(RuleSet.defaults().contains("time.period-versus-day")).isTrue();
    Claim oneDay = claim(Measures.WOUNDED, RAWA, exactly(312)).by(outlet("Evening Post").publishedOn(2024, 7, 14))
        .withId("one-day");
    Report r = Reconciler.with(RuleSet.defaults()).reconcile(List.of(SINCE_OCTOBER, oneDay));
    assertThat(r.assessment("since-october", "one-day").fired("time.period-versus-day")).isTrue();
  }
}
