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
  void book_precisionAboveVoting() {
    Path dir = Shared.dir().resolve("benchmarks").resolve("book");
    long start = System.nanoTime();
    BookDataset data = BookDataset.load(dir, BookDataset.authorsAttribute());
    System.out.printf(Locale.ROOT, "book load: %.2f s%n", (System.nanoTime() - start) / 1e9);
    long t1 = System.nanoTime();
    TruthResult result = TruthDiscovery.run(data.problem(), TruthConfig.defaults().withThreads(2).withBayesianCopies(Integer.getInteger("bk.rounds", 2), 0.2, 0.8));
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "book run: %.2f s%n", (System.nanoTime() - t1) / 1e9);
    for (int k = 0; k < 3; k++) {
      long t2 = System.nanoTime();
      TruthDiscovery.run(data.problem(), TruthConfig.defaults().withThreads(2));
      System.out.printf(Locale.ROOT, "book run again: %.2f s%n", (System.nanoTime() - t2) / 1e9);
    }
    Consensus vote = TruthDiscovery.majorityVote(data.problem());
    BookGold gold = BookGold.load(dir);
    BookEvaluation ours = BookEvaluation.evaluate(result.consensus(), gold);
    BookEvaluation baseline = BookEvaluation.evaluate(vote, gold);

    System.out.println(data.report());
    System.out.println(result.table());
    System.out.println("wrong: " + ours.wrong());
    System.out.printf(Locale.ROOT, "book end to end (load, truth discovery): %.2f s%n", seconds);
    System.out.println(ours.line(baseline));

    assertThat(ours.precision()).isGreaterThan(baseline.precision());
  }
}
