package org.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.crosscheck.value.Hedge;
import org.crosscheck.value.Interval;
import org.crosscheck.value.Quantity;
import org.crosscheck.value.Unit;
import org.crosscheck.value.Values;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HedgePrecisionTest {

  @ParameterizedTest
  @CsvSource({"42, 1", "90, 10", "3000000, 1000000", "3200000, 100000", "2.5, 0.1", "0.25, 0.01", "0, 1"})
  void step_isTheLastSignificantDigit(String written, String step) {
    assertThat(HedgePrecision.step(new BigDecimal(written))).isEqualByComparingTo(step);
  }

  @Test
  void step_ofAComputedNumber_isUnknown() {
    assertThat(HedgePrecision.step(new BigDecimal("33.333333"))).isNull();
  }

  @Test
  void defaults_readAHedgedShareOrDistanceToItsWrittenPrecision() {
    RuleSet d = RuleSet.defaults();
    assertThat(Values.aboutPercent(42).interval(d)).hasToString("[41.5..42.5]");
    assertThat(Values.about(90, Unit.KILOMETRE).interval(d)).hasToString("[85..95]");
    // never wider than the hedge's own width: "about 30%" keeps 30 ± 3
    assertThat(Values.aboutPercent(30).interval(d)).hasToString("[27..33]");
    // a count keeps the relative width: "about 1,500 fighters" is an estimate
    assertThat(Values.about(1500).interval(d)).hasToString("[1350..1650]");
    // a computed share ("nearly a third") has no written precision
    Quantity third = new Quantity.Approximate(new BigDecimal("33.333333"), Hedge.NEARLY, null, Unit.PERCENT);
    assertThat(third.interval(d).width()).isGreaterThan(new BigDecimal("6"));
  }

  @Test
  void withoutTheRule_aHedgeKeepsItsRelativeWidth() {
    RuleSet without = RuleSet.defaults().without(HedgePrecision.ID);
    assertThat(Values.aboutPercent(42).interval(without)).isEqualTo(Interval.closed(new BigDecimal("37.8"),
        new BigDecimal("46.2")));
  }

  @Test
  void aRuleSet_rejectsTwoPrecisionRules() {
    assertThatThrownBy(() -> RuleSet.defaults().with(new HedgePrecision("hedge.precision-counts", "counts too",
        java.util.List.of(), java.util.Set.of(Unit.Dimension.COUNT))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two hedge precision rules");
  }
}
