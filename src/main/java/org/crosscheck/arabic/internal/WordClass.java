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
  private final TermMemo strippedIn;

  WordClass(String... words) {
    this.words = Set.of(words);
    this.strippedIn = new TermMemo(term -> this.words.contains(stem(term.readings())));
  }

  /** Whether word {@code i} of {@code doc} without all its prefixes ({@link ArticleText#stripped(int)}) is of the class. */
  boolean strippedIn(ArticleText doc, int i) {
    Term term = doc.term(i);
    return term != null ? strippedIn.test(term) : words.contains(doc.stripped(i));
  }

  /** Whether the normalized word {@code word} is of the class as it is. */
  boolean contains(String word) {
    return words.contains(word);
  }

  private static String stem(List<Clitics.Reading> readings) {
    return readings.get(readings.size() - 1).stem();
  }

  @Override
  public String toString() {
    return "WordClass" + words;
  }
}
