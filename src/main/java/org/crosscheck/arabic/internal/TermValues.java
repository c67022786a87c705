package org.crosscheck.arabic.internal;

import java.util.Arrays;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A table's answer about a word, kept per {@link Term} id like {@link TermMemo}'s yes-or-no answers:
 * for an answer that is more than a bit (the table's entries for each clitic reading of the word).
 * Thread-safe in the same way: an answer lost to a race is only computed again.
 *
 * @param <V> the answer; computed from the word alone, immutable
 */
final class TermValues<V> {
  private final Function<Term, V> answer;
  private volatile @Nullable Object[] answers = new Object[0];

  /** The answers of {@code answer}, which must depend on the word alone and never be {@code null}. */
  TermValues(Function<Term, V> answer) {
    this.answer = answer;
  }

  /** The answer for {@code term}, computed on the first request and kept if the term has an id. */
  @SuppressWarnings("unchecked")
  V get(Term term) {
    int id = term.id;
    if (id < 0) return answer.apply(term);
    @Nullable Object[] a = answers;
    if (id < a.length) {
      Object known = a[id];
      if (known != null) return (V) known;
    }
    V v = answer.apply(term);
    if (id >= a.length) {
      a = Arrays.copyOf(a, Math.min(WordPool.KEPT_WORDS, Math.max(id + 1, Math.max(1024, a.length * 2))));
      answers = a;
    }
    a[id] = v;
    return v;
  }
}
