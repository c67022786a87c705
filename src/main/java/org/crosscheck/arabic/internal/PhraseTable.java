package org.crosscheck.arabic.internal;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Normalized phrases of one or more words, matched longest-first against consecutive word tokens.
 * The first word may carry an attached conjunction (وأكثر من، ونحو) when the caller allows it.
 *
 * @param <V> what a phrase stands for
 */
final class PhraseTable<V> {
  /** Longest phrase, in words. */
  static final int MAX_WORDS = 6;

  private final Map<String, V> phrases = new HashMap<>();
  private final Map<String, Integer> longestByFirstWord = new HashMap<>();
  /**
   * Whether a phrase may start at a word, with or without an attached conjunction and preposition;
   * made on the first question after the last {@link #put} (a table is filled before it is read).
   */
  private volatile @Nullable TermMemo startMemo;

  /** A phrase found at tokens {@code first..last}; {@code normStart} skips an attached conjunction. */
  record Hit<V>(V value, int first, int last, int normStart, boolean conjunction) {}

  void put(String key, V value) {
    if (key.isEmpty()) throw new IllegalArgumentException("an empty phrase cannot be matched");
    String[] words = key.split(" ");
    if (words.length > MAX_WORDS) {
      throw new IllegalArgumentException("phrase \"" + key + "\" has " + words.length + " words; at most " + MAX_WORDS);
    }
    synchronized (this) {
      phrases.put(key, value);
      longestByFirstWord.merge(words[0], words.length, Math::max);
      startMemo = null;
    }
  }

  private synchronized TermMemo startMemo() {
    TermMemo m = startMemo;
    if (m == null) {
      m = new TermMemo(this::startsPhrase);
      startMemo = m;
    }
    return m;
  }

  /**
   * Whether {@link #match} may find a phrase at a word of this term, whatever it allows (kept per
   * term); {@code false} means it finds none.
   */
  boolean mayStart(Term term) {
    TermMemo m = startMemo;
    return (m != null ? m : startMemo()).test(term);
  }

  /**
   * Whether the word, or the word after a conjunction or a preposition or both, is the first word
   * of a phrase.
   */
  private boolean startsPhrase(Term term) {
    String w = term.text;
    if (longestByFirstWord.containsKey(w)) return true;
    if (w.length() > 2 && (w.charAt(0) == Clitics.WAW || w.charAt(0) == Clitics.FEH)
        && longestByFirstWord.containsKey(w.substring(1))) {
      return true;
    }
    for (int p = 0; p <= 1; p++) {
      if (w.length() > p + 2 && (w.charAt(p) == Clitics.BEH || w.charAt(p) == Clitics.LAM)
          && longestByFirstWord.containsKey(w.substring(p + 1))) {
        return true;
      }
    }
    return false;
  }

  boolean containsKey(String key) {
    return phrases.containsKey(key);
  }

  @Nullable V get(String key) {
    return phrases.get(key);
  }

  /** The longest phrase starting at token {@code i}, or {@code null}. */
  @Nullable Hit<V> match(Tokens t, int i, boolean allowConjunction) {
    return match(t, i, allowConjunction, false);
  }

  /**
   * The longest phrase starting at token {@code i}, the first word possibly carrying a conjunction
   * (و، ف) and, if {@code allowPreposition}, then a preposition (ب، ل): لسنوات، ولعدة.
   */
  @Nullable Hit<V> match(Tokens t, int i, boolean allowConjunction, boolean allowPreposition) {
    if (!t.isWord(i)) return null;
    Term term = t.term(i);
    if (term != null && !mayStart(term)) return null;
    String w = t.text(i);
    Hit<V> best = longest(t, i, w, t.start(i), false);
    int p = 0;
    boolean conj = false;
    if (allowConjunction && w.length() > 2 && (w.charAt(0) == Clitics.WAW || w.charAt(0) == Clitics.FEH)) {
      // وأكثر من 40 is و + "أكثر من", longer than the phrase وأكثر
      best = longer(best, longest(t, i, t.textFrom(i, 1), t.start(i) + 1, true));
      p = 1;
      conj = true;
    }
    if (best == null && allowPreposition && w.length() > p + 2 && (w.charAt(p) == Clitics.BEH || w.charAt(p) == Clitics.LAM)) {
      best = longest(t, i, t.textFrom(i, p + 1), t.start(i) + p + 1, conj);
    }
    return best;
  }

  private static <V> @Nullable Hit<V> longer(@Nullable Hit<V> a, @Nullable Hit<V> b) {
    if (a == null) return b;
    if (b == null) return a;
    return b.last() > a.last() ? b : a;
  }

  private @Nullable Hit<V> longest(Tokens t, int i, String first, int normStart, boolean conj) {
    Integer max = longestByFirstWord.get(first);
    if (max == null) return null;
    Hit<V> best = null;
    StringBuilder key = null;
    int k = i;
    for (int n = 1; n <= max; n++) {
      if (n > 1) {
        k++;
        if (!t.isWord(k) || t.breakBefore(k)) break;
        if (key == null) key = new StringBuilder(first);
        key.append(' ').append(t.text(k));
      }
      V v = phrases.get(key == null ? first : key.toString());
      if (v != null) best = new Hit<>(v, i, k, normStart, conj);
    }
    return best;
  }
}
