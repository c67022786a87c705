package org.crosscheck.arabic.internal;

import java.util.Arrays;

/**
 * One {@link Term} per distinct word, shared by every document and thread: a document's tokens are
 * cut from its normalized text through this pool, so the same word in every article is the same
 * term, whose {@link String} has its hash code computed once and whose clitic readings and tables'
 * answers ({@link TermMemo}) are kept. The readers probe many hash tables per token
 * (phrase and cue tables, the gazetteer, word classes, {@link Clitics#readings}); a fresh substring
 * would be hashed again by each of them, and allocated besides.
 *
 * <p>A word is found by its chars in place ({@link #term(char[], int, int)}): no substring is
 * cut for a word the pool already holds. News vocabulary is a few tens of thousands of forms; after
 * {@link #KEPT_WORDS} words the pool is full and further new words are cut on each request (still
 * correct, only slower).
 *
 * <p>Thread-safe: readers probe the current table without locking (a {@link Term} is safely
 * published through a data race, its fields being final); a word not found is added under the
 * pool's lock, which checks again first.
 */
final class WordPool {
  private WordPool() {}

  /** Most words kept; beyond it new words are cut on each request. */
  static final int KEPT_WORDS = 100_000;

  private static final Object LOCK = new Object();
  private static volatile Term[] table = new Term[1 << 14];
  /** Words in {@link #table}; guarded by {@link #LOCK}. */
  private static int count;

  /**
   * Chars {@code [start..end)} of {@code chars} as a word: the pool's string for that word, or a
   * new one when the pool is full.
   */
  static String word(char[] chars, int start, int end) {
    return term(chars, start, end).text;
  }

  /**
   * Chars {@code [start..end)} of {@code chars} as a term: the pool's term for that word, or a new
   * one ({@link Term#UNKEPT}) when the pool is full.
   */
  static Term term(char[] chars, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) h = 31 * h + chars[i];
    return term(chars, start, end, h);
  }

  /** {@link #term(char[], int, int)} for a word whose {@link String#hashCode()} {@code h} is known. */
  static Term term(char[] chars, int start, int end, int h) {
    Term[] t = table;
    int mask = t.length - 1;
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      Term s = t[slot];
      if (s == null) break;
      if (s.hash == h && same(s.chars, chars, start, end)) return s;
    }
    return add(chars, start, end, h);
  }

  /** Whether {@code word} is chars {@code [start..end)} of {@code chars} (a short loop: words are short). */
  private static boolean same(char[] word, char[] chars, int start, int end) {
    if (word.length != end - start) return false;
    for (int i = 0; i < word.length; i++) {
      if (word[i] != chars[start + i]) return false;
    }
    return true;
  }

  private static Term add(char[] chars, int start, int end, int h) {
    synchronized (LOCK) {
      Term[] t = table;
      int mask = t.length - 1;
      int slot = spread(h) & mask;
      for (; ; slot = (slot + 1) & mask) {
        Term s = t[slot];
        if (s == null) break;
        if (s.hash == h && Arrays.equals(s.chars, 0, s.chars.length, chars, start, end)) return s;
      }
      char[] own = Arrays.copyOfRange(chars, start, end);
      if (count >= KEPT_WORDS) return new Term(own, Term.UNKEPT);
      Term term = new Term(own, count);
      if (2 * (count + 1) > t.length) {
        t = grown(t);
        mask = t.length - 1;
        slot = spread(h) & mask;
        while (t[slot] != null) slot = (slot + 1) & mask;
        t[slot] = term;
        table = t;
      } else {
        t[slot] = term;
      }
      count++;
      return term;
    }
  }

  private static Term[] grown(Term[] old) {
    Term[] t = new Term[old.length * 2];
    int mask = t.length - 1;
    for (Term s : old) {
      if (s == null) continue;
      int slot = spread(s.hash) & mask;
      while (t[slot] != null) slot = (slot + 1) & mask;
      t[slot] = s;
    }
    return t;
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
