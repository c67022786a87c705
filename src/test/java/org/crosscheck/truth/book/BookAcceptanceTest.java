package org.crosscheck.truth.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.crosscheck.acceptance.Shared;
import org.crosscheck.truth.Consensus;
import org.crosscheck.truth.TruthConfig;
import org.crosscheck.truth.TruthDiscovery;
import org.crosscheck.truth.TruthResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Book benchmark end to end: load the stores' listings, run truth discovery and plain majority
 * vote, score both against the 100 gold books. Reads {@code ../shared} (system property
 * {@code crosscheck.shared}), so it runs only with {@code -Pacceptance}.
 */
@Tag("acceptance")
class BookAcceptanceTest {

  @Test
  void book_precisionAboveVotingAndAtLeast85Percent() {
    Path dir = Shared.dir().resolve("benchmarks").resolve("book");
    long start = System.nanoTime();
    BookDataset data = BookDataset.load(dir, BookDataset.authorsAttribute());
    double load = (System.nanoTime() - start) / 1e9;
    TruthResult result = TruthDiscovery.run(data.problem(), TruthConfig.defaults().withThreads(2));
    double seconds = (System.nanoTime() - start) / 1e9;
    Consensus vote = TruthDiscovery.majorityVote(data.problem());
    BookGold gold = BookGold.load(dir);
    BookEvaluation ours = BookEvaluation.evaluate(result.consensus(), gold);
    BookEvaluation baseline = BookEvaluation.evaluate(vote, gold);

    System.out.println(data.report());
    System.out.println(result.table());
    System.out.println(result);
    System.out.println("wrong (ISBN=chosen value): " + ours.wrong());
    System.out.printf(Locale.ROOT, "book end to end: %.2f s (load %.2f s, truth discovery %.2f s)%n", seconds, load,
        seconds - load);
    System.out.println(ours.line(baseline));

    assertThat(ours.precision()).isGreaterThan(baseline.precision()).isGreaterThanOrEqualTo(0.85);
  }

  /**
   * The multi-truth option on Book: the authors as a set of name tokens, each token judged on its
   * own (the normalized listing is its tokens sorted and joined by one space, the gold's form).
   */
  @Test
  void book_multiTruthTokens() {
    Path dir = Shared.dir().resolve("benchmarks").resolve("book");
    BookDataset data = BookDataset.load(dir, BookDataset.authorsAttribute().multiTruth(" "));
    TruthResult result = TruthDiscovery.run(data.problem(), TruthConfig.defaults().withThreads(2));
    BookGold gold = BookGold.load(dir);
    BookEvaluation ours = BookEvaluation.evaluate(result.consensus(), gold);
    BookEvaluation baseline = BookEvaluation.evaluate(TruthDiscovery.majorityVote(data.problem()), gold);
    System.out.println("wrong (multi-truth): " + ours.wrong());
    System.out.println(ours.line(baseline).replace("(exact)", "(multi-truth name tokens, exact)"));

    assertThat(ours.precision()).isGreaterThan(baseline.precision()).isGreaterThanOrEqualTo(0.82);
  }
}
