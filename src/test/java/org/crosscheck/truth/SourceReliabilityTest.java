package org.crosscheck.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import org.junit.jupiter.api.Test;

class SourceReliabilityTest {

  static SourceReliability of(double accuracy, long claims, double evidence) {
    return new SourceReliability("s", accuracy, claims, claims, evidence, ImmutableSortedMap.of(),
        ImmutableList.of());
  }

  @Test
  void interval_wideForASmallSourceNarrowForALargeOne() {
    double[] small = of(0.8, 2, 12).interval();
    double[] large = of(0.8, 10_000, 10_010).interval();
    assertThat(small[1] - small[0]).isGreaterThan(0.3);
    assertThat(large[1] - large[0]).isLessThan(0.02);
    assertThat(of(1, 5, 15).interval()).containsExactly(1, 1);
  }

  @Test
  void toString_showsTheIntervalAndTheCounts() {
    assertThat(of(0.8, 2, 12)).hasToString("s: accuracy 0.800 (0.618..0.982), 2 claims, 2 agree");
  }

  @Test
  void constructor_rejectsAnAccuracyOutsideZeroToOneAndEvidenceBelowTheClaims() {
    assertThatThrownBy(() -> of(1.2, 2, 12)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 1.2 for 's'");
    assertThatThrownBy(() -> of(0.5, 20, 12)).hasMessageContaining("got 12.0 for 20 claims of 's'");
  }

  @Test
  void run_evidenceIsTheClaimsAndThePrior() {
    TruthResult r = TruthDiscovery.run(CopyDetectionTest.problem(CopyDetectionTest.rows(11)), TruthConfig.defaults());
    SourceReliability honest = r.sources().stream().filter(s -> s.source().equals("honest")).findFirst().orElseThrow();
    assertThat(honest.evidence()).isEqualTo(honest.claims() + TruthConfig.defaults().priorStrength());
  }
}
