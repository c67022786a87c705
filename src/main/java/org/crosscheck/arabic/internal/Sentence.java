package org.crosscheck.arabic.internal;

/**
 * A sentence of an article: its span [start, end) in the original text, its words [from, to), whether
 * it is not read (a heading, boilerplate) and whether it is the headline. Immutable.
 */
record Sentence(int start, int end, int from, int to, boolean skipped, boolean title) {
  Sentence(int start, int end, int from, int to, boolean skipped) {
    this(start, end, from, to, skipped, false);
  }
}
