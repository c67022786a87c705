package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.Crosscheck.*;
import static org.crosscheck.Fixtures.*;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.Crosscheck;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.Evidence;
import org.crosscheck.claim.Measures;
import org.crosscheck.claim.Span;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.Verdict;
import org.crosscheck.value.Value;
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
          // the same value on each side, or the same words as written (entries that read the same are one)
          assertThat(a.left().value().toString().equals(first.left().value().toString())
              || a.left().valueAsWritten().equals(first.left().valueAsWritten())).as(a.toString()).isTrue();
          assertThat(a.right().value().toString().equals(first.right().value().toString())
              || a.right().valueAsWritten().equals(first.right().valueAsWritten())).as(a.toString()).isTrue();
        }
      }
    }
    assertThat(entries).as("contradictions in the examples").isPositive();
  }

  /** A claim of the wounded at Rawa whose value reads {@code 41,250} in its sentence. */
  static Claim written(Value value, String id, String sentence) {
    int at = sentence.indexOf("41,250");
    Evidence e = new Evidence(id + ".txt", new Span(at, at + 6), new Span(0, sentence.length()), sentence);
    return claim(Measures.WOUNDED, RAWA, value).by(outlet("Morning Ledger").publishedOn(2024, 7, 14))
        .validOn(onOrBefore(date(2024, 7, 14))).withEvidence(e).withId(id);
  }

  @Test
  void entriesThatReadTheSame_areOneEntry_inTheTextAndHtmlReports() {
    // one outlet's 41,250 read once as exact and once as a lower bound: the text shows the same words
    Claim exact = written(exactly(41_250), "exact", "The ministry counts 41,250 wounded since the war began.");
    Claim bound = written(atLeast(41_250), "bound", "Since the war began 41,250 and more were wounded.");
    Claim day = claim(Measures.WOUNDED, RAWA, exactly(289)).by(outlet("Evening Courier").publishedOn(2024, 7, 12))
        .validOn(date(2024, 7, 12)).withId("day");
    Report r = Reconciler.with(RuleSet.defaults()).reconcile(List.of(exact, bound, day));
    assertThat(r.groups()).hasSize(1);
    assertThat(r.assessment("day", "exact").because()).isEqualTo(r.assessment("day", "bound").because());
    List<List<Assessment>> entries = ReportHtml.disagreements(r, false);
    // before: two entries, and the text report printed "289 (Evening Courier) vs 41,250 (Morning Ledger)" twice
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0)).hasSize(2);
    // the pairs turned alike: the day's count on one side, the two readings of 41,250 on the other
    assertThat(entries.get(0)).extracting(a -> a.left().valueAsWritten() + " vs " + a.right().valueAsWritten())
        .containsOnly(entries.get(0).get(0).left().valueAsWritten() + " vs " + entries.get(0).get(0).right()
            .valueAsWritten());
    String html = ReportHtml.report(r);
    int first = html.indexOf("(2 pairs of claims)");
    assertThat(first).isPositive();
    assertThat(html.indexOf("(2 pairs of claims)", first + 1)).isNegative();
  }
}
