package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.crosscheck.claim.Claim;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reconciling stays linear: four times the claims (many small groups over nested places, with
 * figures that presuppose control and related events, so that every kind of link between groups
 * is looked for) take about four times the work, not sixteen. A ratio of CPU times of this thread,
 * the better of three runs each, rather than a time limit, so that a loaded machine does not
 * decide.
 */
class ReconcileScalingTest {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Test
  @Tag("slow")
  void reconcile_fourTimesTheClaims_aboutFourTimesTheWork() {
    int n = 2_000;
    Reconciler reconciler = Reconciler.with(RuleSet.defaults());
    List<Claim> small = SyntheticBatch.of(n, 11);
    List<Claim> large = SyntheticBatch.of(4 * n, 12);
    best(reconciler, small); // warm-up
    double perSmall = best(reconciler, small) / n;
    double perLarge = best(reconciler, large) / (4 * n);
    double ratio = perLarge / perSmall;
    System.err.printf(Locale.ROOT, "reconcile scaling: time per claim %d→%d %+.0f%%%n", n, 4 * n, (ratio - 1) * 100);
    // quadratic work would make it about 4; linear work keeps it near 1
    assertThat(ratio).isLessThan(1.8);
  }

  /** The least CPU time of three reconciliations of {@code claims}, in nanoseconds. */
  private static double best(Reconciler reconciler, List<Claim> claims) {
    long best = Long.MAX_VALUE;
    for (int r = 0; r < 3; r++) {
      long t0 = THREADS.getCurrentThreadCpuTime();
      Report report = reconciler.reconcile(claims);
      best = Math.min(best, THREADS.getCurrentThreadCpuTime() - t0);
      assertThat(report.claims()).hasSize(claims.size());
    }
    return best;
  }
}
