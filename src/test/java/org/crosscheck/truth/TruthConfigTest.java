package org.crosscheck.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TruthConfigTest {

  @Test
  void defaults_areTheDocumentedValues() {
    TruthConfig d = TruthConfig.defaults();
    assertThat(d.maxIterations()).isEqualTo(20);
    assertThat(d.priorAccuracy()).isEqualTo(0.8);
    assertThat(d.priorStrength()).isEqualTo(10);
    assertThat(d.copyDetection()).isTrue();
    assertThat(d.copyAgreementFloor()).isEqualTo(0.90);
    assertThat(d.copyAgreementCeiling()).isEqualTo(0.99);
    assertThat(d.copyMinEvidence()).isEqualTo(50);
    assertThat(d.copySample()).isEqualTo(2);
    assertThat(d.copyRounds()).isEqualTo(10);
    assertThat(d.copyPrior()).isEqualTo(0.2);
    assertThat(d.copyPartners()).isEqualTo(10);
    assertThat(d.copyRate()).isEqualTo(0.8);
    assertThat(d.scopeDetection()).isTrue();
    assertThat(d.scopeWindow()).isEqualTo(60);
    assertThat(d.scopeDisagreement()).isEqualTo(0.5);
    assertThat(d.scopeOneSided()).isEqualTo(0.8);
    assertThat(d.offsetSpread()).isEqualTo(2);
    assertThat(d.scopeMinEvidence()).isEqualTo(50);
    assertThat(d.linkPrior()).isEqualTo(0.8);
    assertThat(d.threads()).isEqualTo(1);
  }

  @Test
  void builder_setsParametersByNameAndLeavesTheOthersAtTheirDefaults() {
    TruthConfig c = TruthConfig.builder().maxIterations(5).copyRounds(0).scopeWindow(30).threads(3).build();
    assertThat(c.maxIterations()).isEqualTo(5);
    assertThat(c.copyRounds()).isZero();
    assertThat(c.scopeWindow()).isEqualTo(30);
    assertThat(c.threads()).isEqualTo(3);
    assertThat(c).isEqualTo(new TruthConfig(5, 0.8, 10, true, 0.90, 0.99, 50, 2, 0, 0.2, 10, 0.8, 0.8, true, 30, 0.5,
        0.8, 2, 50, 3));
  }

  @Test
  void toBuilder_roundTripsEveryComponent() {
    TruthConfig c = new TruthConfig(7, 0.7, 3, false, 0.8, 0.95, 9, 4, 2, 0.3, 5, 0.6, 0.7, false, 12, 0.4, 0.9, 1, 11,
        2);
    assertThat(c.toBuilder().build()).isEqualTo(c);
    assertThat(c.withThreads(4)).isEqualTo(new TruthConfig(7, 0.7, 3, false, 0.8, 0.95, 9, 4, 2, 0.3, 5, 0.6, 0.7,
        false, 12, 0.4, 0.9, 1, 11, 4));
  }

  @Test
  void withers_changeOnlyTheirParameters() {
    TruthConfig d = TruthConfig.defaults();
    assertThat(d.withMaxIterations(3)).isEqualTo(d.toBuilder().maxIterations(3).build());
    assertThat(d.withCopyDetection(false).copyDetection()).isFalse();
    assertThat(d.withCopyAgreement(0.5, 0.6)).isEqualTo(
        d.toBuilder().copyAgreementFloor(0.5).copyAgreementCeiling(0.6).build());
    assertThat(d.withMinEvidence(4, 6)).isEqualTo(d.toBuilder().copyMinEvidence(4).scopeMinEvidence(6).build());
    assertThat(d.withScopeDetection(false).scopeDetection()).isFalse();
    assertThat(d.withBayesianCopies(1, 0.1, 0.5)).isEqualTo(
        d.toBuilder().copyRounds(1).copyPrior(0.1).copyRate(0.5).build());
    assertThat(d).isEqualTo(TruthConfig.defaults());
  }

  @Test
  void build_namesTheParameterOutOfRange() {
    assertThatThrownBy(() -> TruthConfig.builder().threads(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("threads must be >= 1, got 0");
    assertThatThrownBy(() -> TruthConfig.builder().copyAgreementFloor(0.99).copyAgreementCeiling(0.9).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("copyAgreementFloor < copyAgreementCeiling");
  }
}
