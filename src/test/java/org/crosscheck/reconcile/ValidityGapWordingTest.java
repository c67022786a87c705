package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.Fixtures.*;

import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Measures;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * Rule time.validity's words when a time of validity is a period: the gap is counted from the
 * period's nearest day, and the period is named as one ("a period up to X against a day").
 */
class ValidityGapWordingTest {
  static String because(Claim a, Claim b) {
    Assessment x = Reconciler.with(RuleSet.defaults()).assess(a, b);
    assertThat(x.fired("time.validity")).as(x.toString()).isTrue();
    assertThat(x.isGenuineContradiction()).isFalse();
    String text = x.explanations().stream().filter(e -> e.because().contains("changes over time")).findFirst()
        .orElseThrow().because();
    // either way round, the same words
    Assessment y = Reconciler.with(RuleSet.defaults()).assess(b, a);
    assertThat(y.explanations()).anySatisfy(e -> assertThat(e.because()).isEqualTo(text));
    return text;
  }

  static Claim fighters(long n, String id) {
    return claim(Measures.FIGHTERS, RAWA, exactly(n)).by(outlet(id).publishedOn(2024, 7, 16)).withId(id);
  }

  @Test
  void aDayAfterAPeriod_isCountedFromThePeriodsEnd_notItsStart() {
    // before: "measured 195 days apart", from the period's start
    String text = because(fighters(900, "over-months").validOn(span(date(2024, 1, 3), date(2024, 7, 14))),
        fighters(400, "one-day").validOn(date(2024, 7, 16)));
    assertThat(text).isEqualTo("fighters changes over time; measured over the period 2024-01-03..2024-07-14 against"
        + " 2024-07-16, 2 days after it ended");
  }

  @Test
  void aDayBeforeARunningTotalsStart_isCountedToItsStart() {
    Claim total = claim(Measures.WOUNDED, RAWA, exactly(41_250)).by(outlet("Ledger").publishedOn(2024, 7, 14))
        .validOn(span(date(2024, 1, 3), date(2024, 7, 14))).withId("total");
    Claim before = claim(Measures.WOUNDED, RAWA, exactly(289)).by(outlet("Courier").publishedOn(2023, 12, 30))
        .validOn(date(2023, 12, 30)).withId("before");
    assertThat(because(total, before)).isEqualTo("wounded changes over time; measured over the period"
        + " 2024-01-03..2024-07-14 against 2023-12-30, 4 days before it began");
  }

  @Test
  void aPeriodWithAnUndatedStart_readsAsAPeriodUpToItsEnd() {
    // before: "at different times (≤ 2024-07-14 and 2024-07-10)"
    String text = because(fighters(900, "since-war").validOn(onOrBefore(date(2024, 7, 14))),
        fighters(400, "one-day").validOn(date(2024, 7, 10)));
    assertThat(text).isEqualTo("fighters changes over time; measured over a period up to 2024-07-14 against"
        + " 2024-07-10, within it");
  }

  @Test
  void aTwoDayCountInsideAPeriodOfMonths_isWithinIt_notDaysApart() {
    String text = because(fighters(900, "over-months").validOn(span(date(2024, 1, 3), date(2024, 7, 14))),
        fighters(400, "two-days").validOn(span(date(2024, 7, 12), date(2024, 7, 13))));
    assertThat(text).isEqualTo("fighters changes over time; measured over the period 2024-01-03..2024-07-14 against"
        + " the period 2024-07-12..2024-07-13, within it");
    String straddling = because(fighters(900, "over-months").validOn(span(date(2024, 1, 3), date(2024, 7, 14))),
        fighters(400, "two-days").validOn(span(date(2024, 7, 14), date(2024, 7, 15))));
    assertThat(straddling).endsWith("against the period 2024-07-14..2024-07-15, overlapping it");
  }

  @Test
  void twoDays_keepTheirWords() {
    String text = because(fighters(900, "a").validOn(date(2024, 7, 1)), fighters(400, "b").validOn(date(2024, 7, 5)));
    assertThat(text).isEqualTo("fighters changes over time; measured 4 days apart (2024-07-01 and 2024-07-05)");
  }
}
