package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.Crosscheck;
import org.crosscheck.rules.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The contradictions the reports list, one entry per disagreement: an entry's first pair is an
 * assessment as the reconciler made it (its explanation reads in its own order), and every other
 * pair of the entry is turned to show the same value on the same side.
 */
class DisagreementsTest {
  static final Report EXAMPLES = Crosscheck.report(Path.of("examples", "articles")).report();

  @Test
  void entries_keepTheirFirstPairsOrder_andTurnTheOthersToMatch() {
    int entries = 0;
    for (boolean genuine : List.of(true, false)) {
      for (List<Assessment> pairs : ReportHtml.disagreements(EXAMPLES, genuine)) {
        entries++;
        Assessment first = pairs.get(0);
        Group g = EXAMPLES.groupOf(first.left()).orElseThrow();
        assertThat(g.assessments()).as("the first pair as the reconciler made it").contains(first);
        for (Assessment a : pairs) {
          assertThat(a.verdict()).isEqualTo(Verdict.CONTRADICT);
          assertThat(a.isExplained()).isEqualTo(!genuine);
          assertThat(a.left().value().toString()).isEqualTo(first.left().value().toString());
          assertThat(a.right().value().toString()).isEqualTo(first.right().value().toString());
        }
      }
    }
    assertThat(entries).as("contradictions in the examples").isPositive();
  }
}
