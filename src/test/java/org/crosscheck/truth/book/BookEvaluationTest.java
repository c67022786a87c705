package org.crosscheck.truth.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.truth.TruthDiscovery;
import org.junit.jupiter.api.Test;

class BookEvaluationTest {

  @Test
  void evaluate_countsEveryGoldBookAndNamesTheWrongOnes() {
    BookDataset data = BookDatasetTest.data(BookDatasetTest.ROWS);
    BookGold gold = BookGold.parse(List.of(
        "9780201853940\tknuth, donald e.;",
        "9780126445510\tsimsion, graeme c.;  witt, graham c.;",
        "9780000000002\tnobody, listed;"), "gold");

    BookEvaluation vote = BookEvaluation.evaluate(TruthDiscovery.majorityVote(data.problem()), gold);

    assertThat(vote.gold()).isEqualTo(3);
    assertThat(vote.uncovered()).isEqualTo(1);
    // Simsion: a tie between the two names and the first author alone, broken towards the lower
    // value; the gold has the middle initials too
    assertThat(vote.exact()).isEqualTo(1);
    assertThat(vote.wrong()).containsOnlyKeys("9780000000002", "9780126445510")
        .containsEntry("9780000000002", "").containsEntry("9780126445510", "graeme graham simsion witt");
    assertThat(vote.precision()).isEqualTo(1 / 3.0);
    assertThat(vote.line(vote)).isEqualTo("book precision (exact): 0.333 (majority vote 0.333)");
  }
}
