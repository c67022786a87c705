package org.crosscheck.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.Crosscheck.*;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claim.Attribution;
import org.crosscheck.claim.Claim;
import org.crosscheck.io.Pipeline;
import org.crosscheck.io.Run;
import org.crosscheck.reconcile.Reconciler;
import org.crosscheck.reconcile.Report;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Test;

/** Reliability estimated from reconciled claims, and fed back into each group's consensus. */
class ReliabilityTest {
  static final Attribution GOOD_A = outlet("Good A").publishedOn(2017, 11, 3);
  static final Attribution GOOD_B = outlet("Good B").publishedOn(2017, 11, 3);
  static final Attribution SLOPPY = outlet("Sloppy").publishedOn(2017, 11, 3);

  /** Twenty towns where two outlets agree and a third is off; then one town only A and Sloppy report. */
  static List<Claim> claims() {
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      var town = place("town " + i);
      out.add(claim(FIGHTERS, town, exactly(100 + i)).by(GOOD_A));
      out.add(claim(FIGHTERS, town, exactly(100 + i)).by(GOOD_B));
      out.add(claim(FIGHTERS, town, exactly(500 + i)).by(SLOPPY));
    }
    var contested = place("contested town");
    out.add(claim(FIGHTERS, contested, exactly(300)).by(GOOD_A).withId("a-300"));
    out.add(claim(FIGHTERS, contested, exactly(900)).by(SLOPPY).withId("sloppy-900"));
    return out;
  }

  @Test
  void estimate_ranksOutletsByHowOftenTheirFiguresHold() {
    Report report = Reconciler.with(RuleSet.defaults()).reconcile(claims());
    Reliability.Estimate e = Reliability.estimate(report);
    assertThat(e.accuracies().get("Good A")).isGreaterThan(0.8);
    assertThat(e.accuracies().get("Sloppy")).isLessThan(0.3);
    assertThat(e.sources()).extracting(SourceReliability::source).containsExactly("Good A", "Good B", "Sloppy");
  }

  @Test
  void weights_breakATieInFavourOfTheReliableOutlet() {
    Report plain = Reconciler.with(RuleSet.defaults()).reconcile(claims());
    assertThat(plain.groupOf("a-300").orElseThrow().consensus().tied()).isTrue();
    Run run = new Pipeline(RuleSet.defaults(), List.of()).reconcile(claims());
    var consensus = run.report().groupOf("a-300").orElseThrow().consensus();
    assertThat(consensus.value()).isEqualTo(exactly(300));
    assertThat(consensus.tied()).isFalse();
    assertThat(consensus.dissenterIds()).containsExactly("sloppy-900");
    assertThat(run.reliability()).isNotNull();
  }
}
