package org.crosscheck.arabic.internal;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * A table's answer to one yes-or-no question about a word (can a phrase of mine start at it?),
 * kept per {@link Term} id: a word's answer never changes, and a text asks it at every token, so
 * after the first article a token costs one array read instead of the table's hash probes for
 * each clitic reading. Thread-safe: answers are written without locking; an answer lost to a race
 * (two threads growing the array at once) is only computed again.
 */
final class TermMemo {
  private static final byte UNKNOWN = 0;
  private static final byte NO = 1;
  private static final byte YES = 2;

  private final Predicate<Term> question;
  private volatile byte[] answers = new byte[0];

  /** A memo of {@code question}, which must depend on the word alone. */
  TermMemo(Predicate<Term> question) {
    this.question = question;
  }

  /** The answer for {@code term}, computed on the first request and kept if the term has an id. */
  boolean test(Term term) {
    int id = term.id;
    if (id < 0) return question.test(term);
    byte[] a = answers;
    if (id < a.length) {
      byte known = a[id];
      if (known != UNKNOWN) return known == YES;
    }
    boolean yes = question.test(term);
    if (id >= a.length) {
      a = Arrays.copyOf(a, Math.min(WordPool.KEPT_WORDS, Math.max(id + 1, Math.max(1024, a.length * 2))));
      answers = a;
    }
    a[id] = yes ? YES : NO;
    return yes;
  }
}
