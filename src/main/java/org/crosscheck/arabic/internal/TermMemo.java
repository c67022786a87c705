package org.crosscheck.arabic.internal;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * A table's answer to one yes-or-no question about a word (can a phrase of mine start at it?),
 * kept per {@link Term}: a word's answer never changes, and a text asks it at every token, so after
 * the first article a token costs a bit test instead of the table's hash probes for each clitic
 * reading.
 *
 * <p>The first {@link #SLOTS} memos made keep their answers as two bits (known, yes) of the term
 * itself ({@link Term#memoBits}): every table's answer for a token then sits in the one term object
 * the token already holds, one mask for all the tables rather than one array per table. Later memos
 * (an extractor with lexicons of its own, made after many others) keep theirs in an array by term
 * id. Thread-safe: both bits of an answer are written in one int store; an answer lost to a race (a
 * store of another answer at once) is only computed again.
 */
final class TermMemo {
  /** Memos whose answers are bits of the term. */
  static final int SLOTS = 32;
  private static final java.util.concurrent.atomic.AtomicInteger NEXT_SLOT = new java.util.concurrent.atomic.AtomicInteger();

  private static final byte UNKNOWN = 0;
  private static final byte NO = 1;
  private static final byte YES = 2;

  private final Predicate<Term> question;
  /**
   * The bit of "known" in {@link Term#memoBits} (slots 0 to 15) or {@link Term#moreMemoBits} (16 to
   * 31), the bit above it saying yes; 0 for an array-kept memo.
   */
  private final int knownBit;
  private final boolean more;
  private volatile byte[] answers = new byte[0];

  /** A memo of {@code question}, which must depend on the word alone. */
  TermMemo(Predicate<Term> question) {
    this.question = question;
    int slot = NEXT_SLOT.getAndIncrement();
    this.knownBit = slot < SLOTS ? 1 << (2 * (slot % 16)) : 0;
    this.more = slot >= 16;
  }

  /** The answer for {@code term}, computed on the first request and kept if the term has an id. */
  boolean test(Term term) {
    int id = term.id;
    if (id < 0) return question.test(term);
    int known = knownBit;
    if (known != 0) {
      int bits = more ? term.moreMemoBits : term.memoBits;
      if ((bits & known) != 0) return (bits & (known << 1)) != 0;
      boolean yes = question.test(term);
      int answer = yes ? known | known << 1 : known;
      if (more) {
        term.moreMemoBits |= answer;
      } else {
        term.memoBits |= answer;
      }
      return yes;
    }
    byte[] a = answers;
    if (id < a.length) {
      byte kept = a[id];
      if (kept != UNKNOWN) return kept == YES;
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
