package org.crosscheck.arabic.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A distinct word of the normalized texts read so far ({@link WordPool}): its text, a dense id
 * (so that a table can keep, per word, whether anything of it can start there: {@link TermMemo})
 * and its clitic readings, computed once. Thread-safe: the readings are computed at most a few
 * times when threads race, and are equal each time.
 */
final class Term {
  /** The id of a word the pool did not keep (it was full): no table keeps answers for it. */
  static final int UNKEPT = -1;

  /** The word, normalized. */
  final String text;
  /** Its chars (not to be changed), compared in place with a text's. */
  final char[] chars;
  /** {@code text.hashCode()}. */
  final int hash;
  /** Dense from 0 in the order words were pooled, or {@link #UNKEPT}. */
  final int id;
  private @Nullable List<Clitics.Reading> readings;
  /**
   * The answers the first {@link TermMemo}s keep for this word, two bits each (known, yes); written
   * by them only, racing writes losing an answer at worst.
   */
  int memoBits;
  /** The same for the next 16 memos. */
  int moreMemoBits;

  /** The term of the word {@code chars} (kept by the term, not copied). */
  Term(char[] chars, int id) {
    this.chars = chars;
    this.text = new String(chars);
    this.hash = text.hashCode();
    this.id = id;
  }

  /** The clitic readings of the word ({@link Clitics#readings}), computed on first use. */
  List<Clitics.Reading> readings() {
    List<Clitics.Reading> r = readings;
    if (r == null) {
      r = Clitics.readings(text);
      readings = r;
    }
    return r;
  }

  @Override
  public String toString() {
    return text;
  }
}
