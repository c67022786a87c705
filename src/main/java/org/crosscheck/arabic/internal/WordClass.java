package org.crosscheck.arabic.internal;

import java.util.List;
import java.util.Set;

/**
 * A closed class of normalized words (the verbs of "still", the words of presence) asked of each
 * word of a text with its prefixes stripped. The answer for a pooled word is kept ({@link
 * TermMemo}), so a rule that scans every word costs an array read per word, not a hash probe on
 * the word's stem. Thread-safe.
 */
final class WordClass {
  private final Set<String> words;
  private final boolean anyReading;
  private final TermMemo memo;

  private WordClass(boolean anyReading, String... words) {
    this.words = Set.of(words);
    this.anyReading = anyReading;
    this.memo = new TermMemo(term -> in(term.readings()));
  }

  /** The class asked of a word without all its prefixes ({@link ArticleText#stripped(int)}). */
  static WordClass ofStripped(String... words) {
    return new WordClass(false, words);
  }

  /** The class asked of a word on any of its clitic readings (as written, without و, without ال…). */
  static WordClass ofAnyReading(String... words) {
    return new WordClass(true, words);
  }

  /** Whether word {@code i} of {@code doc} is of the class, as this class asks. */
  boolean at(ArticleText doc, int i) {
    Term term = doc.term(i);
    return term != null ? memo.test(term) : in(doc.readings(i));
  }

  private boolean in(List<Clitics.Reading> readings) {
    if (!anyReading) return words.contains(readings.get(readings.size() - 1).stem());
    for (int ri = 0; ri < readings.size(); ri++) if (words.contains(readings.get(ri).stem())) return true;
    return false;
  }

  /** Whether the normalized word {@code word} is of the class as it is. */
  boolean contains(String word) {
    return words.contains(word);
  }

  @Override
  public String toString() {
    return "WordClass" + words;
  }
}
