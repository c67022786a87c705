package org.crosscheck.truth.book;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.crosscheck.truth.Consensus;
import org.crosscheck.truth.TruthProblem;

/**
 * Exact precision of a {@link Consensus} against the {@link BookGold}: the share of gold books
 * whose chosen value equals the gold value, both {@link AuthorList#normalize normalized}. Every
 * gold book counts; one that no store lists (with a name) counts as wrong and is reported as
 * uncovered.
 *
 * <p>Immutable and thread-safe.
 *
 * @param method the consensus's method
 * @param gold gold books
 * @param uncovered gold books no store gave a value for
 * @param exact gold books whose chosen value is the gold value
 * @param wrong the chosen value of each book got wrong, by ISBN ({@code ""} when uncovered)
 */
public record BookEvaluation(String method, int gold, int uncovered, int exact,
    ImmutableSortedMap<String, String> wrong) {
  public BookEvaluation {
    checkNotNull(method, "method");
    wrong = ImmutableSortedMap.copyOf(wrong);
    checkArgument(exact + wrong.size() == gold, "exact %s + wrong %s must make the %s gold books", exact, wrong.size(),
        gold);
  }

  /** Scores {@code consensus} (of a problem loaded by {@link BookDataset}) against {@code gold}. */
  public static BookEvaluation evaluate(Consensus consensus, BookGold gold) {
    TruthProblem p = consensus.problem();
    int uncovered = 0;
    int exact = 0;
    ImmutableSortedMap.Builder<String, String> wrong = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<String, String> g : gold.authors().entrySet()) {
      OptionalInt item = p.itemId(g.getKey());
      if (item.isEmpty()) {
        uncovered++;
        wrong.put(g.getKey(), "");
        continue;
      }
      String chosen = consensus.describe(item.getAsInt());
      if (chosen.equals(g.getValue())) exact++;
      else wrong.put(g.getKey(), chosen);
    }
    return new BookEvaluation(consensus.method(), gold.size(), uncovered, exact, wrong.build());
  }

  /** Exact precision over the gold books. */
  public double precision() {
    return gold == 0 ? 0 : exact / (double) gold;
  }

  /** {@code book precision (exact): 0.870 (majority vote 0.750)}. */
  public String line(BookEvaluation baseline) {
    return String.format(Locale.ROOT, "book precision (exact): %.3f (%s %.3f)", precision(), baseline.method(),
        baseline.precision());
  }
}
