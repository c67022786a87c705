package org.crosscheck.truth.flight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.truth.Consensus;
import org.crosscheck.truth.TruthConfig;
import org.crosscheck.truth.TruthDiscovery;
import org.crosscheck.truth.TruthResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Flight benchmark end to end: load the 31 days, run truth discovery and plain majority vote,
 * score both against the gold. Reads {@code ../shared} (system property {@code crosscheck.shared}),
 * so it runs only with {@code -Pacceptance}.
 */
@Tag("acceptance")
class FlightAcceptanceTest {

  static Path flightDir() {
    String shared = System.getProperty("crosscheck.shared", "../shared");
    Path dir = Path.of(shared, "benchmarks", "flight");
    assertThat(Files.isDirectory(dir)).as("the Flight benchmark at %s (set -Dcrosscheck.shared)", dir).isTrue();
    return dir;
  }

  @Test
  void flight_precisionAboveVotingAndAtLeast96_5Percent() {
    Path dir = flightDir();
    FlightDataset data = FlightDataset.load(dir, FlightDataset.TOLERANCE_MINUTES, 2);
    TruthResult result = TruthDiscovery.run(data.problem(), TruthConfig.defaults().withThreads(2));
    Consensus vote = TruthDiscovery.majorityVote(data.problem());
    FlightGold gold = FlightGold.load(dir);
    FlightEvaluation ours = FlightEvaluation.evaluate(result.consensus(), gold, 10);
    FlightEvaluation baseline = FlightEvaluation.evaluate(vote, gold, 10);

    System.out.println(data.report());
    System.out.println(result.table());
    System.out.println(result);
    System.out.print(ours.compare(baseline));
    System.out.println("flight overall exact precision, unrounded: " + ours.overall().precision());

    assertThat(ours.overall().precision()).isGreaterThan(baseline.overall().precision()).isGreaterThanOrEqualTo(0.965);
  }
}
